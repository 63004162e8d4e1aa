"""Supervision after the award: tracking reports and performance evaluations (跟踪报告、绩效评价)
with working-day deadlines, their review by an officer, and audit findings.

A tranche marked ``requires_report`` is paid only after a report for that tranche is accepted.
A report may be submitted late (the audit record says so, and it stays on the overdue list until
submitted); a rejected report may be submitted again.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from subsidy import vocabulary
from subsidy.dates import add_working_days
from subsidy.errors import DomainRefusal, NotFound
from subsidy.services.access import FINDING_RECORDERS, REPORT_OFFICERS, REPORT_SUBMITTERS, require_role
from subsidy.services.audit import record
from subsidy.services.commitments import award_context
from subsidy.store.tables import Award, Finding, TrackingReport, Tranche, User

__all__ = ["REPORT_KINDS", "SEVERITIES", "add_finding", "get_award", "get_finding", "get_report", "overdue_reports",
           "report_accepted", "request_report", "review_report", "submit_report"]

REPORT_KINDS = vocabulary.REPORT_KINDS.labels
SEVERITIES = vocabulary.SEVERITIES.labels


def get_award(session: Session, award_id: int) -> Award:
    award = session.get(Award, award_id)
    if award is None:
        raise NotFound(f"奖励 {award_id} 不存在", "no_award")
    return award


def get_finding(session: Session, finding_id: int) -> Finding:
    finding = session.get(Finding, finding_id)
    if finding is None:
        raise NotFound(f"审计发现 {finding_id} 不存在", "no_finding")
    return finding


def get_report(session: Session, report_id: int) -> TrackingReport:
    report = session.get(TrackingReport, report_id)
    if report is None:
        raise NotFound(f"报告 {report_id} 不存在", "no_report")
    return report


def request_report(session: Session, actor: User, award: Award, *, today: dt.date, kind: str = "tracking",
                   for_tranche: int | None = None, working_days: int = 20) -> TrackingReport:
    """Ask the awardee for a report, due ``working_days`` working days after ``today``."""
    require_role(actor, "要求提交报告", *REPORT_OFFICERS)
    kind = vocabulary.REPORT_KINDS.parse(kind, "报告类型")
    if not 1 <= working_days <= 250:
        raise DomainRefusal("报告期限须为 1 至 250 个工作日", "bad_deadline")
    if for_tranche is not None and session.scalars(select(Tranche).where(
            Tranche.award_id == award.id, Tranche.number == for_tranche)).one_or_none() is None:
        raise DomainRefusal(f"奖励 {award.id} 没有第 {for_tranche} 期", "no_tranche")
    report = TrackingReport(award_id=award.id, kind=kind, for_tranche=for_tranche, requested_on=today,
                            due_on=add_working_days(today, working_days))
    session.add(report)
    session.flush()
    record(session, actor, "request_report", f"report:{report.id}", award=award.id, kind=kind,
           for_tranche=for_tranche, due_on=report.due_on.isoformat())
    return report


def submit_report(session: Session, actor: User, report: TrackingReport, content: str, today: dt.date) -> TrackingReport:
    """The awardee (or an officer on its behalf) submits the report; pending until reviewed."""
    award = get_award(session, report.award_id)
    app, _ = award_context(session, award)
    if actor.role == "applicant":
        if actor.organisation_id != app.organisation_id:
            raise DomainRefusal("只能提交本单位的报告", "not_your_report")
    else:
        require_role(actor, "提交报告", *REPORT_SUBMITTERS)
    if report.accepted is True:
        raise DomainRefusal(f"报告 {report.id} 已通过审核，不能再提交", "report_closed")
    if report.submitted_on is not None and report.accepted is None:
        raise DomainRefusal(f"报告 {report.id} 已于 {report.submitted_on} 提交，正在审核", "report_pending")
    if not content.strip():
        raise DomainRefusal("报告内容不能为空", "empty_report")
    late = today > report.due_on
    report.content, report.submitted_on, report.accepted, report.review_note = content.strip(), today, None, None
    record(session, actor, "submit_report", f"report:{report.id}", late=late, due_on=report.due_on.isoformat(),
           submitted_on=today.isoformat())
    return report


def review_report(session: Session, actor: User, report: TrackingReport, *, accept: bool, note: str | None,
                  today: dt.date) -> TrackingReport:
    """Accept or reject (with a reason) a submitted report."""
    require_role(actor, "审核报告", *REPORT_OFFICERS)
    if report.submitted_on is None or report.accepted is not None:
        raise DomainRefusal(f"报告 {report.id} 没有待审核的提交", "report_not_pending")
    text = (note or "").strip() or None
    if not accept and text is None:
        raise DomainRefusal("退回报告须说明理由", "no_reason")
    report.accepted, report.review_note = accept, text
    record(session, actor, "accept_report" if accept else "reject_report", f"report:{report.id}",
           note=text, today=today.isoformat())
    return report


def report_accepted(session: Session, award_id: int, number: int) -> bool:
    """Whether a tracking report for tranche ``number`` of the award has been accepted."""
    q = select(TrackingReport.id).where(TrackingReport.award_id == award_id, TrackingReport.for_tranche == number,
                                        TrackingReport.accepted.is_(True))
    return session.scalars(q).first() is not None


def overdue_reports(session: Session, today: dt.date) -> list[TrackingReport]:
    q = select(TrackingReport).where(TrackingReport.submitted_on.is_(None), TrackingReport.due_on < today)
    return list(session.scalars(q.order_by(TrackingReport.due_on, TrackingReport.id)))


def add_finding(session: Session, actor: User, award: Award, text: str, *, severity: str,
                today: dt.date) -> Finding:
    """Record an audit or supervision finding about an award (the basis of a sanction)."""
    require_role(actor, "登记审计发现", *FINDING_RECORDERS)
    severity = vocabulary.SEVERITIES.parse(severity, "严重程度")
    if not text.strip():
        raise DomainRefusal("审计发现内容不能为空", "empty_finding")
    finding = Finding(award_id=award.id, found_on=today, text=text.strip(), severity=severity, found_by=actor.id)
    session.add(finding)
    session.flush()
    record(session, actor, "add_finding", f"finding:{finding.id}", award=award.id, severity=severity)
    return finding
