"""The rules commands, end to end through the CLI: output, JSON contract, exit codes."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from subsidy.cli import main

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "chaoyang-eldercare-platform.yaml"


@pytest.fixture(autouse=True)
def _capture(capsys: pytest.CaptureFixture[str]) -> None:
    global _CAP
    _CAP = capsys


_CAP: pytest.CaptureFixture[str]


def run(*args: str) -> tuple[int, str]:
    """Run the CLI exactly as a user does (the one error handler included): exit code, all output."""
    with pytest.raises(SystemExit) as exc:
        main(list(args))
    captured = _CAP.readouterr()
    return int(exc.value.code or 0), captured.out + captured.err


def test_policies_lists_the_three_shipped_policies() -> None:
    code, output = run("policies", "--json")
    assert code == 0
    ids = {p["id"] for p in json.loads(output)}
    assert {"cn-bj-chaoyang-smart-eldercare", "cn-sz-baoan-ai-health", "cn-gz-tianhe-hk-macao-youth"} <= ids


def test_show_a_clause_by_its_citation() -> None:
    code, output = run("show", "cn-bj-chaoyang-smart-eldercare/第八条第二款", "--json")
    assert code == 0
    clause = json.loads(output)["clauses"][0]
    assert clause["payee"] == "financial_institution"
    assert clause["formula"] == "实际保费 × 50%"
    assert {"name": "actual_premium", "type": "money", "unit": "万元"}.items() <= clause["facts"][-1].items()


def test_assess_json_contract_amounts_are_decimal_strings_in_yuan() -> None:
    code, output = run("assess", str(EXAMPLE), "--json")
    assert code == 0
    doc = json.loads(output, parse_float=lambda s: pytest.fail(f"float in JSON: {s}"))
    assert doc["schema_version"] == "1"
    stacked = doc["stacked"]
    # 第五条第一款 wins 就高 at 500万元; 80万元 of other district support the same year is deducted (差额)
    assert stacked["total"] == "4200000.00"
    assert stacked["granted"] == ["art5-1"]
    assert {x["id"] for x in stacked["set_aside"]} == {"art7", "art11-1"}
    art7 = next(c for c in doc["clauses"] if c["id"] == "art7")
    assert art7["eligible"] is True and art7["ceiling"] == "3900000.00" and art7["granted"] == "0.00"
    for c in doc["clauses"]:
        for key in ("ceiling", "granted", "amount"):
            if c[key] is not None:
                assert Decimal(c[key]).as_tuple().exponent == -2
        assert c["eligible"] in (True, False, None)
        assert set(c) >= {"cite", "kind", "missing", "schedule", "payee", "reasons", "steps"}


def test_assess_human_output_is_chinese_with_the_explanation() -> None:
    code, output = run("assess", str(EXAMPLE), "--clause", "第七条")
    assert code == 0
    assert "项目预算 780万元 × 50% = 390万元" in output
    # the figure and the missing facts are the clause's own (art7 is set aside by 就高; it needs nothing more)
    assert "第七条（art7）本条可获：0万元" in output and "政策合计（全部条款，就高、差额后）：420万元" in output
    assert "尚需提供" not in output


def test_assess_one_clause_json_gives_that_clauses_total_and_missing() -> None:
    code, output = run("assess", str(EXAMPLE), "--clause", "第七条", "--json")
    doc = json.loads(output)
    assert code == 0 and doc["schema_version"] == "1"
    assert doc["selected_clause"] == {"id": "art7", "total": "0.00", "missing": []}
    assert doc["stacked"]["total"] == "4200000.00"  # the policy's, unchanged


def test_an_undecided_clause_asks_for_its_own_facts_only() -> None:
    """--clause X: the missing facts and the total are X's, not the policy's (which needs more)."""
    code, output = run("assess", str(EXAMPLE), "--json")
    whole = json.loads(output)
    others = {f for c in whole["clauses"] if c["id"] != "art4-1" for f in c["missing"]}
    code, output = run("assess", str(EXAMPLE), "--clause", "art4-1", "--json")
    doc = json.loads(output)
    assert code == 0
    own = next(c for c in whole["clauses"] if c["id"] == "art4-1")["missing"]
    assert own and doc["selected_clause"] == {"id": "art4-1", "total": "0.00", "missing": own}
    assert others - set(own)  # the policy as a whole needs facts art4-1 does not
    assert doc["stacked"]["total"] == whole["stacked"]["total"]


def test_bad_fact_value_names_the_field_and_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(EXAMPLE.read_text(encoding="utf-8").replace("event_investment: 640万元",
                                                               "event_investment: 很多"), encoding="utf-8")
    code, output = run("assess", str(bad))
    assert code == 2
    assert "facts.event_investment" in output


def test_unknown_fact_is_refused_with_a_hint(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"policy": "cn-bj-chaoyang-smart-eldercare", "as_of": "2027-01-05",
                               "effective_from": "2026-12-01", "facts": {"no_such_fact": True}}), encoding="utf-8")
    code, output = run("assess", str(bad))
    assert code == 2 and "facts.no_such_fact" in output and "subsidy show" in output


def test_draft_policy_without_effective_date_asks_for_one(tmp_path: Path) -> None:
    case = tmp_path / "c.yaml"
    case.write_text("policy: cn-bj-chaoyang-smart-eldercare\nas_of: 2027-01-05\nfacts: {}\n", encoding="utf-8")
    code, output = run("assess", str(case))
    assert code == 2 and "--effective-from" in output
    code, output = run("assess", str(case), "--effective-from", "2026-12-01", "--json")
    assert code == 0 and json.loads(output)["validity_end"] == "2029-11-30"


def test_as_of_outside_validity_is_refused_with_the_reason() -> None:
    code, output = run("assess", str(EXAMPLE), "--as-of", "2030-01-02", "--json")
    assert code == 0
    doc = json.loads(output)
    assert all(c["eligible"] is False and c["reason"] == "OUTSIDE_VALIDITY" for c in doc["clauses"])


def test_a_citation_of_several_clauses_is_shown_whole_and_assess_asks_for_one() -> None:
    code, output = run("show", "cn-sz-baoan-ai-health/第十四条", "--json")
    assert code == 0 and [c["id"] for c in json.loads(output)["clauses"]] == ["art14a", "art14b"]
    code, output = run("assess", str(ROOT / "examples" / "baoan-hospital.yaml"), "--clause", "第十四条")
    assert code == 2 and "art14a" in output and "art14b" in output


def test_check_runs_a_policys_cases() -> None:
    code, output = run("check", str(ROOT / "policies" / "cn-gz-tianhe-hk-macao-youth"))
    assert code == 0 and "失败 0" in output


def test_check_fails_on_a_broken_case(tmp_path: Path) -> None:
    import shutil

    target = tmp_path / "p"
    shutil.copytree(ROOT / "policies" / "cn-bj-chaoyang-smart-eldercare", target)
    case = next((target / "cases").glob("art07-below-cap.yaml"))
    case.write_text(case.read_text(encoding="utf-8").replace("ceiling: 300万元", "ceiling: 301万元"), encoding="utf-8")
    code, output = run("check", str(target))
    assert code == 1 and "ceiling 期望 301万元" in output


EVERY_IDIOM = ROOT / "tests" / "rules" / "every_idiom"


def test_check_passes_the_every_idiom_policy() -> None:
    code, output = run("check", str(EVERY_IDIOM))
    assert code == 0 and "失败 0" in output and "问题" not in output


def test_check_refuses_an_amount_no_quote_covers(tmp_path: Path) -> None:
    """`subsidy check` applies the suite's coverage rule, not only the cases."""
    import shutil

    target = tmp_path / "p"
    shutil.copytree(EVERY_IDIOM, target)
    clauses = target / "clauses" / "all.yaml"
    text = clauses.read_text(encoding="utf-8")
    clauses.write_text(text.replace(", 资金分三年按50%、30%、20%拨付；连续支持3年。]", "]"), encoding="utf-8")
    code, output = run("check", str(target))
    assert code == 1 and "「50%」不在任何引文内" in output


def test_check_refuses_a_clause_with_too_few_decided_cases(tmp_path: Path) -> None:
    """`subsidy check` applies the suite's rule of three decided cases per clause, yes and no."""
    import shutil

    target = tmp_path / "p"
    shutil.copytree(EVERY_IDIOM, target)
    for name in ("02-applicant-fails.yaml", "03-conditions-fail.yaml", "05-excluded.yaml", "10-difference-exempt.yaml",
                 "51-deduct-not-new.yaml", "55-support-names-second-clause.yaml", "56-support-names-other-clause.yaml"):
        (target / "cases" / name).unlink()  # the cases left all pass
    code, output = run("check", str(target))
    assert code == 1 and "失败 0" in output
    assert "第三条（fixed）：判定了本条的案例 2 个（符合 有，不符合 无）" in output.replace("\n", "")


def test_missing_records_are_named_with_how_to_say_none_and_the_total_is_not_a_final_zero(tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    head = text.split("\nhistory:")[0]  # the same case without history, other_support and bars
    path = tmp_path / "no-records.yaml"
    path.write_text(head + "\n", encoding="utf-8")
    code, output = run("assess", str(path))
    flat = "".join(output.split())
    assert code == 0
    assert "记录未提供" in flat and "history:[]" in flat and "bars:[]" in flat
    assert "最高可获合计（上限）：不超过" in flat and "个条款待补充信息，按就高取已确定合计与各条款最高额中的最高者为上限" in flat
    assert "最高可获合计：0万元" not in flat
    code, output = run("assess", str(EXAMPLE))  # records given: nothing said about them
    assert code == 0 and "记录未提供" not in "".join(output.split())


@pytest.mark.parametrize("records", [
    {"history": [], "other_support": [], "bars": []},
    {"history": [{"clause": "art5-1", "year": 2026, "amount": "420万元", "project": "P-2026-03"}],
     "other_support": [{"programme": "数字经济", "level": "区级", "year": 2027, "amount": "80万元", "same_matter": True}],
     "bars": []},
])
def test_the_upper_bound_holds_once_the_records_are_given(records: dict[str, object]) -> None:
    """What is shown as the upper bound while records are missing is never exceeded once they are given."""
    from subsidy.rules.case import load_case_file, parse_case
    from subsidy.rules.evaluate import assess
    from subsidy.rules.registry import find_policy

    data = {k: v for k, v in load_case_file(EXAMPLE).items() if k not in ("history", "other_support", "bars")}
    policy = find_policy(str(data["policy"]))
    pending = assess(policy, parse_case(dict(data), policy))
    bound = pending.upper_bound_fen()
    assert pending.undecided() and bound is not None and bound > pending.total_fen
    known = assess(policy, parse_case({**data, **records}, policy))
    assert known.total_fen <= bound


def _without_records(tmp_path: Path) -> Path:
    """The example without its history / other support / bars."""
    lines = EXAMPLE.read_text(encoding="utf-8").split("\n")
    case = tmp_path / "case.yaml"
    case.write_text("\n".join(lines[:lines.index("history:")]) + "\n", encoding="utf-8")
    return case


def test_assess_json_gives_the_upper_bound_while_records_are_unknown(tmp_path: Path) -> None:
    case = _without_records(tmp_path)
    code, output = run("assess", str(case), "--json")
    assert code == 0
    stacked = json.loads(output)["stacked"]
    assert stacked["pending"] and stacked["total"] == "0.00"  # nothing decided yet: total is no answer
    code, text = run("assess", str(case))
    bound = Decimal(stacked["upper_bound"]) / 10000  # the same bound the text output states, in 万元
    assert f"最高可获合计（上限）：不超过 {bound.normalize():f}万元" in text
    # with the records: 420万元 decided, clauses of other facts still pending; under the policy's 就高 (one
    # clause wins per entity and year) the bound is the highest of the total and the pending ceilings
    code, output = run("assess", str(EXAMPLE), "--json")
    stacked = json.loads(output)["stacked"]
    assert stacked["pending"] and (stacked["total"], stacked["upper_bound"]) == ("4200000.00", "30000000.00")
    assert "最高可获合计（上限）：不超过 3000万元" in run("assess", str(EXAMPLE))[1]


def test_assess_json_upper_bound_is_null_when_nothing_bounds_it_yet() -> None:
    hospital = str(ROOT / "examples" / "baoan-hospital.yaml")  # a pending clause's amount needs facts not given
    code, output = run("assess", hospital, "--json")
    assert code == 0
    stacked = json.loads(output)["stacked"]
    assert stacked["pending"] and stacked["upper_bound"] is None and stacked["total"] == "21000000.00"
    assert "最高可获合计（上限）：尚不能确定" in run("assess", hospital)[1]


def test_what_the_user_wrote_is_printed_as_written_never_as_markup(tmp_path: Path) -> None:
    """A case's value that looks like Rich markup or an emoji code is quoted as it is."""
    bad = tmp_path / "bad.yaml"
    bad.write_text(EXAMPLE.read_text(encoding="utf-8").replace("event_investment: 640万元",
                                                               "event_investment: '[red]:smile:[/]'"), encoding="utf-8")
    code, output = run("assess", str(bad))
    assert code == 2 and "[red]:smile:[/]" in output and "😄" not in output
