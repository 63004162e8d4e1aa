"""The office's register (单位登记): organisations and the support they received elsewhere, in the browser.

``GET /office/organisations`` lists every organisation with its declared and verified facts and its other
support, and carries the forms, each one service call, the same as the CLI's:

- ``POST /office/organisations``: register an organisation (``subsidy org add``;
  services/organisations.register_organisation, a failing check digit only with an officer's reason);
- ``POST /office/organisations/{org_id}/facts``: set or clear an office-verified fact (``subsidy org
  profile`` as an officer: services/organisations.update_profile, audited ``verify_facts``);
- ``POST /office/organisations/{org_id}/support``: register support received under another programme
  (``subsidy support add``: services/other_support.add_support);
- ``POST /office/support/import``: import a CSV or Excel sheet of it, all or nothing (``subsidy support
  import``: services/other_support.import_support).

Who may is the services' to say (officers and administrators; reading is services/office.require_office).
"""

from __future__ import annotations

import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from subsidy.errors import CaseInputError, NotFound
from subsidy.services import office
from subsidy.services.facts import adopted_fact_defs, organisation_fact_names
from subsidy.services.listing import search_organisations
from subsidy.services.organisations import get_organisation, register_organisation, update_profile
from subsidy.services.other_support import MAX_FILE_BYTES, add_support, import_support
from subsidy.store.tables import Organisation, OtherSupport, User
from subsidy.vocabulary import SUPPORT_LEVELS
from subsidy.web.auth import current_user, permitted
from subsidy.web.deps import RowId, transaction
from subsidy.web.errors import ApiError
from subsidy.web.office import back, done, form_of, int_field, money_field, page, text_field
from subsidy.web.policies import policy_choices

__all__ = ["router"]

router = APIRouter(include_in_schema=False)
HOME = "/office/organisations"

_FIELDS = {"--override-reason": "说明理由", "--name": "单位名称", "--fact": "事实", "facts": "事实"}


def _web_words(exc: CaseInputError) -> CaseInputError:
    """The service's refusal in the form's words (its hints speak of the CLI's options)."""
    hint = "" if not exc.hint or "--" in exc.hint or "`" in exc.hint else exc.hint
    field = _FIELDS.get(exc.field, exc.field)
    if exc.field == "--override-reason" and "无需" in exc.problem:
        hint = "清空「说明理由」后再登记"
    elif exc.hint and "--override-reason" in exc.hint:
        hint = "核对代码；确属真实代码的，在「说明理由」中写明理由后登记"
    return CaseInputError(field, exc.problem, hint)


def _organisation(s: Session, user: User, org_id: int, what: str) -> Organisation:
    office.require_office(user, what)  # refused before the id is looked up: no probing by id
    try:
        return get_organisation(s, org_id)
    except NotFound as exc:
        raise ApiError(404, "not_found", str(exc)) from exc


def _fact_text(value: Any) -> str:
    if isinstance(value, bool):
        return "是" if value else "否"
    return str(value)


PAGE_SIZE = 50
"""Organisations on one page of the register."""


def _page_number(raw: str | None) -> int:
    """``?page=`` (1 when absent; bad input refused in Chinese, never a fault)."""
    text = (raw or "").strip()
    if not text:
        return 1
    if not text.isascii() or not text.isdigit() or not 1 <= int(text) <= 1_000_000:
        raise CaseInputError("page", f"页码应当是正整数，写的是「{text[:20]}」", "从页面上的翻页链接进入")
    return int(text)


@router.get("/office/organisations", response_class=HTMLResponse)
def organisations_page(request: Request) -> Response:
    user = current_user(request)
    with transaction(request) as s:
        office.require_office(user, "查看单位登记")
        defs = adopted_fact_defs(s)
        own = sorted(organisation_fact_names(s))
        text = (request.query_params.get("q") or "").strip()[:100]
        number = _page_number(request.query_params.get("page"))
        found = search_organisations(s, user, text, offset=(number - 1) * PAGE_SIZE, limit=PAGE_SIZE)
        orgs = found.rows
        support: dict[int, list[OtherSupport]] = {o.id: [] for o in orgs}
        for row in s.scalars(select(OtherSupport).where(OtherSupport.organisation_id.in_(list(support)))
                             .order_by(OtherSupport.year, OtherSupport.id)):
            support[row.organisation_id].append(row)

        def label(name: str) -> str:
            return defs[name][0].label if name in defs else name

        rows = [{"org": o, "support": support.get(o.id, []),
                 "facts": [{"label": label(k), "declared": _fact_text(o.profile[k]) if k in (o.profile or {}) else None,
                            "verified": _fact_text(o.verified[k]) if k in (o.verified or {}) else None}
                           for k in sorted({*(o.profile or {}), *(o.verified or {})})]}
                for o in orgs]
        return page(request, s, "office/organisations.html", {
            "rows": rows, "fact_choices": [(n, label(n)) for n in own], "levels": SUPPORT_LEVELS.labels,
            "policy_choices": policy_choices(),
            "max_mb": MAX_FILE_BYTES // 1024 // 1024, "q": text, "page_number": number, "total": found.total,
            "pages": max(1, -(-found.total // PAGE_SIZE)), "first": found.offset + 1 if orgs else 0,
            "last": found.offset + len(orgs)})


def _register(request: Request, form: Mapping[str, str]) -> Response:
    user = current_user(request)
    with transaction(request) as s:
        try:
            org = register_organisation(s, user, uscc=form.get("uscc", "").strip(),
                                        name=form.get("name", ""), district=form.get("district"),
                                        override_reason=form.get("override_reason"))
        except CaseInputError as exc:
            raise _web_words(exc) from exc
        said = f"已登记单位「{org.name}」（统一社会信用代码 {org.uscc}）"
    return done(back(form, HOME), said)


@router.post("/office/organisations")
async def register_route(request: Request) -> Response:
    form = await form_of(request)
    return await run_in_threadpool(_register, request, form)


def _verify(request: Request, org_id: int, form: Mapping[str, str]) -> Response:
    user = current_user(request)
    with transaction(request) as s:
        org = _organisation(s, user, org_id, "核实单位信息")
        name = text_field(form, "fact", "事实")
        unset = bool(form.get("unset"))
        value = form.get("value", "").strip()
        if not unset and not value:
            raise CaseInputError("值", "没有填写核实的值", "填写核实的值；要撤销已核实的这一项，勾选「撤销核实」")
        try:
            update_profile(s, user, org, {name: None if unset else value})
        except CaseInputError as exc:
            raise _web_words(exc) from exc
        said = f"已撤销「{org.name}」的核实信息「{name}」" if unset else f"已核实「{org.name}」的「{name}」"
    return done(back(form, HOME), said)


@router.post("/office/organisations/{org_id}/facts")
async def verify_route(request: Request, org_id: RowId) -> Response:
    form = await form_of(request)
    return await run_in_threadpool(_verify, request, org_id, form)


def _add(request: Request, org_id: int, form: Mapping[str, str]) -> Response:
    user = current_user(request)
    with transaction(request) as s:
        org = _organisation(s, user, org_id, "登记其他政策支持")
        fen = money_field(form, "amount", "金额")
        assert fen is not None
        try:
            row = add_support(s, user, org, programme=text_field(form, "programme", "支持项目"),
                              level=text_field(form, "level", "级别"), year=int_field(form, "year", "年度"), fen=fen,
                              project_ref=form.get("project_ref"), one_matter=bool(form.get("one_matter")),
                              zone=form.get("zone"), policy=form.get("policy"), clause=form.get("clause"),
                              matter=form.get("matter"))
        except CaseInputError as exc:  # the problem names the form's field
            said = exc.problem if f"「{exc.field}」" in exc.problem else f"「{exc.field}」：{exc.problem}"
            if exc.field == "对应条款" and exc.hint and "`" in exc.hint:  # the CLI's hint, in the form's words
                raise CaseInputError(exc.field, said, "写该政策的条款 id（如 art3）或条款编号（如 第三条），可在政策库中查看") from exc
            raise _web_words(CaseInputError(exc.field, said, exc.hint)) from exc
        said = f"已为「{org.name}」登记其他政策支持「{row.programme}」（{row.year}年度）"
    return done(back(form, HOME), said)


@router.post("/office/organisations/{org_id}/support")
async def add_route(request: Request, org_id: RowId) -> Response:
    form = await form_of(request)
    return await run_in_threadpool(_add, request, org_id, form)


def _import(request: Request, form: Mapping[str, str], filename: str, content: bytes) -> Response:
    user = current_user(request)
    suffix = Path(filename).suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise CaseInputError("file", f"「{filename[:60]}」不是 .csv 或 .xlsx 文件", "上传 CSV（UTF-8）或 Excel（.xlsx）文件")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"上传文件{suffix}"
        path.write_bytes(content)
        with transaction(request) as s:
            office.require_office(user, "导入其他政策支持")
            try:
                rows = import_support(s, user, path)
            except CaseInputError as exc:  # where in the sheet (its name, not the server's folder) on the page
                where = _named(exc.field, path, filename)
                raise CaseInputError(where, f"{where}：{exc.problem}", exc.hint) from exc
            except NotFound as exc:  # a row naming an organisation not registered: the sheet is what is wrong
                raise CaseInputError("file", _named(str(exc), path, filename),
                                     "先在本页登记该单位，或更正代码后重新导入") from exc
            count = len(rows)
    return done(back(form, HOME), f"已从「{filename[:60]}」导入 {count} 条其他政策支持")


def _named(text: str, path: Path, filename: str) -> str:
    return text.replace(str(path), filename[:60]).replace(path.name, filename[:60])


@router.post("/office/support/import", dependencies=[permitted("导入其他政策支持", *office.OFFICE_ROLES)])
async def import_route(request: Request) -> Response:
    raw = await request.form()
    upload = raw.get("file")
    form = {k: v for k, v in raw.items() if isinstance(v, str)}
    if upload is None or isinstance(upload, str) or not upload.filename:
        raise CaseInputError("file", "没有选择要导入的文件", "选择一个 CSV（UTF-8）或 Excel（.xlsx）文件")
    content = await upload.read(MAX_FILE_BYTES + 1)
    if len(content) > MAX_FILE_BYTES:
        raise ApiError(413, "too_large", f"上传的文件超过 {MAX_FILE_BYTES // 1024 // 1024} MB 上限（处理办法：分成几个文件导入）",
                       "file")
    return await run_in_threadpool(_import, request, form, upload.filename, content)
