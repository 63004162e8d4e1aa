"""免申即享 match review (officers) and 意愿确认 (the enterprise), over the runs ``subsidy match`` stores.

- ``GET /office/matching`` the stored runs (services/matching.py ``list_runs``).
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

from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response

from subsidy.errors import DomainRefusal
from subsidy.rules.evaluate import missing_label
from subsidy.services import matching
from subsidy.services.access import MATCH_REVIEWERS, require_role
from subsidy.services.policies import policy_of
from subsidy.store.tables import AdoptedPolicy, MatchRun
from subsidy.web.auth import current_user
from subsidy.web.deps import transaction
from subsidy.web.errors import ApiError
from subsidy.web.office import back, done, form_of, page
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


@router.get("/office/matching", response_class=HTMLResponse)
def runs_page(request: Request) -> Response:
    user = current_user(request)
    with transaction(request) as s:
        require_role(user, "查看免申即享匹配", *MATCH_REVIEWERS)
        runs = matching.list_runs(s, user)
        shown = [{"run": r, "notices": len(matching.notices_of(s, r)),
                  "eligible": sum(c["eligible"] for c in r.summary["clauses"].values()),
                  "pending": sum(c["pending"] for c in r.summary["clauses"].values())} for r in reversed(runs)]
        return page(request, s, "matching/runs.html", {"runs": shown})


@router.get("/office/matching/{run_id}", response_class=HTMLResponse)
def run_page(request: Request, run_id: int) -> Response:
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
    return done(back(form, f"/office/matching/{run_id}"), said)


@router.post("/office/matching/{run_id}/notices")
async def push_route(request: Request, run_id: int) -> Response:
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
def offer_page(request: Request, run_id: int, number: int) -> Response:
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
async def confirm_route(request: Request, run_id: int, number: int) -> Response:
    form = await form_of(request)
    return await run_in_threadpool(_confirm, request, run_id, number, form)
