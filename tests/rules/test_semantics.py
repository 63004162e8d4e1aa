"""Defects of rule semantics, each pinned: exact money in the table path, shared caps within a case,
reason precedence written once, and explanations that do not mislead."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import polars as pl
from tests.rules.frame_support import frame_of

from subsidy.rules.case import parse_case
from subsidy.rules.evaluate import assess
from subsidy.rules.model import Policy
from subsidy.rules.parse import load_policy
from subsidy.rules.vector import evaluate_table, record_columns, table_from_cases, table_from_frame

EVERY = Path(__file__).resolve().parent / "every_idiom"
AS_OF = dt.date(2027, 6, 30)


def _policy() -> Policy:
    return load_policy(EVERY)


def _case(policy: Policy, facts: dict[str, Any], **records: Any) -> Any:
    data = {"as_of": AS_OF, "facts": {"registered": True, "dishonest": False, **facts},
            "history": [], "other_support": [], "bars": [], **records}
    return parse_case(data, policy)


def _clause(result: Any, cid: str) -> Any:
    return next(r for r in result.clauses if r.clause.id == cid)


def test_per_unit_from_a_decimal_38_10_column_does_not_wrap() -> None:
    policy = _policy()
    case = _case(policy, {"varieties": "1250", "programme_year": 1})
    one = assess(policy, case)
    assert _clause(one, "per-unit").ceiling_fen == 2_500_000_000_00 // 100 * 100  # 1250 × 200万元
    table = table_from_cases(policy, [case])
    frame = frame_of(policy, table)
    j = [c.id for c in policy.clauses].index("per-unit")
    for t in (table, table_from_frame(policy, frame)):
        out = evaluate_table(policy, t, AS_OF)
        assert int(out.ceiling[0, j]) == _clause(one, "per-unit").ceiling_fen
        assert int(out.total[0]) == one.total_fen


def test_a_shared_cap_note_names_the_other_clause_by_cite_and_title_where_cites_repeat() -> None:
    from subsidy.rules.case import load_case_file

    policy = _policy()
    one = assess(policy, parse_case(load_case_file(EVERY / "cases" / "35-rate-stack.yaml"), policy))
    assert _clause(one, "rate-stack-b").stacking_note.startswith(
        "与第三十一条「可叠加的比例补贴（其一），叠加比例上限」共用叠加后合计上限")


def test_a_shared_cap_is_shared_by_clauses_eligible_in_the_same_case() -> None:
    policy = _policy()
    # product: 40 人 × 6 月 × 3000元 = 72万元; min: min(租金 60万元, 50万元) = 50万元; shared cap 100万元 a year
    case = _case(policy, {"staff": 40, "months": 6, "hitech": True, "rent": "60万元"})
    one = assess(policy, case)
    granted = {r.clause.id: r.granted_fen for r in one.clauses if r.granted_fen}
    assert granted == {"product": 72_000_000, "min": 28_000_000}
    assert one.total_fen == 100_000_000
    assert _clause(one, "min").stacking_note.startswith("与第六条共用")  # the other clause by cite, never its id
    table = evaluate_table(policy, table_from_cases(policy, [case]), AS_OF)
    ids = [c.id for c in policy.clauses]
    assert int(table.granted[0, ids.index("product")]) == 72_000_000
    assert int(table.granted[0, ids.index("min")]) == 28_000_000
    assert int(table.total[0]) == one.total_fen


def test_a_table_figure_beyond_int64_is_refused_not_wrapped() -> None:
    import pytest

    from subsidy.errors import CaseInputError

    policy = _policy()
    n = len(policy.facts)
    frame_cols: dict[str, Any] = {}
    for name, f in policy.facts.items():
        frame_cols[name] = pl.Series(name, [None], dtype=pl.Boolean if f.type == "bool" else pl.Utf8
                                     if f.type == "category" else pl.Int64)
    frame_cols["varieties"] = pl.Series("varieties", [Decimal("900000000000.0000000001")], dtype=pl.Decimal(38, 10))
    frame_cols["programme_year"] = pl.Series("programme_year", [1], dtype=pl.Int64)
    for name in record_columns(policy):
        frame_cols[name] = pl.Series(name, [0], dtype=pl.Int64)
    assert n
    table = table_from_frame(policy, pl.DataFrame(frame_cols))
    with pytest.raises(CaseInputError, match="超出可处理的范围"):
        evaluate_table(policy, table, AS_OF)


_REASONS_BY_BOTH_PATHS = """
import json, sys
from pathlib import Path
from subsidy.errors import SubsidyError
from subsidy.rules.case import load_case_file, parse_case
from subsidy.rules.check import case_files
from subsidy.rules.evaluate import assess
from subsidy.rules.parse import load_policy
from subsidy.rules.results import Reason
from subsidy.rules.vector import evaluate_table, table_from_cases
out = []
for d in sys.argv[1:]:
    policy = load_policy(Path(d))
    for path in case_files(policy):
        try:
            case = parse_case(load_case_file(path), policy)
            one = assess(policy, case)
        except SubsidyError:
            continue
        t = evaluate_table(policy, table_from_cases(policy, [case]), case.as_of, effective_from=one.effective_from)
        out.append([path.name, [r.reason.name for r in one.clauses], [Reason(int(x)).name for x in t.reason[0]]])
print(json.dumps(out))
"""


def test_renumbering_the_reasons_changes_no_result(tmp_path: Path) -> None:
    """The precedence of reasons is PRECEDENCE (results.py), never arithmetic on their values."""
    import json
    import re
    import shutil
    import subprocess
    import sys

    from subsidy.rules.registry import list_policy_dirs

    src = Path(__file__).resolve().parents[2] / "src"
    dirs = [str(d) for d in list_policy_dirs()] + [str(EVERY)]

    def run(root: Path) -> Any:
        done = subprocess.run([sys.executable, "-c", _REASONS_BY_BOTH_PATHS, *dirs], capture_output=True, text=True,
                              env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"}, check=False)
        assert done.returncode == 0, done.stderr[-2000:]
        return json.loads(done.stdout)

    shutil.copytree(src / "subsidy", tmp_path / "subsidy")
    results = tmp_path / "subsidy" / "rules" / "results.py"
    text = results.read_text(encoding="utf-8")
    names = re.findall(r"^    ([A-Z_]+) = \d+$", text, flags=re.M)
    assert len(names) == 10
    for i, name in enumerate(names):  # reverse the numbering
        text = re.sub(rf"^    {name} = \d+$", f"    {name} = {len(names) - 1 - i}", text, flags=re.M)
    results.write_text(text, encoding="utf-8")
    before, after = run(src), run(tmp_path)
    assert before == after
    assert all(one == table for _, one, table in before)


def test_an_either_or_met_by_one_branch_does_not_list_the_other_branch_as_a_reason() -> None:
    policy = _policy()
    # 第九条 (min): all[any[hitech, recognised], rent > 0]: hitech meets the either/or, the rent fails
    case = _case(policy, {"hitech": True, "recognised": False, "rent": "0万元"})
    r = _clause(assess(policy, case), "min")
    assert r.eligible is False
    assert r.reasons == ["不符合第九条的支持条件：租金 0万元 ＞ 0万元：否 ✗"]
    assert any("已获认定：否 ✗" in s.text for s in r.steps)  # the trace still shows every leaf


def test_a_clause_already_decided_no_asks_for_nothing() -> None:
    """A clause whose applicant condition (or any condition) already fails drops out of 尚需提供."""
    policy = _policy()
    case = _case(policy, {"dishonest": True})  # every other fact unknown
    one = assess(policy, case)
    assert all(r.eligible is False and r.missing == [] for r in one.clauses)
    assert one.missing == []
    case = _case(policy, {"hitech": False, "recognised": False})  # 第九条 (min) fails whatever the rent
    r = _clause(assess(policy, case), "min")
    assert r.eligible is False and r.missing == [] and "rent" not in assess(policy, case).missing
