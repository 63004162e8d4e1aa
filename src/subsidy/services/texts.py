"""Free text a person writes into a record (a reason, a memo, an objection, a comment): one rule for
all of them, so what the auditor's log and the exports show is what was typed.

Refused: more than :data:`MAX_TEXT` characters, and invisible characters that change how a text reads
— control characters (a bell, an escape sequence; tab and line breaks are kept), format characters
such as the right-to-left override U+202E (which makes a line read otherwise than it was written),
and lone surrogates. Full-width spaces and every visible character are kept.
"""

from __future__ import annotations

import unicodedata

from subsidy.errors import CaseInputError

__all__ = ["MAX_TEXT", "free_text"]

MAX_TEXT = 2000
"""Characters of one free-text field."""


def free_text(text: str | None, where: str, what: str, *, limit: int = MAX_TEXT) -> str:
    """``text`` stripped, or a refusal naming ``what`` (the field's label) at ``where``."""
    value = (text or "").strip()
    for c in value:
        if c in "\n\r\t":
            continue
        if unicodedata.category(c) in ("Cc", "Cf", "Cs"):
            raise CaseInputError(where, f"{what}含有不可见的控制字符（U+{ord(c):04X}），不能保存",
                                 "删除不可见的控制字符后重新提交")
    if len(value) > limit:
        raise CaseInputError(where, f"{what}有 {len(value)} 个字，超过上限 {limit} 字", "请精简后重新提交")
    return value
