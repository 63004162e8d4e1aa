"""Tables for people: they fit the terminal by wrapping, never by cutting. A column a person copies
from (编号, 条款, 事实, 用户名, 统一社会信用代码 …) is never broken nor shortened; every other column
wraps (Chinese text character by character) instead of ending in ``…``. Every table the CLI and the
demo print is made here."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Any

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

from subsidy.money import format_fen

__all__ = ["COPIED", "PeopleConsole", "Prose", "heading", "sheet_table", "table"]

YUAN_COLUMN = "（元）"
"""The header suffix of an export's numeric money column (exact 元); on screen it is shown as money."""

# Headers of the columns whose cells are identifiers a person types back into a command.
COPIED = frozenset({"编号", "政策编号", "条款", "事实", "用户名", "专家", "统一社会信用代码", "对象", "申报", "批次",
                    "序号", "奖励", "期", "期次", "期次编号", "采用记录", "版本", "种子", "排名", "名次", "年度",
                    "预算年度", "账目序号"})


# What a line may not be broken inside: a run of Latin letters, digits and the marks of identifiers
# (fact names, clause ids, codes, paths, amounts such as 63.25万元 keep their digits together).
_TOKENS = re.compile(r"[A-Za-z0-9_\-./:@%+=#]+|\s+|.", re.S)


class Prose:
    """Text that wraps between Chinese characters and at spaces, never inside an identifier
    (``construction_cost``, ``art14a``, ``91110105MA000001XR``): Rich alone breaks a Chinese
    paragraph anywhere, because it has no spaces to break at. Styles (markup) are kept."""

    def __init__(self, text: str | Text, style: str = "") -> None:
        self.text = text if isinstance(text, Text) else Text(text, style=style)
        self._tokens: list[tuple[str, int, int]] | None = None
        self._breaks: dict[int, list[int]] = {}

    def tokens(self) -> list[tuple[str, int, int]]:
        """The tokens of the text with their offsets and widths in cells (measured once: a table
        measures and renders its cells more than once)."""
        if self._tokens is None:
            self._tokens = [(m.group(), m.start(), cell_len(m.group())) for m in _TOKENS.finditer(self.text.plain)]
        return self._tokens

    def breaks(self, width: int) -> list[int]:
        """Where the lines of the text at ``width`` cells begin (offsets into its plain text). The
        Chinese line-breaking rules (禁则) hold: no line begins with a closing mark (，。、；：？！）」』 …)
        and none ends with an opening one (（「『《“ …); the character before such a mark goes down
        with it, as a typesetter does, unless that would empty the line or overfill the next."""
        if width in self._breaks:
            return self._breaks[width]
        tokens = self.tokens()
        found: list[int] = []
        used, line = 0, 0  # cells used on the current line; the index of its first token
        for i, (token, at, size) in enumerate(tokens):
            if token == "\n":
                found.append(at + 1)
                used, line = 0, i + 1
                continue
            if token.isspace():  # a space at the end of a line stays there (and is trimmed)
                used += size
                continue
            if used + size > width and i > line:
                j = _break_before(tokens, line, i, width - size)
                found.append(tokens[j][1])
                used, line = sum(t[2] for t in tokens[j:i]), j
            while size > width > 0 and len(token) > 1:  # longer than the width: the one case it is folded
                cut = len(_fit(token, width - used))
                at += cut
                found.append(at)
                token, used = token[cut:], 0
                size = cell_len(token)
            used += size
        self._breaks[width] = found
        return found

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Text]:
        for line in self.text.divide(self.breaks(options.max_width)):
            line.rstrip()
            line.no_wrap, line.overflow, line.end = True, "ignore", "\n"
            yield line

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        tokens = self.tokens()
        longest = max((size for token, _, size in tokens if not token.isspace()), default=0)
        widest = max((cell_len(p) for p in self.text.plain.split("\n")), default=0)
        return Measurement(min(longest, options.max_width), min(widest, options.max_width))


class PeopleConsole(Console):
    """A console whose text wraps as :class:`Prose` (identifiers whole); tables and other renderables
    are printed as they are."""

    def print(self, *objects: Any, **kwargs: Any) -> None:
        markup = kwargs.get("markup")
        markup = self._markup if markup is None else markup
        style = kwargs.pop("style", None) or ""
        shown = [Prose(Text.from_markup(o, style=style) if markup else Text(o, style=style))
                 if isinstance(o, str) else o for o in objects]
        super().print(*shown, **kwargs)


NO_LINE_START = frozenset("，。、；：？！）」』】〕〉》”’…·～%,.;:?!)]}")
"""Marks a line may not begin with (行首禁则)."""
NO_LINE_END = frozenset("（「『【〔〈《“‘([{")
"""Marks a line may not end with (行尾禁则)."""


def _break_before(tokens: list[tuple[str, int, int]], line: int, i: int, room: int) -> int:
    """The token the line that reaches token ``i`` breaks before: ``i``, or an earlier one of the line
    when ``i`` may not begin a line or the token before it may not end one, provided the line keeps a
    token and what goes down fits ``room`` cells beside token ``i``."""
    j, carried = i, 0
    while (tokens[j][0] in NO_LINE_START or tokens[j - 1][0] in NO_LINE_END) and not tokens[j - 1][0].isspace():
        if j - 1 <= line or carried + tokens[j - 1][2] > room:
            return i  # nothing better: the rule gives way to the width
        j -= 1
        carried += tokens[j][2]
    return j


def _fit(token: str, room: int) -> str:
    """The longest head of ``token`` that fits in ``room`` cells (at least one character)."""
    n = 1
    while n < len(token) and cell_len(token[:n + 1]) <= room:
        n += 1
    return token[:n]


class _Table(Table):
    """A table whose wrapping columns hold :class:`Prose`."""

    def add_row(self, *renderables: Any, **kwargs: Any) -> None:
        super().add_row(*(Prose(r) if isinstance(r, str) and not col.no_wrap else r
                          for r, col in zip(renderables, self.columns, strict=False)), **kwargs)


def table(*headers: str, title: str | None = None, **kwargs: Any) -> Table:
    """A table with ``headers``; identifier columns (:data:`COPIED`) are kept whole, every other column
    wraps as :class:`Prose` (never inside an identifier)."""
    t = _Table(title=title, **kwargs)
    for h in headers:
        if h in COPIED:
            t.add_column(h, no_wrap=True, overflow="ignore")
        else:
            t.add_column(h, overflow="fold")
    return t


def sheet_table(headers: Sequence[str], rows: Sequence[Sequence[Any]], title: str | None = None) -> Table:
    """An export's sheet on screen: a money column (header ``…（元）``, exact ``Decimal`` 元 cells) in the
    one money format for people (:func:`subsidy.money.format_fen`), every other cell as text."""
    money = [h.endswith(YUAN_COLUMN) for h in headers]
    t = table(*(h.removesuffix(YUAN_COLUMN) for h in headers), title=title)
    for row in rows:
        t.add_row(*(_cell(c, m) for c, m in zip(row, money, strict=True)))
    return t


def _cell(value: Any, money: bool) -> str:
    if value is None:
        return ""
    if money and isinstance(value, Decimal):
        return format_fen(int(value.scaleb(2)))
    return str(value)


def heading(console: Console, title: str, style: str = "") -> None:
    """A section heading: a rule with the title in it when the title fits the width, otherwise a rule
    and the title wrapped below it (a rule would cut the title with ``…``)."""
    if cell_len(title) + 6 <= console.width:
        console.rule(Text(title, style=style))
    else:
        console.rule()
        console.print(Text(title, style=style))
