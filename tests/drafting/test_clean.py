"""The cleaner's offset map: every cleaned character comes from the original character it points at
(identical, or the same character in the other width), in order; quotes map back verbatim."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from subsidy.drafting.clean import clean, fold
from subsidy.rules.parse import clean_source

_PIECES = st.sampled_from(["第", " ", "1", "0", "条", "，", ",", "(", ")", "（", "）", "[bookmark: OLE_LINK1]", "万元",
                           "\n", "\r\n", "　", "％", "５", "A", "I", "。", "；", "\u200b", "亩", "元"])
TEXTS = st.lists(_PIECES, max_size=60).map("".join) | st.text(max_size=80)


@given(TEXTS)
def test_offsets_point_at_the_same_characters(original: str) -> None:
    ct = clean(original)
    assert len(ct.offsets) == len(ct.text)
    assert list(ct.offsets) == sorted(set(ct.offsets))
    for i, ch in enumerate(ct.text):
        assert fold(original[ct.offsets[i]]) == ch or (ch == " " and original[ct.offsets[i]].isspace()) \
            or (ch == "," and original[ct.offsets[i]] == ",")


@given(TEXTS, st.data())
def test_quotes_are_verbatim(original: str, data: st.DataObject) -> None:
    ct = clean(original)
    if not ct.text.strip():
        return
    a = data.draw(st.integers(0, len(ct.text) - 1))
    b = data.draw(st.integers(a + 1, len(ct.text)))
    assert ct.quote(a, b) in clean_source(original)


def test_ocr_spacing_bookmarks_and_widths() -> None:
    ct = clean("第 1 0 条 [bookmark: _GoBack]给予最高(不超过)５００万元, AI Health")
    assert ct.text == "第10条给予最高（不超过）500万元，AI Health"
    assert ct.quote(0, len(ct.text)) == "第 1 0 条 给予最高(不超过)５００万元, AI Health"
