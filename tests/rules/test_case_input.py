"""Case files and facts are read by their declared domain: every bad input is a clean refusal (exit 2,
the field, the line where known, what to write instead), never a traceback, a hang or a silent misreading.

One test per defect found by fuzzing ``subsidy assess`` (issue 7); each failed before its fix.
"""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from subsidy.cli import main
from subsidy.errors import CaseInputError
from subsidy.rules.case import load_case_file, parse_case, parse_fact
from subsidy.rules.evaluate import assess
from subsidy.rules.registry import find_policy
from subsidy.services.facts import normalise_policy_facts

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "chaoyang-eldercare-platform.yaml"
CHAOYANG = find_policy("cn-bj-chaoyang-smart-eldercare")
BAOAN = find_policy("cn-sz-baoan-ai-health")
TIANHE = find_policy("cn-gz-tianhe-hk-macao-youth")

_CAP: pytest.CaptureFixture[str]


@pytest.fixture(autouse=True)
def _capture(capsys: pytest.CaptureFixture[str]) -> None:
    global _CAP
    _CAP = capsys


def run(*args: str) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exc:
        main(list(args))
    captured = _CAP.readouterr()
    return int(exc.value.code or 0), captured.out + captured.err


def example(tmp_path: Path, old: str, new: str, name: str = "case.yaml") -> Path:
    text = EXAMPLE.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / name
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def refused(path: Path, *expected: str) -> str:
    """The CLI refuses ``path`` with exit 2 and a message containing every ``expected`` text."""
    code, output = run("assess", str(path), "--json")
    assert code == 2, output
    assert "Traceback" not in output
    flat = "".join(output.split())  # the message wraps at the terminal's width wherever a long path puts it
    for text in expected:
        assert "".join(text.split()) in flat, output
    return output


def total(path: Path) -> str:
    code, output = run("assess", str(path), "--json")
    assert code == 0, output
    return str(json.loads(output)["stacked"]["total"])


# ---- silently wrong before: now refused or read as written ------------------------------------

def test_a_negative_history_amount_is_refused_not_a_lifted_cap(tmp_path: Path) -> None:
    path = example(tmp_path, "amount: 420万元", "amount: -1000万元")
    refused(path, "history[0].amount", "第 19 行", "不能为负数")


def test_a_negative_other_support_amount_is_refused_not_a_cancelled_deduction(tmp_path: Path) -> None:
    path = example(tmp_path, "amount: 80万元", "amount: -80万元")
    refused(path, "other_support[0].amount", "第 21 行", "不能为负数")


@pytest.mark.parametrize("key", ["same_matter", "one_matter_decision"])
def test_the_text_false_reads_as_false_not_true(tmp_path: Path, key: str) -> None:
    path = example(tmp_path, "same_matter: false", f"same_matter: false, {key}: \"false\"".replace(
        "same_matter: false, same_matter:", "same_matter:"))
    case = parse_case(load_case_file(path), CHAOYANG)
    assert case.other_support is not None
    assert getattr(case.other_support[0], key) is False
    assert total(path) == "4200000.00"  # 80万元 deducted (差额): not the same matter


@pytest.mark.parametrize("value", ["\"no\"", "\"0\"", "1", "\"yes\"", "[]", "\"False!\""])
def test_a_boolean_is_true_false_or_shi_fou_nothing_else(tmp_path: Path, value: str) -> None:
    path = example(tmp_path, "same_matter: false", f"same_matter: {value}")
    refused(path, "other_support[0].same_matter", "true 或 false")


@pytest.mark.parametrize(("value", "problem"), [("true", "不是年份"), ("2026.9", "不是年份"), ("1", "1990"),
                                                ("99999", "2100"), ("\"2026.0\"", "不是年份")])
def test_a_year_is_an_integer_in_range(tmp_path: Path, value: str, problem: str) -> None:
    path = tmp_path / "case.yaml"
    path.write_text(EXAMPLE.read_text(encoding="utf-8").replace("as_of: 2027-04-15", f"as_of: 2027-04-15\nyear: {value}"),
                    encoding="utf-8")
    refused(path, "「year」", problem)


def test_a_history_year_that_is_a_float_is_refused(tmp_path: Path) -> None:
    refused(example(tmp_path, "year: 2026, amount: 420万元", "year: 2026.9, amount: 420万元"), "history[0].year")


@pytest.mark.parametrize("raw", ["-0.5", "-1", "1e999999999", "NaN", "Infinity", "1.5"])
def test_a_number_fact_stays_in_its_declared_range(raw: str) -> None:
    share = TIANHE.facts["youth_employee_share"]
    with pytest.raises(CaseInputError, match="youth_employee_share"):
        parse_fact(share, raw, "facts.youth_employee_share")


@pytest.mark.parametrize("value", ["1e999999999", "1.0e+999999999", "\"1e999999999\"", "1e-999999999"])
def test_a_huge_exponent_is_refused_not_expanded(tmp_path: Path, value: str) -> None:
    case = tmp_path / "c.yaml"
    case.write_text(f"policy: cn-gz-tianhe-hk-macao-youth\nas_of: 2025-06-01\nfacts:\n  youth_equity_share: {value}\n",
                    encoding="utf-8")
    refused(case, "第 4 行")


def test_a_negative_number_fact_is_not_a_negative_ceiling(tmp_path: Path) -> None:
    case = tmp_path / "c.yaml"
    case.write_text("policy: cn-gz-tianhe-hk-macao-youth\nas_of: 2025-06-01\nfacts:\n  youth_employee_share: -0.5\n",
                    encoding="utf-8")
    refused(case, "facts.youth_employee_share", "不能小于 0")


@pytest.mark.parametrize("raw", [-1, "-1"])
def test_an_integer_fact_is_not_negative(raw: object) -> None:
    with pytest.raises(CaseInputError, match="不能小于 0"):
        parse_fact(CHAOYANG.facts["programme_year"], raw, "facts.programme_year")


@pytest.mark.parametrize("value", ["3000000", "\"3000000\"", "3000000.0", "3e6"])
def test_a_bare_number_for_money_is_refused_showing_both_spellings(tmp_path: Path, value: str) -> None:
    case = tmp_path / "c.yaml"
    case.write_text("policy: cn-sz-baoan-ai-health\nas_of: 2025-06-01\neffective_from: 2025-01-01\n"
                    f"facts:\n  compute_contract_amount: {value}\n", encoding="utf-8")
    output = refused(case, "facts.compute_contract_amount", "第 5 行", "缺少单位")
    if value != "3e6":
        assert "3000000元 或 300万元" in output


def test_a_bare_number_given_as_a_fact_option_is_refused() -> None:
    with pytest.raises(CaseInputError, match="3000000元 或 300万元") as exc:
        normalise_policy_facts({"project_budget": "3000000"}, CHAOYANG)
    assert exc.value.field == "facts.project_budget"


@pytest.mark.parametrize(("raw", "fen"), [("300万元", 300_000_000), ("3000000元", 300_000_000), ("300万", 300_000_000),
                                          ("1.5亿", 15_000_000_000), (" 12.34元 ", 1234)])
def test_money_with_its_unit_is_read(raw: str, fen: int) -> None:
    assert parse_fact(CHAOYANG.facts["project_budget"], raw, "facts.project_budget") == fen


@pytest.mark.parametrize("raw", ["10000000000000元", "1.5万亿元", "100000001万元", "0.001元", "3,000,000元",
                                 "３００万元", "-5元", "9" * 5000 + "元", "1e5元", "NaN元"])
def test_money_out_of_domain_is_refused(raw: str) -> None:
    with pytest.raises(CaseInputError, match=r"facts\.project_budget"):
        parse_fact(CHAOYANG.facts["project_budget"], raw, "facts.project_budget")


def test_the_maximum_amount_is_accepted() -> None:
    assert parse_fact(CHAOYANG.facts["project_budget"], "1000000000000元", "f") == 10**14
    assert parse_fact(CHAOYANG.facts["project_budget"], "1亿元", "f") == 10**10


# ---- tracebacks before: now a clean refusal ------------------------------------------------

@pytest.mark.parametrize(("old", "new", "expected"), [
    ("as_of: 2027-04-15", "as_of: 2027-02-29", "2027-02-29"),
    ("as_of: 2027-04-15", "as_of: 2027-04-15 10:30:00", "as_of"),
    ("as_of: 2027-04-15", "as_of: \"2027-02-29\"", "as_of"),
    ("bars: []", "bars: [{until: 2027-13-01, reason: x}]", "第 22 行"),
    ("bars: []", "bars: [{until: 2028-01-01 08:00:00, reason: x}]", "bars[0].until"),
    ("programme_year: 2", "programme_year: .inf", "第 13 行"),
    ("programme_year: 2", "programme_year: .nan", "第 13 行"),
    ("programme_year: 2", "programme_year: \"Infinity\"", "facts.programme_year"),
    ("programme_year: 2", "programme_year: 1e5000", "facts.programme_year"),
    ("programme_year: 2", "programme_year: 1e999999999", "facts.programme_year"),
    ("programme_year: 2", "programme_year: " + "9" * 5000, "第 13 行"),
    ("programme_year: 2", "programme_year: !!int abc", "第 13 行"),
    ("programme_year: 2", "programme_year: !!float abc", "第 13 行"),
    ("programme_year: 2", "programme_year: !!bool abc", "第 13 行"),
    ("programme_year: 2", "programme_year: !!timestamp abc", "第 13 行"),
    ("programme_year: 2", "programme_year: 1:30", "facts.programme_year"),
    ("programme_year: 2", "programme_year: 0x10", "facts.programme_year"),
    ("programme_year: 2", "programme_year: 1_000", "facts.programme_year"),
    ("programme_year: 2", "programme_year: yes", "facts.programme_year"),
    ("year: 2026, amount", "year: 1e999999999, amount", "history[0].year"),
    ("project: P-2027-01", "project: [1, 2]", "「project」"),
    ("name: 朝阳区", "name: {a: 1}\ndescription: 朝阳区", "「name」"),
    ("bars: []", "bars: [{until: 2028-01-01}, 5]", "bars"),
    ("bars: []", "bars: [{until: 2028-01-01, reason: x, form: 2027-01-01}]", "bars[0].form"),
    ("bars: []", "bars: {}", "bars"),
    ("bars: []", "bars: []\nexpect: 5", "expect"),
    ("facts:", "facts: 5\nx:", "facts"),
    ("amount: 80万元", "amount: 80万元, programme: [1]", "重复"),
    ("programme: 朝阳区促进数字经济发展若干措施", "programme: [1]", "other_support[0].programme"),
    ("level: district", "level: {a: b}", "other_support[0].level"),
    ("zone" if False else "same_matter: false", "same_matter: false, zone: [x]", "other_support[0].zone"),
    ("clause: art5-1", "clause: art99", "art99"),
    ("clause: art5-1", "clause: [art5-1]", "history[0].clause"),
    ("platform_type: 场景验证与应用平台", "platform_type: [场景验证与应用平台]", "facts.platform_type"),
    ("platform_type: 场景验证与应用平台", "platform_type: \"[/bold]\"", "[/bold]"),
])
def test_malformed_values_are_refused_cleanly(tmp_path: Path, old: str, new: str, expected: str) -> None:
    refused(example(tmp_path, old, new), expected)


@pytest.mark.parametrize("text", [
    "a: &x [1]\nb: *x\n",
    "x: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
    "y: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nz: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nw: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
    "v: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nu: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\nt: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"
    "s: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n? *h\n: 1\n",
])
def test_yaml_aliases_are_refused_so_no_bomb_can_expand(tmp_path: Path, text: str) -> None:
    path = tmp_path / "bomb.yaml"
    path.write_text(text, encoding="utf-8")
    refused(path, "锚点")


@pytest.mark.parametrize("text", ["a: " + "[" * 100_000, "a: " + "[" * 50 + "]" * 50, "a:\n" + "".join(
    " " * i + "- \n" for i in range(1, 200))])
def test_deep_nesting_is_refused(tmp_path: Path, text: str) -> None:
    path = tmp_path / "deep.yaml"
    path.write_text(text, encoding="utf-8")
    refused(path, "deep.yaml")


def test_deep_json_nesting_is_refused(tmp_path: Path) -> None:
    for depth in (30_000, 100):
        path = tmp_path / "deep.json"
        path.write_text("{\"facts\": " + "[" * depth + "]" * depth + "}", encoding="utf-8")
        refused(path, "嵌套")


def test_a_gbk_file_gets_a_message_about_its_encoding(tmp_path: Path) -> None:
    path = tmp_path / "gbk.yaml"
    path.write_bytes(EXAMPLE.read_text(encoding="utf-8").encode("gbk"))
    refused(path, "不是 UTF-8 编码", "字节", "另存为 UTF-8")


@pytest.mark.parametrize("junk", ["\x00", "\x07", "\x1b[31m", "\ufffe"])
def test_control_characters_in_yaml_are_refused(tmp_path: Path, junk: str) -> None:
    refused(example(tmp_path, "name: 朝阳区", f"name: 朝阳区{junk}"), "case.yaml")


@pytest.mark.parametrize("junk", ["\\u0000", "\\u001b[2J", "\\ud800"])
def test_control_characters_and_lone_surrogates_in_json_are_refused(tmp_path: Path, junk: str) -> None:
    path = tmp_path / "c.json"
    path.write_text('{"policy": "cn-bj-chaoyang-smart-eldercare", "as_of": "2027-01-05", '
                    f'"effective_from": "2026-12-01", "name": "x{junk}", "facts": {{}}}}', encoding="utf-8")
    refused(path, "name")


@pytest.mark.parametrize(("body", "expected"), [
    ('"facts": {"programme_year": Infinity}', "Infinity"),
    ('"facts": {"programme_year": NaN}', "NaN"),
    ('"facts": {"programme_year": 1e5000}', "facts.programme_year"),
    ('"facts": {"programme_year": ' + "9" * 5000 + "}", "数字过长"),
    ('"facts": {"programme_year": 2.0}', "facts.programme_year"),
    ('"facts": {}, "facts": {}', "重复"),
    ('"facts": {"project_budget": 3000000}', "3000000元 或 300万元"),
    ('"facts": {}, "year": 2027.0', "year"),
    ('"facts": {}, "bars": [{"until": "2028-01-01T00:00:00", "reason": "x"}]', "bars[0].until"),
])
def test_json_case_files_are_read_by_the_same_domains(tmp_path: Path, body: str, expected: str) -> None:
    path = tmp_path / "c.json"
    path.write_text('{"policy": "cn-bj-chaoyang-smart-eldercare", "as_of": "2027-01-05", '
                    f'"effective_from": "2026-12-01", {body}}}', encoding="utf-8")
    refused(path, expected)


@pytest.mark.parametrize("key", ["x" * 300, "../../etc", "/dev", "a b"])
def test_a_case_names_its_policy_by_id(tmp_path: Path, key: str) -> None:
    path = tmp_path / "c.json"
    path.write_text(json.dumps({"policy": key, "as_of": "2027-01-05", "facts": {}}), encoding="utf-8")
    refused(path, "不是政策编号")
    code, output = run("assess", str(path), "--policy", key)  # an option may be a path; a bad one is not found
    assert code == 2 and "Traceback" not in output


def test_text_from_the_case_is_printed_as_text_not_markup(tmp_path: Path) -> None:
    path = example(tmp_path, "bars: []", 'bars: [{until: 2028-12-31, reason: "[/x] [bold]违规"}]')
    code, output = run("assess", str(path))
    assert code == 0 and "[/x] [bold]违规" in output


def test_a_directory_is_not_a_case_file(tmp_path: Path) -> None:
    refused(tmp_path, "目录")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_dev_zero_is_not_read_forever() -> None:
    refused(Path("/dev/zero"), "不是普通文件")


def test_a_huge_file_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    with path.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    refused(path, "KB")


def test_a_missing_file(tmp_path: Path) -> None:
    refused(tmp_path / "nope.yaml", "文件不存在")


def test_a_non_mapping_case_file(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("- 1\n- 2\n", encoding="utf-8")
    refused(path, "键值映射")


# ---- good input keeps working --------------------------------------------------------------

@pytest.mark.parametrize(("written", "read"), [("010", 10), ("2", 2), ("\"3\"", 3)])
def test_integers_are_decimal_as_written(tmp_path: Path, written: str, read: int) -> None:
    data = load_case_file(example(tmp_path, "programme_year: 2", f"programme_year: {written}"))
    assert parse_case(data, CHAOYANG).facts["programme_year"] == read


def test_yes_and_on_are_text_not_booleans_in_a_case_file(tmp_path: Path) -> None:
    data = load_case_file(example(tmp_path, "scenario_opened: true", "scenario_opened: yes"))
    assert data["facts"]["scenario_opened"] == "yes"
    with pytest.raises(CaseInputError, match="true 或 false"):
        parse_case(data, CHAOYANG)


def test_the_example_still_assesses() -> None:
    assert total(EXAMPLE) == "4200000.00"


def test_stored_case_input_from_the_database_still_parses() -> None:
    """Applications store their case in this form (services/applications.py): strings for dates, money with units."""
    data: dict[str, Any] = {
        "name": "application-1", "policy": CHAOYANG.id, "as_of": "2027-04-15", "year": 2027,
        "effective_from": "2026-12-01", "project": None,
        "facts": {"operates_in_chaoyang": True, "project_budget": "780万元", "programme_year": 2},
        "history": [{"clause": "art5-1", "year": 2026, "amount": "4200000元", "project": None}],
        "other_support": [{"programme": "x", "level": "district", "year": 2027, "amount": "800000元",
                           "same_matter": False, "one_matter_decision": False, "zone": None}],
        "bars": [{"from": "2026-01-01", "until": "2026-06-30", "reason": "取消申报资格"}]}
    case = parse_case(data, CHAOYANG)
    assert case.facts["project_budget"] == 780 * 10**6 and case.history and case.history[0].fen == 420 * 10**6
    assess(CHAOYANG, case)


def test_number_facts_as_text_and_decimals() -> None:
    share = TIANHE.facts["youth_equity_share"]
    assert parse_fact(share, "0.25", "f") == Fraction(1, 4)
    assert parse_fact(share, Decimal("0.60"), "f") == Fraction(3, 5)
    assert parse_fact(share, 1, "f") == 1


def test_yaml_load_keeps_line_numbers_for_the_policy_files(tmp_path: Path) -> None:
    data = load_case_file(EXAMPLE)
    assert data["facts"]["project_budget"] == "780万元"
    assert sys.getrecursionlimit() >= 1000


@pytest.mark.parametrize("text", ["a: &x 1\nb: *x\n", "a: &x 1\n", "a: " + "[" * 40 + "]" * 40, "a: 2027-02-29\n",
                                  "a: !!float abc\n", "a: .inf\n", "a: " + "9" * 40 + "\n", "a: \x07\n"])
@pytest.mark.parametrize("parser", ["libyaml", "python"])
def test_both_yaml_parsers_refuse_the_same_hostile_input(monkeypatch: pytest.MonkeyPatch, text: str, parser: str) -> None:
    from subsidy.errors import PolicyFileError
    from subsidy.rules import yamlparse, yamlsource

    if parser == "python":
        monkeypatch.setattr(yamlparse, "_FAST", {})
    for load in (yamlsource.load_case_yaml, yamlsource.load_yaml_text):
        with pytest.raises(PolicyFileError) as exc:
            load(text, "x.yaml")
        assert exc.value.line >= 1


@pytest.mark.parametrize(("old", "new"), [
    ("granted: 300万元", "granted: [300万元]"), ("art7: {", "art7: 5\n    art_y: {"), ("granted: [art7]", "granted: art7"),
    ("granted: [art7]", "granted: [1, art7]"), ("schedule: [300万元]", "schedule: 300万元"), ("  clauses:", "  pending: 5\n  clauses:"),
])
def test_a_malformed_expectation_fails_the_check_cleanly(tmp_path: Path, old: str, new: str) -> None:
    import shutil

    target = tmp_path / "p"
    shutil.copytree(ROOT / "policies" / "cn-bj-chaoyang-smart-eldercare", target)
    case = target / "cases" / "art07-below-cap.yaml"
    text = case.read_text(encoding="utf-8")
    assert old in text, text
    case.write_text(text.replace(old, new, 1), encoding="utf-8")
    code, output = run("check", str(target))
    assert code == 1 and "Traceback" not in output and "失败 1" in output


def test_facts_and_expect_of_the_wrong_type_are_refused_even_when_empty(tmp_path: Path) -> None:
    for old, new in (("facts:", "facts: []\nx:"), ("bars: []", "bars: []\nexpect: []")):
        refused(example(tmp_path, old, new), old.rstrip(":").split(":")[0] if old == "facts:" else "expect")
