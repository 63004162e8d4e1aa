"""One check of every text a client sends in a form or a query, for every route (``create_app``
installs it after the form-token check, web/csrf.py): a control character — the NUL that PostgreSQL
cannot store (a 500 before), an escape, a backspace; anything of Unicode's category Cc except the tab,
the line feed and the carriage return a text area sends — in a field's name or value is refused with
422 and a Chinese message, before any handler runs. Uploaded files are the upload's to read; the
API's bodies (``/api/…``: JSON, and the batch upload, which bounds its form before parsing it,
web/batch.py) are the API's to read — it stores nothing; their query strings are checked here too.
"""

from __future__ import annotations

import unicodedata

from fastapi import Request

from subsidy.errors import CaseInputError

__all__ = ["ALLOWED", "has_control", "refuse_control_characters"]

ALLOWED = frozenset("\t\n\r")
_FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")


def has_control(text: str) -> bool:
    """Whether ``text`` holds a control character other than a tab or a line break."""
    return any(unicodedata.category(c) == "Cc" and c not in ALLOWED for c in text)


def _refuse(key: str, where: str) -> None:
    shown = "".join(c for c in key if not has_control(c))[:40]
    raise CaseInputError(shown or where, f"{where}中有不可见的控制字符（如空字符），未予处理",
                         "删除这些字符（从别处复制的文字常带有）后重新提交")


async def refuse_control_characters(request: Request) -> None:
    """Refuse (422) a request whose query or form holds a control character (see the module)."""
    for key, value in request.query_params.multi_items():
        if has_control(key) or has_control(value):
            _refuse(key, "网址的查询参数")
    if request.method in ("POST", "PUT", "PATCH", "DELETE") and not request.url.path.startswith("/api/") \
            and request.headers.get("content-type", "").startswith(_FORMS):
        for key, field in (await request.form()).multi_items():
            if has_control(key) or (isinstance(field, str) and has_control(field)):
                _refuse(key, "提交的表单")
