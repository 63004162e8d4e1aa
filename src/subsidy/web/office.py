"""The fund office's screens (业务科室): calls (list, create, open, close; adopting a policy) and each
call's dashboard; the other office screens are in ``office_review`` (formal review, experts, batch
actions), ``office_decide`` (selection, 公示, approval), ``office_supervision`` (reports, findings,
sanctions) and ``office_registry`` (organisations, verified facts, other support). What they share is here.

- Every page and every form is for a logged-in user; which role may read or do what is decided by the
  services (services/office.py's read models and each deciding service: officers and administrators
  read, the services say who acts), never here.
- A transition of one application is a form posting to ``/applications/{id}/actions/{action}``
  (web/transitions.py), whose handlers the office modules register; a call-level operation has its
  own route under ``/office/calls/{id}/...`` and calls the same service as the CLI.
- The business date: a database that is not production shows a 业务日期 field on every form (and
  keeps the page's ``?business_date=``); a production database always acts on today's date.
- After a change the browser is sent back (303) to the page it came from, with ``?done=`` saying what
  was done; a refusal is an error page with the service's Chinese message (403 / 409 / 422).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from fractions import Fraction
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from subsidy.admin.scoring import present
from subsidy.errors import CaseInputError, DomainRefusal, SubsidyError
from subsidy.rules.case import parse_input_money
from subsidy.services import clock, office
from subsidy.services.access import CALL_RUNNERS, POLICY_ADOPTERS
from subsidy.services.calls import CALL_STATES, CallSpec, close_call, create_call, open_call
from subsidy.services.listing import list_calls
from subsidy.services.lookup import get_call
from subsidy.services.policies import adopt_policy, adopted_policies, call_policy, get_adoption, policy_of
from subsidy.store.tables import Call, User
from subsidy.web.auth import current_user, permitted
from subsidy.web.deps import MAX_ROW_ID, RowId, transaction
from subsidy.web.errors import ApiError
from subsidy.web.policies import policy_choices
from subsidy.web.render import render, templates
from subsidy.web.staff import form_of  # the one reading of a form's text fields
from subsidy.web.transitions import business_today

__all__ = ["Ctx", "back", "date_field", "done", "form_of", "id_field", "int_field", "load_call", "money_field", "page",
           "router", "text_field"]

router = APIRouter(include_in_schema=False)
templates.env.filters["score"] = lambda text: "" if text is None else present(Fraction(str(text)))  # exact score

Ctx = dict[str, Any]


def load_call(s: Session, call_id: int) -> Call:
    """The call, or 404 with a Chinese message."""
    try:
        return get_call(s, call_id)
    except DomainRefusal as exc:
        raise ApiError(404, "not_found", f"申报批次 {call_id} 不存在") from exc


def text_field(form: Mapping[str, str], key: str, label: str, *, required: bool = True) -> str:
    value = (form.get(key) or "").strip()
    if required and not value:
        raise CaseInputError(key, f"「{label}」不能为空", f"请填写{label}")
    return value


def int_field(form: Mapping[str, str], key: str, label: str, *, default: int | None = None) -> int:
    raw = (form.get(key) or "").strip()
    if not raw and default is not None:
        return default
    try:
        return int(raw)
    except ValueError:
        raise CaseInputError(key, f"「{label}」应当是整数，写的是「{raw[:20]}」", "写阿拉伯数字，如 5") from None


def id_field(form: Mapping[str, str], key: str, label: str) -> int:
    """The id of a row named in a form (1 to :data:`MAX_ROW_ID`: a larger one is no row's, and would
    overflow the database's integer)."""
    return row_id((form.get(key) or "").strip(), key, label)


def row_id(raw: str, key: str, label: str) -> int:
    if not raw.isascii() or not raw.isdigit() or not 1 <= int(raw) <= MAX_ROW_ID:
        raise CaseInputError(key, f"「{label}」应当是记录的编号（正整数），写的是「{raw[:20]}」", "从列表页进入，不要手改编号")
    return int(raw)


def money_field(form: Mapping[str, str], key: str, label: str, *, required: bool = True) -> int | None:
    raw = (form.get(key) or "").strip()
    if not raw:
        if required:
            raise CaseInputError(key, f"「{label}」不能为空", "写带单位的金额，如 300万元 或 3000000元")
        return None
    return parse_input_money(raw, key, label=label)


def date_field(form: Mapping[str, str], key: str, label: str) -> dt.date:
    raw = (form.get(key) or "").strip()
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise CaseInputError(key, f"「{label}」不是日期：「{raw[:20]}」", "写成 2027-03-01 的形式") from None


def page_date(s: Session, request: Request, form: Mapping[str, str] | None = None) -> tuple[dt.date, str]:
    """The business date a page counts its clocks on (its ``?business_date=`` where allowed, or that of
    the form it answers), and the value its forms carry ("" for today)."""
    query = dict(form if form is not None else request.query_params)
    day = business_today(s, query)
    return day, (query.get("business_date") or "").strip()


def page(request: Request, s: Session, name: str, context: Ctx, *, status_code: int = 200,
         form: Mapping[str, str] | None = None) -> HTMLResponse:
    """An office page: with the database's banner, the 业务日期 field where allowed, the ``done`` note."""
    day, chosen = page_date(s, request, form)
    here = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    base: Ctx = {"banner": clock.banner(s), "show_date": clock.mode_of(s) != "production", "today": day,
                 "business_date": chosen, "done": request.query_params.get("done"), "here": _without_done(here),
                 "CALL_STATES": CALL_STATES}
    return render(request, name, base | context, status_code=status_code)


def _without_done(path: str) -> str:
    if "?" not in path:
        return path
    head, _, query = path.partition("?")
    from urllib.parse import parse_qsl

    kept = [(k, v) for k, v in parse_qsl(query) if k != "done"]
    return head + (f"?{urlencode(kept)}" if kept else "")


def back(form: Mapping[str, str], default: str) -> str:
    """Where to go after a form: its ``next`` when it is an office page or an application's, else ``default``;
    the form's business date is kept in the address."""
    target = (form.get("next") or "").strip()
    ok = target.startswith(("/office", "/applications/", "/finance/")) and "//" not in target and "\\" not in target \
        and "\n" not in target and "\r" not in target
    location = target if ok else default
    if (chosen := (form.get("business_date") or "").strip()) and "business_date=" not in location:
        location += ("&" if "?" in location else "?") + urlencode({"business_date": chosen})
    return location


def done(location: str, message: str) -> RedirectResponse:
    return RedirectResponse(location + ("&" if "?" in location else "?") + "done=" + quote(message), status_code=303)


def _adoption_choices(s: Session) -> list[dict[str, Any]]:
    rows = []
    for a in adopted_policies(s):
        try:
            p = policy_of(s, a)
        except SubsidyError:
            continue
        fund = p.annual_budget()  # budgets stated in the text: the default budget of a new call
        rows.append({"id": a.id, "title": p.short_title, "version": a.version, "from": a.effective_from,
                     "clauses": [(c.id, c.cite, c.title) for c in p.clauses],
                     "annual_fen": None if fund is None else fund.fen})
    return rows


# --- calls --------------------------------------------------------------------------------------------------


def _calls_page(request: Request, user: User, status_code: int = 200, error: str | None = None,
                values: Mapping[str, str] | None = None) -> HTMLResponse:
    with transaction(request) as s:
        office.require_office(user, "查看申报批次")
        return page(request, s, "office/calls.html", {
            "calls": list_calls(s, user), "adoptions": _adoption_choices(s), "policies": policy_choices(),
            "error": error, "values": dict(values or {})}, status_code=status_code, form=values)


@router.get("/office", response_class=HTMLResponse)
def calls_page(request: Request) -> Response:
    return _calls_page(request, current_user(request))


def _rubric(text: str) -> list[dict[str, str]]:
    items = []
    for n, line in enumerate((x.strip() for x in text.replace("：", ":").splitlines()), start=1):
        if not line:
            continue
        parts = [p.strip() for p in line.split(":")]
        if len(parts) != 4:
            raise CaseInputError("rubric", f"评分细则第 {n} 行「{line[:40]}」格式不对", "每行写 编号:名称:权重:满分，如 tech:技术先进性:40:40")
        items.append(dict(zip(("id", "name", "weight", "max"), parts, strict=True)))
    return items


def _pairs(text: str, key: str, label: str, example: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for line in (x.strip() for x in text.splitlines()):
        if not line:
            continue
        k, sep, v = line.replace("＝", "=").partition("=")
        if not sep or not k.strip() or not v.strip():
            raise CaseInputError(key, f"{label}「{line[:40]}」格式不对", f"每行写 {example}")
        found[k.strip()] = v.strip()
    return found


def _spec(s: Session, form: Mapping[str, str]) -> CallSpec:
    adopted = get_adoption(s, id_field(form, "adopted_policy_id", "政策"))
    clauses = [c for c in form.get("clauses", "").replace("，", ",").replace("、", ",").split(",") if c.strip()]
    budgets = {k: parse_input_money(v, "clause_budgets", label=f"条款 {k} 的分项预算")
               for k, v in _pairs(form.get("clause_budgets", ""), "clause_budgets", "分项预算", "art7=500万元").items()}
    docs = {k: v.replace("，", ",").replace("、", ",").split(",")
            for k, v in _pairs(form.get("required_documents", ""), "required_documents", "所需材料",
                               "art7=营业执照,项目预算表（* 表示全部条款）").items()}
    money = money_field(form, "budget", "总预算", required=False)  # empty: the annual fund the policy's text states
    return CallSpec(adopted_policy_id=adopted.id, year=int_field(form, "year", "年度"), title=form.get("title", ""),
                    clauses=[c.strip() for c in clauses], budget_fen=money,
                    opens_on=date_field(form, "opens_on", "申报开始日"), closes_on=date_field(form, "closes_on", "申报截止日"),
                    rubric=_rubric(form.get("rubric", "")), panel_size=int_field(form, "panel_size", "评审专家人数", default=5),
                    notice_working_days=int_field(form, "notice_days", "公示期", default=5),
                    correction_working_days=int_field(form, "correction_days", "补正期限", default=10),
                    review_working_days=int_field(form, "review_days", "形式审查时限", default=10),
                    clause_budgets=budgets, required_documents=docs)


_CALL_FIELDS = {"--title": "批次名称", "--clause": "开放的条款", "--budget": "总预算", "--clause-budget": "分项预算",
                "--require": "所需材料", "--opens": "申报期", "--closes": "申报截止日", "--year": "年度",
                "--panel-size": "评审专家人数", "--notice-days": "公示期", "--correction-days": "补正期限",
                "--review-days": "形式审查时限", "rubric": "评分细则"}


def _said(exc: CaseInputError) -> str:
    """The refusal of a call form in the form's words (the service's hints speak of the CLI's options)."""
    label = _CALL_FIELDS.get(exc.field) or _CALL_FIELDS.get(exc.field.split("[")[0].split(".")[0])
    hint = "" if not exc.hint or "--" in exc.hint or "`" in exc.hint else f"（{exc.hint}）"
    return (f"「{label}」：" if label else "") + exc.problem + hint


def _create(request: Request, form: dict[str, str]) -> Response:
    user = current_user(request)
    try:
        with transaction(request) as s:
            business_today(s, form)
            call = create_call(s, user, _spec(s, form))
            call_id, title = call.id, call.title
    except CaseInputError as exc:  # the form again, as filled in, with what was wrong
        return _calls_page(request, user, 422, _said(exc), form)
    return done(back({"business_date": form.get("business_date", "")}, f"/office/calls/{call_id}"),
                f"已创建申报批次「{title}」（草稿），核对后发布")


@router.post("/office/calls", dependencies=[permitted("创建申报批次", *CALL_RUNNERS)])
async def create_call_route(request: Request) -> Response:
    form = await form_of(request)
    return await run_in_threadpool(_create, request, form)


def _adopt(request: Request, form: dict[str, str]) -> Response:
    user = current_user(request)
    with transaction(request) as s:
        business_today(s, form)
        key = text_field(form, "policy", "政策")
        day = date_field(form, "effective_from", "施行日期")
        adopted = adopt_policy(s, user, key, day)
        title = policy_of(s, adopted).short_title
    return done(back(form, "/office"), f"已采用「{title}」（版本 {adopted.version}），自 {day} 起施行")


@router.post("/office/policies/adopt", dependencies=[permitted("采用政策", *POLICY_ADOPTERS)])
async def adopt_route(request: Request) -> Response:
    form = await form_of(request)
    return await run_in_threadpool(_adopt, request, form)


def _move(request: Request, call_id: int, form: dict[str, str], action: str) -> Response:
    user = current_user(request)
    with transaction(request) as s:
        call = load_call(s, call_id)
        today = business_today(s, form)
        (open_call if action == "open" else close_call)(s, user, call, today)
        title = call.title
    said = f"申报批次「{title}」已发布，开始受理" if action == "open" else f"申报批次「{title}」已截止"
    return done(back(form, f"/office/calls/{call_id}"), said)


@router.post("/office/calls/{call_id}/open", dependencies=[permitted("发布申报批次", *CALL_RUNNERS)])
async def open_route(request: Request, call_id: RowId) -> Response:
    form = await form_of(request)
    return await run_in_threadpool(_move, request, call_id, form, "open")


@router.post("/office/calls/{call_id}/close", dependencies=[permitted("截止申报批次", *CALL_RUNNERS)])
async def close_route(request: Request, call_id: RowId) -> Response:
    form = await form_of(request)
    return await run_in_threadpool(_move, request, call_id, form, "close")


@router.get("/office/calls/{call_id}", response_class=HTMLResponse)
def dashboard_page(request: Request, call_id: RowId) -> Response:
    user = current_user(request)
    with transaction(request) as s:
        call = load_call(s, call_id)
        day, _ = page_date(s, request)
        board = office.dashboard(s, user, call, day)
        _, policy = call_policy(s, call)
        return page(request, s, "office/dashboard.html", {"call": call, "board": board, "policy": policy,
                                                           "soon": office.SOON_WORKING_DAYS})
