"""A canonical dump of what a policy directory compiles to: the policy as read (every field of every
model object, ``directory`` and ``version`` left out) and the plan's tree of idiom nodes (their classes),
as JSON-able data. tests/rules/fixtures/plans.json holds the dumps of the shipped
policies and of tests/rules/every_idiom made before the YAML reading moved into the idiom classes;
test_plans_unchanged.py checks every policy still compiles to exactly that.

    PYTHONPATH=src python tests/rules/plan_dump.py > tests/rules/fixtures/plans.json
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import sys
from fractions import Fraction
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DIRECTORIES = [*sorted(p.parent for p in (ROOT / "policies").glob("*/policy.yaml")),
               ROOT / "tests" / "rules" / "every_idiom"]
_SKIP = {"directory", "version"}


def dump_value(v: Any) -> Any:
    """Model objects and plain values as JSON-able data, with their types where they matter."""
    if dataclasses.is_dataclass(v) and not isinstance(v, type):
        out: dict[str, Any] = {"@": type(v).__name__}
        for f in dataclasses.fields(v):
            if f.name in _SKIP:
                continue
            value = getattr(v, f.name)
            if f.name == "source_text":
                value = hashlib.sha256(value.encode()).hexdigest()
            out[f.name] = dump_value(value)
        return out
    if isinstance(v, bool) or v is None or isinstance(v, str):
        return v
    if isinstance(v, int):
        return {"int": str(v)}
    if isinstance(v, Fraction):
        return {"fraction": f"{v.numerator}/{v.denominator}"}
    if isinstance(v, dt.date):
        return {"date": v.isoformat()}
    if isinstance(v, tuple | list):
        return [dump_value(x) for x in v]
    if isinstance(v, dict):
        return {"@dict": [[dump_value(k), dump_value(x)] for k, x in v.items()]}
    if isinstance(v, frozenset):
        return {"@set": sorted(str(x) for x in v)}
    raise TypeError(f"cannot dump {type(v).__name__}")


def _is_node(v: Any) -> bool:
    from subsidy.rules.amounts import AmountNode

    if isinstance(v, AmountNode):  # an amount idiom is its record and its node at once
        return True
    return hasattr(v, "__dict__") and not dataclasses.is_dataclass(v) and not isinstance(v, type) and not callable(v)


def _held(v: Any) -> dict[str, Any]:
    """What a node holds: an amount idiom's fields (figures it caches for speed left out), another node's
    attributes."""
    if dataclasses.is_dataclass(v):
        from subsidy.rules.conditions import compile_condition
        from subsidy.rules.model import Condition

        return {f.name: compile_condition(x) if isinstance(x, Condition) else x
                for f in dataclasses.fields(v) for x in [getattr(v, f.name)]}
    return vars(v)


def dump_node(v: Any) -> Any:
    """A compiled plan: the tree of idiom nodes, each by its class, with the nodes it holds (what a node
    computes from is the model, dumped whole beside; figures a node caches for speed are left out)."""
    if _is_node(v):
        out: dict[str, Any] = {"@node": f"{type(v).__module__}.{type(v).__qualname__}"}
        held = _held(v)
        for k in sorted(held):
            value = held[k]
            if _is_node(value) or (isinstance(value, tuple | list) and value and all(_is_node(x) for x in value)):
                out[k] = dump_node(value)
        return out
    if dataclasses.is_dataclass(v) and not isinstance(v, type):
        if type(v).__name__ in ("Plan", "ClausePlan"):
            return {"@": type(v).__name__, **{f.name: dump_node(getattr(v, f.name)) for f in dataclasses.fields(v)
                                              if f.name != "clause"}}
        return None
    if isinstance(v, tuple | list):
        return [dump_node(x) for x in v]
    return None


def dump_directory(directory: Path) -> dict[str, Any]:
    from subsidy.rules.parse import load_policy
    from subsidy.rules.plan import plan_of

    policy = load_policy(directory)
    return {"policy": dump_value(policy), "plan": dump_node(plan_of(policy))}


def dump_all() -> dict[str, Any]:
    return {d.name: dump_directory(d) for d in DIRECTORIES}


if __name__ == "__main__":
    json.dump(dump_all(), sys.stdout, ensure_ascii=False, indent=1, sort_keys=False)
    sys.stdout.write("\n")
