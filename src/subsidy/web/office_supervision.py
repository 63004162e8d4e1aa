"""Supervision after the award (监督管理): tracking reports, findings and sanctions, in the browser.

``GET /office/supervision`` lists every award with its tranches, reports, findings and sanctions, and
the bars; each form posts to ``POST /office/supervision/{operation}/{id}`` — the id is the award's
(request a report, record a finding, suspend, terminate, recover, bar its organisation), the report's
(accept / reject it) or the sanction's (lift a suspension, register money received under a recovery
decision). Each operation is one service call of services/supervision.py or services/sanctions.py,
the same as the CLI's ``report``, ``finding`` and ``sanction`` commands. Who may do each is the roles
its service checks (services/access.py; receiving money back is finance's or an administrator's): the
page shows a button only to those roles and the route refuses the others (403) before reading the form.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session

from subsidy.errors import DomainRefusal
from subsidy.money import format_fen
from subsidy.services import ledger, office, sanctions, supervision
from subsidy.services.access import (
    FINDING_RECORDERS,
    RECOVERY_RECEIVERS,
    REPORT_OFFICERS,
    SANCTIONERS,
    require_role,
)
from subsidy.services.lookup import get_application, organisation_of
from subsidy.services.organisations import get_organisation
from subsidy.store.tables import Finding, User
from subsidy.vocabulary import REPORT_KINDS, SEVERITIES
from subsidy.web.auth import current_user
from subsidy.web.deps import RowId, transaction
from subsidy.web.errors import ApiError
from subsidy.web.office import (
    back,
    date_field,
    done,
    form_of,
    id_field,
    int_field,
    money_field,
    page,
    text_field,
)
from subsidy.web.transitions import business_today

__all__ = ["OPERATIONS", "Op", "may", "router"]

router = APIRouter(include_in_schema=False)
T = TypeVar("T")
HOME = "/office/supervision"


def _found(get: Callable[[], T]) -> T:
    """A row named in the address, or 404."""
    try:
        return get()
    except DomainRefusal as exc:
        raise ApiError(404, "not_found", str(exc)) from exc


def _finding(s: Session, form: Mapping[str, str]) -> Finding | None:
    if not (form.get("finding") or "").strip():
        return None
    finding_id = id_field(form, "finding", "依据的审计发现编号")
    return _found(lambda: supervision.get_finding(s, finding_id))


Operation = Callable[[Session, User, int, Mapping[str, str], dt.date], str]


def _request(s: Session, user: User, award_id: int, form: Mapping[str, str], today: dt.date) -> str:
    award = _found(lambda: supervision.get_award(s, award_id))
    tranche = id_field(form, "tranche", "付款期") if (form.get("tranche") or "").strip() else None
    r = supervision.request_report(s, user, award, today=today, kind=REPORT_KINDS.parse(form.get("kind") or "tracking",
                                                                                         "报告类型"),
                                   for_tranche=tranche, working_days=int_field(form, "days", "提交期限", default=20))
    return f"已要求提交{supervision.REPORT_KINDS[r.kind]}（报告 {r.id}），期限 {r.due_on}"


def _review(s: Session, user: User, report_id: int, form: Mapping[str, str], today: dt.date) -> str:
    report = _found(lambda: supervision.get_report(s, report_id))
    accept = form.get("decision") == "accept"
    r = supervision.review_report(s, user, report, accept=accept, note=form.get("note"), today=today)
    return f"报告 {r.id} 审核通过" if accept else f"报告 {r.id} 已退回：{r.review_note or ''}"


def _add_finding(s: Session, user: User, award_id: int, form: Mapping[str, str], today: dt.date) -> str:
    award = _found(lambda: supervision.get_award(s, award_id))
    f = supervision.add_finding(s, user, award, text_field(form, "text", "发现的问题"),
                                severity=SEVERITIES.parse(form.get("severity") or "serious", "问题严重程度"), today=today)
    return f"已登记审计发现 {f.id}（{supervision.SEVERITIES[f.severity]}）"


def _suspend(s: Session, user: User, award_id: int, form: Mapping[str, str], today: dt.date) -> str:
    award = _found(lambda: supervision.get_award(s, award_id))
    x = sanctions.suspend(s, user, award, form.get("reason", ""), today, _finding(s, form))
    return f"奖励 {award_id} 已暂停拨付（处理决定 {x.id}）"


def _lift(s: Session, user: User, sanction_id: int, form: Mapping[str, str], today: dt.date) -> str:
    x = sanctions.lift(s, user, _found(lambda: sanctions.get_sanction(s, sanction_id, "suspend")), today)
    return f"奖励 {x.award_id} 已解除暂停拨付（处理决定 {x.id}）"


def _terminate(s: Session, user: User, award_id: int, form: Mapping[str, str], today: dt.date) -> str:
    award = _found(lambda: supervision.get_award(s, award_id))
    x, cancelled = sanctions.terminate(s, user, award, form.get("reason", ""), today, _finding(s, form))
    return (f"奖励 {award_id} 已终止（处理决定 {x.id}）：取消 {len(cancelled)} 期，"
            f"释放承诺 {format_fen(sum(t.fen for t in cancelled))}")


def _recover(s: Session, user: User, award_id: int, form: Mapping[str, str], today: dt.date) -> str:
    award = _found(lambda: supervision.get_award(s, award_id))
    amount = money_field(form, "amount", "追回金额")
    assert amount is not None
    due, basis, key = date_field(form, "due", "缴回期限"), _finding(s, form), (form.get("key") or "").strip() or None
    ledger.lock(s)  # what is seen under the request's key is what recover() sees (as the CLI does)
    before = sanctions.recovery_of(s, sanctions.recovery_key(award, amount, due, basis, key))
    x = sanctions.recover(s, user, award, amount, due, form.get("reason", ""), today, basis, key=key)
    if before is not None:
        return f"此前已决定追回奖励 {award_id} 的资金 {format_fen(x.amount_fen or 0)}（处理决定 {x.id}），本次未重复决定"
    return f"已决定追回奖励 {award_id} 的资金 {format_fen(x.amount_fen or 0)}，缴回期限 {x.due_on}（处理决定 {x.id}）"


def _receive(s: Session, user: User, sanction_id: int, form: Mapping[str, str], today: dt.date) -> str:
    x = _found(lambda: sanctions.get_sanction(s, sanction_id, "recover"))
    amount = money_field(form, "amount", "到账金额")
    assert amount is not None
    sanctions.receive(s, user, x, amount, text_field(form, "ref", "到账凭证号"), today)
    owed, received = sanctions.recovery_status(s, x)
    return f"追回决定 {x.id}：已到账 {format_fen(received)}，尚欠 {format_fen(owed)}"


def _bar(s: Session, user: User, award_id: int, form: Mapping[str, str], today: dt.date) -> str:
    award = _found(lambda: supervision.get_award(s, award_id))
    org = organisation_of(s, _found(lambda: get_application(s, award.application_id)))
    x = sanctions.bar(s, user, org, date_field(form, "until", "限制截止日"), form.get("reason", ""), today,
                      _finding(s, form))
    return f"{org.name}已被取消申报资格至 {x.bar_until}（处理决定 {x.id}）"


@dataclass(frozen=True)
class Op:
    """An operation of the page: its handler, what it is called, and the roles its service lets do it
    (services/access.py's tuple, the one the service checks: the page shows the operation's button only
    to those roles, and the route refuses the others before it reads the form)."""

    run: Operation
    label: str
    roles: tuple[str, ...]


OPERATIONS: dict[str, Op] = {
    "request_report": Op(_request, "要求提交报告", REPORT_OFFICERS),
    "review_report": Op(_review, "审核报告", REPORT_OFFICERS),
    "finding": Op(_add_finding, "登记审计发现", FINDING_RECORDERS),
    "suspend": Op(_suspend, "暂停拨付", SANCTIONERS),
    "lift": Op(_lift, "解除暂停拨付", SANCTIONERS),
    "terminate": Op(_terminate, "终止项目", SANCTIONERS),
    "recover": Op(_recover, "追回资金", SANCTIONERS),
    "receive": Op(_receive, "登记追回到账", RECOVERY_RECEIVERS),
    "bar": Op(_bar, "取消申报资格", SANCTIONERS),
}


def may(user: User) -> set[str]:
    """The operations ``user``'s role may do (the buttons the page shows them)."""
    return {name for name, op in OPERATIONS.items() if user.role in op.roles}


@router.get("/office/supervision", response_class=HTMLResponse)
def supervision_page(request: Request) -> Response:
    user = current_user(request)
    with transaction(request) as s:
        files, bars = office.supervision_files(s, user)
        owed = {x.id: sanctions.recovery_status(s, x) for f in files for x in f.sanctions if x.kind == "recover"}
        names = {b.id: get_organisation(s, b.organisation_id).name for b in bars}
        return page(request, s, "office/supervision.html", {
            "files": files, "bars": bars, "owed": owed, "bar_names": names, "kinds": REPORT_KINDS.labels,
            "severities": SEVERITIES.labels, "may": may(user)})


def _operation(request: Request, operation: str) -> Op:
    """The operation named in the address (404 if none), once its roles let the user do it (403)."""
    op = OPERATIONS.get(operation)
    if op is None:
        raise ApiError(404, "not_found", f"没有「{operation[:40]}」这项监督管理操作")
    require_role(current_user(request), op.label, *op.roles)
    return op


def _operate(request: Request, op: Op, target: int, form: dict[str, str]) -> Response:
    user = current_user(request)
    with transaction(request) as s:
        said = op.run(s, user, target, form, business_today(s, form))
    return done(back(form, HOME), said)


@router.post("/office/supervision/{operation}/{target}")
async def operate_route(request: Request, operation: str, target: RowId) -> Response:
    op = await run_in_threadpool(_operation, request, operation)  # who may, before what the form says
    form = await form_of(request)
    return await run_in_threadpool(_operate, request, op, target, form)
