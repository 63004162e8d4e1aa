"""Chinese numerals are read exactly; every integer written in Chinese reads back as itself."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from subsidy.drafting.numerals import read_number, to_chinese


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_round_trip(n: int) -> None:
    assert read_number(to_chinese(n)) == n


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=1, max_value=10**6))
def test_arabic_and_fractions(a: int, b: int) -> None:
    assert read_number(str(a)) == a
    assert read_number(f"{to_chinese(b)}分之{to_chinese(a)}") == Fraction(a, b)


@pytest.mark.parametrize(("text", "value"), [
    ("三", 3), ("十", 10), ("十五", 15), ("二十", 20), ("一百零五", 105), ("两千", 2000), ("五千万", 5 * 10**7),
    ("一亿", 10**8), ("一点五", Fraction(3, 2)), ("四分之一", Fraction(1, 4)), ("半", Fraction(1, 2)),
    ("二〇二三", 2023), ("１２", 12), ("0.5", Fraction(1, 2)),
])
def test_examples(text: str, value: Fraction) -> None:
    assert read_number(text) == value


@pytest.mark.parametrize("text", ["", "万", "十十", "三万四万", "abc", "一点", "零分之一", "百千", "四分之一一", "一二分之一"])
def test_not_numbers(text: str) -> None:
    with pytest.raises(ValueError):
        read_number(text)
