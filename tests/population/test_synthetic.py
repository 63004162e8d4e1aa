"""The synthetic registry: calibrated to the published aggregates (docs/registry.md) within stated
tolerances, deterministic by seed, and readable by the registry reader."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from subsidy.population.reader import read_frame, read_registry
from subsidy.population.synthetic import (
    CAPITAL_BINS,
    CHAOYANG_REVENUE_MEAN_FEN,
    DISTRICTS,
    SIZE_SHARES,
    expected_mean_revenue_fen,
    generate,
)
from subsidy.population.template import human_sheet
from subsidy.rules.registry import find_policy

N = 40_000
TOLERANCE = 0.01  # absolute, on a share: > 4 standard errors for every share at N rows


@pytest.fixture(scope="module", params=sorted(DISTRICTS))
def made(request: pytest.FixtureRequest) -> tuple[str, pl.DataFrame]:
    d = DISTRICTS[request.param]
    return request.param, generate(request.param, N, 2026, find_policy(d.policy))


def test_industry_and_size_shares(made: tuple[str, pl.DataFrame]) -> None:
    key, f = made
    for col, shares in (("industry", DISTRICTS[key].industries), ("size_class", SIZE_SHARES)):
        got = dict(f.get_column(col).value_counts(normalize=True).iter_rows())
        total = sum(shares.values())
        for name, share in shares.items():
            assert abs(got.get(name, 0) - share / total) < TOLERANCE, (col, name)
    small = f.get_column("size_class").is_in(["小型", "微型"]).mean()
    assert abs(small - 0.988) < TOLERANCE  # 小微 98.8% [#41]


def test_registered_capital_bins(made: tuple[str, pl.DataFrame]) -> None:
    _, f = made
    wan = f.get_column("registered_capital") / 1_000_000
    total = sum(b[2] for b in CAPITAL_BINS)
    for low, high, share in CAPITAL_BINS:
        got = ((wan >= low) & (wan < high)).mean()
        assert abs(got - share / total) < TOLERANCE, (low, high)


def test_high_tech_and_above_scale(made: tuple[str, pl.DataFrame]) -> None:
    key, f = made
    assert abs(f.get_column("high_tech").mean() - DISTRICTS[key].high_tech) < 0.003
    assert (f.get_column("above_scale") == (f.get_column("revenue") >= 2000 * 1_000_000)).all()


def test_chaoyang_revenue_calibrated_to_the_published_total() -> None:
    d = DISTRICTS["chaoyang"]
    assert abs(expected_mean_revenue_fen(d) / CHAOYANG_REVENUE_MEAN_FEN - 1) < 1e-9
    f = generate("chaoyang", 200_000, 7, find_policy(d.policy))
    # a Pareto tail of exponent 2.2 converges slowly: the sample mean within 25%, the median exactly of the body
    assert abs(f.get_column("revenue").mean() / CHAOYANG_REVENUE_MEAN_FEN - 1) < 0.25


def test_same_seed_same_file_other_seed_other(tmp_path: Path) -> None:
    p = find_policy(DISTRICTS["baoan"].policy)
    a, b, c = (human_sheet(generate("baoan", 500, s, p), p) for s in (5, 5, 6))
    a.write_csv(tmp_path / "a.csv")
    b.write_csv(tmp_path / "b.csv")
    c.write_csv(tmp_path / "c.csv")
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
    assert (tmp_path / "a.csv").read_bytes() != (tmp_path / "c.csv").read_bytes()


def test_generated_registry_reads_back_unchanged(made: tuple[str, pl.DataFrame]) -> None:
    key, f = made
    p = find_policy(DISTRICTS[key].policy)
    part = f.head(3000)
    reg = read_frame(human_sheet(part, p), p)
    assert reg.problems == []
    got = reg.frame.drop("row")
    assert got.equals(part.select(got.columns))


@pytest.mark.parametrize("key", sorted(DISTRICTS))
def test_shipped_samples_read_without_problems(key: str) -> None:
    p = find_policy(DISTRICTS[key].policy)
    path = Path(__file__).resolve().parents[2] / "examples" / "registry" / f"{key}.csv"
    reg = read_registry(path, p)
    assert reg.problems == [] and reg.frame.height >= 300
    again = human_sheet(generate(key, reg.frame.height, 2026, p), p)
    assert path.read_bytes() == b"\xef\xbb\xbf" + again.write_csv().encode("utf-8")
