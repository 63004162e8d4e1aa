"""The auditor's screens (审计人员), read only: the ledger entry by entry, the audit log, the tamper
check, an entity's whole history, and each as an Excel workbook made from the same rows as the page
(services/auditing.py and services/reports.entity_history: one function feeds both).

- ``GET /audit/ledger`` (``?call=``), ``GET /audit/ledger.xlsx``: every entry with its actor, the
  clock's time (北京时间) and the business date (services/auditing.ledger_lines).
- ``GET /audit/log`` (``?subject=``, ``?by=``, ``?limit=``), ``GET /audit/log.xlsx``: the audit log with the
  actions in words (admin/workflow.ACTION_LABELS).
- ``GET /audit/verify``: the ledger's and the audit log's chains and every sealed row
  (services/audit.verify), the result on the page; it changes nothing.
- ``GET /audit/checkpoint.json``: the chains' heads as a file to keep outside the database (``subsidy audit
  checkpoint``; services/auditing.export_checkpoint), only when the check passes (409 otherwise).
- ``GET /audit/entity`` (``?uscc=``), ``GET /audit/entity.xlsx?uscc=``: one organisation's history.

Who may read what is services/access.py's: finance reads the ledger and the check, not the audit log
(it names experts); officers and administrators read everything.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from subsidy.services.access import READ_ALL, require_role
from subsidy.services.auditing import (
    AUDIT_HEADERS,
    LEDGER_HEADERS,
    audit_lines,
    export_checkpoint,
    ledger_lines,
    verification,
)
from subsidy.services.listing import list_organisations
from subsidy.services.reports import entity_history
from subsidy.web.auth import CurrentUser
from subsidy.web.deps import QueryRowId, transaction
from subsidy.web.staff import page, xlsx_response

__all__ = ["router"]

router = APIRouter(include_in_schema=False)

_LOG_LIMIT = 500  # the newest records a page shows unless asked for fewer


@router.get("/audit/ledger", response_class=HTMLResponse)
def ledger_page(request: Request, user: CurrentUser, call: QueryRowId = None) -> Response:
    with transaction(request) as s:
        lines = ledger_lines(s, user, call_id=call)
    return page(request, "audit/ledger.html", {"user": user, "lines": lines, "call": call})


@router.get("/audit/ledger.xlsx")
def ledger_xlsx(request: Request, user: CurrentUser, call: QueryRowId = None) -> Response:
    with transaction(request) as s:
        lines = ledger_lines(s, user, call_id=call)
    return xlsx_response({"账目": (LEDGER_HEADERS, [x.cells() for x in lines])}, "账目.xlsx")


def _limit(limit: int | None) -> int:
    return _LOG_LIMIT if limit is None else max(1, min(limit, 100_000))


@router.get("/audit/log", response_class=HTMLResponse)
def log_page(request: Request, user: CurrentUser, subject: str | None = None, by: str | None = None,
             limit: int | None = None) -> Response:
    with transaction(request) as s:
        lines = audit_lines(s, user, subject=subject, username=by, limit=_limit(limit))
    return page(request, "audit/log.html", {"user": user, "lines": lines, "subject": subject or "", "by": by or "",
                                            "limit": _limit(limit)})


@router.get("/audit/log.xlsx")
def log_xlsx(request: Request, user: CurrentUser, subject: str | None = None, by: str | None = None,
             limit: int | None = None) -> Response:
    with transaction(request) as s:
        lines = audit_lines(s, user, subject=subject, username=by, limit=_limit(limit))
    return xlsx_response({"操作记录": (AUDIT_HEADERS, [x.cells() for x in lines])}, "操作记录.xlsx")


@router.get("/audit/verify", response_class=HTMLResponse)
def verify_page(request: Request, user: CurrentUser) -> Response:
    with transaction(request) as s:
        result = verification(s, user)
    return page(request, "audit/verify.html", {"user": user, "result": result})


@router.get("/audit/checkpoint.json")
def checkpoint_download(request: Request, user: CurrentUser) -> Response:
    with transaction(request) as s:
        cp = export_checkpoint(s, user)
    stamp = "".join(ch for ch in cp.taken_at[:19] if ch.isdigit())
    return Response(cp.to_json() + "\n", media_type="application/json", headers={
        "Content-Disposition": f'attachment; filename="checkpoint-{stamp}.json"', "Cache-Control": "no-store"})


@router.get("/audit/entity", response_class=HTMLResponse)
def entity_page(request: Request, user: CurrentUser, uscc: str | None = None) -> Response:
    with transaction(request) as s:
        require_role(user, "查看单位全部记录", *READ_ALL)
        history = entity_history(s, user, uscc) if uscc else None
        organisations = [] if uscc else list_organisations(s, user)
        context = {"user": user, "history": history, "organisations": organisations, "uscc": uscc or ""}
        return page(request, "audit/entity.html", context)


@router.get("/audit/entity.xlsx")
def entity_xlsx(request: Request, user: CurrentUser, uscc: str = "") -> Response:
    with transaction(request) as s:
        require_role(user, "查看单位全部记录", *READ_ALL)
        history = entity_history(s, user, uscc)
        name = history.organisation.name
        sections = history.sections
    return xlsx_response(sections, f"{name}全部记录.xlsx")
