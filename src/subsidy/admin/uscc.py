"""统一社会信用代码 (unified social credit code, GB 32100-2015) validation.

An 18-character code over the 31-character alphabet ``0-9`` plus the capital letters other
than I, O, S, V and Z. The 18th character is a check character over the first 17 with
weights ``3**(i-1) mod 31``; a code is valid when its check character matches.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

__all__ = ["ALPHABET", "WEIGHTS", "UsccCheck", "check_uscc", "compute_check_char", "normalise_uscc"]

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}
_LENGTH = 18
_LOOKALIKES = {"I": "1", "O": "0", "Z": "2", "S": "5", "V": "U"}
_ALLOWED_TEXT = "数字 0–9 和除 I、O、S、V、Z 以外的大写英文字母"


@dataclass(frozen=True, slots=True)
class UsccCheck:
    """Outcome of :func:`check_uscc`. ``message`` is shown to the official as-is."""

    valid: bool
    code: str
    message: str
    position: int | None = None
    """1-based position of the offending character, when one is at fault."""
    expected: str | None = None
    actual: str | None = None


def normalise_uscc(code: str) -> str:
    """Full-width to half-width, whitespace and hyphens removed, upper case."""
    text = unicodedata.normalize("NFKC", code)
    return "".join(ch for ch in text if not ch.isspace() and ch != "-").upper()


def _bad_char_message(position: int, ch: str) -> str:
    hint = f"（是否应为「{_LOOKALIKES[ch]}」？）" if ch in _LOOKALIKES else ""
    return f"第 {position} 位字符「{ch}」不是统一社会信用代码允许的字符，只能是{_ALLOWED_TEXT}{hint}"


def _first_bad(text: str) -> int | None:
    for i, ch in enumerate(text):
        if ch not in _VALUE:
            return i
    return None


def _check_char(first17: str) -> str:
    total = sum(_VALUE[ch] * w for ch, w in zip(first17, WEIGHTS, strict=True))
    return ALPHABET[(31 - total % 31) % 31]


def compute_check_char(first17: str) -> str:
    """The check character (18th position) for the first 17 characters of a code."""
    text = normalise_uscc(first17)
    if len(text) != _LENGTH - 1:
        raise ValueError(f"计算校验码需要前 17 位代码，实际为 {len(text)} 位")
    bad = _first_bad(text)
    if bad is not None:
        raise ValueError(_bad_char_message(bad + 1, text[bad]))
    return _check_char(text)


def check_uscc(code: str) -> UsccCheck:
    """Validate a 统一社会信用代码, saying exactly what is wrong when it is not valid."""
    text = normalise_uscc(code)
    if not text:
        return UsccCheck(False, text, "统一社会信用代码为空")
    if len(text) != _LENGTH:
        return UsccCheck(False, text, f"统一社会信用代码应为 18 位，实际为 {len(text)} 位")
    bad = _first_bad(text)
    if bad is not None:
        return UsccCheck(
            False, text, _bad_char_message(bad + 1, text[bad]), position=bad + 1, actual=text[bad]
        )
    expected = _check_char(text[:17])
    actual = text[17]
    if expected != actual:
        return UsccCheck(
            False,
            text,
            f"校验码错误：第 18 位应为「{expected}」，实际为「{actual}」（请核对代码是否抄录有误）",
            position=18,
            expected=expected,
            actual=actual,
        )
    return UsccCheck(True, text, "统一社会信用代码校验通过")
