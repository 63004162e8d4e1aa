"""Wrapping for people (subsidy/layout.py): lines fit the width, identifiers stay whole, and the
Chinese line-breaking rules (禁则) hold: no line begins with ，。、；：？！）」』 … nor ends with （「『 …."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from subsidy.layout import NO_LINE_END, NO_LINE_START, Prose

CJK = "的条件已获资助万元项目名称符合第五条申报单位"
CLOSING = "，。、；：？！）」』》"
OPENING = "（「『《“"


def _lines(text: str, width: int) -> list[str]:
    cuts = [0, *Prose(text).breaks(width), len(text)]
    assert cuts == sorted(set(cuts)), cuts  # strictly increasing, inside the text
    return [text[a:b] for a, b in pairwise(cuts)]


# A word as Chinese text has them: an opening mark or none, one to three characters or a short
# identifier, up to two closing marks; words joined directly or by a space. An identifier is followed
# by a space, so that two never run together into one longer than a line: an unbreakable run with its
# marks wider than the line leaves the rules no layout to keep (they then give way to the width, which
# test_any_text_at_any_width_is_cut_only_where_it_must covers).
word = st.one_of(
    st.tuples(st.sampled_from(["", *OPENING]), st.text(alphabet=CJK, min_size=1, max_size=3),
              st.text(alphabet=CLOSING, max_size=2), st.sampled_from(["", "", " "])).map("".join),
    st.tuples(st.sampled_from(["", *OPENING]), st.text(alphabet="abcdefgxyz_0123456789", min_size=1, max_size=5),
              st.text(alphabet=CLOSING, max_size=2), st.just(" ")).map("".join))


@settings(max_examples=400, deadline=None)
@given(st.lists(word, min_size=1, max_size=40).map("".join), st.integers(min_value=12, max_value=60))
def test_no_line_begins_with_a_closing_mark_or_ends_with_an_opening_one(text: str, width: int) -> None:
    lines = _lines(text, width)
    assert "".join(lines) == text
    for number, line in enumerate(lines):
        assert cell_len(line.rstrip()) <= width, (line, width)
        if number:
            assert line[0] not in NO_LINE_START, (lines, width)
        if number < len(lines) - 1:
            assert line.rstrip()[-1:] not in NO_LINE_END, (lines, width)


@settings(max_examples=200, deadline=None)
@given(st.lists(word, min_size=1, max_size=40).map("".join), st.integers(min_value=1, max_value=60))
def test_any_text_at_any_width_is_cut_only_where_it_must(text: str, width: int) -> None:
    """At widths too narrow for the rules, they give way to the width: nothing is lost or overfilled
    but a token wider than the whole line (folded)."""
    lines = _lines(text, width)
    assert "".join(lines) == text
    for line in lines:
        assert cell_len(line.rstrip()) <= max(width, 2)


def test_a_run_too_wide_for_any_kept_rule_gives_way_to_the_width() -> None:
    """万（000000000、 at 12 cells: the identifier with its marks is 13 cells, so no layout keeps both
    rules; the width wins and nothing is lost (found by the property test when identifiers ran together)."""
    lines = _lines("万（000000000、", 12)
    assert "".join(lines) == "万（000000000、" and all(cell_len(x) <= 12 for x in lines)


def test_the_character_before_a_closing_mark_goes_down_with_it() -> None:
    assert _lines("请补充「项目名称」：", 12) == ["请补充「项目", "名称」："]
    assert _lines("符合第五条（二）的条件，已获资助", 10) == ["符合第五条", "（二）的条", "件，已获资", "助"]


def test_identifiers_stay_whole() -> None:
    assert _lines("事实 construction_cost 未知，请补充", 20) == ["事实 ", "construction_cost 未", "知，请补充"]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.text(alphabet="abcxyz_0123456789-", min_size=1, max_size=20),
                          st.lists(word, min_size=1, max_size=12).map("".join)), min_size=1, max_size=6),
       st.integers(min_value=40, max_value=120))
def test_a_plain_table_fits_the_width_by_wrapping_and_keeps_ids_whole(rows: list[tuple[str, str]], width: int) -> None:
    """The rules commands' tables (subsidy/plaintext.py): every line fits while the id column does, each
    id is on one line whole, and the text of the other column is all there."""
    from subsidy.plaintext import Table

    t = Table(("编号", "说明"), (True, False), title="标题")
    for ident, text in rows:
        t.add_row(ident, text)
    lines = [x.plain for x in t.lines(width)]
    for line in lines:
        assert cell_len(line) <= width, (line, width)
    body = "\n".join(lines)
    for ident, text in rows:
        assert any(f"│ {ident} " in line for line in lines), ident
        assert "".join(text.split()) in "".join(ch for ch in body if ch not in "│ ┃\n"), text


def test_styles_show_on_a_colour_terminal_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """A style is shown only where colours are asked for (not in a pipe or a file); text is never markup."""
    import io

    from subsidy.plaintext import Screen, styled

    screen, buffer = Screen(), io.StringIO()
    monkeypatch.setattr("sys.stdout", buffer)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    screen.print(styled("符合", "green"), " [red]:smile:")
    monkeypatch.setenv("FORCE_COLOR", "1")
    screen.print(styled("符合", "green"))
    assert buffer.getvalue() == "符合 [red]:smile:\n\x1b[32m符合\x1b[0m\n"
