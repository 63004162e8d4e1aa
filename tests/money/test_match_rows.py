"""The stored rows of a match, built column by column (services/matching.py, Polars), are byte for byte what
``json.dumps(ensure_ascii=False, sort_keys=True, separators=(",", ":"))`` writes row by row: each text,
amount and number, hostile ones included; and a stored run's rows and digest are those of the row-by-row
reading of its evaluation, on SQLite and on PostgreSQL (``-m db``), so runs stored before still verify."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from money_factories import BAOAN, DAY, WAN, YEAR, add_award, funded_call, staff, tx, user
from sqlalchemy import Engine, select

from db_support import CHAOYANG
from subsidy.money import FEN_PER_UNIT, MAX_FEN, format_fen
from subsidy.population.reader import read_frame
from subsidy.population.synthetic import generate
from subsidy.rules.model import Policy
from subsidy.rules.parse import load_policy
from subsidy.rules.registry import find_policy
from subsidy.services import matching, sanctions
from subsidy.services.commitments import commit_award
from subsidy.services.policies import adopt_policy
from subsidy.store.tables import MatchRow, Organisation

HOSTILE = ['', '"', '\\', '\\"', '"\\', 'a"b\\c', '\x00', '\x1f', '\x7f', '\b\f\n\r\t', '\u2028\u2029', '宝安区',
           '😀👩\u200d👩\u200d👧', '\ufeff', '</script>', "'", '\\u0000', 'é' * 300, '\ud7ff\ue000\U0010ffff']
NAMES = ['"引号"有限公司', 'a\\b\\\\c公司', '\\"', '宝安😀🏥公司', "O'Brien</script>", '\\u0000 字面', 'é' * 200]
"""Names a registry may hold (no control or format character, at most 200 characters), hostile to JSON."""
READ = ("money", "integer", "bool", "category", "number")
EVERY_IDIOM = Path(__file__).resolve().parents[1] / "rules" / "every_idiom"


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _texts(values: list[str | None]) -> list[str | None]:
    out = pl.select(matching._js_expr(pl.lit(pl.Series(values, dtype=pl.String)))).to_series().to_list()
    return [None if v is None else str(v) for v in out]


def test_hostile_texts_are_written_as_json_writes_them() -> None:
    assert _texts([*HOSTILE, None]) == [*(_dumps(v) for v in HOSTILE), None]
    assert _texts(["".join(chr(c) for c in range(0x80))]) == [_dumps("".join(chr(c) for c in range(0x80)))]


@settings(max_examples=30, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(codec="utf-8")), min_size=1, max_size=20))
def test_any_text_is_written_as_json_writes_it(values: list[str]) -> None:
    assert _texts(list(values)) == [_dumps(v) for v in values]


def _money(values: list[int | None], unit: str) -> list[str | None]:
    out = pl.select(matching._money_expr(pl.lit(pl.Series(values, dtype=pl.Int64)), unit)).to_series().to_list()
    return [None if v is None else str(v) for v in out]


EDGES = [0, 1, 9, 10, 99, 100, 101, 999_999, 1_000_000, 1_000_001, 10**10 - 1, 10**10, 10**10 + 1, 123_456_789_012,
         MAX_FEN, -1, -100, -1_000_001, -MAX_FEN]


@pytest.mark.parametrize("unit", list(FEN_PER_UNIT))
def test_amounts_are_written_as_format_fen_writes_them(unit: str) -> None:
    assert _money([*EDGES, None], unit) == [*(_dumps(format_fen(v, unit)) for v in EDGES), None]


@settings(max_examples=30, deadline=None)
@given(st.lists(st.integers(-MAX_FEN, MAX_FEN), min_size=1, max_size=20), st.sampled_from(list(FEN_PER_UNIT)))
def test_any_amount_is_written_as_format_fen_writes_it(values: list[int], unit: str) -> None:
    assert _money(list(values), unit) == [_dumps(format_fen(v, unit)) for v in values]


def _reference_facts(policy: Policy, row: dict[str, Any]) -> str:
    """An entity's facts in the case-file form, one by one: money with its unit, numbers as text."""
    facts: dict[str, Any] = {}
    for name, f in policy.facts.items():
        v = row[name]
        if v is None:
            continue
        if f.type == "money":
            facts[name] = format_fen(int(v), f.unit or "元")
        elif f.type == "number":
            text = format(Decimal(v), "f")
            facts[name] = text.rstrip("0").rstrip(".") if "." in text else text
        else:
            facts[name] = v
    return _dumps(facts)


NUMBERS = [Decimal("0"), Decimal("1"), Decimal("10"), Decimal("100"), Decimal("0.1"), Decimal("0.0000000001"),
           Decimal("1.2345678901"), Decimal("-0.5"), Decimal("-100"), Decimal("99999999999999999999.9999999999"),
           Decimal("-99999999999999999999.9999999999"), Decimal("1000000.0000000000"), Decimal("2.5000000000")]


def _fact_values(policy: Policy, n: int, seed: int) -> pl.DataFrame:
    """``n`` entities' facts of every type, hostile values and unknowns among them."""
    import random

    rnd = random.Random(seed)
    dtypes: dict[str, Any] = {"money": pl.Int64, "integer": pl.Int64, "bool": pl.Boolean, "category": pl.String,
                              "number": pl.Decimal(30, 10)}
    columns: dict[str, pl.Series] = {}
    for name, f in policy.facts.items():
        values: list[Any]
        if f.type == "money":
            values = [rnd.choice(EDGES) for _ in range(n)]
        elif f.type == "integer":
            values = [rnd.randint(-10**12, 10**12) for _ in range(n)]
        elif f.type == "bool":
            values = [rnd.random() < 0.5 for _ in range(n)]
        elif f.type == "category":
            values = [rnd.choice([*f.values, *HOSTILE]) for _ in range(n)]
        else:
            values = [rnd.choice(NUMBERS) for _ in range(n)]
        columns[name] = pl.Series(name, [None if rnd.random() < 0.2 else v for v in values], dtype=dtypes[f.type])
    return pl.DataFrame(columns)


@pytest.mark.parametrize("policy", [EVERY_IDIOM, BAOAN, CHAOYANG])
def test_facts_are_written_as_json_writes_the_case_file(policy: str | Path) -> None:
    p = load_policy(policy) if isinstance(policy, Path) else find_policy(policy)
    # the types a registry holds (population/reader.py), every one
    p = dataclasses.replace(p, facts={k: f for k, f in p.facts.items() if f.type in READ})
    assert {f.type for f in p.facts.values()} >= ({"money", "bool", "category", "integer", "number"}
                                                  if isinstance(policy, Path) else {"money", "bool", "category"})
    frame = _fact_values(p, 200, 7)
    assert matching._facts_texts(p, frame) == [_reference_facts(p, row) for row in frame.iter_rows(named=True)]
    assert matching._facts_texts(p, frame.clear()) == []


# ---- stored runs -------------------------------------------------------------------------------------

def _reference_lines(ev: matching.Evaluation) -> list[list[Any]]:
    """The rows a run stores, read row by row off its evaluation (entities in registry order, clauses in
    policy order): the JSON lists of ``_DIGEST_FIELDS``."""
    out: list[list[Any]] = []
    frame = ev.registry.frame
    for i, row in enumerate(frame.iter_rows(named=True)):
        for j, clause in enumerate(ev.policy.clauses):
            o = int(ev.outcome[i, j])
            if o == 0:
                continue
            c, g, org = int(ev.ceiling[i, j]), int(ev.granted[i, j]), int(ev.organisation[i])
            out.append([len(out) + 1, row["row"], str(row["entity_id"])[:200], row["uscc"], row["name"],
                        None if org < 0 else org, clause.id, matching.OUTCOMES[o], None if c < 0 else c,
                        g if o == 1 and g >= 0 else None, ev.missing_facts(i, j),
                        json.loads(_reference_facts(ev.policy, row))])
    return out


def _registry(district: str, policy_id: str) -> pl.DataFrame:
    """A fixed-seed synthetic registry with hostile names (quotes, backslashes, CJK, emoji)."""
    frame = generate(district, 3000, 3, find_policy(policy_id))
    names = frame.get_column("name").to_list()
    for i in range(0, len(names), 2):
        names[i] = NAMES[i // 2 % len(NAMES)][:195] + str(i)
    return frame.with_columns(pl.Series("name", names))


@pytest.mark.db
@pytest.mark.parametrize(("district", "policy_id"), [("baoan", BAOAN), ("chaoyang", CHAOYANG)])
def test_a_stored_run_is_its_evaluation_row_by_row(engine: Engine, district: str, policy_id: str) -> None:
    policy = find_policy(policy_id)
    frame = _registry(district, policy_id)
    registry = read_frame(frame, policy)
    assert not registry.problems
    with tx(engine) as s:
        c = None
        if district == "baoan":  # a call of the policy adopted, its staff, grants under its first clause
            c = funded_call(s, clauses=(policy.clauses[0].id,), budget_wan=100_000)
        else:
            staff(s)
            adopt_policy(s, user(s, "officer"), policy_id, dt.date(YEAR, 1, 1))
        officer = user(s, "officer")
        adopted, p = matching.match_policy(s, policy_id)
        first = matching.evaluate_registry(s, p, adopted, registry, DAY)  # registered: a third of the offered
        offered = registry.frame.get_column("uscc").gather((first.outcome != 0).any(axis=1).nonzero()[0][::3])
        for k, code in enumerate(offered.to_list()):
            org = Organisation(uscc=code, name=f"登记{k}", uscc_valid=True, profile={})
            s.add(org)
            s.flush()
            if k % 2 and c is not None:
                commit_award(s, add_award(s, c, org, (k % 5 + 1) * 10 * WAN, clause=policy.clauses[0].id,
                                          shares=("100%",)), None)
            elif k % 3 == 0:
                sanctions.bar(s, officer, org, dt.date(YEAR + 1, 1, 1), "违规", DAY)
    with tx(engine) as s:
        adopted, p = matching.match_policy(s, policy_id)
        run, ev = matching.run_match(s, user(s, "officer"), adopted, p, registry, registry_name="r.parquet",
                                     registry_sha256="0" * 64, today=DAY)
        assert ev is not None
        expected = _reference_lines(ev)
        assert run.rows_stored == len(expected) > 50
        hostile = {n for n in NAMES for r in expected if r[4].startswith(n[:195])}
        assert len(hostile) >= (len(NAMES) if district == "baoan" else 2)  # (Chaoyang offers few entities)
        assert {r[7] for r in expected} == {"eligible", "pending"}
        assert any(r[5] is not None for r in expected) and any(r[9] is not None for r in expected)
        stored = [[getattr(r, k) for k in matching._DIGEST_FIELDS] for r in matching.run_rows(s, run)]
        assert stored == expected
        # the 可免申 rows are match_rows; the 待补充 rows are their entities'
        assert s.scalars(select(MatchRow.number).where(MatchRow.run_id == run.id).order_by(MatchRow.id)).all() == [
            r[0] for r in expected if r[7] == "eligible"]
        assert run.rows_digest == hashlib.sha256("".join(_dumps(r) + "\n" for r in expected).encode()).hexdigest()
        assert matching.verify_rows(s) == []


@pytest.mark.db
def test_runs_stored_before_the_entities_table_verify_after_the_migrations(engine: Engine) -> None:
    """Migration 0016 moves each run's entities out of its rows and back (downgrade), 0017 the 待补充 rows into
    their entities and back, and the runs verify."""
    from subsidy.store.db import migrate

    policy = find_policy(BAOAN)
    with tx(engine) as s:
        funded_call(s, clauses=(policy.clauses[0].id,), budget_wan=100_000)
    digests = []
    for k in range(2):  # two runs: each numbers its entities from 1
        registry = read_frame(_registry("baoan", BAOAN).slice(k * 1000, 1500), policy)
        with tx(engine) as s:
            adopted, p = matching.match_policy(s, BAOAN)
            run, ev = matching.run_match(s, user(s, "officer"), adopted, p, registry, registry_name="r.parquet",
                                         registry_sha256="0" * 64, today=DAY)
            assert ev is not None and run.rows_stored == len(_reference_lines(ev)) > 50
            digests.append(run.rows_digest)
    with engine.connect() as conn:
        stored = conn.exec_driver_sql("select sum(rows_stored) from match_runs").scalar()
        eligible = conn.exec_driver_sql("select count(*) from match_rows").scalar()
        assert 0 < eligible < stored
    migrate(engine, "0016_match_entities", down=True)  # the 待补充 rows back into match_rows
    with engine.connect() as conn:
        assert conn.exec_driver_sql("select count(*) from match_rows").scalar() == stored
    migrate(engine, "0015_support_names_clause", down=True)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("select count(distinct uscc) from match_rows where run_id = 1").scalar()
    migrate(engine)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("select count(*) from match_rows").scalar() == eligible
    with tx(engine) as s:
        assert matching.verify_rows(s) == []
        assert [r.rows_digest for r in s.scalars(select(matching.MatchRun).order_by(matching.MatchRun.id))] == digests
        rows = matching.run_rows(s, s.get_one(matching.MatchRun, 2))
        assert len(rows) == s.get_one(matching.MatchRun, 2).rows_stored
        assert rows[0].number == 1 and rows[0].registry_row > 0 and rows[0].facts
