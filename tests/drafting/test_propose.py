"""The relation of each figure is read from the words around it (a cap is never read as a floor), and
the idioms of docs/drafting.md become the forms of the policy format."""

from __future__ import annotations

from fractions import Fraction

from subsidy.drafting.propose import propose


def test_caps_are_ceilings_with_their_scope() -> None:
    [p] = propose("对于获得立项支持的项目，按照已到账资金的50%，一次性给予最高不超过200万元。")
    assert p.form == "ratio" and p.rate is not None and p.rate.rate == Fraction(1, 2)
    assert p.base_label == "已到账资金"
    assert [(c.value, c.scope) for c in p.caps] == [("200万元", "application")]
    [p] = propose("按照不超过服务合同金额的20%给予支持，单个主体年度补贴金额最高100万元。")
    assert p.discretionary and [(c.value, c.scope) for c in p.caps] == [("100万元", "entity_year")]
    [p] = propose("可连续三年给予企业资金支持，三年总计不超过3000万元。")
    assert p.fixed is not None and p.fixed.relation == "cap" and p.programme_years == 3
    assert [(c.value, c.scope, c.years) for c in p.caps] == [("3000万元", "entity_years", 3)]


def test_tables_per_unit_and_tranches() -> None:
    [p] = propose("对首次获得3A、4A、5A等级评价的机构，分别给予10万元、30万元、50万元奖励。")
    assert p.form == "table" and [(n, f.value) for n, f in p.table] == [("3A等级评价", "10万元"), ("4A等级评价", "30万元"),
                                                                       ("5A等级评价", "50万元")]
    [p] = propose("对新举办二级、三级综合医院分别给予800万元、2000万元的资助，按50%、30%、20%的比例分三年发放。")
    assert p.schedule == {"type": "tranches", "shares": ["50%", "30%", "20%"]}
    [p] = propose("给予每人每月3000元实习补贴，补贴期限不超过6个月。")
    assert p.form == "per_unit" and p.count_label == "月数" and p.count_limit == 6
    [p] = propose("支持资金由金融机构申请兑付，按照不超过实际保费50%，给予最高不超过200万元资金支持。")
    assert p.payee == "financial_institution"


def test_floors_bands_and_years() -> None:
    [p] = propose("固定资产投资1000万元及以上且亩均投资强度不低于200万元的，按固定资产投资的5%—20%给予企业奖励。")
    assert [(label, f.value, op) for label, f, op in p.floors] == [("固定资产投资", "1000万元", "at_least"),
                                                                   ("亩均投资强度", "200万元", "at_least")]
    assert p.rate is not None and p.rate.value == "20%" and any("区间" in n for n in p.notes)
    [p] = propose("投资1000万元及以上至5000万元、5000万元以上至1亿元、1亿元以上的，参照其年度地方财政贡献的70%、80%和90%给予企业奖励。")
    assert [(lo, hi, f.value) for lo, hi, f in p.rate_bands] == [
        (10**9, 5 * 10**9, "70%"), (5 * 10**9 + 1, 10**10, "80%"), (10**10 + 1, None, "90%")]
    [p] = propose("连续5年奖励，即：前2年给予企业地方财政贡献80%的奖励，后3年给予企业地方财政贡献50%的奖励，每年最高奖励不超过5000万元。")
    assert [(lo, hi, f.value) for lo, hi, f in p.rate_bands] == [(1, 2, "80%"), (3, 5, "50%")] and p.programme_years == 5


def test_what_cannot_be_read_is_manual() -> None:
    [p] = propose("对A类企业按投资额的10%给予奖励，对B类企业按投资额的20%给予奖励。")
    assert p.manual and p.notes
    assert all(not q.manual for q in propose("年销售额在1亿元及以上的，单品种奖励企业200万元"))


def test_a_negative_figure_is_a_decrease_not_a_rate_of_support() -> None:
    # "-50%" is a fall (增长率为-50%), never a rate of 50%: the award of the sentence is its 10万元
    [p] = propose("对营业收入增长率为-50%的企业，给予10万元奖励。")
    assert p.form == "fixed" and p.fixed is not None and p.fixed.value == "10万元"
    assert all(f.rate is None for f in p.figures)
    assert any("-50%" in n and "不是支持比例" in n for n in p.notes)
    for text in ("按项目投资额的-50%给予补贴。", "按项目投资额的−50%给予补贴。", "给予-50万元奖励。"):
        [p] = propose(text)
        assert p.manual and p.rate is None and p.fixed is None, text
        assert not p.figures and any("负数" in n for n in p.notes), text
    # a range of rates written with a hyphen stays a range
    [p] = propose("按照5%-20%给予补贴。")
    assert p.rate is not None and p.rate.value == "20%"
    [p] = propose("按照5-20%给予补贴。")
    assert p.rate is not None and p.rate.value == "20%"


def test_a_fraction_followed_by_a_list_mark_is_the_fraction() -> None:
    """「四分之一一、适用范围」 (a fraction, then the list mark 一、): 1/4, not 11/4 read digit by digit as a
    year would be (a draft said 275%, which no quote holds, and the draft did not load)."""
    from subsidy.drafting.propose import _rate_figures

    assert [(f.text, f.rate) for f in _rate_figures("补贴期限不超过6个月四分之一一、适用范围")] == [("四分之一", Fraction(1, 4))]
    text = "第二章 总则\n补贴期限不超过6个月四分之一一、适用范围\n"
    import tempfile
    from pathlib import Path

    from subsidy.drafting.draft import make_draft
    from subsidy.drafting.write import write_draft
    from subsidy.rules.parse import load_policy

    with tempfile.TemporaryDirectory() as tmp:
        write_draft(make_draft(text, policy_id="cn-fuzz"), Path(tmp) / "d", text)
        load_policy(Path(tmp) / "d")
