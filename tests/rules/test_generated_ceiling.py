"""最高可获 is generated from the rule, not written by hand (issue 13): ``describe_ceiling`` words the
formula under the amount caps, ``subsidy show`` and the 政策库 print it, and ``subsidy check`` refuses an
interpretation note that restates it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from subsidy.cli import main
from subsidy.rules.check import policy_problems
from subsidy.rules.describe import describe_ceiling
from subsidy.rules.parse import load_policy
from subsidy.rules.registry import find_policy, list_policy_dirs, load_cached

ROOT = Path(__file__).resolve().parents[2]
CHAOYANG = ROOT / "policies" / "cn-bj-chaoyang-smart-eldercare"


def test_the_line_is_the_formula_under_each_amount_cap() -> None:
    chaoyang = find_policy("cn-bj-chaoyang-smart-eldercare")
    baoan = find_policy("cn-sz-baoan-ai-health")
    assert describe_ceiling(chaoyang, chaoyang.clause("art8-1")) == "min(项目建设费用 × 50%, 500万元)"
    assert describe_ceiling(baoan, baoan.clause("art7-2-1")) == "min(项目总投资额 × 5%, 300万元 − 有效期内已获本条资助)"
    assert describe_ceiling(baoan, baoan.clause("art2")) == \
        "min(算力服务合同金额 × 20%, 100万元 − 本年度已获本条资助)"
    # a fixed amount capped at itself in one application says nothing more; set elsewhere: no line
    assert describe_ceiling(baoan, baoan.clause("art5-2-2b")) == "500万元"
    assert describe_ceiling(baoan, baoan.clause("art9")) is None


def test_a_shared_cap_is_a_term_of_every_clause_it_limits_named_by_cite() -> None:
    """A cap shared via ``clauses:`` is in each sharing clause's line, not only the one that declares it;
    the other clauses are named as people read them (their cite, with the title where cites repeat)."""
    every = load_policy(ROOT / "tests" / "rules" / "every_idiom")
    a, b = (describe_ceiling(every, every.clause(x)) or "" for x in ("rate-stack-a", "rate-stack-b"))
    assert a == "min(投入甲 × 30%, 投资额 × 40%（与第三十一条「可叠加的比例补贴（其二）」合计）)"
    assert b == ("min(投入乙 × 20%, 投资额 × 25% − 本年度已获本条资助, "
                 "投资额 × 40%（与第三十一条「可叠加的比例补贴（其一），叠加比例上限」合计）)")
    assert describe_ceiling(every, every.clause("min")) == "min(取较小者（租金，50万元）, 100万元 − 本年度已获本条及第六条资助)"
    assert all("rate-stack" not in x for x in (a, b))


def test_no_shipped_note_restates_it() -> None:
    """Every shipped policy, the every-idiom policy and the layered example: no note restates the formula."""
    dirs = [*list_policy_dirs(), ROOT / "tests" / "rules" / "every_idiom",
            *(ROOT / "tests" / "rules" / "layered").iterdir()]
    assert len(dirs) >= 7
    for policy in map(load_cached, dirs):
        assert [p for p in policy_problems(policy) if "复述了公式" in p] == [], policy.id


_PLACE = ("金额公式、上限和支付安排由规则生成（subsidy show 和政策库的「公式」「最高可获」「支付安排」），"
          "解读只写对原文有歧义之处的理解；删去这一条，或只留下对原文的理解")


def _with_note(tmp_path: Path, note: str) -> Path:
    copy = tmp_path / "p"
    shutil.copytree(CHAOYANG, copy)
    art = copy / "clauses" / "art07.yaml"
    text = art.read_text(encoding="utf-8")
    anchor = "      - “不超过”表示上限，核定金额可以更低。"
    assert anchor in text
    art.write_text(text.replace(anchor, anchor + "\n      - " + note), encoding="utf-8")
    return copy


def test_check_refuses_a_note_that_restates_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = _with_note(tmp_path, "最高可获 = min(项目预算 × 50%, 500万元)。")
    problems = policy_problems(load_policy(copy))
    assert problems == [f"第七条（art7）的解读复述了公式：「最高可获 = min(项目预算 × 50%, 500万元)。」：{_PLACE}"]
    with pytest.raises(SystemExit) as exc:
        main(["check", str(copy)])
    assert exc.value.code != 0
    assert "复述了公式" in capsys.readouterr().out


@pytest.mark.parametrize("note", [
    "基数为项目预算，金额 = min(项目预算 × 50%, 500万元)。",       # 金额 =
    "奖励 = 项目预算 × 50%。",                                     # 奖励 =
    "本措施支持 = max(0, 本措施金额 − 已获支持)。",                  # … = max(
    "超出额 = 项目预算 − 100万元；超出额 × 50% 即可获金额。",        # an equation whose right side is arithmetic
    "上限按 x = 项目预算 × 50% 计。",                                # = followed by arithmetic
    "min(项目预算 × 50%, 500万元)",                                   # the generated 最高可获 line itself
])
def test_check_refuses_any_restatement_of_the_formula(tmp_path: Path, note: str) -> None:
    problems = [p for p in policy_problems(load_policy(_with_note(tmp_path, note))) if "复述了公式" in p]
    assert problems == [f"第七条（art7）的解读复述了公式：「{note}」：{_PLACE}"]


def test_a_reading_of_the_text_is_kept(tmp_path: Path) -> None:
    """A note that records how ambiguous text is read (no formula, not the generated line) passes."""
    for note in ("文本未写“一次性”，按一次性支付处理。", "1万元 = 10000元（解读约定第1条）。", "“超出部分”读作超过1000万元的部分。"):
        assert [p for p in policy_problems(load_policy(_with_note(tmp_path / str(hash(note)), note)))
                if "复述了公式" in p] == []


def test_a_stacking_note_that_restates_the_difference_is_refused(tmp_path: Path) -> None:
    copy = tmp_path / "p"
    shutil.copytree(CHAOYANG, copy)
    path = copy / "policy.yaml"
    text = path.read_text(encoding="utf-8")
    anchor = "      - 差额在就高之后计算"
    assert anchor in text
    path.write_text(text.replace(anchor, "      - 支持金额 = max(0, 本措施金额 − 已获支持)。\n" + anchor), encoding="utf-8")
    problems = [p for p in policy_problems(load_policy(copy)) if "复述了公式" in p]
    assert problems == [f"差额（第三条）的解读复述了公式：「支持金额 = max(0, 本措施金额 − 已获支持)。」：{_PLACE}"]


def test_show_prints_the_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["show", "cn-bj-chaoyang-smart-eldercare/art8-1"])
    assert exc.value.code in (0, None)
    assert "最高可获：min(项目建设费用 × 50%, 500万元)" in capsys.readouterr().out
