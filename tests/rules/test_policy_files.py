"""Policy files: errors name the file and line; dated values apply from their date; 就高 per project."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from subsidy.errors import PolicyFileError
from subsidy.rules.case import parse_case
from subsidy.rules.evaluate import assess
from subsidy.rules.parse import load_policy

CHAOYANG = Path(__file__).resolve().parents[2] / "policies" / "cn-bj-chaoyang-smart-eldercare"


@pytest.fixture
def policy_dir(tmp_path: Path) -> Path:
    target = tmp_path / "p"
    shutil.copytree(CHAOYANG, target, ignore=shutil.ignore_patterns("cases"))
    return target


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_misspelt_key_names_file_line_and_the_allowed_keys(policy_dir: Path) -> None:
    _edit(policy_dir / "clauses" / "art07.yaml", "    caps:", "    capz:")
    with pytest.raises(PolicyFileError) as exc:
        load_policy(policy_dir)
    err = exc.value
    assert err.path.endswith("art07.yaml") and err.line == 12  # the line of the misspelt key
    assert "capz" in str(err) and "caps" in err.hint


def test_a_quote_not_in_the_source_is_refused_at_its_line(policy_dir: Path) -> None:
    _edit(policy_dir / "clauses" / "art07.yaml", "给予最高不超过500万元资金支持。", "给予最高不超过600万元资金支持。")
    with pytest.raises(PolicyFileError) as exc:
        load_policy(policy_dir)
    assert exc.value.line == 6 and "逐字" in str(exc.value)  # the line of the quote


def test_an_undeclared_fact_is_refused(policy_dir: Path) -> None:
    _edit(policy_dir / "clauses" / "art07.yaml", "when: scenario_opened", "when: scenario_opend")
    with pytest.raises(PolicyFileError, match="未声明的事实「scenario_opend」"):
        load_policy(policy_dir)


def test_bad_yaml_names_the_line(policy_dir: Path) -> None:
    _edit(policy_dir / "policy.yaml", "amount_unit: 万元", "amount_unit: [万元")
    with pytest.raises(PolicyFileError, match="YAML 格式错误") as exc:
        load_policy(policy_dir)
    assert exc.value.line > 0


def _facts() -> dict[str, object]:
    return {"operates_in_chaoyang": True, "work_safety_accident": False, "serious_dishonesty": False,
            "smart_eldercare_field": True, "scenario_opened": True, "project_budget": "2000万元"}


def test_a_dated_cap_applies_from_its_date(policy_dir: Path) -> None:
    _edit(policy_dir / "clauses" / "art07.yaml", "- {limit: 500万元, scope: application}",
          "- {limit: {dated: {2026-01-01: 500万元, 2028-01-01: 300万元}}, scope: application}")
    policy = load_policy(policy_dir)
    for as_of, want in ((dt.date(2027, 12, 31), 500), (dt.date(2028, 1, 1), 300)):
        case = parse_case({"as_of": as_of, "effective_from": "2026-12-01", "facts": _facts(), "history": [],
                           "other_support": [], "bars": []}, policy)
        art7 = next(r for r in assess(policy, case).clauses if r.clause.id == "art7")
        assert art7.ceiling_fen == want * 1_000_000


def test_highest_per_project_ignores_other_projects_grants(policy_dir: Path) -> None:
    _edit(policy_dir / "policy.yaml", "scope: entity_year", "scope: project")
    policy = load_policy(policy_dir)
    history = [{"clause": "art6", "year": 2027, "amount": "200万元", "project": "P-OTHER"}]
    base = {"as_of": "2027-05-01", "effective_from": "2026-12-01", "facts": _facts(), "other_support": [],
            "bars": [], "history": history}
    other_project = assess(policy, parse_case({**base, "project": "P-NEW"}, policy))
    same_project = assess(policy, parse_case({**base, "project": "P-OTHER"}, policy))
    assert other_project.total_fen == 500_000_000
    assert same_project.total_fen == 300_000_000


# ---- issue 7: every figure, key and quote is checked; every error names file:line and what to write ----

ART07 = ("clauses", "art07.yaml")


def _refused(policy_dir: Path, *, file: str, line: int) -> PolicyFileError:
    with pytest.raises(PolicyFileError) as exc:
        load_policy(policy_dir)
    err = exc.value
    assert err.path.endswith(file), str(err)
    assert err.line == line, str(err)
    assert err.hint, str(err)  # every error says what to write instead
    return err


def test_a_negative_cap_is_refused_at_its_line(policy_dir: Path) -> None:
    _edit(policy_dir.joinpath(*ART07), "{limit: 500万元,", '{limit: "-500万元",')
    err = _refused(policy_dir, file="art07.yaml", line=13)
    assert "art7" in str(err)  # the clause is named


@pytest.mark.parametrize("figure", ["0万元", "0元"])
def test_a_zero_cap_or_amount_is_refused(policy_dir: Path, figure: str) -> None:
    _edit(policy_dir.joinpath(*ART07), "{limit: 500万元,", f"{{limit: {figure},")
    _refused(policy_dir, file="art07.yaml", line=13)


def test_caps_mis_indented_under_amount_is_refused(policy_dir: Path) -> None:
    _edit(policy_dir.joinpath(*ART07), "    caps:\n      - {limit", "      caps:\n      - {limit")
    err = _refused(policy_dir, file="art07.yaml", line=12)
    assert "caps" in str(err) and "amount" in err.hint


def test_an_unknown_key_beside_ratio_is_refused(policy_dir: Path) -> None:
    _edit(policy_dir.joinpath(*ART07), "      ratio: {rate: 50%, of: project_budget}",
          "      ratio: {rate: 50%, of: project_budget}\n      note: x")
    err = _refused(policy_dir, file="art07.yaml", line=12)
    assert "note" in str(err)


def test_an_unknown_key_inside_ratio_says_did_you_mean(policy_dir: Path) -> None:
    _edit(policy_dir.joinpath(*ART07), "{rate: 50%, of: project_budget}", "{rate: 50%, oof: project_budget}")
    err = _refused(policy_dir, file="art07.yaml", line=11)
    assert "oof" in str(err) and "「of」" in err.hint


@pytest.mark.parametrize("value", ['"false"', '"true"', "1", "0", "yes-please"])
def test_discretionary_must_be_true_or_false(policy_dir: Path, value: str) -> None:
    _edit(policy_dir.joinpath(*ART07), "discretionary: true", f"discretionary: {value}")
    err = _refused(policy_dir, file="art07.yaml", line=8)
    assert "true" in err.hint and "false" in err.hint


def test_the_validity_quote_is_checked_against_the_source(policy_dir: Path) -> None:
    _edit(policy_dir / "policy.yaml", "quote: 本办法自发布之日起施行，有效期3年。", "quote: 本办法自发布之日起施行，有效期5年。")
    err = _refused(policy_dir, file="policy.yaml", line=15)
    assert "逐字" in str(err)


def test_an_empty_string_in_a_quote_list_is_refused(policy_dir: Path) -> None:
    _edit(policy_dir.joinpath(*ART07), "    quote: 围绕智慧照护", '    quote:\n      - ""\n      - 围绕智慧照护')
    _refused(policy_dir, file="art07.yaml", line=7)


def test_a_quote_in_a_list_not_in_the_source_is_refused_at_its_own_line(policy_dir: Path) -> None:
    _edit(policy_dir.joinpath(*ART07), "    quote: 围绕智慧照护", "    quote:\n      - 不在原文中的一句话。\n      - 围绕智慧照护")
    _refused(policy_dir, file="art07.yaml", line=7)


def test_a_bare_number_amount_names_the_line_and_how_to_write_it(policy_dir: Path) -> None:
    _edit(policy_dir / "clauses" / "art04.yaml", "amount: 500万元", "amount: 100")
    err = _refused(policy_dir, file="art04.yaml", line=11)
    assert "万元" in err.hint


def test_a_rate_above_100_percent_is_refused_unless_the_text_says_so(policy_dir: Path) -> None:
    _edit(policy_dir.joinpath(*ART07), "{rate: 50%,", "{rate: 150%,")
    _refused(policy_dir, file="art07.yaml", line=11)


@pytest.mark.parametrize("rate", ["0%", "0"])
def test_a_zero_rate_is_refused(policy_dir: Path, rate: str) -> None:
    _edit(policy_dir.joinpath(*ART07), "{rate: 50%,", f"{{rate: {rate},")
    _refused(policy_dir, file="art07.yaml", line=11)


def test_overlapping_bands_are_refused(policy_dir: Path) -> None:
    _edit(policy_dir.joinpath(*ART07), "      ratio: {rate: 50%, of: project_budget}",
          "      bands:\n        of: project_budget\n        bands:\n"
          "          - {to: 100万元, value: 10万元}\n          - {from: 100万元, to: 300万元, value: 20万元}")
    _refused(policy_dir, file="art07.yaml", line=15)


def test_bands_out_of_order_are_refused(policy_dir: Path) -> None:
    _edit(policy_dir.joinpath(*ART07), "      ratio: {rate: 50%, of: project_budget}",
          "      bands:\n        of: project_budget\n        bands:\n"
          "          - {from: 300万元, to: 400万元, value: 20万元}\n          - {from: 100万元, to: 200万元, value: 10万元}")
    _refused(policy_dir, file="art07.yaml", line=15)


def test_ordered_bands_load(policy_dir: Path) -> None:
    _edit(policy_dir.joinpath(*ART07), "      ratio: {rate: 50%, of: project_budget}",
          "      bands:\n        of: project_budget\n        bands:\n"
          "          - {to: 100万元, value: 10万元}\n          - {from: 100.01万元, value: 20万元}")
    load_policy(policy_dir)


def test_a_yaml_alias_is_refused_with_its_line(policy_dir: Path) -> None:
    _edit(policy_dir.joinpath(*ART07), "when: scenario_opened", "when: &w scenario_opened")
    _edit(policy_dir.joinpath(*ART07), "schedule: {type: lump_sum}", "schedule: *w")
    err = _refused(policy_dir, file="art07.yaml", line=9)
    assert "锚点" in str(err) or "别名" in str(err)


@pytest.mark.parametrize("number", ["1" * 5000, "1.0e+999999999", ".inf", ".nan", "0x1F", "1:30"])
def test_huge_or_odd_numbers_are_refused_with_their_line(policy_dir: Path, number: str) -> None:
    _edit(policy_dir / "policy.yaml", "  years: 3", f"  years: {number}")
    _refused(policy_dir, file="policy.yaml", line=13)


def test_deep_nesting_is_refused_with_its_line(policy_dir: Path) -> None:
    _edit(policy_dir.joinpath(*ART07), "schedule: {type: lump_sum}", "schedule: " + "[" * 5000 + "]" * 5000)
    _refused(policy_dir, file="art07.yaml", line=14)


def test_a_non_utf8_file_names_the_line_of_the_bad_byte(policy_dir: Path) -> None:
    path = policy_dir.joinpath(*ART07)
    data = path.read_bytes().replace("场景开放".encode(), "场景开放".encode("gbk"))
    path.write_bytes(data)
    _refused(policy_dir, file="art07.yaml", line=5)


def test_a_non_utf8_source_names_the_line_of_the_bad_byte(policy_dir: Path) -> None:
    path = policy_dir / "source.txt"
    lines = path.read_bytes().split(b"\n")
    lines[2] = lines[2] + "中".encode("gbk")
    path.write_bytes(b"\n".join(lines))
    _refused(policy_dir, file="source.txt", line=3)


def test_a_control_character_names_its_line(policy_dir: Path) -> None:
    _edit(policy_dir.joinpath(*ART07), "title: 场景开放", "title: 场景\x07开放")
    _refused(policy_dir, file="art07.yaml", line=5)


def test_an_impossible_date_is_refused_with_its_line(policy_dir: Path) -> None:
    _edit(policy_dir / "policy.yaml", "effective_from: null", "effective_from: 2026-13-45")
    _refused(policy_dir, file="policy.yaml", line=10)


def test_an_unclosed_quote_names_the_line_where_it_opens(policy_dir: Path) -> None:
    _edit(policy_dir.joinpath(*ART07), "title: 场景开放（揭榜挂帅等）", 'title: "场景开放（揭榜挂帅等）')
    _refused(policy_dir, file="art07.yaml", line=5)


def test_a_text_field_must_be_text(policy_dir: Path) -> None:
    _edit(policy_dir / "policy.yaml", "short_title: 朝阳区智慧康养若干措施", "short_title: [朝阳区]")
    _refused(policy_dir, file="policy.yaml", line=5)


def test_category_values_must_be_a_list(policy_dir: Path) -> None:
    text = (policy_dir / "policy.yaml").read_text(encoding="utf-8")
    start = text.index("    values: [技能挑战赛")
    end = text.index("]", start) + 1
    (policy_dir / "policy.yaml").write_text(text[:start] + "    values: 技能挑战赛" + text[end:], encoding="utf-8")
    err = _refused(policy_dir, file="policy.yaml", line=115)
    assert "values" in str(err)


def test_a_duplicate_clause_id_names_the_second_clause(policy_dir: Path) -> None:
    _edit(policy_dir.joinpath(*ART07), "  - id: art7", "  - id: art6")
    _refused(policy_dir, file="art07.yaml", line=3)


def test_a_cap_sharing_an_unknown_clause_names_the_cap_line(policy_dir: Path) -> None:
    _edit(policy_dir.joinpath(*ART07), "{limit: 500万元, scope: application}",
          "{limit: 500万元, scope: application, clauses: [art99]}")
    _refused(policy_dir, file="art07.yaml", line=13)


def test_a_huge_figure_is_refused(policy_dir: Path) -> None:
    _edit(policy_dir.joinpath(*ART07), "{limit: 500万元,", "{limit: 99999999999999999999999999999999亿元,")
    _refused(policy_dir, file="art07.yaml", line=13)


def test_programme_years_must_be_a_positive_integer(policy_dir: Path) -> None:
    _edit(policy_dir / "clauses" / "art05.yaml", "programme: {years: 3,", "programme: {years: abc,")
    _refused(policy_dir, file="art05.yaml", line=15)


def test_a_case_expecting_a_grant_where_there_is_none_fails_without_a_crash(policy_dir: Path) -> None:
    from subsidy.rules.check import check_case

    case = policy_dir / "cases" / "c.yaml"
    case.parent.mkdir()
    case.write_text("policy: cn-bj-chaoyang-smart-eldercare\ndescription: 未给事实，期望落空\neffective_from: 2026-12-01\n"
                    "as_of: 2027-03-01\nfacts: {}\nexpect:\n  clauses:\n    art7: {granted: 100万元}\n", encoding="utf-8")
    outcome = check_case(load_policy(policy_dir), case)
    assert outcome.failures == ["art7: granted 期望 100万元，实际 未知"]


def test_a_case_without_a_description_fails_check(policy_dir: Path) -> None:
    from subsidy.rules.check import check_case

    case = policy_dir / "cases" / "c.yaml"
    case.parent.mkdir()
    body = ("policy: cn-bj-chaoyang-smart-eldercare\neffective_from: 2026-12-01\nas_of: 2027-03-01\n"
            "facts: {}\nexpect:\n  total: 0元\n")
    for description in ("", "description: ''\n", "description: '   '\n"):
        case.write_text(description + body, encoding="utf-8")
        outcome = check_case(load_policy(policy_dir), case)
        assert len(outcome.failures) == 1 and "案例没有 description" in outcome.failures[0]
    case.write_text("description: 未给事实，合计0元\n" + body, encoding="utf-8")
    assert check_case(load_policy(policy_dir), case).failures == []


def test_a_required_key_indented_under_its_neighbour_is_reported_there(policy_dir: Path) -> None:
    _edit(policy_dir.joinpath(*ART07), "    amount:\n      ratio:", "    amount_:\n      ratio:")
    _edit(policy_dir.joinpath(*ART07), "    when: scenario_opened\n",
          "    when:\n      all: [scenario_opened]\n      amount: 500万元\n")
    _edit(policy_dir.joinpath(*ART07), "    amount_:\n      ratio: {rate: 50%, of: project_budget}\n", "")
    err = _refused(policy_dir, file="art07.yaml", line=11)
    assert "缩进" in str(err) and "when" in err.hint


def test_a_missing_id_is_not_blamed_on_the_ids_of_provisions(policy_dir: Path) -> None:
    _edit(policy_dir / "policy.yaml", "id: cn-bj-chaoyang-smart-eldercare\n", "")
    err = _refused(policy_dir, file="policy.yaml", line=3)
    assert "缺少" in str(err)


def test_entity_years_with_years_left_empty_is_refused(policy_dir: Path) -> None:
    _edit(policy_dir / "clauses" / "art10.yaml", "scope: entity_years, years: 3,", "scope: entity_years, years: ~,")
    _refused(policy_dir, file="art10.yaml", line=12)


def test_brackets_nested_half_a_million_deep_are_refused_at_their_line(policy_dir: Path) -> None:
    _edit(policy_dir.joinpath(*ART07), "schedule: {type: lump_sum}", "schedule: " + "[" * 500_000)
    _refused(policy_dir, file="art07.yaml", line=14)


def test_a_cap_with_an_empty_max_grants_and_no_limit_is_refused(policy_dir: Path) -> None:
    _edit(policy_dir.joinpath(*ART07), "{limit: 500万元, scope: application}", "{max_grants: ~, scope: application}")
    _refused(policy_dir, file="art07.yaml", line=13)


@pytest.mark.parametrize(("bounds", "ok"), [("    max: -1\n", False), ("    min: 5\n    max: 4\n", False),
                                            ("    min: 2\n    max: 2\n", True), ("    max: 3\n", True)])
def test_a_fact_range_that_no_value_could_meet_is_refused_at_its_line(policy_dir: Path, bounds: str,
                                                                     ok: bool) -> None:
    """Found by bench/fuzz.py (policies, seed 2026): `max: -1` on a number fact loaded, so every value
    of it would have been refused."""
    _edit(policy_dir / "policy.yaml", "    type: integer\n    unit: 年\n", "    type: integer\n" + bounds + "    unit: 年\n")
    if ok:
        load_policy(policy_dir)
        return
    with pytest.raises(PolicyFileError, match="取值范围为空") as exc:
        load_policy(policy_dir)
    assert exc.value.line == 62 + bounds.count("\n")  # the line of max


@pytest.mark.parametrize(("bounds", "ok"), [("    max: 100000000\n", True), ("    max: 100000001\n", False),
                                            ("    min: -100000001\n", False), ("    max: 1000000000\n", False)])
def test_a_fact_range_beyond_what_the_engine_holds_is_refused(policy_dir: Path, bounds: str, ok: bool) -> None:
    """A declared min/max lies within ±model.NUMBER_LIMIT (a number's 10 decimals, scaled, still fit 64 bits)."""
    from subsidy.rules.model import NUMBER_LIMIT

    _edit(policy_dir / "policy.yaml", "    type: integer\n    unit: 年\n", "    type: integer\n" + bounds + "    unit: 年\n")
    if ok:
        policy = load_policy(policy_dir)
        assert policy.facts["programme_year"].range[1] == NUMBER_LIMIT
        return
    with pytest.raises(PolicyFileError, match="超出事实取值的界限"):
        load_policy(policy_dir)
