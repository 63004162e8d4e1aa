"""The auditor's screens (审计人员), read only: the ledger entry by entry, the audit log, the tamper
check, an entity's whole history, and each as an Excel workbook made from the same rows as the page
(services/auditing.py and services/reports.entity_history: one function feeds both).

- ``GET /audit/ledger`` (``?call=``), ``GET /audit/ledger.xlsx``: every entry with its actor, the
  clock's time (北京时间) and the business date (services/auditing.ledger_lines).
- ``GET /audit/log`` (``?subject=``, ``?by=``, ``?limit=``), ``GET /audit/log.xlsx``: the audit log with the
  actions in words (admin/workflow.ACTION_LABELS).
- ``GET /audit/verify``: the ledger's and the audit log's chains and every sealed row
  (services/auditing.verification), the result on the page; it changes nothing.
- ``POST /audit/verify`` (a checkpoint file, at most :data:`CHECKPOINT_MAX_BYTES`): the same check and
  whether both chains still extend the uploaded checkpoint (``subsidy audit verify --checkpoint FILE``);
  a file that is not a checkpoint is refused (422) naming what is wrong. It changes nothing.
- ``GET /audit/checkpoint.json``: the chains' heads as a file to keep outside the database (``subsidy audit
  checkpoint``; services/auditing.export_checkpoint), only when the check passes (409 otherwise).
- ``GET /audit/entity`` (``?uscc=``), ``GET /audit/entity.xlsx?uscc=``: one organisation's history.

Who may read what is services/access.py's: finance reads the ledger and the check, not the audit log
(it names experts); officers and administrators read everything.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response

from subsidy.errors import CaseInputError
from subsidy.services.access import LEDGER_READERS, READ_ALL, require_role
from subsidy.services.audit import Checkpoint, parse_checkpoint
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
from subsidy.store.tables import User
from subsidy.web.auth import CurrentUser, permitted
from subsidy.web.deps import QueryRowId, transaction
from subsidy.web.staff import page, xlsx_response

__all__ = ["CHECKPOINT_MAX_BYTES", "router"]

router = APIRouter(include_in_schema=False)

_LOG_LIMIT = 500  # the newest records a page shows unless asked for fewer
CHECKPOINT_MAX_BYTES = 16 * 1024
"""The largest checkpoint file the verify page takes (one the application writes is under 1 KB)."""


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
    return page(request, "audit/verify.html", {"user": user, "result": result, "max_kb": CHECKPOINT_MAX_BYTES // 1024})


def _checkpoint_of(name: str | None, data: bytes) -> Checkpoint:
    """The uploaded checkpoint, or a refusal naming what is wrong with the file."""
    where = "核对点文件"
    if not name:
        raise CaseInputError(where, "没有选择核对点文件", "选择此前导出的核对点文件（JSON）")
    if len(data) > CHECKPOINT_MAX_BYTES:
        raise CaseInputError(where, f"「{name[:60]}」超过 {CHECKPOINT_MAX_BYTES // 1024} KB，不是核对点文件",
                             "选择此前导出的核对点文件（JSON，通常不到 1 KB）")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CaseInputError(where, f"「{name[:60]}」不是 UTF-8 文本，不是核对点文件", "选择此前导出的核对点文件（JSON）") from exc
    return parse_checkpoint(text, where)


def _verify_against(request: Request, user: User, name: str | None, data: bytes) -> Response:
    context: dict[str, object] = {"user": user, "max_kb": CHECKPOINT_MAX_BYTES // 1024}
    try:
        against = _checkpoint_of(name, data)
    except CaseInputError as exc:
        message = exc.problem + (f"（处理办法：{exc.hint}）" if exc.hint else "")
        return page(request, "audit/verify.html", {**context, "result": None, "refused": message}, status_code=422)
    with transaction(request) as s:
        result = verification(s, user, against)
    return page(request, "audit/verify.html", {**context, "result": result, "file": (name or "")[:80]})


@router.post("/audit/verify", response_class=HTMLResponse,
             dependencies=[permitted("核验账本与审计日志", *LEDGER_READERS)])  # who asks, before what was sent
async def verify_against(request: Request, user: CurrentUser) -> Response:
    """The form is read here (at most CHECKPOINT_MAX_BYTES + 1 bytes of the file); the rest in a worker thread."""
    form = await request.form(max_files=1, max_fields=3)
    try:
        upload = form.get("checkpoint")
        name, data = (None, b"") if upload is None or isinstance(upload, str) else (
            upload.filename or "", await upload.read(CHECKPOINT_MAX_BYTES + 1))
    finally:
        await form.close()
    return await run_in_threadpool(_verify_against, request, user, name, data)


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
