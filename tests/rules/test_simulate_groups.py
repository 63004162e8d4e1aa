"""The distribution by 所属区, 街道, 行业 and 企业规模, winners and losers by size band, and the later years of an
annual programme (``simulate(..., per_row=True)``): the groups add up to the totals exactly, to the 分, whatever
the registry, the take-up and the cap; the bands to the clauses' winners and losers; the later years as the rows
say."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from pathlib import Path

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from subsidy.population.synthetic import generate
from subsidy.rules import model as m
from subsidy.rules.registry import find_policy
from subsidy.rules.simulate import (
    GROUPINGS,
    UNFILLED,
    apportion,
    programme_years_ahead,
    simulate,
    simulation_json,
    with_figures,
)

AS_OF, EFFECTIVE = dt.date(2027, 6, 30), dt.date(2026, 12, 1)
POLICIES = {"chaoyang": "cn-bj-chaoyang-smart-eldercare", "baoan": "cn-sz-baoan-ai-health"}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.fractions(min_value=0, max_value=10**12), max_size=30), st.integers(-3, 3))
def test_apportion_adds_up_and_stays_within_a_fen(exact: list[Fraction], off: int) -> None:
    total = int(sum(exact, Fraction(0)) + Fraction(1, 2)) + (off if exact else 0)
    got = apportion(total, exact)
    assert sum(got) == total if exact else got == []
    if exact and off == 0:  # the total rounded: every share within one 分 of its exact value
        assert all(abs(g - x) < 1 for g, x in zip(got, exact, strict=True))


@pytest.fixture(scope="module")
def registries(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, int], Path]:
    out = {}
    root = tmp_path_factory.mktemp("groups")
    for district, policy in POLICIES.items():
        for seed in (1, 2):
            path = root / f"{district}-{seed}.parquet"
            generate(district, 3000 if district == "chaoyang" else 6000, seed, find_policy(policy)).write_parquet(path)
            out[(district, seed)] = path
    return out


def _caps(policy: m.Policy) -> list[tuple[str, str]]:
    return [(c.id, cap.id) for c in policy.clauses for cap in c.caps if cap.limit is not None]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(sorted(POLICIES)), st.integers(1, 2), st.fractions(min_value=0, max_value=1, max_denominator=1000),
       st.integers(0, 10**9), st.data())
def test_the_groups_add_up_to_the_totals(registries: dict[tuple[str, int], Path], district: str, seed: int,
                                         take_up: Fraction, cap_fen: int, data: st.DataObject) -> None:
    base = find_policy(POLICIES[district])
    cap = data.draw(st.sampled_from(_caps(base)))
    draft = with_figures(base, {cap: cap_fen}, {})
    sim = simulate(registries[(district, seed)], draft, AS_OF, take_up=take_up, baseline=base,
                   effective_from=EFFECTIVE, per_row=True)
    d = sim.draft
    assert [x.by for x in sim.distributions] == list(GROUPINGS)
    for dist in sim.distributions:
        g = dist.groups
        assert sum(x.rows for x in g) == d.rows
        assert sum(x.beneficiaries for x in g) == d.beneficiaries
        assert sum(x.upper_fen for x in g) == d.upper_fen
        assert sum(x.expected_fen for x in g) == d.expected_fen
        assert sum(x.stacked_fen for x in g) == d.stacked_fen
        assert all(abs(x.expected_fen - x.upper_fen * take_up) < 1 + len(g) for x in g)
        assert len({x.key for x in g}) == len(g)
    assert {x.key for x in sim.distributions[0].groups} == {"朝阳区" if district == "chaoyang" else "宝安区"}
    rows = {r.clause_id: r for r in sim.rows or ()}
    for c in draft.clauses:  # the bands add up to the clause's winners and losers
        bands = [b for b in sim.band_changes if b.clause_id == c.id]
        assert sum(b.winners for b in bands) == rows[c.id].winners
        assert sum(b.losers for b in bands) == rows[c.id].losers
    assert [b.band for b in sim.band_changes if b.clause_id is None] == [
        k for k in ("大型", "中型", "小型", "微型") if k in {x.key for x in sim.distributions[3].groups}]
    doc = simulation_json(sim)
    assert {k: len(v) for k, v in doc["distribution"].items()} == {x.by: len(x.groups) for x in sim.distributions}


def test_a_registry_without_the_columns_is_one_group(registries: dict[tuple[str, int], Path], tmp_path: Path) -> None:
    policy = find_policy(POLICIES["chaoyang"])
    bare = tmp_path / "bare.parquet"
    pl.read_parquet(registries[("chaoyang", 1)]).drop(list(GROUPINGS)).write_parquet(bare)
    sim = simulate(bare, policy, AS_OF, effective_from=EFFECTIVE, per_row=True)
    for dist in sim.distributions:
        assert [(g.key, g.rows, g.upper_fen) for g in dist.groups] == [(UNFILLED, sim.draft.rows, sim.draft.upper_fen)]


def test_an_annual_programme_is_projected_over_its_years(registries: dict[tuple[str, int], Path]) -> None:
    """第五条第一款 (连续三年、每年最高500万元): a beneficiary in year k of its programme gets the decided year's
    ceiling again in each of its 3 − k later years; 第十条 (连续三年总计3000万元) has its whole cap in the first
    year, so nothing later; the years add up to the upper bound and its later years."""
    policy = find_policy(POLICIES["chaoyang"])
    path = registries[("chaoyang", 1)]
    sim = simulate(path, policy, AS_OF, take_up=Fraction(3, 5), effective_from=EFFECTIVE, per_row=True)
    d = sim.draft
    frame = pl.read_parquet(path)
    plain = simulate(path, policy, AS_OF, take_up=Fraction(3, 5), effective_from=EFFECTIVE)
    art51 = next(c for c in d.clauses if c.clause_id == "art5-1")
    assert art51.upper_fen == next(c.upper_fen for c in plain.draft.clauses if c.clause_id == "art5-1")
    # by hand: the eligible rows of art5-1 (one-case ceilings from the plain run's per-row file are the same)
    from subsidy.rules.stream import evaluate_file

    out = Path(str(path) + ".rows.parquet")
    evaluate_file(path, [policy], AS_OF, effective_from=EFFECTIVE, absent_records=True, output=out, keep=["programme_year"])
    rows = pl.read_parquet(out)
    el, ceil = rows[f"{policy.id}.art5-1.eligible"], rows[f"{policy.id}.art5-1.ceiling"]
    year = rows["programme_year"].fill_null(1)
    want = [sum(int(c) for e, c, k in zip(el, ceil, year, strict=True) if e == 1 and c > 0 and k + i <= 3) for i in (1, 2)]
    assert [y.upper_fen for y in art51.by_year] == [art51.upper_fen, *want]
    assert art51.later_upper_fen == sum(want) and art51.programme_years == 3
    art10 = next(c for c in d.clauses if c.clause_id == "art10")
    assert art10.later_upper_fen == 0 and len(art10.by_year) == 1
    assert sum(y.upper_fen for y in d.by_year) == d.upper_fen + d.later_upper_fen
    assert sum(y.expected_fen for y in d.by_year) == d.expected_fen + d.later_expected_fen
    assert frame.height == d.rows


def test_only_the_years_under_the_policy_are_projected() -> None:
    policy = find_policy(POLICIES["chaoyang"])  # 有效期3年
    assert programme_years_ahead(policy, dt.date(2027, 6, 30), dt.date(2026, 12, 1)) == 2
    assert programme_years_ahead(policy, dt.date(2028, 6, 30), dt.date(2026, 12, 1)) == 1
    assert programme_years_ahead(policy, dt.date(2029, 6, 30), dt.date(2026, 12, 1)) == 0
    assert programme_years_ahead(policy, dt.date(2028, 2, 29), dt.date(2026, 3, 1)) == 1  # 2029-02-28 < 2029-03-01
