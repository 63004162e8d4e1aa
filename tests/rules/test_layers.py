"""A policy layered on another (rules/layers.py): a district variant names its base, overrides figures of
named clauses with quotes of its own text, adds and removes clauses; it loads as a full policy, passes
``subsidy check`` on both paths, and ``show`` and the 政策库 say what is inherited and what overridden."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from tests.cli_support import run_cli

from subsidy.errors import PolicyFileError
from subsidy.rules.check import check_policy
from subsidy.rules.parse import load_policy
from subsidy.rules.registry import checkout_policies

VARIANT = Path(__file__).parent / "layered" / "cn-gz-example-district-meal-aid"
BASE_ID = "cn-gz-elderly-meal-aid"


def test_the_variant_loads_as_a_full_policy_over_its_base() -> None:
    p = load_policy(VARIANT)
    base = load_policy(Path(str(checkout_policies())) / BASE_ID)
    assert p.id == "cn-gz-example-district-meal-aid" and p.layer is not None and p.layer.base_id == BASE_ID
    assert [c.id for c in p.clauses] == ["art26", "art27", "d4-aged"]  # art28 removed, d4 added at the end
    assert [p.layer.standing(c.id) for c in p.clauses] == ["overridden", "inherited", "added"]
    art26, art27 = p.clause("art26"), p.clause("art27")
    assert art26.quotes == ("就餐补贴标准提高为每人每次就餐费用的三分之一，最高不超过5元。",)  # the district's own text
    assert art26.quotes[0] in p.source_text and art26.quotes[0] not in base.source_text
    assert art27 == base.clause("art27")  # inherited as it is, quoting the base's text
    assert p.facts == base.facts and p.effective_from.isoformat() == "2025-01-01" and p.validity_years == 4
    assert p.applicants == base.applicants  # not written by the variant: inherited
    o = p.layer.override("art26")
    assert o is not None and o.figures == (("1/4", "1/3"), ("3元", "5元")) and o.keys == ("interpretation",)
    assert "art28" not in {x.id for x in p.provisions} | {c.id for c in p.clauses}
    assert p.version != base.version


def test_the_variant_passes_check_on_both_paths() -> None:
    done = check_policy(load_policy(VARIANT))
    assert done.ok, (done.problems, [o.failures for o in done.cases if not o.ok])
    assert len(done.cases) >= 4


def test_show_says_what_is_inherited_and_overridden(capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUBSIDY_POLICIES", str(VARIANT.parent))
    code, out = run_cli(capsys, "show", VARIANT.name)
    assert code == 0
    assert "基础政策：《广州市老年人助餐配餐服务管理办法》（cn-gz-elderly-meal-aid）" in out
    assert "来源：覆盖基础政策 第二十六条（「1/4」改为「1/3」；「3元」改为「5元」；重写解读）" in out.replace("\n", "")
    assert "来源：沿用基础政策" in out and "来源：本政策新增" in out
    code, out = run_cli(capsys, "show", VARIANT.name, "--json")
    doc = json.loads(out)
    assert doc["base"]["id"] == BASE_ID and doc["base"]["inherited"] == ["art27"] and doc["base"]["added"] == ["d4-aged"]
    assert doc["base"]["overridden"][0]["figures"] == [{"base": "1/4", "own": "1/3"}, {"base": "3元", "own": "5元"}]
    by_id = {c["id"]: c for c in doc["clauses"]}
    assert by_id["art26"]["layer"] == "overridden" and "四分之一" in by_id["art26"]["base_quote"][0]
    assert by_id["art26"]["ceiling"] is None or "5元" in by_id["art26"]["formula"]
    monkeypatch.delenv("SUBSIDY_POLICIES")
    code, out = run_cli(capsys, "show", BASE_ID, "--json")
    assert json.loads(out)["base"] is None


def test_the_library_page_names_the_base(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from subsidy.web.app import create_app

    root = tmp_path / "policies"
    shutil.copytree(VARIANT, root / VARIANT.name)
    shutil.copytree(Path(str(checkout_policies())) / BASE_ID, root / BASE_ID)
    monkeypatch.setenv("SUBSIDY_POLICIES", str(root))
    with TestClient(create_app(f"sqlite:///{tmp_path / 'web.sqlite3'}")) as client:
        page = client.get(f"/library/{VARIANT.name}").text
    assert f'<a href="/library/{BASE_ID}">《广州市老年人助餐配餐服务管理办法》</a>为基础' in page
    assert "覆盖：第二十六条（「1/4」改为「1/3」；「3元」改为「5元」；重写解读）" in page
    assert "不适用（基础政策的）：第二十八条 运营补贴" in page and "art28" not in page
    assert page.count("沿用基础政策《广州市老年人助餐配餐服务管理办法》") == 1  # art27's panel


# ---- what is refused, at its line ----------------------------------------------------------------


@pytest.fixture
def variant(tmp_path: Path) -> Path:
    out = tmp_path / VARIANT.name
    shutil.copytree(VARIANT, out)
    return out


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.mark.parametrize(("file", "old", "new", "words"), [
    ("policy.yaml", "base: cn-gz-elderly-meal-aid", "base: cn-gz-elderly-meal-aide", "找不到基础政策"),
    ("policy.yaml", "remove: [art28,", "remove: [art29,", "不是基础政策"),
    ("clauses/d2.yaml", "  - clause: art26", "  - clause: art28", "已在 policy.yaml 的 remove 中删去"),
    ("policy.yaml", "effective_from: 2025-01-01\n", "effective_from: 2025-01-01\nfacts:\n  care_level: {type: integer, label: 等级}\n",
     "已由基础政策定义"),
    ("clauses/d2.yaml", "  - clause: art26", "  - clause: art62", "没有条款「art62」"),
    ("clauses/d2.yaml", "{1/4: 1/3, 3元: 5元}", "{1/4: 1/3, 4元: 5元}", "没有写作「4元」的数额"),
    ("clauses/d2.yaml", "{1/4: 1/3, 3元: 5元}", "{1/4: 1/3, 3元: 6元}", "新数额「6元」不在本覆盖项的引文中"),
    ("clauses/d2.yaml", "quote: 就餐补贴标准提高为每人每次就餐费用的三分之一，最高不超过5元。",
     "quote: 补贴标准为每人每次就餐费用的四分之一，最高不超过3元。", "引文没有逐字出现在原文中"),
    ("clauses/d2.yaml", "    figures: {1/4: 1/3, 3元: 5元}\n    interpretation:\n      - 每一餐单独计算：该餐就餐费用的三分之一，"
     "四舍五入到分，超过5元的按5元；本月各餐相加（9.9元的一餐补贴 3.30元）。\n      - 其余照市级第二十六条：只计午餐和晚餐，"
     "只计施行之日以后、就餐当天已满60周岁的就餐，补贴在就餐时直接抵扣。\n", "", "覆盖项没有改动任何内容"),
    ("clauses/d4.yaml", "  - id: d4-aged", "  - id: art27", "重复"),
])
def test_a_wrong_variant_is_refused_at_its_line(variant: Path, file: str, old: str, new: str, words: str) -> None:
    _edit(variant / file, old, new)
    with pytest.raises(PolicyFileError) as err:
        load_policy(variant)
    assert words in str(err.value)
    assert err.value.line > 0 and Path(err.value.path).name == Path(file).name


def test_a_replaced_key_beside_figures(variant: Path) -> None:
    """A key written in the override replaces the base's whole key (here the amount, 每餐定额4元)."""
    _edit(variant / "source.txt", "最高不超过5元。", "最高不超过5元。试行期间每餐定额4元。")
    _edit(variant / "clauses" / "d2.yaml", "    figures: {1/4: 1/3, 3元: 5元}\n",
          "    quote: [就餐补贴标准提高为每人每次就餐费用的三分之一，最高不超过5元。, 试行期间每餐定额4元。]\n"
          "    amount: {each: {of: meals, when: {fact: meal, in: [午餐, 晚餐]}, amount: 4元}}\n")
    _edit(variant / "clauses" / "d2.yaml", "    quote: 就餐补贴标准提高为每人每次就餐费用的三分之一，最高不超过5元。\n", "")
    p = load_policy(variant)
    o = p.layer.override("art26") if p.layer else None
    assert o is not None and o.keys == ("amount", "interpretation") and o.figures == ()
    assert len(p.clause("art26").quotes) == 2


def test_a_change_to_the_base_reaches_the_variant_through_the_cache(tmp_path: Path) -> None:
    import os

    from subsidy.rules.registry import base_directory, load_cached

    variant = tmp_path / VARIANT.name
    shutil.copytree(VARIANT, variant)
    base = tmp_path / BASE_ID  # a sibling: found before the library's
    shutil.copytree(Path(str(checkout_policies())) / BASE_ID, base)
    assert base_directory(variant) == base.resolve() and base_directory(base) is None
    before = load_cached(variant)
    art27 = base / "clauses" / "art27.yaml"
    _edit(art27, "{from: 3, to: 5, value: 4元}", "{from: 3, to: 5, value: 6元}")
    later = art27.stat().st_mtime + 10
    os.utime(art27, (later, later))
    after = load_cached(variant)
    assert after is not before and after.clause("art27") != before.clause("art27")
    assert after.version != before.version


def test_a_variant_may_write_its_own_stacking(variant: Path) -> None:
    """A variant's ``stacking`` replaces the base's 就高 rules (Policy.highests), as any other top key."""
    _edit(variant / "source.txt", "最高不超过5元。", "最高不超过5元。同时符合本标准多项补贴的，按就高原则支持。")
    _edit(variant / "policy.yaml", "remove: [art28,", "stacking:\n  highest:\n    scope: entity_year\n    cite: 第二条\n"
          "    quote: 同时符合本标准多项补贴的，按就高原则支持。\nremove: [art28,")
    p = load_policy(variant)
    assert len(p.highests) == 1 and p.highest_over_all and p.highests[0].cite == "第二条"
