"""Exact money and rates: the one place where amounts are parsed, rounded and shown.

Money is an integer number of 分 (fen, 0.01 元). Rates are exact ``Fraction``s. Rounding
happens only in :func:`apply_rate`, at 分, half-up, and a cap is applied after rounding, so a
rounded amount can never exceed its cap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from fractions import Fraction
from typing import Literal

from subsidy.errors import CaseInputError

__all__ = [
    "FEN_PER_UNIT",
    "MAX_FEN",
    "Money",
    "MoneyFormatError",
    "Unit",
    "apply_rate",
    "check_fen",
    "format_rate",
    "parse_money",
    "parse_rate",
    "split_by_shares",
]

Unit = Literal["元", "万元", "亿元"]
FEN_PER_UNIT: dict[str, int] = {"元": 100, "万元": 1_000_000, "亿元": 10_000_000_000}
# The largest amount accepted anywhere, in 分 (10万亿元): far above any fund, and small enough that
# the database's 64-bit integers (BigInteger, < 2^63) hold it and sums of up to 9,223 such amounts.
MAX_FEN = 10**15
OUT_OF_RANGE = f"超出可处理的范围（绝对值最多 {MAX_FEN // FEN_PER_UNIT['亿元']}亿元）"

_MONEY_RE = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*(元|万元|亿元)\s*$")
_PERCENT_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*%\s*$")
_FRACTION_RE = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")


class MoneyFormatError(ValueError):
    """A text that should be an amount or a rate is not one."""


@dataclass(frozen=True, order=True, slots=True)
class Money:
    """An exact amount in 分. ``unit`` is only the unit it is shown in."""

    fen: int
    unit: Unit = "万元"

    def __post_init__(self) -> None:
        if isinstance(self.fen, bool) or not isinstance(self.fen, int):
            raise TypeError(f"Money needs integer fen, got {type(self.fen).__name__}")

    @classmethod
    def of(cls, amount: int | str | Decimal, unit: Unit = "万元") -> Money:
        """``Money.of(500, "万元")``; ``amount`` must be exact in 分 (no floats)."""
        if isinstance(amount, float):  # pragma: no cover - guarded for callers without mypy
            raise TypeError("money is never a float")
        try:
            dec = Decimal(str(amount)) * FEN_PER_UNIT[unit]
        except InvalidOperation as exc:
            raise MoneyFormatError(f"「{amount}」不是数字") from exc
        except ArithmeticError as exc:  # beyond even Decimal's range (Overflow)
            raise MoneyFormatError(f"「{amount}」{OUT_OF_RANGE}") from exc
        if dec != dec.to_integral_value():
            raise MoneyFormatError(f"「{amount}{unit}」精度超过 1 分")
        if abs(dec) > MAX_FEN:
            raise MoneyFormatError(f"「{amount}{unit}」{OUT_OF_RANGE}")
        return cls(int(dec), unit)

    def in_unit(self, unit: Unit | None = None) -> Decimal:
        """The amount as a ``Decimal`` in ``unit`` (default: its own display unit)."""
        return Decimal(self.fen) / FEN_PER_UNIT[unit or self.unit]

    def yuan_str(self) -> str:
        """Decimal string in 元 with two decimals: the JSON contract's form."""
        sign = "-" if self.fen < 0 else ""
        whole, cents = divmod(abs(self.fen), 100)
        return f"{sign}{whole}.{cents:02d}"

    def __str__(self) -> str:
        return format_fen(self.fen, self.unit)


def check_fen(fen: int, field: str) -> int:
    """``fen`` if its magnitude is at most :data:`MAX_FEN`, else a CaseInputError naming ``field``."""
    if abs(fen) > MAX_FEN:
        raise CaseInputError(field, f"金额 {format_fen(fen, '元')}{OUT_OF_RANGE}", "按实际金额填写，单位为元、万元或亿元")
    return fen


def format_fen(fen: int, unit: str = "万元") -> str:
    """``format_fen(5_000_000_00, "万元") == "500万元"``; trailing zeros dropped."""
    value = Decimal(fen) / FEN_PER_UNIT[unit]
    text = format(value.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return f"{text}{unit}"


def parse_money(text: str | int | Decimal, default_unit: Unit | None = None) -> Money:
    """Parse ``"500万元"``, ``"1.5元"`` or, with ``default_unit``, a bare number."""
    if isinstance(text, bool):
        raise MoneyFormatError("金额不能是是/否值")
    if isinstance(text, int | Decimal):
        if default_unit is None:
            raise MoneyFormatError(f"金额「{text}」缺少单位（元、万元或亿元）")
        return Money.of(text, default_unit)
    if isinstance(text, float):
        raise MoneyFormatError(f"金额「{text}」是浮点数；请写成字符串，例如 \"{text}万元\"")
    m = _MONEY_RE.match(str(text))
    if m:
        return Money.of(m.group(1), m.group(2))  # type: ignore[arg-type]
    if default_unit is not None:
        try:
            return Money.of(Decimal(str(text).strip()), default_unit)
        except (InvalidOperation, MoneyFormatError):
            pass
    raise MoneyFormatError(f"「{text}」不是金额；应写成如 \"500万元\" 或 \"3000元\"")


def parse_rate(text: str | int | Decimal | Fraction) -> Fraction:
    """Parse ``"50%"``, ``"1/4"`` or a number in [0, 1] as an exact fraction."""
    if isinstance(text, Fraction):
        return text
    if isinstance(text, bool):
        raise MoneyFormatError("比例不能是是/否值")
    if isinstance(text, int | Decimal):
        return Fraction(text)
    s = str(text)
    m = _PERCENT_RE.match(s)
    if m:
        return Fraction(Decimal(m.group(1))) / 100
    m = _FRACTION_RE.match(s)
    if m and int(m.group(2)) != 0:
        return Fraction(int(m.group(1)), int(m.group(2)))
    raise MoneyFormatError(f"「{text}」不是比例；应写成如 \"50%\" 或 \"1/4\"")


def format_rate(rate: Fraction) -> str:
    """``Fraction(1, 2)`` → ``"50%"``; ``Fraction(1, 4)`` → ``"25%"``; ``Fraction(1, 3)`` → ``"1/3"``."""
    pct = rate * 100
    if pct.denominator == 1:
        return f"{pct.numerator}%"
    dec = Decimal(pct.numerator) / Decimal(pct.denominator)
    if dec * pct.denominator == pct.numerator:
        return f"{format(dec.normalize(), 'f')}%"
    return f"{rate.numerator}/{rate.denominator}"


def apply_rate(base_fen: int, rate: Fraction) -> int:
    """``base × rate`` rounded half-up to 分: the only rounding in the engine."""
    num = base_fen * rate.numerator
    den = rate.denominator
    if num >= 0:
        return (2 * num + den) // (2 * den)
    return -((2 * -num + den) // (2 * den))


def split_by_shares(total_fen: int, shares: list[Fraction]) -> list[int]:
    """Split ``total`` into tranches by ``shares`` (summing to 1), exactly.

    Each tranche but the last is ``total × share`` rounded down to 分; the last takes the
    remainder, so the tranches always add up to the total.
    """
    if sum(shares, Fraction(0)) != 1:
        raise ValueError("tranche shares must add up to 100%")
    parts = [total_fen * s.numerator // s.denominator for s in shares[:-1]]
    parts.append(total_fen - sum(parts))
    return parts


def round_half_up_decimal(value: Decimal) -> Decimal:
    """Round a Decimal 元 amount to 分, half-up (used when reading external figures)."""
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
