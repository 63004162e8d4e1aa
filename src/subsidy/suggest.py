"""Catching a person's near misses: the nearest of the allowed names ("是不是「X」？"), and citation
labels written with half-width brackets or spaces (`第五条(一)` for `第五条（一）`). Used by every
place that refuses an unknown name (policy files, case files, clause and policy look-ups)."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

__all__ = ["aside", "closest", "did_you_mean", "normalise_cite"]

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


def normalise_cite(text: str) -> str:
    """A citation label as the documents write it: full-width brackets and commas, no spaces."""
    return text.strip().translate(_WIDTHS)
