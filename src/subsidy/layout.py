"""Tables for people: they fit the terminal by wrapping, never by cutting. A column a person copies
from (编号, 条款, 事实, 用户名, 统一社会信用代码 …) is never broken nor shortened; every other column
wraps (Chinese text character by character) instead of ending in ``…``. Every table the CLI and the
demo print is made here."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Any

from rich.console import Console, ConsoleOptions
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

from subsidy.money import format_fen
from subsidy.plaintext import COPIED, NO_LINE_END, NO_LINE_START, breaks, cell_len, tokens

__all__ = ["COPIED", "NO_LINE_END", "NO_LINE_START", "PeopleConsole", "Prose", "heading", "sheet_table", "table"]

YUAN_COLUMN = "（元）"
"""The header suffix of an export's numeric money column (exact 元); on screen it is shown as money."""

class Prose:
    """Text that wraps between Chinese characters and at spaces, never inside an identifier
    (``construction_cost``, ``art14a``, ``91110105MA000001XR``): Rich alone breaks a Chinese
    paragraph anywhere, because it has no spaces to break at. Styles (markup) are kept."""

    def __init__(self, text: str | Text, style: str = "") -> None:
        self.text = text if isinstance(text, Text) else Text(text, style=style)
        self._tokens: tuple[tuple[str, int, int], ...] | None = None
        self._breaks: dict[int, list[int]] = {}

    def tokens(self) -> tuple[tuple[str, int, int], ...]:
        """The tokens of the text with their offsets and widths in cells (measured once: a table
        measures and renders its cells more than once)."""
        if self._tokens is None:
            self._tokens = tokens(self.text.plain)
        return self._tokens

    def breaks(self, width: int) -> list[int]:
        """Where the lines of the text at ``width`` cells begin (:func:`subsidy.plaintext.breaks`)."""
        if width not in self._breaks:
            self._breaks[width] = breaks(self.tokens(), width)
        return self._breaks[width]

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Text]:
        for line in self.text.divide(self.breaks(options.max_width)):
            line.rstrip()
            line.no_wrap, line.overflow, line.end = True, "ignore", "\n"
            yield line

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        longest = max((size for token, _, size in self.tokens() if not token.isspace()), default=0)
        widest = max((cell_len(p) for p in self.text.plain.split("\n")), default=0)
        return Measurement(min(longest, options.max_width), min(widest, options.max_width))


class PeopleConsole(Console):
    """A console whose text wraps as :class:`Prose` (identifiers whole); tables and other renderables
    are printed as they are. Emoji codes are not replaced (a user's ``:smile:`` is text)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("emoji", False)
        super().__init__(*args, **kwargs)

    def print(self, *objects: Any, **kwargs: Any) -> None:
        markup = kwargs.get("markup")
        markup = self._markup if markup is None else markup
        style = kwargs.pop("style", None) or ""
        shown = [Prose(Text.from_markup(o, style=style, emoji=False) if markup else Text(o, style=style))
                 if isinstance(o, str) else o for o in objects]
        super().print(*shown, **kwargs)


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
