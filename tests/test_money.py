"""Exact money: parsing, rounding in one place, tranches that always add up."""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from subsidy.money import (
    FEN_PER_UNIT,
    Money,
    MoneyFormatError,
    apply_rate,
    fen_yuan,
    format_fen,
    parse_money,
    parse_rate,
    split_by_shares,
)

fen = st.integers(min_value=0, max_value=10**13)
rate = st.fractions(min_value=0, max_value=1, max_denominator=10_000)


def test_parse_and_show() -> None:
    assert parse_money("500万元").fen == 500_000_000
    assert parse_money("1.5元").fen == 150
    assert parse_money("0.000001万元").fen == 1
    assert parse_money(3000, "元").fen == 300_000
    assert format_fen(390_000_000, "万元") == "390万元"
    assert format_fen(4_382_717, "万元") == "4.382717万元"
    assert Money(123_456).yuan_str() == "1234.56"
    assert parse_rate("50%") == Fraction(1, 2) and parse_rate("1/4") == Fraction(1, 4)


def _decimal_format(fen: int, unit: str) -> str:
    """The amount in ``unit`` written by Decimal arithmetic, trailing zeros dropped (the reference)."""
    text = format((Decimal(fen) / FEN_PER_UNIT[unit]).normalize(), "f")
    return (text.rstrip("0").rstrip(".") if "." in text else text) + unit


@given(st.one_of(st.integers(min_value=-(10**14), max_value=10**14),
                 st.builds(lambda d, e: d * 10**e, st.integers(-99, 99), st.integers(0, 12))),
       st.sampled_from(sorted(FEN_PER_UNIT)))
def test_format_fen_is_the_exact_decimal(fen: int, unit: str) -> None:
    assert format_fen(fen, unit) == _decimal_format(fen, unit)
    assert fen_yuan(fen) == Money(fen).yuan_str() == f"{Decimal(fen) / 100:.2f}"


def test_fen_yuan_refuses_what_money_refuses() -> None:
    with pytest.raises(TypeError):
        fen_yuan(True)
    assert fen_yuan(-5) == "-0.05" and fen_yuan(0) == "0.00"


@pytest.mark.parametrize("bad", ["500", "五百万元", "0.0000001万元", "12.345元"])
def test_bad_amounts_are_refused(bad: str) -> None:
    with pytest.raises(MoneyFormatError):
        parse_money(bad)


def test_floats_are_refused() -> None:
    with pytest.raises(MoneyFormatError, match="浮点"):
        parse_money(1.5)  # type: ignore[arg-type]


@given(fen, rate)
def test_apply_rate_is_half_up_to_the_fen(base: int, r: Fraction) -> None:
    assert apply_rate(base, r) == math.floor(base * r + Fraction(1, 2))


def test_half_a_fen_rounds_up() -> None:
    assert apply_rate(1, Fraction(1, 2)) == 1 and apply_rate(3, Fraction(1, 2)) == 2


@given(fen, rate, fen)
def test_a_capped_amount_never_exceeds_its_cap(base: int, r: Fraction, cap: int) -> None:
    assert min(apply_rate(base, r), cap) <= cap


@given(fen, st.lists(st.integers(1, 100), min_size=1, max_size=6))
def test_tranches_always_sum_to_the_award(total: int, weights: list[int]) -> None:
    shares = [Fraction(w, sum(weights)) for w in weights]
    parts = split_by_shares(total, shares)
    assert sum(parts) == total
    assert all(p >= 0 for p in parts)
    # every tranche but the last is within one fen of its exact share
    for p, s in zip(parts[:-1], shares[:-1], strict=True):
        assert 0 <= total * s - p < 1


def test_50_30_20_of_an_odd_amount_gives_the_remainder_to_the_last() -> None:
    assert split_by_shares(100_001, [Fraction(1, 2), Fraction(3, 10), Fraction(1, 5)]) == [50_000, 30_000, 20_001]
