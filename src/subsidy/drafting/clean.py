"""Clean a policy text for reading while keeping, for every character, its offset in the original.

Removed: ``[bookmark: …]`` conversion debris, carriage returns, zero-width characters, and the spaces
OCR and conversion leave between Chinese characters and digits ("第 1 0 条" → "第10条"; a space between two
Latin letters or digits of a word is kept). Folded (one character for one): full-width digits, letters
and ％ to half-width; half-width Chinese punctuation (``( ) , ; : ? !``) to full-width, except a comma
between digits. Lines are kept (a paragraph is a line) and stripped.

Quotes written to a draft are never taken from the cleaned text: :meth:`CleanText.quote` maps a span back
to the original and returns the original characters (less the bookmark debris, which the loader also
drops), so every quote is verbatim in the source the loader checks.
"""

from __future__ import annotations

from dataclasses import dataclass

from subsidy.rules.parse import BOOKMARK_RE, clean_source

__all__ = ["CleanText", "clean", "fold"]

_DROP = {"\r", "\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad"}
_SPACES = {" ", "\t", "\u3000", "\u00a0", "\x0b", "\x0c"}
_HALF_TO_FULL = {"(": "（", ")": "）", ",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}


def fold(ch: str) -> str:
    """One character in the cleaned text's width: full-width ASCII to half-width, Chinese punctuation
    written half-width to full-width. Always one character for one."""
    code = ord(ch)
    if 0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A:
        return chr(code - 0xFEE0)
    if ch == "％":
        return "%"
    if ch == "．":
        return "."
    if ch == "～":
        return "~"
    if ch == "－":
        return "-"
    return _HALF_TO_FULL.get(ch, ch)


def _is_word(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in "+-_")


@dataclass(frozen=True)
class CleanText:
    """The cleaned ``text`` of ``original``; ``offsets[i]`` is where ``text[i]`` stands in ``original``."""

    original: str
    text: str
    offsets: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of ``original`` that the cleaned ``text[start:end]`` (non-empty) was read from."""
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"span {start}:{end} outside the cleaned text")
        return self.offsets[start], self.offsets[end - 1] + 1

    def quote(self, start: int, end: int) -> str:
        """The original characters of ``text[start:end]``, as the loader sees them (bookmarks dropped):
        verbatim in ``clean_source(original)``."""
        a, b = self.original_span(start, end)
        return clean_source(self.original[a:b]).strip()


def clean(original: str) -> CleanText:
    """The cleaned text of ``original`` with its offset map (see the module docstring)."""
    debris = [(mt.start(), mt.end()) for mt in BOOKMARK_RE.finditer(original)]
    kept: list[tuple[str, int]] = []
    i, d = 0, 0
    n = len(original)
    while i < n:
        if d < len(debris) and i == debris[d][0]:
            i = debris[d][1]
            d += 1
            continue
        ch = original[i]
        if ch not in _DROP:
            kept.append((ch, i))
        i += 1
    # the next character that is not a space, after each position (one pass from the end)
    following: list[str] = ["\n"] * len(kept)
    ahead = "\n"
    for k in range(len(kept) - 1, -1, -1):
        following[k] = ahead
        if kept[k][0] not in _SPACES:
            ahead = kept[k][0]
    chars: list[str] = []
    offsets: list[int] = []
    for k, (ch, at) in enumerate(kept):
        if ch in _SPACES:
            prev = chars[-1] if chars else "\n"
            nxt = following[k]
            if not (_is_word(prev) and _is_word(nxt) and not (prev.isdigit() and nxt.isdigit())):
                continue
            ch = " "
            if prev == " ":
                continue
        elif ch == "\n":
            while chars and chars[-1] == " ":
                chars.pop()
                offsets.pop()
        else:
            ch = fold(ch)
            if (ch == "，" and original[at] == "," and chars and chars[-1].isdigit()
                    and k + 1 < len(kept) and kept[k + 1][0].isdigit()):
                ch = ","  # 1,000: a thousands separator, not a Chinese comma
        chars.append(ch)
        offsets.append(at)
    return CleanText(original, "".join(chars), tuple(offsets))
