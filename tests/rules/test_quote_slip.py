"""A quote that is not verbatim says where it departs from the source (issue 13: "a stray half-width
comma or other punctuation difference in a quote reported with the position and the expected
character"), in the policy loader and in ``subsidy check``."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from subsidy.errors import PolicyFileError
from subsidy.rules.parse import load_policy
from subsidy.suggest import quote_slip

ROOT = Path(__file__).resolve().parents[2]
CHAOYANG = ROOT / "policies" / "cn-bj-chaoyang-smart-eldercare"
SOURCE = (CHAOYANG / "source.txt").read_text(encoding="utf-8")
QUOTE = "按照不超过项目建设费用的50%，给予最高不超过500万元资金支持"
HALF = {"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "、": ","}


def test_a_half_width_comma_is_named_with_its_position_and_the_expected_character() -> None:
    assert QUOTE in SOURCE
    wrong = QUOTE.replace("，", ",")
    k = QUOTE.index("，")
    assert quote_slip(wrong, SOURCE) == (f"第 {k + 1} 个字符（…{QUOTE[k - 8:k]}之后）写的是「,」（半角标点），"
                                         "原文此处是「，」（全角标点）；只差这一个字符")


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_any_one_punctuation_slip_in_a_seed_sentence_is_found_where_it_is(data: st.DataObject) -> None:
    lines = [ln.strip() for ln in SOURCE.splitlines() if len(ln.strip()) > 20]
    line = data.draw(st.sampled_from(lines))
    marks = [i for i, c in enumerate(line) if c in HALF]
    assume(marks)
    i = data.draw(st.sampled_from(marks))
    wrong = line[:i] + HALF[line[i]] + line[i + 1:]
    assume(wrong not in SOURCE and line[:i] in SOURCE)
    slip = quote_slip(wrong, SOURCE)
    assert slip.startswith(f"第 {i + 1} 个字符")
    assert f"原文此处是「{line[i]}」" in slip


def test_a_quote_running_past_the_end_and_one_never_in_the_source() -> None:
    assert "已是原文的结尾" in quote_slip(SOURCE.rstrip()[-10:] + "多余", SOURCE.rstrip())
    assert quote_slip("☃这不在原文", SOURCE) == "第 1 个字符「☃」在原文中没有出现"


def test_the_loader_reports_the_slip_at_the_quote_line(tmp_path: Path) -> None:
    copy = tmp_path / "p"
    shutil.copytree(CHAOYANG, copy)
    art = copy / "clauses" / "art08.yaml"
    text = art.read_text(encoding="utf-8")
    assert QUOTE in text
    art.write_text(text.replace(QUOTE, QUOTE.replace("，", ",")), encoding="utf-8")
    with pytest.raises(PolicyFileError) as err:
        load_policy(copy)
    message = str(err.value)
    assert "写的是「,」（半角标点），原文此处是「，」（全角标点）" in message
    line = next(n for n, ln in enumerate(text.splitlines(), 1) if QUOTE in ln)
    assert f"第 {line} 行" in message or f":{line}" in message
