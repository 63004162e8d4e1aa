"""Catching a person's near misses: the nearest of the allowed names ("是不是「X」？"), and citation
labels written with half-width brackets or spaces (`第五条(一)` for `第五条（一）`), and where a quote stops
matching its source text (a half-width comma for a full-width one). Used by every place that refuses an
unknown name (policy files, case files, clause and policy look-ups) or a quote that is not verbatim."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

__all__ = ["aside", "chinese_number", "closest", "did_you_mean", "normalise_cite", "quote_slip"]

_WIDTHS = str.maketrans({"(": "（", ")": "）", ",": "，", " ": None, "\u3000": None})


def closest(word: object, options: Iterable[str], cutoff: float = 0.6) -> str | None:
    """The allowed name nearest to ``word``, if one is near enough to be a slip (``cutoff`` 0.5 lets a
    two-character word with one character wrong, ``市极`` for ``市级``, count as one)."""
    import difflib  # only when a name is wrong (start-up)

    found = difflib.get_close_matches(str(word), list(options), n=1, cutoff=cutoff)
    return found[0] if found else None


def did_you_mean(word: object, options: Iterable[str], cutoff: float = 0.6) -> str:
    """``是不是「X」？`` for the nearest allowed name, or ``""``."""
    near = closest(word, options, cutoff)
    return f"是不是「{near}」？" if near is not None else ""


def aside(word: object, options: Iterable[str], cutoff: float = 0.6) -> str:
    """``（是不是「X」？）`` to follow a refusal, or ``""``."""
    hint = did_you_mean(word, options, cutoff)
    return f"（{hint}）" if hint else ""


_DIGITS = "零一二三四五六七八九"
_NUMBERED = re.compile(r"第([0-9]{1,2})(?=[条款项])")


def chinese_number(n: int) -> str:
    """1–99 as the documents number articles: 五, 十, 十一, 二十, 二十三."""
    tens, ones = divmod(n, 10)
    if not tens:
        return _DIGITS[ones]
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")


def normalise_cite(text: str) -> str:
    """A citation label as the documents write it: full-width brackets and commas, no spaces, and
    article numbers in Chinese (``第5条`` is ``第五条``, ``第12条第2款`` is ``第十二条第二款``)."""
    shown = text.strip().translate(_WIDTHS)
    return _NUMBERED.sub(lambda m: "第" + chinese_number(int(m.group(1))) if int(m.group(1)) else m.group(0), shown)


def _char(c: str) -> str:
    """A character as a person checking a quote needs to see it: ``「,」（半角逗号）``."""
    if c.isspace():
        return "「 」（空格）" if c == " " else f"「{c}」（空白字符 U+{ord(c):04X}）"
    if unicodedata.category(c).startswith("P"):
        width = "全角" if unicodedata.east_asian_width(c) in ("F", "W") else "半角"
        return f"「{c}」（{width}标点）"
    return f"「{c}」"


def quote_slip(quote: str, source: str) -> str:
    """Where ``quote`` (not in ``source``) first departs from it: the position, the character written
    and the one the source has there, e.g. ``第 12 个字符写的是「,」（半角标点），原文此处是「，」（全角标点）``.
    The longest opening of the quote found in the source decides where; among its places in the source
    the one whose continuation best fits the rest of the quote gives the expected character."""
    lo, hi = 0, len(quote)
    while lo < hi:  # prefixes found in the source are closed under shortening: bisect on the length
        mid = (lo + hi + 1) // 2
        if quote[:mid] in source:
            lo = mid
        else:
            hi = mid - 1
    k = lo
    if k == 0:
        return f"第 1 个字符{_char(quote[0])}在原文中没有出现"
    rest = quote[k + 1:k + 9]
    starts, i = [], source.find(quote[:k])
    while i != -1:
        starts.append(i)
        i = source.find(quote[:k], i + 1)
    at = next((i for i in starts if source.startswith(rest, i + k + 1)), starts[0])
    before = quote[max(0, k - 8):k]
    if at + k >= len(source):
        return f"第 {k + 1} 个字符{_char(quote[k])}之前的部分（…{before}）已是原文的结尾"
    expected = source[at + k]
    only = quote[:k] + expected + quote[k + 1:] in source
    return (f"第 {k + 1} 个字符（…{before}之后）写的是{_char(quote[k])}，原文此处是{_char(expected)}"
            + ("；只差这一个字符" if only else ""))
