"""Tables for people: they fit the terminal by wrapping, never by cutting. A column a person copies
from (编号, 条款, 事实, 用户名, 统一社会信用代码 …) is never broken nor shortened; every other column
wraps (Chinese text character by character) instead of ending in ``…``. Every table the CLI and the
demo print is made here."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from subsidy.money import format_fen

__all__ = ["COPIED", "heading", "sheet_table", "table"]

YUAN_COLUMN = "（元）"
"""The header suffix of an export's numeric money column (exact 元); on screen it is shown as money."""

# Headers of the columns whose cells are identifiers a person types back into a command.
COPIED = frozenset({"编号", "政策编号", "条款", "事实", "用户名", "专家", "统一社会信用代码", "对象", "申报", "批次",
                    "序号", "奖励", "期", "期次", "期次编号", "采用记录", "版本", "种子", "排名", "名次", "年度",
                    "预算年度", "账目序号"})


def table(*headers: str, title: str | None = None, **kwargs: Any) -> Table:
    """A table with ``headers``; identifier columns (:data:`COPIED`) are kept whole, every other column
    wraps."""
    t = Table(title=title, **kwargs)
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
