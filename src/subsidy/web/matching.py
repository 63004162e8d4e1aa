"""免申即享 matching (officers) and 意愿确认 (the enterprise).

- ``GET /office/matching`` the stored runs (services/matching.py ``list_runs``) and the form that runs one.
- ``POST /office/matching`` runs a match: an adopted policy and a registry — a shipped example or an
  uploaded CSV / Excel / Parquet file (at most web/registries.MAX_UPLOAD bytes) — through
  ``matching.match_file``, the service ``subsidy match`` calls, which stores the run (its bad rows listed
  and left out, the good ones evaluated); then to the run's page.
- ``GET /office/matching/{run_id}?outcome=eligible|pending|ineligible`` one run: per entity the clause,
  the ceiling (and the amount after 就高 / 差额) and, for 待补充, the facts still needed; 不符合 rows are not
  stored (a run keeps them as counts by reason), so that filter shows the counts per clause and reason.
- ``POST /office/matching/{run_id}/notices`` pushes notices to the enterprises with 可免申 rows
  (``push_notices``: recorded in the audit log; the notices inbox is not part of this application yet).
- ``GET /matching`` an applicant's own offers; ``GET/POST /matching/{run_id}/rows/{number}`` one offer and
  its 意愿确认, which calls ``matching.confirm`` (the application is created with the facts filled in).

Who may read or do what is services/access.py's and the matching service's; the pages decide nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response

from subsidy.errors import CaseInputError, DomainRefusal
from subsidy.rules.evaluate import missing_label
from subsidy.services import matching
from subsidy.services.access import MATCH_REVIEWERS, require_role
from subsidy.services.policies import adopted_policies, policy_of
from subsidy.store.tables import AdoptedPolicy, MatchRun
from subsidy.web.auth import current_user, permitted
from subsidy.web.deps import RowId, transaction
from subsidy.web.errors import ApiError
from subsidy.web.office import back, done, form_of, page, text_field
from subsidy.web.registries import EXAMPLES, MAX_UPLOAD, read_upload, registry_path, store_upload
from subsidy.web.transitions import business_today

__all__ = ["PAGE_ROWS", "router"]

router = APIRouter(include_in_schema=False)

FILTERS = {"eligible": "可免申", "pending": "待补充", "ineligible": "不符合"}
PAGE_ROWS = 500
"""Rows shown on a run's page (the export, ``subsidy match export``, has them all)."""


def _not_found(exc: DomainRefusal) -> ApiError | DomainRefusal:
    if exc.code in ("no_match_run", "no_match_row"):
        return ApiError(404, "not_found", str(exc))
    return exc


def _run(s: Any, user: Any, run_id: int) -> MatchRun:
    try:
        return matching.get_run(s, user, run_id)
    except DomainRefusal as exc:
        raise _not_found(exc) from exc


def _runs_page(request: Request, form: Mapping[str, str] | None = None, status_code: int = 200,
               message: str | None = None) -> Response:
    user = current_user(request)
    with transaction(request) as s:
        require_role(user, "查看免申即享匹配", *MATCH_REVIEWERS)
        runs = matching.list_runs(s, user)
        shown = [{"run": r, "notices": len(matching.notices_of(s, r)),
                  "eligible": sum(c["eligible"] for c in r.summary["clauses"].values()),
                  "pending": sum(c["pending"] for c in r.summary["clauses"].values())} for r in reversed(runs)]
        policies = {a.policy_id: policy_of(s, a) for a in adopted_policies(s)}  # the latest adoption last
        return page(request, s, "matching/runs.html", {
            "runs": shown, "policies": policies, "examples": EXAMPLES, "max_mb": MAX_UPLOAD // 1_000_000,
            "form": form or {}, "message": message}, status_code=status_code)


@router.get("/office/matching", response_class=HTMLResponse)
def runs_page(request: Request) -> Response:
    return _runs_page(request)


def _run_match(request: Request, form: dict[str, str], name: str | None, data: bytes) -> Response:
    user = current_user(request)
    try:
        if name:
            key = store_upload(name, data, larger="用命令 subsidy match 匹配大名录")
            label = name[:200]
        else:
            key = (form.get("registry") or "").strip()
            if not key:
                raise CaseInputError("registry", "没有选择名录", "选择示例名录，或上传名录文件（CSV、Excel 或 Parquet）")
            label = registry_path(key)[1]
        path, _ = registry_path(key)
        with transaction(request) as s:
            today = business_today(s, form)
            policy_id = text_field(form, "policy", "政策")
            try:
                run, _ = matching.match_file(s, user, policy_id, path, registry_name=label, today=today)
            except CaseInputError as exc:  # the whole file refused: say where (the file by what the page calls it)
                where = exc.field.replace(str(path), "名录").replace(path.name, "名录")
                raise CaseInputError("registry", f"{where}：{exc.problem}", exc.hint) from exc
            run_id, refused = run.id, run.rows_refused
    except CaseInputError as exc:
        status = 413 if exc.field == "file" and "超过" in exc.problem else 422
        return _runs_page(request, form, status, exc.problem + (f"（处理办法：{exc.hint}）" if exc.hint else ""))
    except DomainRefusal as exc:
        if exc.code != "not_adopted":
            raise
        return _runs_page(request, form, 409, str(exc))
    said = f"已完成免申即享匹配 {run_id}" + (f"；名录中 {refused} 行有问题，未评估（见下方名录问题）" if refused else "")
    return done(back({"business_date": form.get("business_date", "")}, f"/office/matching/{run_id}"), said)


@router.post("/office/matching", response_class=HTMLResponse,
             dependencies=[permitted("运行免申即享匹配", *MATCH_REVIEWERS)])  # who asks, before what was sent
async def run_route(request: Request) -> Response:
    """The form is read here (at most MAX_UPLOAD + 1 bytes of the file); the match runs in a worker thread."""
    raw = await request.form(max_files=1, max_fields=8)
    try:
        form = {k: v for k, v in raw.items() if isinstance(v, str)}
        name, data = await read_upload(raw.get("file"))
    finally:
        await raw.close()
    return await run_in_threadpool(_run_match, request, form, name, data)


@router.get("/office/matching/{run_id}", response_class=HTMLResponse)
def run_page(request: Request, run_id: RowId) -> Response:
    user = current_user(request)
    outcome = request.query_params.get("outcome") or "eligible"
    if outcome not in FILTERS:
        raise ApiError(422, "invalid_input", f"筛选「{outcome[:20]}」不是可免申、待补充或不符合", "outcome",
                       people=f"筛选「{outcome[:20]}」不是可免申、待补充或不符合")
    with transaction(request) as s:
        require_role(user, "查看免申即享匹配", *MATCH_REVIEWERS)
        run = _run(s, user, run_id)
        policy = policy_of(s, s.get_one(AdoptedPolicy, run.adopted_policy_id))
        counts = run.summary["clauses"]
        rows: list[dict[str, Any]] = []
        confirmed = matching.confirmations(s, run)
        if outcome != "ineligible":
            for r in matching.run_rows(s, run, outcome, limit=PAGE_ROWS):
                c = policy.clause(r.clause_id)
                rows.append({"r": r, "cite": c.cite, "title": c.title, "confirmed": confirmed.get(r.number),
                             "missing": [missing_label(policy, x) for x in r.missing]})
        ineligible = [(policy.clause(cid).cite, policy.clause(cid).title, reason, n)
                      for cid, c in counts.items() for reason, n in sorted(c["ineligible_by_reason"].items())]
        totals = {k: sum(c[k] for c in counts.values()) for k in FILTERS}
        return page(request, s, "matching/run.html", {
            "run": run, "policy": policy, "outcome": outcome, "filters": FILTERS, "rows": rows, "totals": totals,
            "ineligible": ineligible, "notices": matching.notices_of(s, run), "limit": PAGE_ROWS,
            "unit": policy.amount_unit})


def _push(request: Request, run_id: int, form: dict[str, str]) -> Response:
    user = current_user(request)
    with transaction(request) as s:
        business_today(s, form)
        require_role(user, "推送免申即享通知", *MATCH_REVIEWERS)
        run = _run(s, user, run_id)
        told, unregistered = matching.push_notices(s, user, run)
    said = f"已向 {len(told)} 家可免申企业推送通知"
    if unregistered:
        said += f"；另有 {unregistered} 家尚未登记，登记后才能确认"
    return done(back({"business_date": form.get("business_date", "")}, f"/office/matching/{run_id}"), said)


@router.post("/office/matching/{run_id}/notices")
async def push_route(request: Request, run_id: RowId) -> Response:
    form = await form_of(request)
    return await run_in_threadpool(_push, request, run_id, form)


# ---- the enterprise's side -------------------------------------------------------------------------


@router.get("/matching", response_class=HTMLResponse)
def offers_page(request: Request) -> Response:
    user = current_user(request)
    with transaction(request) as s:
        offers = matching.offers_for(s, user)
        shown = []
        for o in offers:
            policy = policy_of(s, s.get_one(AdoptedPolicy, o.run.adopted_policy_id))
            c = policy.clause(o.row.clause_id)
            shown.append({"o": o, "cite": c.cite, "title": c.title, "policy": policy})
        return page(request, s, "matching/offers.html", {"offers": shown, "user": user})


def _said(value: Any) -> str:
    """A fact's value as people read it (the case format's: amounts with their unit)."""
    if isinstance(value, bool):
        return "是" if value else "否"
    return "未知" if value is None else str(value)


def _offer_page(request: Request, run_id: int, number: int, status_code: int = 200,
                message: str | None = None) -> Response:
    user = current_user(request)
    with transaction(request) as s:
        try:
            offer = matching.get_offer(s, user, run_id, number)
        except DomainRefusal as exc:
            raise _not_found(exc) from exc
        policy = policy_of(s, s.get_one(AdoptedPolicy, offer.run.adopted_policy_id))
        c = policy.clause(offer.row.clause_id)
        facts = [(policy.facts[k].label, _said(v)) for k, v in offer.row.facts.items() if k in policy.facts]
        return page(request, s, "matching/offer.html", {
            "offer": offer, "policy": policy, "clause": c, "facts": facts, "message": message, "user": user,
            "label": FILTERS[offer.row.outcome], "unit": policy.amount_unit}, status_code=status_code)


@router.get("/matching/{run_id}/rows/{number}", response_class=HTMLResponse)
def offer_page(request: Request, run_id: RowId, number: RowId) -> Response:
    return _offer_page(request, run_id, number)


def _confirm(request: Request, run_id: int, number: int, form: dict[str, str]) -> Response:
    user = current_user(request)
    try:
        with transaction(request) as s:
            today = business_today(s, form)
            try:
                offer = matching.get_offer(s, user, run_id, number)
            except DomainRefusal as exc:
                raise _not_found(exc) from exc
            app = matching.confirm(s, user, offer.run, number, today)
            app_id = app.id
    except DomainRefusal as exc:
        if exc.code in ("wrong_role", "not_your_organisation"):
            raise
        return _offer_page(request, run_id, number, 409, str(exc))
    return done(f"/matching/{run_id}/rows/{number}", f"已确认：申报 {app_id} 已创建（草稿，信息已按名录填写），请核对后提交")


@router.post("/matching/{run_id}/rows/{number}")
async def confirm_route(request: Request, run_id: RowId, number: RowId) -> Response:
    form = await form_of(request)
    return await run_in_threadpool(_confirm, request, run_id, number, form)
