"""政策草稿: an officer uploads a policy text, the drafter runs (services/drafts.py, the pipeline of
``subsidy draft``), and the draft is reviewed, edited and adopted in the 政策库 — never adopted by itself.

- ``GET /drafts`` the drafts and the upload form; ``POST /drafts`` uploads a .txt (UTF-8 or GB18030, at
  most 1 MB) and opens its report.
- ``GET /drafts/{id}/report`` the drafter's review report (drafting/review.py's page, embedded from
  ``GET /drafts/{id}/review.html``), the download of the policy directory (``GET /drafts/{id}/download``,
  a zip) and what to do next.
- ``GET /drafts/{id}`` the draft side by side with its text, as the 政策库 shows a published policy
  (web/library.py's page), marked 草稿（待审核）: what ``subsidy check`` still finds, every file to edit,
  the edits made (who, when), the adoption.
- ``GET/POST /drafts/{id}/edit?file=…`` one YAML file in a form; a save that does not load is refused
  with the loader's message and line, and the last version that loads is kept.
- ``POST /drafts/{id}/adopt`` (only when check passes) and ``POST /drafts/{id}/discard``.

Every page needs a login; who may read and change drafts is services/access.py's (officers and
administrators change them, auditors read them). Every form carries the CSRF token (web/csrf.py).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from subsidy.admin.workflow import action_label
from subsidy.drafting.source import MAX_BYTES, NotAText, TextTooLarge
from subsidy.errors import CaseInputError, DomainRefusal, PolicyFileError, SourceTextError, SubsidyError
from subsidy.services import drafts
from subsidy.services.access import DRAFT_WRITERS, may_draft
from subsidy.services.clock import china_today
from subsidy.store.tables import PolicyDraft, User
from subsidy.web.auth import CurrentUser, current_user, permitted
from subsidy.web.deps import RowId, login_of, now, transaction
from subsidy.web.errors import ACCESS_REFUSALS, ApiError
from subsidy.web.library import policy_page
from subsidy.web.render import render, templates
from subsidy.web.transitions import business_today

__all__ = ["router"]

router = APIRouter(prefix="/drafts", include_in_schema=False)

# the review report is our own HTML around escaped text; served so that nothing in it could run or load
_REPORT_HEADERS = {"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'",
                   "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store"}


def _people(exc: SubsidyError) -> str:
    if isinstance(exc, CaseInputError):
        return exc.problem + (f"（处理办法：{exc.hint}）" if exc.hint else "")
    return str(exc)


def _index(request: Request, user: User, status_code: int = 200, message: str | None = None,
           form: dict[str, str] | None = None) -> HTMLResponse:
    with transaction(request) as s:
        rows = drafts.list_drafts(s, user)
        shown = [{"row": r, "state": drafts.STATE_LABELS[r.state]} for r in rows]
    return render(request, "drafts/index.html", {
        "drafts": shown, "can_write": may_draft(user), "message": message, "form": form or {},
        "max_kb": MAX_BYTES // 1000}, status_code=status_code)


@router.get("", response_class=HTMLResponse)
def drafts_index(request: Request, user: CurrentUser) -> Response:
    return _index(request, user)


def _upload(request: Request, name: str | None, data: bytes, policy_id: str, title: str) -> Response:
    user = current_user(request)
    kept = {"policy_id": policy_id, "title": title}
    if name is None or not name.strip():
        return _index(request, user, 422, "请选择要上传的政策原文（.txt 文本文件）", kept)
    try:
        with transaction(request) as s:
            business_today(s, {})
            row = drafts.upload_draft(s, user, name=name, data=data, policy_id=policy_id, title=title, now=now())
            draft_id = row.id
    except TextTooLarge as exc:
        return _index(request, user, 413, _people(exc), kept)
    except NotAText as exc:
        return _index(request, user, 415, _people(exc), kept)
    except (SourceTextError, CaseInputError) as exc:
        return _index(request, user, 422, _people(exc), kept)
    return RedirectResponse(f"/drafts/{draft_id}/report", status_code=303)


@router.post("", response_class=HTMLResponse, dependencies=[permitted("上传政策原文起草", *DRAFT_WRITERS)])
async def drafts_upload(request: Request) -> Response:
    """The form is read here (the upload at most 1 MB + 1 byte of it); the rest runs in a worker thread."""
    form = await request.form(max_files=1, max_fields=5)
    try:
        upload = form.get("file")
        policy_id = str(form.get("policy_id") or "")[:200]
        title = str(form.get("title") or "")[:400]
        name, data = (None, b"") if upload is None or isinstance(upload, str) else (
            upload.filename or "", await upload.read(MAX_BYTES + 1))
    finally:
        await form.close()
    return await run_in_threadpool(_upload, request, name, data, policy_id, title)


@router.get("/{draft_id}/report", response_class=HTMLResponse)
def draft_report(request: Request, draft_id: RowId, user: CurrentUser) -> Response:
    with transaction(request) as s:
        row = drafts.read_draft(s, user, draft_id)
        policy = drafts.draft_policy(row)
        return render(request, "drafts/report.html", {
            "row": row, "state": drafts.STATE_LABELS[row.state], "can_write": may_draft(user) and row.state == "draft",
            "clauses": len(policy.clauses), "manual": sum(c.kind == "manual_amount" for c in policy.clauses),
            "provisions": len(policy.provisions)})


@router.get("/{draft_id}/review.html")
def draft_review(request: Request, draft_id: RowId, user: CurrentUser) -> Response:
    with transaction(request) as s:
        row = drafts.read_draft(s, user, draft_id)
        return HTMLResponse(row.review_html, headers=_REPORT_HEADERS)


@router.get("/{draft_id}/download")
def draft_download(request: Request, draft_id: RowId, user: CurrentUser) -> Response:
    with transaction(request) as s:
        row = drafts.read_draft(s, user, draft_id)
        body = drafts.draft_zip(row)
        name = f"{row.policy_id}.zip"
    return Response(body, media_type="application/zip",
                    headers={"Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"})


def _history(s: Any, user: User, draft_id: int) -> list[dict[str, str]]:
    out = []
    for rec, name in drafts.draft_history(s, user, draft_id):
        what = action_label(rec.action)
        if rec.action == "edit_draft":
            what += f" {rec.detail.get('file', '')}（第 {rec.detail.get('revision', '')} 版）"
        out.append({"who": name, "what": what, "when": _when(rec.at)})
    return out


def _when(at: dt.datetime | None) -> str:
    if at is None:
        return ""
    local = at.replace(tzinfo=dt.UTC) if at.tzinfo is None else at
    return local.astimezone(dt.timezone(dt.timedelta(hours=8))).strftime("%Y-%m-%d %H:%M（北京时间）")


def _draft_page(request: Request, user: User, row: PolicyDraft, history: list[dict[str, str]],
                status_code: int = 200, message: str | None = None) -> HTMLResponse:
    policy = drafts.draft_policy(row)
    context = policy_page(policy)
    context.update({
        "row": row, "state": drafts.STATE_LABELS[row.state], "can_write": may_draft(user) and row.state == "draft",
        "files": drafts.editable_files(row), "history": history, "message": message,
        "effective_from": (policy.effective_from or china_today(now())).isoformat(),
        "done": request.query_params.get("done", "")[:200]})
    return render(request, "drafts/policy.html", context, status_code=status_code)


@router.get("/{draft_id}", response_class=HTMLResponse)
def draft_view(request: Request, draft_id: RowId, user: CurrentUser) -> Response:
    with transaction(request) as s:
        row = drafts.read_draft(s, user, draft_id)
        return _draft_page(request, user, row, _history(s, user, draft_id))


def _edit_page(request: Request, row: PolicyDraft, path: str, text: str, *, revision: int,
               error: PolicyFileError | None = None, status_code: int = 200) -> HTMLResponse:
    policy = drafts.draft_policy(row)
    quotes = [(c.cite, q) for c in policy.clauses if c.source_file == path for q in c.quotes]
    lines = text.split("\n")
    around: list[tuple[int, str]] = []
    if error is not None and error.line:
        around = [(n, lines[n - 1]) for n in range(max(1, error.line - 2), min(len(lines), error.line + 2) + 1)]
    return render(request, "drafts/edit.html", {
        "row": row, "path": path, "text": text, "revision": revision, "error": error, "around": around,
        "quotes": quotes, "rows": min(max(len(lines) + 2, 12), 40), "files": drafts.editable_files(row)},
        status_code=status_code)


@router.get("/{draft_id}/edit", response_class=HTMLResponse)
def draft_edit_form(request: Request, draft_id: RowId, user: CurrentUser, file: str = "") -> Response:
    with transaction(request) as s:
        row = drafts.editable_draft(s, user, draft_id)
        if file not in drafts.editable_files(row):
            raise ApiError(404, "not_found", f"草稿中没有可修改的文件「{file[:80]}」；可修改的文件见草稿页面")
        return _edit_page(request, row, file, str(row.files[file]), revision=row.revision)


@router.post("/{draft_id}/edit", response_class=HTMLResponse,
             dependencies=[permitted("修改政策草稿", *DRAFT_WRITERS)])
def draft_edit_save(request: Request, draft_id: RowId, user: CurrentUser, file: Annotated[str, Form()] = "",
                    text: Annotated[str, Form()] = "", revision: Annotated[int, Form()] = 0) -> Response:
    try:
        with transaction(request) as s:
            business_today(s, {})
            drafts.save_draft_file(s, user, draft_id, file, text, revision=revision, now=now())
    except PolicyFileError as exc:  # the edit does not load: nothing saved, the form again with the line
        with transaction(request) as s:
            row = drafts.read_draft(s, user, draft_id)
            return _edit_page(request, row, file, text.replace("\r\n", "\n"), revision=revision, error=exc,
                              status_code=422)
    from urllib.parse import quote

    return RedirectResponse(f"/drafts/{draft_id}?done=" + quote(f"已保存 {file[:80]}"), status_code=303)


@router.post("/{draft_id}/adopt", response_class=HTMLResponse,
             dependencies=[permitted("采用政策草稿", *DRAFT_WRITERS)])
def draft_adopt(request: Request, draft_id: RowId, user: CurrentUser,
                effective_from: Annotated[str, Form()] = "") -> Response:
    with transaction(request) as s:
        drafts.read_draft(s, user, draft_id)  # a draft that does not exist is 404, whatever the form says
    try:
        day = dt.date.fromisoformat(effective_from.strip())
    except ValueError:
        raise CaseInputError("effective_from", f"施行日期「{effective_from[:20]}」不是日期", "写成 2027-03-01 的形式") from None
    try:
        with transaction(request) as s:
            business_today(s, {})
            adopted = drafts.adopt_draft(s, user, draft_id, day, now=now())
            text = f"已采用：采用记录 {adopted.id}，版本 {adopted.version}，自 {day.isoformat()} 起施行"
    except DomainRefusal as exc:
        if exc.code in ACCESS_REFUSALS:
            raise
        with transaction(request) as s:  # not adoptable as it stands: the draft's page says why
            row = drafts.read_draft(s, user, draft_id)
            return _draft_page(request, user, row, _history(s, user, draft_id), 409, str(exc))
    from urllib.parse import quote

    return RedirectResponse(f"/drafts/{draft_id}?done=" + quote(text), status_code=303)


@router.post("/{draft_id}/discard", response_class=HTMLResponse,
             dependencies=[permitted("放弃政策草稿", *DRAFT_WRITERS)])
def draft_discard(request: Request, draft_id: RowId, user: CurrentUser) -> Response:
    with transaction(request) as s:
        business_today(s, {})
        drafts.discard_draft(s, user, draft_id, now=now())
    return RedirectResponse("/drafts", status_code=303)


def _may_draft(request: Request) -> bool:
    found = login_of(request)
    return may_draft(found.user if found is not None else None)


templates.env.globals["may_draft"] = _may_draft  # the 政策库 links here for those who may draft
