"""Reports for finance, officers and auditors: the fund position per call, clause and year (derived
from the ledger entries only, never from a stored figure), an entity's full history, and both as
Excel workbooks with Chinese headers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from subsidy.admin.ledger import KIND_LABELS, balances
from subsidy.admin.workflow import state_label
from subsidy.rules.model import PAYEE_LABELS
from subsidy.services.access import MONEY_READERS, require_role
from subsidy.services.commitments import stage_of
from subsidy.services.ledger import to_entry
from subsidy.services.organisations import readable_organisation
from subsidy.store.tables import (
    Application,
    Award,
    Call,
    Finding,
    LedgerEntry,
    Organisation,
    OtherSupport,
    Sanction,
    TrackingReport,
    Tranche,
    User,
)
from subsidy.vocabulary import SEVERITIES, SUPPORT_LEVELS

__all__ = [
    "FORMULA_STARTS",
    "POSITION_HEADERS",
    "EntityHistory",
    "FundLine",
    "csv_text",
    "entity_history",
    "fund_position",
    "safe_cell",
    "sheet_json",
    "write_csv",
    "write_xlsx",
]

POSITION_HEADERS = ("批次", "批次名称", "条款", "预算年度", "已下达预算（元）", "已承诺未付（元）", "已拨付（元）",
                    "应追回未收（元）", "已追回（元）", "可用预算（元）")


@dataclass(frozen=True)
class FundLine:
    call_id: int
    call_title: str
    clause_id: str
    year: int
    appropriated: int
    committed: int
    paid: int
    recoverable: int
    recovered: int
    available: int

    def cells(self) -> list[Any]:
        return [self.call_id, self.call_title, self.clause_id, self.year,
                *(_yuan(f) for f in (self.appropriated, self.committed, self.paid, self.recoverable, self.recovered,
                                     self.available))]


def _yuan(fen: int) -> Decimal:
    """Exact 元 with two decimals (openpyxl writes a Decimal as its exact digits)."""
    return Decimal(fen).scaleb(-2)


def fund_position(session: Session, actor: User, call_id: int | None = None) -> list[FundLine]:
    """Every budget line's figures, summed from the ledger entries."""
    require_role(actor, "查看资金状况", *MONEY_READERS)
    q = select(LedgerEntry).order_by(LedgerEntry.seq)
    if call_id is not None:
        q = q.where(LedgerEntry.call_id == call_id)
    lines = balances(to_entry(r) for r in session.scalars(q))
    titles = {c.id: c.title for c in session.scalars(select(Call).where(Call.id.in_({k[0] for k in lines})))}
    return [FundLine(cid, titles.get(cid, ""), clause, year, b.appropriated, b.committed, b.paid, b.recoverable,
                     b.recovered, b.available)
            for (cid, clause, year), b in sorted(lines.items())]


@dataclass
class EntityHistory:
    organisation: Organisation
    sections: dict[str, tuple[tuple[str, ...], list[list[Any]]]] = field(default_factory=dict)  # title -> table


def entity_history(session: Session, actor: User, uscc: str) -> EntityHistory:
    """Everything the fund did with one entity: applications, awards and tranches, ledger entries,
    reports, findings, sanctions and support received elsewhere."""
    org = readable_organisation(session, actor, uscc, "查看单位全部记录")
    h = EntityHistory(org)
    apps = list(session.scalars(select(Application).where(Application.organisation_id == org.id)
                                .order_by(Application.id)))
    calls = {c.id: c for c in session.scalars(select(Call).where(Call.id.in_({a.call_id for a in apps})))}
    h.sections["申报"] = (("申报", "批次名称", "年度", "条款", "项目", "状态", "最高可获（元）"),
                        [[a.id, calls[a.call_id].title, calls[a.call_id].year, a.clause_id, a.project_title, state_label(a.state),
                          "" if a.ceiling_fen is None else _yuan(a.ceiling_fen)] for a in apps])
    awards = list(session.scalars(select(Award).where(Award.application_id.in_([a.id for a in apps]))
                                  .order_by(Award.id)))
    award_ids = [a.id for a in awards]
    h.sections["奖励"] = (("奖励", "申报", "核定金额（元）", "收款方", "核定日期"),
                        [[a.id, a.application_id, _yuan(a.approved_fen), PAYEE_LABELS.get(a.payee, a.payee), a.approved_on.isoformat()]
                         for a in awards])
    tranches = session.scalars(select(Tranche).where(Tranche.award_id.in_(award_ids))
                               .order_by(Tranche.award_id, Tranche.number))
    by_id = {a.id: a for a in awards}
    h.sections["付款期次"] = (("期次编号", "奖励", "期", "阶段", "金额（元）", "年度", "需跟踪报告", "状态", "账目序号"),
                          [[t.id, t.award_id, t.number, stage_of(by_id[t.award_id], t.number) or "", _yuan(t.fen),
                            t.due_year, "是" if t.requires_report else "否", state_label(t.state), t.paid_seq or ""]
                           for t in tranches])
    entries = session.scalars(select(LedgerEntry).where(LedgerEntry.award_id.in_(award_ids)).order_by(LedgerEntry.seq))
    h.sections["账目"] = (("序号", "类型", "奖励", "期", "预算年度", "金额（元）", "说明"),
                        [[e.seq, KIND_LABELS.get(e.kind, e.kind), e.award_id, e.tranche, e.year, _yuan(e.fen), e.memo]
                         for e in entries])
    reports = session.scalars(select(TrackingReport).where(TrackingReport.award_id.in_(award_ids))
                              .order_by(TrackingReport.id))
    verdict = {True: "通过", False: "退回", None: "待审核"}
    h.sections["跟踪报告"] = (("报告", "奖励", "期", "期限", "提交日期", "审核"),
                          [[r.id, r.award_id, r.for_tranche or "", r.due_on.isoformat(),
                            r.submitted_on.isoformat() if r.submitted_on else "未提交",
                            verdict[r.accepted] if r.submitted_on else ""] for r in reports])
    findings = session.scalars(select(Finding).where(Finding.award_id.in_(award_ids)).order_by(Finding.id))
    h.sections["审计发现"] = (("编号", "奖励", "日期", "严重程度", "内容"),
                          [[f.id, f.award_id, f.found_on.isoformat(), SEVERITIES.label(f.severity), f.text] for f in findings])
    kinds = {"suspend": "暂停拨付", "terminate": "终止", "recover": "追回", "bar": "取消申报资格"}
    sanctions = session.scalars(select(Sanction).where(Sanction.organisation_id == org.id).order_by(Sanction.id))
    h.sections["处理决定"] = (("编号", "类型", "奖励", "决定日期", "金额（元）", "期限/截止", "解除日期", "理由"),
                          [[s.id, kinds.get(s.kind, s.kind), s.award_id or "", s.decided_on.isoformat(),
                            "" if s.amount_fen is None else _yuan(s.amount_fen),
                            _day(s.due_on or s.bar_until),
                            s.lifted_on.isoformat() if s.lifted_on else "", s.reason] for s in sanctions])
    support = session.scalars(select(OtherSupport).where(OtherSupport.organisation_id == org.id)
                              .order_by(OtherSupport.year, OtherSupport.id))
    h.sections["其他政策支持"] = (("支持项目", "级别", "区域", "年度", "金额（元）", "事项编号", "一事一议"),
                            [[o.programme, SUPPORT_LEVELS.label(o.level), o.zone or "", o.year, _yuan(o.fen), o.project_ref or "",
                              "是" if o.one_matter_decision else "否"] for o in support])
    return h


def _day(d: dt.date | None) -> str:
    return d.isoformat() if d else ""


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What a spreadsheet program may read as the start of a formula (CSV/formula injection)."""


def safe_cell(value: Any) -> Any:
    """A value as it may be written into an Excel or CSV cell: text that a spreadsheet would take
    for a formula (``=HYPERLINK(…)``, ``+1``, ``-2+3``, ``@SUM``, a leading tab or CR) gets a leading
    apostrophe, so it is shown as the text it is and never run; numbers (negative ones included),
    dates and booleans are written as they are. Every export goes through here."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_xlsx(path: Path, sheets: dict[str, tuple[tuple[str, ...], list[list[Any]]]]) -> Path:
    """One sheet per table, Chinese headers in bold on the first row, amounts in 元 (exact decimals);
    every cell through :func:`safe_cell` and stored with its own type (text stays text)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    wb.remove(wb.active)
    for title, (headers, rows) in sheets.items():
        ws = wb.create_sheet(str(safe_cell(title))[:31])
        ws.append([safe_cell(h) for h in headers])
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in rows:
            ws.append([safe_cell(c) for c in row])
        for i, header in enumerate(headers, start=1):
            ws.column_dimensions[ws.cell(1, i).column_letter].width = max(10, 2 * len(header) + 2)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def csv_text(headers: tuple[str, ...], rows: list[list[Any]]) -> str:
    """One table as CSV text, every cell through :func:`safe_cell`."""
    import csv
    import io

    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow([safe_cell(h) for h in headers])
    writer.writerows([safe_cell(c) for c in row] for row in rows)
    return buf.getvalue()


def sheet_json(headers: tuple[str, ...], rows: list[list[Any]]) -> list[dict[str, Any]]:
    """An export's sheet as JSON rows keyed by its column headers: a money cell (exact ``Decimal`` 元)
    as a decimal string in 元 with two decimals, as every amount of the JSON contract; a date in ISO."""
    def cell(value: Any) -> Any:
        if isinstance(value, Decimal):
            return f"{value:.2f}"
        if isinstance(value, dt.date):
            return value.isoformat()
        return value

    return [{h: cell(c) for h, c in zip(headers, row, strict=True)} for row in rows]


def write_csv(path: Path, headers: tuple[str, ...], rows: list[list[Any]]) -> Path:
    """One table as UTF-8 CSV with a BOM (Excel reads the Chinese headers), every cell through
    :func:`safe_cell`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(csv_text(headers, rows), encoding="utf-8-sig", newline="")
    return path
