"""The CLI's consoles. What the commands print quotes what users wrote (names, titles, reasons, paths):
never read as Rich markup. A line that is styled says so (``markup=True``) and escapes the data it
interpolates. Text wraps without breaking identifiers (subsidy/layout.py)."""

from __future__ import annotations

from subsidy.layout import PeopleConsole

__all__ = ["err", "out"]

out = PeopleConsole(highlight=False, markup=False)
err = PeopleConsole(stderr=True, highlight=False)
