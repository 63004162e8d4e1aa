"""Every idiom the loader accepts has its row in docs/policy-format.md: a key registered by an idiom class
(amounts.READERS, conditions.GROUPS / LEAVES, caps.KINDS, schedules.KINDS, stacking.RULES) is documented,
so adding an idiom is its class plus its row."""

from __future__ import annotations

import re
from pathlib import Path

from subsidy.rules import amounts, caps, conditions, schedules, stacking

DOC = (Path(__file__).resolve().parents[2] / "docs" / "policy-format.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    start = DOC.index(f"{title}\n")
    end = DOC.find("\n#", start + 1)
    return DOC[start:end]


def test_every_amount_key_has_its_row_in_the_amounts_table() -> None:
    tables = "\n".join(_section(t) for t in ("### Amounts", "### Dates and periods", "### List facts"))
    rows = [line for line in tables.splitlines() if line.startswith("| ") and "---" not in line]
    named = {k for line in rows for k in re.findall(r"`([a-z_]+)`", line.split("|")[1])}
    assert set(amounts.READERS) <= named, sorted(set(amounts.READERS) - named)


def test_every_other_idiom_key_is_documented_in_its_section() -> None:
    where = [("### Conditions (`when`)", [*conditions.GROUPS, *conditions.LEAVES]), ("### Caps", list(caps.KINDS)),
             ("## A clause", list(schedules.KINDS)), ("## policy.yaml", [f"stacking.{k}" for k in stacking.RULES])]
    missing = [k for title, keys in where for k in keys
               if not re.search(rf"(?<![a-z_.]){re.escape(k)}(?![a-z_])", _section(title))]
    assert not missing, missing
    assert sum(len(keys) for _, keys in where) >= 14


def test_the_registries_name_the_classes_that_compute() -> None:
    """One class per idiom: the class that reads a key is the class the plan compiles it to."""
    from subsidy.rules import model as m

    for key, idiom in amounts.READERS.items():
        assert key in idiom.keys and callable(idiom.read)
    assert amounts.READERS["ratio"] is type(amounts.compile_amount(
        m.Ratio(m.Lit(m.Dated(((None, 1),)), "rate"), m.FactRef("x", "money"))))
    assert conditions.LEAVES["in"] is type(conditions.compile_condition(m.InSet("x", ("a",))))
