"""What the staff's screens share (the expert's, finance's, the auditor's, the administrator's): a
form's fields, the page that says why an action was refused, Excel downloads, the ``?done=`` line.

A refusal that means "not for this user" (services/access.py) stays an error page with 403; a refusal
of the input or of the state of things shows the form again with the service's message, with the
status the error envelope gives it (422 for input, 409 for the state of things)."""

from __future__ import annotations

import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from subsidy.errors import CaseInputError, SubsidyError
from subsidy.web.errors import ApiError, _from_subsidy
from subsidy.web.render import render

__all__ = ["XLSX", "check_text", "done", "form_of", "page", "refusal", "xlsx_response"]

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def check_text(fields: Mapping[str, str]) -> dict[str, str]:
    """Text fields as a form sent them, refused (422) if one holds a NUL character, which no person
    types and no database column keeps (PostgreSQL refuses it)."""
    for key, value in fields.items():
        if "\x00" in value or "\x00" in key:
            raise CaseInputError(key[:40].replace("\x00", ""), "含有空字符（\\x00），不能保存", "删除该字符后重新提交")
    return dict(fields)


async def form_of(request: Request) -> dict[str, str]:
    """The submitted form's text fields (files ignored), checked by :func:`check_text`."""
    return check_text({k: v for k, v in (await request.form()).items() if isinstance(v, str)})


def refusal(exc: SubsidyError) -> tuple[int, str]:
    """The status a refusal is answered with and its wording for a page; an access refusal is raised
    again (its 403 page)."""
    err: ApiError = _from_subsidy(exc)
    if err.status in (401, 403, 404) or err.status >= 500:
        raise exc
    return err.status, err.people or err.message


def page(request: Request, name: str, context: Mapping[str, Any], *, status_code: int = 200) -> HTMLResponse:
    """A staff page: ``done`` (what the last action did) from the query string, never cached."""
    ctx = {"done": request.query_params.get("done"), **context}
    response = render(request, name, dict(ctx), status_code=status_code)
    response.headers["Cache-Control"] = "no-store"
    return response


def done(location: str, message: str) -> RedirectResponse:
    """Back to ``location`` after an action, saying what it did."""
    return RedirectResponse(location + ("&" if "?" in location else "?") + "done=" + quote(message[:300]),
                            status_code=303)


def xlsx_response(sheets: dict[str, tuple[tuple[str, ...], list[list[Any]]]], filename: str) -> Response:
    """An Excel workbook of ``sheets`` (services/reports.write_xlsx: every cell through ``safe_cell``)."""
    from subsidy.services.reports import write_xlsx

    with tempfile.TemporaryDirectory() as folder:
        path = write_xlsx(Path(folder) / "export.xlsx", sheets)
        data = path.read_bytes()
    return Response(data, media_type=XLSX, headers={
        "Content-Disposition": f"attachment; filename=\"export.xlsx\"; filename*=UTF-8''{quote(filename)}",
        "Cache-Control": "no-store"})
