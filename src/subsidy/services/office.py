"""What the fund office's screens read (the web's officer pages): a call's dashboard, the formal-review
queue with its clocks, the expert panels' status, the 公示 board with its objections, and the awards
under supervision. Read-only; officers and administrators only (``OFFICE_ROLES``). Every figure is the
one the deciding services use: the budget from ``selection.available_budget`` and
``approval.approved_total``, the clocks from ``formal_review``, the panels from ``experts``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from subsidy.admin.workflow import STATES
from subsidy.dates import working_days_between
from subsidy.services.access import require_role
from subsidy.services.approval import approved_total
from subsidy.services.commitments import stage_of
from subsidy.services.experts import current_panel
from subsidy.services.formal_review import ReviewClock, open_correction, review_clock
from subsidy.services.notice import notice_of
from subsidy.services.selection import Budget, available_budget
from subsidy.store.tables import (
    Application,
    Award,
    Call,
    Correction,
    Finding,
    Notice,
    Objection,
    Organisation,
    Sanction,
    Score,
    TrackingReport,
    Tranche,
    User,
)

__all__ = ["OFFICE_ROLES", "SOON_WORKING_DAYS", "AppRow", "AwardFile", "Ceiling", "Dashboard", "PanelSeat",
           "approval_ceiling", "awards_of", "call_apps",
           "dashboard", "require_office", "supervision_files"]

OFFICE_ROLES = ("officer", "admin")
SOON_WORKING_DAYS = 3
"""A 补正 deadline or review clock this many working days away (or fewer) is "running out"."""


def require_office(actor: User, what: str) -> None:
    """Refuse ``what`` (a page of the fund office) unless ``actor`` is an officer or an administrator."""
    require_role(actor, what, *OFFICE_ROLES)


@dataclass(frozen=True)
class PanelSeat:
    username: str
    name: str
    round: int
    seed: int
    declared: bool | None  # None: not yet; True: no conflict; False: 回避
    scored: bool
    total: str | None


@dataclass
class AppRow:
    """One application as an officer's queue shows it."""

    app: Application
    organisation: Organisation
    state_label: str
    clock: ReviewClock | None = None
    correction: Correction | None = None
    correction_days_left: int | None = None  # working days until the 补正 deadline (negative: overdue)
    panel: list[PanelSeat] = field(default_factory=list)
    objections: list[Objection] = field(default_factory=list)
    notice: Notice | None = None

    @property
    def scores_in(self) -> int:
        return sum(1 for p in self.panel if p.scored)

    @property
    def active_seats(self) -> int:
        return sum(1 for p in self.panel if p.declared is not False)


def _days_left(today: dt.date, deadline: dt.date) -> int:
    return working_days_between(today, deadline)


def call_apps(session: Session, actor: User, call: Call, today: dt.date, *states: str) -> list[AppRow]:
    """The call's applications in ``states`` (all when none), by id, with what the queues show."""
    require_office(actor, "查看申报批次的办理情况")
    q = select(Application, Organisation).join(Organisation, Organisation.id == Application.organisation_id).where(
        Application.call_id == call.id)
    if states:
        q = q.where(Application.state.in_(states))
    rows: list[AppRow] = []
    for app, org in session.execute(q.order_by(Application.id)):
        row = AppRow(app, org, STATES[app.state].officer_label if app.state in STATES else app.state)
        if app.state in ("submitted", "returned"):
            row.clock = review_clock(session, app, today)
        if app.state == "returned":
            row.correction = open_correction(session, app)
            if row.correction is not None:
                row.correction_days_left = _days_left(today, row.correction.deadline)
        if app.state in ("in_review", "scored"):
            scores = {s.expert_id: s.total for s in session.scalars(select(Score).where(Score.application_id == app.id))}
            row.panel = [PanelSeat(u.username, u.display_name, m.review_round, m.drawn_seed, m.declared_no_conflict,
                                   u.id in scores, scores.get(u.id)) for m, u in current_panel(session, app)]
        if app.state == "in_notice":
            row.notice = notice_of(session, app)
            row.objections = list(session.scalars(select(Objection).where(
                Objection.application_id == app.id, Objection.notice_id == row.notice.id).order_by(Objection.id)))
        rows.append(row)
    return rows


@dataclass(frozen=True)
class Dashboard:
    call: Call
    counts: list[tuple[str, str, int]]  # (state, label, count) in the workflow's order, non-zero only
    total: int
    budget: Budget
    approved_fen: int
    running_out: list[AppRow]  # 补正 deadlines and review clocks at most SOON_WORKING_DAYS away, or past
    notices: list[Notice]


def dashboard(session: Session, actor: User, call: Call, today: dt.date) -> Dashboard:
    """A call at a glance: applications by state, budget committed and left, clocks running out."""
    rows = call_apps(session, actor, call, today)
    counts = [(s, STATES[s].officer_label, n) for s in STATES if (n := sum(1 for r in rows if r.app.state == s))]
    running: list[AppRow] = []
    for r in rows:
        correction_soon = r.correction_days_left is not None and r.correction_days_left <= SOON_WORKING_DAYS
        review_soon = (r.app.state == "submitted" and r.clock is not None and r.clock.deadline is not None
                       and _days_left(today, r.clock.deadline) <= SOON_WORKING_DAYS)
        if correction_soon or review_soon:
            running.append(r)
    notices = list(session.scalars(select(Notice).where(Notice.call_id == call.id).order_by(Notice.id)))
    return Dashboard(call, counts, len(rows), available_budget(session, call), approved_total(session, call),
                     running, notices)


def awards_of(session: Session, actor: User, call: Call) -> dict[int, Award]:
    """The call's awards by application id."""
    require_office(actor, "查看核定结果")
    q = select(Award).join(Application, Application.id == Award.application_id).where(Application.call_id == call.id)
    return {a.application_id: a for a in session.scalars(q)}


@dataclass
class AwardFile:
    """One award under supervision: its tranches, reports, findings and sanctions."""

    award: Award
    app: Application
    organisation: Organisation
    tranches: list[Tranche]
    reports: list[TrackingReport]
    findings: list[Finding]
    sanctions: list[Sanction]

    def stage(self, t: Tranche) -> tuple[str, bool] | None:
        """A staged tranche's event and whether it is recorded (it had happened at approval, or a tracking
        report for that tranche was accepted: what services/payments checks before paying it); None for
        a tranche of any other schedule."""
        event = stage_of(self.award, t.number)
        if event is None:
            return None
        return event, not t.requires_report or any(r.for_tranche == t.number and r.accepted for r in self.reports)

    @property
    def awaiting_stage(self) -> bool:
        """Whether a tranche still to be paid waits for its stage's event to be recorded."""
        return any(t.state == "scheduled" and (st := self.stage(t)) is not None and not st[1] for t in self.tranches)


def supervision_files(session: Session, actor: User) -> tuple[list[AwardFile], list[Sanction]]:
    """Every award with its supervision record, and the bars (取消申报资格), which name no award."""
    require_office(actor, "查看监督管理")

    def of(model: type[TrackingReport] | type[Finding] | type[Sanction] | type[Tranche], award_id: int) -> list:  # type: ignore[type-arg]
        return list(session.scalars(select(model).where(model.award_id == award_id).order_by(model.id)))

    files: list[AwardFile] = []
    q = select(Award, Application, Organisation).join(Application, Application.id == Award.application_id).join(
        Organisation, Organisation.id == Application.organisation_id).order_by(Award.id)
    for award, app, org in session.execute(q):
        files.append(AwardFile(award, app, org, of(Tranche, award.id), of(TrackingReport, award.id),
                               of(Finding, award.id), of(Sanction, award.id)))
    bars = list(session.scalars(select(Sanction).where(Sanction.kind == "bar").order_by(Sanction.id)))
    return files, bars


@dataclass(frozen=True)
class Ceiling:
    """What an approval may grant at most, as :func:`subsidy.services.approval.approve` will check it."""

    stored_fen: int | None  # the engine's ceiling at submission
    now_fen: int | None  # re-assessed against the ledger as it is now (None: as stored)
    problem: str | None  # why it cannot be approved now, if so

    @property
    def shown_fen(self) -> int | None:
        if self.stored_fen is None or self.now_fen is None:
            return self.stored_fen
        return min(self.stored_fen, self.now_fen)


def approval_ceiling(session: Session, actor: User, app: Application) -> Ceiling:
    """The ceiling an approval of ``app`` would be held to today (shown beside the approval form; the
    approval itself decides again under the ledger lock)."""
    require_office(actor, "查看核定上限")
    from subsidy.errors import SubsidyError
    from subsidy.services.approval import reassessed_ceiling
    from subsidy.services.lookup import get_call

    try:
        now = reassessed_ceiling(session, app, get_call(session, app.call_id))
    except SubsidyError as exc:
        return Ceiling(app.ceiling_fen, None, str(exc))
    return Ceiling(app.ceiling_fen, now, None)
