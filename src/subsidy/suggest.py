"""Catching a person's near misses: the nearest of the allowed names ("是不是「X」？"), and citation
labels written with half-width brackets or spaces (`第五条(一)` for `第五条（一）`). Used by every
place that refuses an unknown name (policy files, case files, clause and policy look-ups)."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

__all__ = ["aside", "chinese_number", "closest", "did_you_mean", "normalise_cite"]

_WIDTHS = str.maketrans({"(": "（", ")": "）", ",": "，", " ": None, "\u3000": None})


def closest(word: object, options: Iterable[str], cutoff: float = 0.6) -> str | None:
    """The allowed name nearest to ``word``, if one is near enough to be a slip (``cutoff`` 0.5 lets a
    two-character word with one character wrong, ``市极`` for ``市级``, count as one)."""
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
