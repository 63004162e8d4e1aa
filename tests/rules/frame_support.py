"""The documented frame form of a table (docs/table-format.md), for the tests that feed both paths the same
cases as parsed case files and as a Polars frame: money as integer 分, numbers as Decimal(38, 10), dates as
Date, list facts as List(Struct) (rebuilt from the table's long form)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import polars as pl

from subsidy.rules.model import FactDef, Policy
from subsidy.rules.vector import CaseTable, record_columns

_EPOCH = dt.date(1970, 1, 1)


def _value(f: FactDef, v: Any) -> Any:
    if f.type == "category":
        return f.values[int(v)]
    if f.type == "date":
        return _EPOCH + dt.timedelta(days=int(v))
    if f.type == "bool":
        return bool(v)
    if f.type == "number":
        return Decimal(int(v[0])) / Decimal(int(v[1]))
    return int(v)


def _dtype(f: FactDef) -> Any:
    if f.type == "list":
        return pl.List(pl.Struct({i.name: _dtype(i) for i in f.items}))
    return {"category": pl.Utf8, "date": pl.Date, "bool": pl.Boolean, "number": pl.Decimal(38, 10)}.get(f.type, pl.Int64)


def frame_of(policy: Policy, table: CaseTable) -> pl.DataFrame:
    data: dict[str, list[Any]] = {}
    schema: dict[str, Any] = {}
    for name in list(policy.facts) + record_columns(policy):
        vals, known = table.columns[name]
        f = policy.facts.get(name)
        present = [known is None or bool(known[i]) for i in range(table.n)]
        if f is None:
            data[name], schema[name] = [int(v) if ok else None for v, ok in zip(vals, present, strict=True)], pl.Int64
        elif f.type == "list":  # long form back to one list per row
            rows = table.columns[f"{name}#row"][0]
            fields = {i.name: table.columns[f"{name}.{i.name}"][0] for i in f.items}
            lists: list[Any] = [[] if ok else None for ok in present]
            for k, r in enumerate(rows):
                lists[r].append({i.name: _value(i, fields[i.name][k]) for i in f.items})
            data[name], schema[name] = lists, _dtype(f)
        else:
            data[name] = [_value(f, v) if ok else None for v, ok in zip(vals, present, strict=True)]
            schema[name] = _dtype(f)
    return pl.DataFrame(data, schema=schema)
