"""Text for people on a terminal, drawn without Rich (the rules commands start in a fraction of the
time Rich takes to import and to lay out a table): widths in terminal cells (a Chinese character is
two), line breaking that keeps identifiers whole and the Chinese rules (禁则), tables, section rules
and a few styles. subsidy/layout.py's Rich tables wrap with the same :func:`breaks`.

What is printed is text, never markup: a user's ``[red]`` or ``:smile:`` is printed as written. A
style is asked for explicitly (:func:`styled`) and is shown only on a colour terminal (as Rich does:
``NO_COLOR``, ``FORCE_COLOR``, ``TERM=dumb``, not a terminal).
"""

from __future__ import annotations

import functools
import os
import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from typing import TextIO

__all__ = ["COPIED", "NO_LINE_END", "NO_LINE_START", "Screen", "Styled", "Table", "breaks", "cell_len", "err", "out",
           "styled", "table"]

NO_LINE_START = frozenset("，。、；：？！）」』】〕〉》”’…·～%,.;:?!)]}")
"""Marks a line may not begin with (行首禁则)."""
NO_LINE_END = frozenset("（「『【〔〈《“‘([{")
"""Marks a line may not end with (行尾禁则)."""

# What a line may not be broken inside: a command quoted between backquotes (`subsidy user list`), a
# run of Latin letters, digits and the marks of identifiers (fact names, clause ids, codes, paths,
# amounts such as 63.25万元 keep their digits together).
_TOKENS = re.compile(r"`[^`\n]{1,60}`|[A-Za-z0-9_\-./:@%+=#]+|\s+|.", re.S)

# Headers of the columns whose cells are identifiers a person types back into a command: kept whole.
COPIED = frozenset({"编号", "政策编号", "条款", "事实", "用户名", "专家", "统一社会信用代码", "对象", "申报", "批次",
                    "序号", "奖励", "期", "期次", "期次编号", "采用记录", "版本", "种子", "排名", "名次", "年度",
                    "预算年度", "账目序号"})

_WIDTHS: dict[str, int] = {}


def _char_width(ch: str) -> int:
    w = _WIDTHS.get(ch)
    if w is None:
        if unicodedata.east_asian_width(ch) in ("W", "F"):
            w = 2
        elif unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf", "Cc"):
            w = 0
        else:
            w = 1
        _WIDTHS[ch] = w
    return w


def cell_len(text: str) -> int:
    """The width of ``text`` in terminal cells."""
    if text.isascii():
        return len(text)
    try:
        return sum(map(_WIDTHS.__getitem__, text))  # every character measured before (start-up: no call each)
    except KeyError:
        return sum(map(_char_width, text))


@functools.lru_cache(maxsize=2048)
def tokens(text: str) -> tuple[tuple[str, int, int], ...]:
    """The unbreakable tokens of ``text`` with their offsets and widths in cells (kept: a table
    measures a cell and then wraps it)."""
    found = []
    widths = _WIDTHS
    at = 0
    for token in _TOKENS.findall(text):  # the tokens cover the text, one after the other
        size = widths.get(token)
        if size is None:
            size = cell_len(token)
        found.append((token, at, size))
        at += len(token)
    return tuple(found)


def breaks(text: str | Sequence[tuple[str, int, int]], width: int) -> list[int]:
    """Where the lines of ``text`` (or of its :func:`tokens`) at ``width`` cells begin: offsets into
    the text. Never inside an identifier (``construction_cost``, ``art14a``, ``91110105MA000001XR``)
    unless it is wider than the whole line; between Chinese characters and at spaces otherwise. The
    Chinese line-breaking rules (禁则) hold: no line begins with a closing mark (，。、；：？！）」』 …)
    and none ends with an opening one (（「『《“ …); the character before such a mark goes down with
    it, as a typesetter does, unless that would empty the line or overfill the next."""
    toks = tokens(text) if isinstance(text, str) else text
    found: list[int] = []
    used, line = 0, 0  # cells used on the current line; the index of its first token
    for i, (token, at, size) in enumerate(toks):
        if token == "\n":
            found.append(at + 1)
            used, line = 0, i + 1
            continue
        if token.isspace():  # a space at the end of a line stays there (and is trimmed)
            used += size
            continue
        if used + size > width and i > line:
            j = _break_before(toks, line, i, width - size)
            found.append(toks[j][1])
            used, line = sum(t[2] for t in toks[j:i]), j
        while size > width > 0 and len(token) > 1:  # longer than the width: the one case it is folded
            cut = len(_fit(token, width - used))
            at += cut
            found.append(at)
            token, used = token[cut:], 0
            size = cell_len(token)
        used += size
    return found


def _break_before(toks: Sequence[tuple[str, int, int]], line: int, i: int, room: int) -> int:
    """The token the line that reaches token ``i`` breaks before: ``i``, or an earlier one of the line
    when ``i`` may not begin a line or the token before it may not end one, provided the line keeps a
    token and what goes down fits ``room`` cells beside token ``i``."""
    j, carried = i, 0
    while (toks[j][0] in NO_LINE_START or toks[j - 1][0] in NO_LINE_END) and not toks[j - 1][0].isspace():
        if j - 1 <= line or carried + toks[j - 1][2] > room:
            return i  # nothing better: the rule gives way to the width
        j -= 1
        carried += toks[j][2]
    return j


def _fit(token: str, room: int) -> str:
    """The longest head of ``token`` that fits in ``room`` cells (at least one character)."""
    n = 1
    while n < len(token) and cell_len(token[:n + 1]) <= room:
        n += 1
    return token[:n]


# ---- styled text -------------------------------------------------------------------------------

_CODES = {"bold": "1", "dim": "2", "italic": "3", "red": "31", "green": "32", "yellow": "33",
          "bright_green": "92"}


class Styled:
    """Text made of spans, each with a style (``""``, ``"bold"``, ``"red"``, ``"bold yellow"`` …)."""

    __slots__ = ("spans",)

    def __init__(self, spans: Iterable[tuple[str, str]] = ()) -> None:
        self.spans = [(t, s) for t, s in spans if t]

    @property
    def plain(self) -> str:
        return "".join(t for t, _ in self.spans)

    def __add__(self, other: str | Styled) -> Styled:
        return Styled([*self.spans, *_spans(other)])

    def __radd__(self, other: str) -> Styled:
        return Styled([*_spans(other), *self.spans])

    def cut(self, offsets: Sequence[int]) -> list[Styled]:
        """The pieces of the text between ``offsets`` (positions in :attr:`plain`)."""
        pieces: list[Styled] = []
        bounds = [*offsets, len(self.plain)]
        spans = iter(self.spans)
        current: tuple[str, str] | None = next(spans, None)
        pos = 0  # offset of ``current`` in the plain text
        for end in bounds:
            piece: list[tuple[str, str]] = []
            while current is not None and pos < end:
                text, style = current
                take = end - pos
                if take >= len(text):
                    piece.append(current)
                    pos += len(text)
                    current = next(spans, None)
                else:
                    piece.append((text[:take], style))
                    current = (text[take:], style)
                    pos = end
            pieces.append(Styled(piece))
        return pieces

    def rstrip(self) -> Styled:
        spans = list(self.spans)
        while spans and not spans[-1][0].rstrip():
            spans.pop()
        if spans:
            spans[-1] = (spans[-1][0].rstrip(), spans[-1][1])
        return Styled(spans)

    def render(self, color: bool) -> str:
        if not color:
            return self.plain
        return "".join(f"\x1b[{';'.join(_CODES[w] for w in s.split())}m{t}\x1b[0m" if s else t
                       for t, s in self.spans)


def styled(text: str, style: str) -> Styled:
    """``text`` shown in ``style`` (on a colour terminal)."""
    return Styled([(text, style)])


def _spans(x: str | Styled) -> list[tuple[str, str]]:
    return x.spans if isinstance(x, Styled) else [(x, "")]


def _styled(x: str | Styled) -> Styled:
    return x if isinstance(x, Styled) else Styled([(x, "")])


def wrap(text: str | Styled, width: int) -> list[Styled]:
    """The lines of ``text`` at ``width`` cells (:func:`breaks`), without trailing spaces."""
    s = _styled(text)
    plain = s.plain
    if "\n" not in plain and cell_len(plain) <= width:  # fits: breaks() would find no break (start-up)
        return [s.rstrip()]
    return [line.rstrip() for line in s.cut(breaks(plain, width))]


# ---- tables ------------------------------------------------------------------------------------

# Rich's HEAVY_HEAD box, so that these tables look like every other table of the command line.
_TOP, _HEAD, _BELOW_HEAD, _ROW, _BETWEEN, _BOTTOM = "┏━┳┓", "┃ ┃┃", "┡━╇┩", "│ ││", "├─┼┤", "└─┴┘"


class Table:
    """A table that fits the width by wrapping, never by cutting: a ``no_wrap`` column (an
    identifier a person copies) is kept whole; the others wrap as :func:`breaks` does, the widest
    first (as Rich collapses a table)."""

    def __init__(self, headers: Sequence[str], no_wrap: Sequence[bool], title: str | None = None,
                 show_lines: bool = False) -> None:
        self.headers = [Styled([(h, "bold")]) for h in headers]
        self.no_wrap = list(no_wrap)
        self.title = title
        self.show_lines = show_lines
        self.rows: list[list[Styled]] = []

    def add_row(self, *cells: str | Styled) -> None:
        self.rows.append([_styled(c) for c in cells])

    def _natural(self, column: int) -> int:
        """The natural width of a column's text (its longest line, without padding)."""
        return max(1, *(cell_len(x) for row in [self.headers, *self.rows] for x in row[column].plain.split("\n")))

    def widths(self, width: int) -> list[int]:
        """Each column's width of text at a total ``width`` (borders and padding included)."""
        n = len(self.headers)
        widths = [self._natural(i) for i in range(n)]
        room = width - (3 * n + 1)  # a border before each column, one after the last, a space each side
        excess = sum(widths) - room
        while excess > 0:  # the widest wrapping columns down to the next widest, evenly
            free = [w for w, fixed in zip(widths, self.no_wrap, strict=True) if not fixed and w > 1]
            if not free:
                break
            top = max(free)
            second = max((w for w in free if w != top), default=1)
            at_top = [i for i, w in enumerate(widths) if w == top and not self.no_wrap[i]]
            cut = min(excess, (top - second) * len(at_top))
            share, extra = divmod(cut, len(at_top))
            for k, i in enumerate(at_top):
                widths[i] -= share + (1 if k < extra else 0)
            excess -= cut
        return widths

    def lines(self, width: int) -> list[Styled]:
        widths = self.widths(width)
        total = sum(widths) + 3 * len(widths) + 1
        shown: list[Styled] = []
        if self.title:
            for line in wrap(self.title, total):
                pad = (total - cell_len(line.plain)) // 2
                shown.append(" " * pad + styled(line.plain, "italic"))
        shown.append(Styled([(_border(_TOP, widths), "")]))
        shown.extend(self._row(self.headers, widths, _HEAD))
        shown.append(Styled([(_border(_BELOW_HEAD, widths), "")]))
        for number, row in enumerate(self.rows):
            if number and self.show_lines:
                shown.append(Styled([(_border(_BETWEEN, widths), "")]))
            shown.extend(self._row(row, widths, _ROW))
        shown.append(Styled([(_border(_BOTTOM, widths), "")]))
        return shown

    def _row(self, cells: Sequence[Styled], widths: Sequence[int], box: str) -> list[Styled]:
        split = [c.cut([i + 1 for i, ch in enumerate(c.plain) if ch == "\n"]) if fixed else wrap(c, w)
                 for c, w, fixed in zip(cells, widths, self.no_wrap, strict=True)]
        split = [[x.rstrip() for x in parts] if fixed else parts
                 for parts, fixed in zip(split, self.no_wrap, strict=True)]
        height = max(len(parts) for parts in split)
        if box is _HEAD:  # a header's words stand on the rule below it, as Rich sets them
            split = [[Styled()] * (height - len(parts)) + parts for parts in split]
        rows: list[Styled] = []
        for k in range(height):
            spans = [(box[0] + " ", "")]
            for parts, w in zip(split, widths, strict=True):
                used = 0
                if k < len(parts):
                    spans.extend(parts[k].spans)
                    used = cell_len(parts[k].plain)
                spans.append((" " * max(0, w - used) + " " + box[2] + " ", ""))
            spans[-1] = (spans[-1][0][:-1], "")
            rows.append(Styled(spans))
        return rows


def table(*headers: str, title: str | None = None, show_lines: bool = False) -> Table:
    """A table with ``headers``; identifier columns (:data:`COPIED`) are kept whole, the others wrap."""
    return Table(headers, [h in COPIED for h in headers], title=title, show_lines=show_lines)


def _border(box: str, widths: Sequence[int]) -> str:
    return box[0] + box[2].join(box[1] * (w + 2) for w in widths) + box[3]


# ---- the screen --------------------------------------------------------------------------------


class Screen:
    """Standard output (or error) for people: paragraphs wrapped to the terminal's width, tables,
    section rules. The width is ``width`` when set, else as Rich finds it (``COLUMNS``, the
    terminal's, 80)."""

    def __init__(self, stderr: bool = False) -> None:
        self.stderr = stderr
        self.width: int | None = None

    @property
    def stream(self) -> TextIO:
        return sys.stderr if self.stderr else sys.stdout

    def columns(self) -> int:
        if self.width is not None:
            return self.width
        columns = os.environ.get("COLUMNS", "")
        if columns.isdigit() and int(columns) > 0:
            return int(columns)
        if os.environ.get("TERM", "").lower() in ("dumb", "unknown"):
            return 80
        return _terminal_columns()

    def color(self) -> bool:
        env = os.environ
        if env.get("FORCE_COLOR"):
            return True
        if env.get("NO_COLOR") or env.get("TERM", "").lower() in ("dumb", "unknown"):
            return False
        isatty = getattr(self.stream, "isatty", None)
        return bool(isatty and isatty())

    def _write(self, lines: Iterable[Styled]) -> None:
        color = self.color()
        self.stream.write("".join(line.render(color) + "\n" for line in lines))

    def print(self, *parts: str | Styled) -> None:
        """One paragraph (its parts joined), wrapped to the width."""
        text = Styled([span for p in parts for span in _spans(p)])
        self._write(wrap(text, self.columns()))

    def table(self, table: Table) -> None:
        self._write(table.lines(self.columns()))

    def rule(self, title: str = "") -> None:
        """A section heading: a rule with the title in it when the title fits the width, otherwise a
        rule and the title wrapped below it (a rule would have to cut the title)."""
        width = self.columns()
        size = cell_len(title)
        if not title or size + 6 > width:
            self._write([styled("─" * width, "bright_green")])
            if title:
                self.print(title)
            return
        left = (width - size) // 2 - 1
        right = width - left - size - 2
        self._write([styled("─" * left, "bright_green") + " " + title + " " + styled("─" * right, "bright_green")])


@functools.cache
def _terminal_columns() -> int:
    """The width of the terminal of standard input, output or error (the first that is one), else 80."""
    for fd in (0, 1, 2):
        try:
            found = os.get_terminal_size(fd).columns
        except (OSError, ValueError):
            continue
        return found if found > 0 else 80
    return 80


out = Screen()
err = Screen(stderr=True)
