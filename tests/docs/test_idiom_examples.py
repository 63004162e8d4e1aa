"""The idiom examples of docs/policy-format.md (the yaml blocks that start with ``facts:``: policy.yaml's
``facts`` and ``derived`` shown with a clause file's ``clauses``) load as a policy, and each clause is decided
on one case by both paths with the same figures."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml
from doc_support import ROOT, blocks

from subsidy.rules.case import parse_case
from subsidy.rules.evaluate import assess
from subsidy.rules.parse import load_policy
from subsidy.rules.vector import evaluate_table, table_from_cases

EXAMPLES = [b for b in blocks(ROOT / "docs" / "policy-format.md") if b.lang == "yaml" and not b.fragment
            and b.text.startswith("facts:")]

# for each example (in order): facts of one case, and the ceiling expected per clause (元)
CASES: list[tuple[dict[str, Any], dict[str, str]]] = [
    ({"fixed_asset_investment": "1000万元"}, {"invest": "1000000元"}),
    ({"investment": "1000万元", "land_area": 5, "output_this_year": "3000万元", "output_last_year": "1500万元",
      "visitors": 29999}, {"growth": "25000元", "visitors": "20000元"}),
    ({"contribution": "6000万元"}, {"contribution": "48000000元"}),
    # 60 周岁当日；2025-01-01 至 2026-06-30 为 17 个整月 × 500元；2025-12-30 开业：满 6 个月，182 天 → 2万元 × 182/365；
    # 2026-01-02 认定驰名商标，与评估日同在2026年（当年）
    ({"birth_date": "1966-06-30", "service_start": "2025-01-01", "opened_on": "2025-12-30",
      "trademark_recognised_on": "2026-01-02"},
     {"monthly": "8500元", "operating": "9972.60元", "same-year": "500000元"}),
    # 12元/4 = 3元；9.9元/4 = 2.475 → 2.48元；13元/4 = 3.25 → 3元；早餐不计
    ({"meals": [{"price": "12元", "meal_kind": "午餐"}, {"price": "9.9元", "meal_kind": "晚餐"},
                {"price": "13元", "meal_kind": "午餐"}, {"price": "20元", "meal_kind": "早餐"}]}, {"meal": "8.48元"}),
    ({"variety_contribution": "500万元", "new_project": False, "contribution": "1500万元",
      "last_contribution": "1000万元"}, {"generic": "3000000元", "growth": "1000000元"}),
    # caps13: 新建项目的一事一议最高50万元；高新技术企业 200万元 × 50% = 100万元，上限60万元（30万元的不适用）；
    # 设备 500万元 × 30% = 150万元 → 100万元，软件 60万元 × 50% = 30万元 → 20万元，合计 120万元 → 100万元
    ({"renovation_completed": True, "equipment_investment": "500万元", "new_project": True, "rent": "200万元",
      "hitech": True, "equipment_cost": "500万元", "software_cost": "60万元", "project_cost": "1000万元"},
     {"renovation": "500000元", "rent": "600000元", "digital": "1000000元", "stack-equipment": "4000000元",
      "stack-research": "3000000元"}),
    # ---- stack13: 就高 groups; benefits in kind; no record within a period ----
    ({"output_value": "1.2亿元", "new_staff": 30},
     {"output": "500000元", "scale": "300000元", "hiring": "300000元", "training": "200000元"}),
    ({"compute_contract": "200万元", "workspace_rent": "20万元"}, {"compute": "500000元", "rent": "200000元"}),
    # 2023-06-30 到评估日 2026-06-30 已满3年，不在近3年内；2025-01-01 的记录不是重大违法违规
    ({"violations": [{"occurred_on": "2023-06-30", "serious": True}, {"occurred_on": "2025-01-01", "serious": False}]},
     {"clean": "50000元"}),
    # 一月 (6万元 + 8万元) × 50% = 7万元 → 5万元；二月 1万元；三月 5万元（二月余额不滚存）
    ({"compute_bills": [{"billed_on": "2026-01-05", "fee": "60000元"}, {"billed_on": "2026-01-31", "fee": "80000元"},
                        {"billed_on": "2026-02-10", "fee": "20000元"}, {"billed_on": "2026-03-31", "fee": "100000元"}]},
     {"monthly": "110000元"}),
    # ---- end stack13 ----
    # interest13: 1000万元 × min(50% × 3.45%, 1.5%) × 364/365 = 149589.041… → 149589.04元
    ({"loan_balance": "1000万元", "lpr": "0.0345", "loan_start": "2026-01-01", "loan_end": "2026-12-31"},
     {"loan-interest": "149589.04元"}),
    # deduct13: 统筹省、市政策 (its records: RECORDS)
    ({"new_rd_centre": True, "new_platform": True}, {"rd-centre": "1000000元", "platform": "500000元"}),
    # validity13: 30万元 in three tranches from 2026; the validity (1 year) ends 2026-12-31
    ({"new_line": True}, {"line": "300000元"}),
    # sched13: the policy's default schedule (stages, or a lump sum when built within 12 months); design overrides it
    ({"new_plant": True, "enclosed_on": "2026-03-01"}, {"plant": "1000000元", "design": "100000元"}),
]
FLOORS = [{"invest": "500000元"}, {}, {}, {}, {}, {}, {},
          {}, {}, {}, {}, {}, {}, {}, {}]  # sched13's one; caps13's one, stack13's four, interest13's one, deduct13's one, validity13's one; 保底 per example: max(5% × 1000万元, 20万元) = 50万元
# ---- stack13: what stacking grants, by the example's first clause: (granted per clause, cash total, in-kind total) ----
STACKED: dict[str, tuple[dict[str, str], str, str]] = {
    "output": ({"output": "500000元", "scale": "0元", "hiring": "300000元", "training": "0元"}, "800000元", "0元"),
    "compute": ({"compute": "500000元", "rent": "200000元"}, "0元", "700000元"),
    # deduct13: 100万元 − 省级30万元; 50万元 − 写明第十四条的市级10万元 − 写明事项的区级20万元
    "rd-centre": ({"rd-centre": "700000元", "platform": "200000元"}, "900000元", "0元"),
}
# ---- end stack13 ----
# deduct13: the records of other support of an example's case, by its first clause (the fragment above its block)
RECORDS: dict[str, list[dict[str, Any]]] = {"rd-centre": [
    {"programme": "省级研发机构奖励", "level": "province", "year": 2026, "amount": "30万元", "same_matter": True},
    {"programme": "市级平台资助", "level": "city", "year": 2026, "amount": "10万元", "same_matter": True, "clause": "第十四条",
     "matter": "公共服务平台"},
    {"programme": "区级平台奖励", "level": "district", "year": 2026, "amount": "20万元", "same_matter": True,
     "matter": "公共服务平台"}]}


# validity13: the tranches of an example's first clause, and which of them fall after the validity
AFTER: dict[str, list[tuple[str, bool]]] = {"line": [("150000元", False), ("90000元", True), ("60000元", True)]}
# sched13: the tranches (when, amount) of every clause of an example, by its first clause
STAGES: dict[str, dict[str, list[tuple[str, str]]]] = {"plant": {
    "plant": [("阶段：主体封闭 40%（已实现）", "400000元"), ("阶段：竣工验收 60%", "600000元")],
    "design": [("一次性", "100000元")]}}


def _policy(tmp_path: Path, text: str) -> Path:
    data = yaml.safe_load(text)
    tops = [data[k] for k in ("validity", "schedule") if k in data]  # sched13: policy.yaml's schedule is quoted too
    quotes = [c["quote"] for c in data["clauses"]] + [t["quote"] for t in tops]
    cites = [c["cite"] for c in data["clauses"]] + [t["cite"] for t in tops]
    d = tmp_path / "example"
    (d / "clauses").mkdir(parents=True)
    (d / "source.txt").write_text("示例政策\n\n" + "\n".join(f"{c} {q}" for c, q in zip(cites, quotes, strict=True)),
                                  encoding="utf-8")
    head = ("id: doc-example\ntitle: 示例政策\nissuer: 示例\nsource: source.txt\nstatus: draft\n"
            "effective_from: 2026-01-01\n")
    top, _, rest = text.partition("\nclauses:\n")
    (d / "policy.yaml").write_text(head + top + "\n", encoding="utf-8")
    (d / "clauses" / "all.yaml").write_text("clauses:\n" + rest, encoding="utf-8")
    return d


def test_there_is_one_case_per_example() -> None:
    assert len(EXAMPLES) == len(CASES) >= 1


@pytest.mark.parametrize("index", range(len(CASES)))
def test_the_example_loads_and_both_paths_give_its_figures(tmp_path: Path, index: int) -> None:
    policy = load_policy(_policy(tmp_path, EXAMPLES[index].text))
    facts, expected = CASES[index]
    case = parse_case({"policy": policy.id, "as_of": dt.date(2026, 6, 30), "facts": facts, "history": [],
                       "other_support": RECORDS.get(policy.clauses[0].id, []), "bars": []}, policy, name="doc")
    one = assess(policy, case)
    got = {r.clause.id: r.ceiling_fen for r in one.clauses}
    from subsidy.money import parse_money

    assert got == {k: parse_money(v).fen for k, v in expected.items()}
    table = evaluate_table(policy, table_from_cases(policy, [case]), case.as_of)
    assert [int(x) for x in table.ceiling[0]] == [got[c.id] for c in policy.clauses]
    floors = {r.clause.id: r.floor_fen for r in one.clauses if r.floor_fen is not None}
    assert floors == {k: parse_money(v).fen for k, v in FLOORS[index].items()}
    assert table.floor is not None
    assert [int(x) for x in table.floor[0]] == [floors.get(c.id, -1) for c in policy.clauses]
    after = AFTER.get(policy.clauses[0].id)
    if after is not None:
        assert [(t.fen, t.after_validity) for t in one.clauses[0].schedule] == [(parse_money(a).fen, b) for a, b in after]
    stages = STAGES.get(policy.clauses[0].id)  # sched13: the tranches of each clause, and the choice's note
    if stages is not None:
        assert {r.clause.id: [(t.when, t.fen) for t in r.schedule] for r in one.clauses} == {
            k: [(w, parse_money(a).fen) for w, a in v] for k, v in stages.items()}
        assert one.clauses[0].schedule_note.startswith("尚不确定是否12个月内全面建成并投产：若是，一次性拨付；若否，分阶段拨付")
        assert one.clauses[1].schedule_note == ""
    stacked = STACKED.get(policy.clauses[0].id)  # stack13: the examples whose point is stacking or the totals
    if stacked is not None:
        granted, total, in_kind = stacked
        assert {r.clause.id: r.granted_fen for r in one.clauses} == {k: parse_money(v).fen for k, v in granted.items()}
        assert [int(x) for x in table.granted[0]] == [parse_money(granted[c.id]).fen for c in policy.clauses]
        assert one.total_fen == int(table.total[0]) == parse_money(total).fen
        assert one.in_kind_fen == parse_money(in_kind).fen
        assert (0 if table.in_kind is None else int(table.in_kind[0])) == one.in_kind_fen
