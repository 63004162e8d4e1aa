"""Whatever the text, `make_draft` gives a draft that loads or a SourceTextError, never a traceback nor a
policy file the loader refuses (pieces of real policy idiom, shuffled, plus arbitrary text)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from subsidy.drafting.draft import make_draft
from subsidy.drafting.propose import propose
from subsidy.drafting.source import decode_policy_text
from subsidy.drafting.write import write_draft
from subsidy.errors import SourceTextError
from subsidy.rules.parse import load_policy

_PIECES = st.sampled_from([
    "第一条 ", "第 1 0 条 ", "第二章 总则\n", "一、适用范围\n", "（一）", "1.", "\n", "。", "；", "，", "、",
    "给予", "最高不超过", "500万元", "3000元", "1.5亿元", "50%", "四分之一", "按照项目投资的", "分别给予", "10万元、30万元",
    "3A、4A", "单个主体每年", "连续三年", "每人每月", "补贴期限不超过6个月", "1000万元及以上至5000万元", "以上",
    "就高不重复", "一事一议", "本办法自2024年1月1日起施行，有效期3年", "[bookmark: x]", "（", "）", "按50%、30%、20%的比例分三年发放",
    "由金融机构申请兑付", "奖励", "对企业", "  ", "０", "％", "增长率为-50%", "-", "−", "5%-20%",
])
TEXTS = st.lists(_PIECES, min_size=1, max_size=40).map("".join) | st.text(min_size=0, max_size=200)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_any_text_drafts_to_a_loading_policy_or_a_clear_refusal(text: str) -> None:
    try:
        draft = make_draft(text, policy_id="cn-fuzz")
    except SourceTextError as exc:
        assert str(exc)
        return
    with tempfile.TemporaryDirectory() as tmp:
        write_draft(draft, Path(tmp) / "d", text)
        load_policy(Path(tmp) / "d")


def test_an_article_on_one_line_without_a_full_stop_is_a_clause_not_its_title() -> None:
    """Text pasted from a web page often drops the last 。: an article stating an amount is still read
    (it was taken for the article's title and silently lost, and `subsidy check` then flagged the
    amount as outside every quote)."""
    for text in ("第一条 对企业给予最高50万元奖励", "第一条 对企业给予最高50万元奖励。\n第二条 给予最高0.001万元补助"):
        draft = make_draft(text, policy_id="cn-fuzz")
        with tempfile.TemporaryDirectory() as tmp:
            write_draft(draft, Path(tmp) / "d", text)
            policy = load_policy(Path(tmp) / "d")
        assert [c.cite for c in policy.clauses] == ["第一条", "第二条"][: text.count("条 ")], policy.clauses


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300) | st.text(max_size=100).map(lambda t: t.encode("gb18030", "ignore")))
def test_any_bytes_are_a_text_or_a_clear_refusal(data: bytes) -> None:
    for gb18030 in (False, True):
        try:
            text, encoding = decode_policy_text(data, "upload.txt", gb18030=gb18030)
        except SourceTextError as exc:
            assert str(exc).startswith("upload.txt")
            continue
        assert encoding in (("utf-8", "gb18030") if gb18030 else ("utf-8",))
        assert text.encode(encoding) == data.removeprefix(b"\xef\xbb\xbf") or encoding == "gb18030"


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 99), st.sampled_from(["-", "−", "﹣", "- "]), st.sampled_from(["%", "万元", "元"]),
       st.sampled_from(["增长率为", "对亏损", "按投资额的", "，", ""]))
def test_a_negative_figure_is_never_a_rate_or_an_amount(n: int, minus: str, unit: str, before: str) -> None:
    for p in propose(f"{before}{minus}{n}{unit}的企业，给予奖励。"):
        assert all(f.text != f"{n}{unit}" for f in p.figures)
        assert p.rate is None and p.fixed is None
        assert any("负数" in note for note in p.notes)
