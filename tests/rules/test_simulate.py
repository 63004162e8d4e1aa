"""`subsidy simulate`: the figures are the one-case assessments added up; take-up, budget, sweep, errors."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.cli_support import run_cli

from subsidy.population.reader import read_registry
from subsidy.population.synthetic import generate
from subsidy.rules import model as m
from subsidy.rules.case import Case
from subsidy.rules.evaluate import assess
from subsidy.rules.plan import plan_of
from subsidy.rules.registry import find_policy
from subsidy.rules.simulate import cost_of, parse_sweep, percent, simulate, with_cap
from subsidy.rules.stream import evaluate_file
from subsidy.rules.vector import record_columns

POLICY = "cn-bj-chaoyang-smart-eldercare"
AS_OF = dt.date(2027, 6, 30)
EFFECTIVE = dt.date(2026, 12, 1)
ROWS = 300


@pytest.fixture(scope="module")
def policy() -> m.Policy:
    return find_policy(POLICY)


@pytest.fixture(scope="module")
def frame(policy: m.Policy) -> pl.DataFrame:
    """A synthetic registry (seed 1) with beneficiaries and undecided rows in most clauses."""
    return generate("chaoyang", ROWS, 1, policy)


@pytest.fixture(scope="module")
def sample(policy: m.Policy) -> pl.DataFrame:
    """The registry sample that ships with the project, as read from its sheet."""
    registry = read_registry(Path(__file__).resolve().parents[2] / "examples" / "registry" / "chaoyang.csv", policy)
    assert registry.problems == []
    return registry.frame


def _write(frame: pl.DataFrame, path: Path) -> Path:
    frame.write_parquet(path)  # no record columns: read as "no record"
    return path


@pytest.fixture(scope="module")
def registry_file(frame: pl.DataFrame, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _write(frame, tmp_path_factory.mktemp("simulate") / "chaoyang.parquet")


def _value(v: Any) -> Any:
    return Fraction(v) if isinstance(v, Decimal) else v


def _assessed(policy: m.Policy, frame: pl.DataFrame) -> list[Any]:
    """Each row assessed on its own, with no earlier grant, bar or other support."""
    out = []
    for i, row in enumerate(frame.iter_rows(named=True)):
        facts = {k: _value(row[k]) for k in policy.facts if row.get(k) is not None}
        case = Case(name=f"row{i}", facts=facts, as_of=AS_OF, year=AS_OF.year, history=(), other_support=(), bars=())
        out.append(assess(policy, case, effective_from=EFFECTIVE))
    return out


@pytest.mark.parametrize("which", ["frame", "sample"])
def test_the_figures_are_the_one_case_assessments_added_up(policy: m.Policy, which: str, tmp_path: Path,
                                                           request: pytest.FixtureRequest) -> None:
    frame = request.getfixturevalue(which)
    results = _assessed(policy, frame)
    path = _write(frame, tmp_path / "r.parquet")
    sim = simulate(path, policy, AS_OF, effective_from=EFFECTIVE, take_up=Fraction(3, 5), batch_rows=64)
    cost = sim.draft
    assert cost.rows == frame.height
    for j, c in enumerate(cost.clauses):
        rs = [r.clauses[j] for r in results]
        assert c.clause_id == rs[0].clause.id
        assert c.beneficiaries == sum(r.eligible is True for r in rs)
        assert c.undecided == sum(r.eligible is None for r in rs)
        assert c.upper_fen == sum(r.ceiling_fen or 0 for r in rs if r.eligible is True)
        assert c.undecided_upper_fen == sum(r.ceiling_fen or 0 for r in rs if r.eligible is None)
    assert cost.upper_fen == sum(r.ceiling_fen or 0 for res in results for r in res.clauses if r.eligible is True)
    assert cost.upper_fen > 0
    assert cost.undecided_rows > 0 or which == "sample"  # the sample's rows are all decided
    assert cost.stacked_fen == sum(r.total_fen for r in results)
    assert cost.beneficiaries == sum(r.total_fen > 0 for r in results)
    assert cost.undecided_rows == sum(bool(r.pending) for r in results)
    # the expectation: the exact product, rounded once (half up) to the 分
    exact = Fraction(cost.upper_fen * 3, 5)
    assert abs(cost.expected_fen - exact) <= Fraction(1, 2)


def test_take_up_all_is_the_upper_bound_and_none_is_nothing(policy: m.Policy, registry_file: Path) -> None:
    full = simulate(registry_file, policy, AS_OF, effective_from=EFFECTIVE).draft
    none = simulate(registry_file, policy, AS_OF, effective_from=EFFECTIVE, take_up=Fraction(0)).draft
    assert full.expected_fen == full.upper_fen and full.upper_fen > 0
    assert [c.expected_fen for c in full.clauses] == [c.upper_fen for c in full.clauses]
    assert none.expected_fen == 0 and all(c.expected_fen == 0 for c in none.clauses)
    assert none.upper_fen == full.upper_fen


def test_a_baseline_against_itself_differs_by_nothing(policy: m.Policy, registry_file: Path) -> None:
    sim = simulate(registry_file, policy, AS_OF, effective_from=EFFECTIVE, baseline=policy)
    assert sim.baseline == sim.draft


def test_a_swept_cap_gets_its_own_plan(policy: m.Policy) -> None:
    low = with_cap(policy, "art11-1", policy.clause("art11-1").caps[0].id, 1_000_000)
    assert low.version != policy.version
    assert plan_of(low) is not plan_of(policy)
    [swept] = [cp for cp in plan_of(low).clauses if cp.clause.id == "art11-1"]
    assert int(swept.caps[0].limit.at(AS_OF)) == 1_000_000  # type: ignore[attr-defined]


def test_the_sweep_changes_the_result(policy: m.Policy, registry_file: Path) -> None:
    sweep = parse_sweep("art11-1.cap=10万元..500万元/490万元", policy)
    sim = simulate(registry_file, policy, AS_OF, effective_from=EFFECTIVE, sweep=sweep)
    low, high = (next(c for c in p.cost.clauses if c.clause_id == "art11-1") for p in sim.points)
    assert [p.cap_fen for p in sim.points] == [10_000_000, 500_000_000]
    assert low.beneficiaries == high.beneficiaries > 0
    assert low.upper_fen <= 10_000_000 * low.beneficiaries  # no beneficiary's ceiling above the 10万元 cap
    assert low.upper_fen < high.upper_fen
    assert sim.points[1].cost.clauses == sim.draft.clauses  # 500万元 is the policy's own cap


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.integers(0, 600), min_size=2, max_size=5, unique=True))
def test_raising_a_cap_never_lowers_the_cost(policy: m.Policy, registry_file: Path, wan: list[int]) -> None:
    caps = sorted(w * 1_000_000 for w in wan)
    cap_id = policy.clause("art11-1").caps[0].id
    variants = [with_cap(policy, "art11-1", cap_id, fen) for fen in caps]
    summaries = evaluate_file(registry_file, variants, AS_OF, effective_from=EFFECTIVE, absent_records=True)
    costs = [cost_of(p, s, Fraction(1)) for p, s in zip(variants, summaries, strict=True)]
    uppers = [c.upper_fen for c in costs]
    assert uppers == sorted(uppers)
    assert [c.stacked_fen for c in costs] == sorted(c.stacked_fen for c in costs)


def test_percent_rounds_half_up() -> None:
    assert percent(Fraction(2, 3)) == "66.7%"
    assert percent(Fraction(1, 2000)) == "0.1%"
    assert percent(Fraction(0)) == "0.0%"
    assert percent(Fraction(3)) == "300.0%"


# ---- the command --------------------------------------------------------------------------------


def _cli(capsys: pytest.CaptureFixture[str], registry_file: Path, *extra: str) -> tuple[int, str]:
    return run_cli(capsys, "simulate", POLICY, "--population", str(registry_file), "--as-of", "2027-06-30",
                   "--effective-from", "2026-12-01", *extra)


def test_json_output(capsys: pytest.CaptureFixture[str], registry_file: Path, policy: m.Policy) -> None:
    code, text = _cli(capsys, registry_file, "--json", "--take-up", "60%", "--budget", "10万元", "--baseline", POLICY,
                      "--sweep", "第十一条第一款.cap=100万元..300万元/100万元")
    assert code == 0, text
    doc = json.loads(text)
    want = simulate(registry_file, policy, AS_OF, effective_from=EFFECTIVE, take_up=Fraction(3, 5)).draft
    assert doc["take_up"] == "60.0%"
    assert doc["draft"]["upper"] == f"{want.upper_fen // 100}.{want.upper_fen % 100:02d}"
    assert doc["budget"]["upper_exceeds"] is True
    assert {d["upper"] for d in doc["difference"]} == {"0.00"}
    assert [p["cap"] for p in doc["sweep"]["points"]] == ["1000000.00", "2000000.00", "3000000.00"]
    assert doc["sweep"]["clause"] == "art11-1"


def test_table_output_is_chinese(capsys: pytest.CaptureFixture[str], registry_file: Path) -> None:
    code, text = _cli(capsys, registry_file, "--budget", "5000万元")
    assert code == 0, text
    assert "受益企业" in text and "预算 5000万元" in text and "第十一条第一款" in text
    assert "各遴选方式的支持结果" in text and "按排名择优" in text and "按比例核减" in text and "总评分最优" in text


def test_budget_totals_are_the_beneficiaries_stacked_totals(registry_file: Path, policy: m.Policy) -> None:
    """With a budget, the per-row totals the selection modes work on are the draft's beneficiaries: as many as it
    counts, adding up to its total after 就高 and 不重复; without one (or on a cluster) there are none."""
    sim = simulate(registry_file, policy, AS_OF, effective_from=EFFECTIVE, budget_fen=50_000_000_00)
    assert sim.totals is not None and all(t > 0 for t in sim.totals)
    assert len(sim.totals) == sim.draft.beneficiaries and sum(sim.totals) == sim.draft.stacked_fen
    assert simulate(registry_file, policy, AS_OF, effective_from=EFFECTIVE).totals is None
    same = simulate(registry_file, policy, AS_OF, effective_from=EFFECTIVE, budget_fen=50_000_000_00, partitions=2)
    assert same.totals is None and same.draft == sim.draft


def test_budget_selection_in_json(capsys: pytest.CaptureFixture[str], registry_file: Path, policy: m.Policy) -> None:
    code, text = _cli(capsys, registry_file, "--json", "--budget", "500万元")
    assert code == 0, text
    chosen = json.loads(text)["budget"]["selection"]
    assert [c["mode"] for c in chosen] == ["rank_order", "proportional", "optimal"]
    sim = simulate(registry_file, policy, AS_OF, effective_from=EFFECTIVE, budget_fen=5_000_000_00)
    assert sim.totals is not None
    left, funded = 5_000_000_00, 0  # rank order: registry order, whoever no longer fits is skipped
    for t in sim.totals:
        if t <= left:
            left, funded = left - t, funded + 1
    assert (chosen[0]["funded"], chosen[0]["left"]) == (funded, f"{left // 100}.{left % 100:02d}")
    for c in chosen:
        assert Decimal(c["awarded"]) + Decimal(c["left"]) == Decimal("5000000.00")
    assert chosen[1]["funded"] == len(sim.totals) and Decimal(chosen[1]["awarded"]) <= Decimal("5000000.00")
    assert chosen[2]["funded"] >= chosen[0]["funded"]


@pytest.mark.parametrize(("args", "words"), [
    (("--sweep", "art11-1.cap=100万元-500万元"), "格式不对"),
    (("--sweep", "art99.cap=1万元..2万元/1万元"), "没有条款「art99」"),
    (("--sweep", "art6.cap=1万元..2万元/1万元"), "没有金额上限"),
    (("--sweep", "art11-1.cap=100..500万元/50万元"), "不是金额"),
    (("--sweep", "art11-1.cap=-1万元..2万元/1万元"), "为负数"),
    (("--sweep", "art11-1.cap=5万元..2万元/1万元"), "大于终点"),
    (("--sweep", "art11-1.cap=1万元..2万元/0万元"), "步长为 0"),
    (("--sweep", "art11-1.cap=0元..500万元/1元"), "超过"),
    (("--budget", "5000"), "不是金额"),
    (("--budget", "-5万元"), "为负数"),
    (("--take-up", "120%"), "不在 0%–100% 之间"),
    (("--take-up", "abc"), "不是比例"),
])
def test_bad_input_is_refused_in_chinese(capsys: pytest.CaptureFixture[str], registry_file: Path,
                                         args: tuple[str, ...], words: str) -> None:
    code, text = _cli(capsys, registry_file, *args)
    assert code == 2, text
    assert words in text and "Traceback" not in text


def test_a_missing_registry_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, text = _cli(capsys, tmp_path / "none.parquet")
    assert code == 2 and "文件不存在" in text


def test_absent_record_columns_read_as_no_record(policy: m.Policy, frame: pl.DataFrame, registry_file: Path,
                                                 tmp_path: Path) -> None:
    def column(name: str) -> pl.Expr:
        flag = name == "rec_barred" or name.startswith("rec_excluded__")
        return pl.lit(False) if flag else pl.lit(0, dtype=pl.Int64)

    stated = _write(frame.with_columns([column(n).alias(n) for n in record_columns(policy)]), tmp_path / "s.parquet")
    want = evaluate_file(stated, [policy], AS_OF, effective_from=EFFECTIVE)
    assert evaluate_file(registry_file, [policy], AS_OF, effective_from=EFFECTIVE, absent_records=True) == want
    # a record column the registry has is read, not replaced: every row barred, nobody gets anything
    barred = _write(frame.with_columns(pl.lit(True).alias("rec_barred")), tmp_path / "b.parquet")
    cost = simulate(barred, policy, AS_OF, effective_from=EFFECTIVE).draft
    assert cost.upper_fen == 0 and cost.beneficiaries == 0 and want[0].total_fen > 0


def test_progress_is_reported_batch_by_batch(policy: m.Policy, registry_file: Path) -> None:
    seen: list[int] = []
    simulate(registry_file, policy, AS_OF, effective_from=EFFECTIVE, batch_rows=128, progress=seen.append)
    assert seen == [128, 256, ROWS]


SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "registry" / "chaoyang.csv"


def test_the_shipped_sample_sheet_is_simulated_as_the_registry_reader_reads_it(
        policy: m.Policy, sample: pl.DataFrame, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Regression (issue 12): the sheet (headers by label, money in 万元) was refused with 表中缺少该列 because
    the streaming reader wanted the table form; now one reader serves both, with the same figures."""
    want = simulate(_write(sample, tmp_path / "read.parquet"), policy, AS_OF, effective_from=EFFECTIVE)
    got = simulate(SAMPLE, policy, AS_OF, effective_from=EFFECTIVE)
    assert got.draft == want.draft and got.draft.rows == sample.height > 0
    assert got.missing == () and got.rows_refused == 0
    code, text = _cli(capsys, SAMPLE)
    assert code == 0 and "缺少该列" not in text, text


def test_a_fact_the_sheet_lacks_is_unknown_and_named_once(policy: m.Policy, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """A fact column the registry lacks is unknown in every row, as the registry reader reads it, and is
    named once in the report (not refused)."""
    label = policy.facts["event_investment"].label
    sheet = pl.read_csv(SAMPLE, infer_schema=False)
    dropped = [c for c in sheet.columns if c.startswith(label)]
    assert dropped
    sheet.drop(dropped).write_csv(tmp_path / "less.csv")
    assert read_registry(tmp_path / "less.csv", policy).missing == ("event_investment",)
    unknown = read_registry(SAMPLE, policy).frame.with_columns(pl.lit(None, dtype=pl.Int64).alias("event_investment"))
    want = simulate(_write(unknown, tmp_path / "want.parquet"), policy, AS_OF, effective_from=EFFECTIVE)
    got = simulate(tmp_path / "less.csv", policy, AS_OF, effective_from=EFFECTIVE)
    assert got.draft == want.draft and got.missing == ("event_investment",)
    code, text = _cli(capsys, tmp_path / "less.csv")
    assert code == 0 and text.count(label) == 1 and "按未知计算" in text, text
