"""Finance's screens (财务人员): the fund position, appropriations by clause and year, payment runs.

- ``GET /finance``: the fund position per call, clause and year (services/reports.fund_position, from
  the ledger's entries only); ``GET /finance/position.xlsx`` the same lines as a workbook.
- ``GET /finance/appropriations``: every appropriation and reversal, the form to appropriate
  (services/ledger.appropriate) and, beside each appropriation, the form to reverse it
  (services/ledger.reverse). The form carries a request key made when the page was served, so a
  second submission of the same form (a double click, a reload) returns the first entry and writes
  nothing.
- ``GET /finance/payments`` lists the tranches due on the business date; ``GET /finance/payments/
  confirm`` shows exactly those tranches and their total for confirmation; ``POST /finance/payments/
  run`` pays the confirmed tranches (services/payments.payment_run, one transaction each, each under
  its system key ``pay:award:tranche``): a second confirmation, or two at once, pays each tranche once.
"""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session

from subsidy.errors import CaseInputError, SubsidyError
from subsidy.money import format_fen
from subsidy.rules.case import parse_input_money
from subsidy.services import clock, ledger
from subsidy.services.access import require_role
from subsidy.services.audit import CHANNEL
from subsidy.services.auditing import ledger_lines
from subsidy.services.listing import list_calls
from subsidy.services.lookup import get_call
from subsidy.services.payments import due_tranches, payment_run
from subsidy.services.reports import POSITION_HEADERS, fund_position
from subsidy.store.tables import User
from subsidy.web.auth import CurrentUser, current_user
from subsidy.web.deps import client_address, engine, now, transaction
from subsidy.web.staff import check_text, done, form_of, page, refusal, xlsx_response
from subsidy.web.transitions import business_today

__all__ = ["router"]

router = APIRouter(include_in_schema=False)

_PAYERS = ("finance", "admin")


@router.get("/finance", response_class=HTMLResponse)
def position_page(request: Request, user: CurrentUser) -> Response:
    with transaction(request) as s:
        lines = fund_position(s, user)
    return page(request, "finance/position.html", {"user": user, "lines": lines})


@router.get("/finance/position.xlsx")
def position_xlsx(request: Request, user: CurrentUser) -> Response:
    with transaction(request) as s:
        lines = fund_position(s, user)
    return xlsx_response({"资金状况": (POSITION_HEADERS, [x.cells() for x in lines])}, "资金状况.xlsx")


def _appropriations(s: Session, user: User, *, message: str | None, form: dict[str, str]) -> dict[str, Any]:
    require_role(user, "下达预算", *_PAYERS)
    entries = [e for e in ledger_lines(s, user) if e.kind in ("appropriation", "reversal")]
    reversed_seqs = {e.reverses for e in entries if e.reverses is not None}
    lines = fund_position(s, user)
    calls = list_calls(s, user)
    return {"user": user, "entries": entries, "reversed": reversed_seqs, "lines": lines, "calls": calls,
            "message": message, "form": form, "key": form.get("key") or secrets.token_urlsafe(12)}


@router.get("/finance/appropriations", response_class=HTMLResponse)
def appropriations_page(request: Request, user: CurrentUser) -> Response:
    with transaction(request) as s:
        context = _appropriations(s, user, message=None, form={})
    return page(request, "finance/appropriations.html", context)


def _year(raw: str) -> int:
    text = raw.strip()
    if not text.isdigit() or not 1900 < int(text) < 2200:
        raise CaseInputError("year", f"预算年度「{text[:10]}」不是年份", "写成 2026 这样的四位年份")
    return int(text)


def _int(raw: str, field: str, what: str) -> int:
    text = raw.strip()
    if not text.isdigit() or len(text) > 12:
        raise CaseInputError(field, f"{what}「{text[:20]}」不是编号", f"从列表中选择{what}")
    return int(text)


def _appropriate(request: Request, form: dict[str, str]) -> Response:
    user = current_user(request)
    try:
        with transaction(request) as s:
            business_today(s, form)
            require_role(user, "下达预算", *_PAYERS)
            call_id, _, clause = (form.get("line") or "").partition(":")
            call = get_call(s, _int(call_id, "line", "批次与条款"))
            year = _year(form.get("year", ""))
            fen = parse_input_money(form.get("amount", ""), "金额")
            key = form.get("key") or None
            ledger.lock(s)
            repeated = key is not None and ledger.keyed(s, ledger.caller_key(key, "key")) is not None
            row = ledger.appropriate(s, user, call, clause, year, fen, key=key, memo=(form.get("memo") or "").strip())
            available = ledger.line_balance(s, call.id, clause, year).available
    except SubsidyError as exc:
        status, why = refusal(exc)
        with transaction(request) as s:
            context = _appropriations(s, user, message=why, form=form)
        return page(request, "finance/appropriations.html", context, status_code=status)
    if repeated:
        return done("/finance/appropriations", f"该表单此前已提交（账目第 {row.seq} 条），本次未重复下达；"
                                               f"该预算可用 {format_fen(available)}")
    return done("/finance/appropriations", f"已下达：批次 {call.id} 条款 {clause} {year}年度 {format_fen(row.fen)}"
                                           f"（账目第 {row.seq} 条）；该预算可用 {format_fen(available)}")


@router.post("/finance/appropriations")
async def appropriate_submit(request: Request) -> Response:
    form = await form_of(request)
    return await run_in_threadpool(_appropriate, request, form)


def _reverse(request: Request, seq: int, form: dict[str, str]) -> Response:
    user = current_user(request)
    try:
        with transaction(request) as s:
            business_today(s, form)
            row = ledger.reverse(s, user, seq, form.get("reason") or "")
    except SubsidyError as exc:
        status, why = refusal(exc)
        with transaction(request) as s:
            context = _appropriations(s, user, message=why, form={})
        return page(request, "finance/appropriations.html", context, status_code=status)
    return done("/finance/appropriations", f"已冲正第 {seq} 条预算下达（账目第 {row.seq} 条）")


@router.post("/finance/appropriations/{seq}/reversal")
async def reverse_submit(request: Request, seq: int) -> Response:
    form = await form_of(request)
    return await run_in_threadpool(_reverse, request, seq, form)


def _run_day(s: Session, raw: str | None) -> dt.date:
    return business_today(s, {"business_date": raw or ""})


def _due(request: Request, user: User, business_date: str | None) -> dict[str, Any]:
    with transaction(request) as s:
        day = _run_day(s, business_date)
        due = due_tranches(s, user, day)
        mode = clock.mode_of(s)
    return {"user": user, "due": due, "day": day, "total": sum(t.fen for t in due), "mode": mode,
            "today": clock.china_today(now())}


@router.get("/finance/payments", response_class=HTMLResponse)
def payments_page(request: Request, user: CurrentUser, business_date: str | None = None) -> Response:
    return page(request, "finance/payments.html", _due(request, user, business_date))


@router.get("/finance/payments/confirm", response_class=HTMLResponse)
def payments_confirm(request: Request, user: CurrentUser, business_date: str | None = None) -> Response:
    return page(request, "finance/confirm.html", _due(request, user, business_date))


def _ids(raw: list[str]) -> list[int]:
    out = [_int(value, "tranche", "付款期次") for value in raw]
    if not out:
        raise CaseInputError("tranche", "确认单上没有任何付款期次", "回到拨付页面重新核对到期期次")
    return out


def _pay(request: Request, form: dict[str, str], raw_ids: list[str]) -> Response:
    user = current_user(request)
    with transaction(request) as s:
        require_role(user, "拨付资金", *_PAYERS)
        day = business_today(s, form)
    ids = _ids(raw_ids)
    token = CHANNEL.set({"channel": "web", "address": client_address(request)})  # each payment's audit record
    try:
        result = payment_run(engine(request), user.username, day, tranche_ids=ids)
    finally:
        CHANNEL.reset(token)
    new = [p for p in result.paid if not p.repeated]
    message = (f"本次拨付 {len(new)} 期，合计 {format_fen(sum(p.fen for p in new))}；"
               f"此前已拨付（未重复拨付）{len(result.paid) - len(new)} 期；未拨付 {len(result.skipped)} 期")
    if result.skipped:
        message += "：" + "；".join(f"期次 {tid}：{why}" for tid, why in result.skipped[:5])
    back = "/finance/payments" + (f"?business_date={day.isoformat()}" if form.get("business_date") else "")
    return done(back, message)


@router.post("/finance/payments/run")
async def payments_run(request: Request) -> Response:
    data = await request.form()
    form = check_text({k: v for k, v in data.items() if isinstance(v, str)})
    raw_ids = list(check_text({str(i): v for i, v in enumerate(data.getlist("tranche")) if isinstance(v, str)}).values())
    try:
        return await run_in_threadpool(_pay, request, form, raw_ids)
    except SubsidyError as exc:
        _, why = refusal(exc)
        return done("/finance/payments", f"未拨付：{why}")
