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
from typing import Any, Literal

from subsidy.errors import CaseInputError

__all__ = [
    "FEN_PER_UNIT",
    "MAX_FEN",
    "Money",
    "MoneyFormatError",
    "Unit",
    "apply_rate",
    "apply_rate_array",
    "check_fen",
    "format_rate",
    "parse_money",
    "parse_rate",
    "split_by_shares",
]

Unit = Literal["元", "万元", "亿元"]
FEN_PER_UNIT: dict[str, int] = {"元": 100, "万元": 1_000_000, "亿元": 10_000_000_000}
# The largest amount accepted anywhere, in 分 (1万亿元, 10^12 元): far above any fund, and small enough
# that the database's 64-bit integers (BigInteger, < 2^63) hold it and sums of up to 92,233 such amounts.
MAX_FEN = 10**14
OUT_OF_RANGE = "超出可处理的范围（金额上限 10000亿元）"


_UNIT_ALIASES: dict[str, Unit] = {"元": "元", "万元": "万元", "亿元": "亿元", "万": "万元", "亿": "亿元"}
_MONEY_RE = re.compile(r"^\s*(-?[0-9]{1,16}(?:\.[0-9]{1,12})?)\s*(元|万元|亿元|万|亿)\s*$")
_LONG_MONEY_RE = re.compile(r"^\s*-?[0-9]{17,}(?:\.[0-9]+)?\s*(元|万元|亿元|万|亿)\s*$")
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
            dec = Decimal(str(amount))
        except InvalidOperation as exc:
            raise MoneyFormatError(f"「{amount}」不是数字") from exc
        _, digits, exponent = dec.as_tuple()
        # bounded before any exact arithmetic: no NaN/infinity, no 10^999999999
        if not isinstance(exponent, int) or len(digits) > 40 or not -30 <= exponent <= 30:
            raise MoneyFormatError(f"「{amount}{unit}」不是有效金额")
        exact = Fraction(dec) * FEN_PER_UNIT[unit]
        if exact.denominator != 1:
            raise MoneyFormatError(f"「{amount}{unit}」精度超过 1 分")
        if abs(exact.numerator) > MAX_FEN:
            raise MoneyFormatError(f"「{amount}{unit}」{OUT_OF_RANGE}")
        return cls(exact.numerator, unit)

    def in_unit(self, unit: Unit | None = None) -> Decimal:
        """The amount as a ``Decimal`` in ``unit`` (default: its own display unit)."""
        return Decimal(self.fen) / FEN_PER_UNIT[unit or self.unit]

    def yuan_str(self) -> str:
        """Decimal string in 元 with two decimals: the JSON contract's form."""
        return fen_yuan(self.fen)

    def __str__(self) -> str:
        return format_fen(self.fen, self.unit)


def check_fen(fen: int, field: str) -> int:
    """``fen`` if its magnitude is at most :data:`MAX_FEN`, else a CaseInputError naming ``field``."""
    if abs(fen) > MAX_FEN:
        raise CaseInputError(field, f"金额 {format_fen(fen, '元')}{OUT_OF_RANGE}", "按实际金额填写，单位为元、万元或亿元")
    return fen


def fen_yuan(fen: int) -> str:
    """``Money(fen).yuan_str()`` without making the Money: ``fen_yuan(-5) == "-0.05"``."""
    if fen.__class__ is not int:
        fen = int(Money(fen).fen)  # refused as Money refuses it (a bool, a float)
    if fen < 0:
        return "-" + _YUAN % divmod(-fen, 100)
    return _YUAN % divmod(fen, 100)


_YUAN = "%d.%02d"  # 元 and 分 (%-formatting: a third less time than an f-string with a format spec)


_DIGITS = {unit: len(str(per)) - 1 for unit, per in FEN_PER_UNIT.items()}
_FRACTION = {unit: f"%s%d.%0{digits}d" for unit, digits in _DIGITS.items()}  # sign, whole, the rest in fen


def format_fen(fen: int, unit: str = "万元") -> str:
    """``format_fen(5_000_000_00, "万元") == "500万元"``; trailing zeros dropped (exact integer
    arithmetic: the amount's decimal digits in the unit)."""
    if fen.__class__ is not int:  # e.g. a Decimal
        text = format((Decimal(fen) / FEN_PER_UNIT[unit]).normalize(), "f")
        return f"{text.rstrip('0').rstrip('.') if '.' in text else text}{unit}"
    sign = "-" if fen < 0 else ""
    whole, rest = divmod(-fen if sign else fen, FEN_PER_UNIT[unit])
    if not rest:
        return f"{sign}{whole}{unit}"
    return (_FRACTION[unit] % (sign, whole, rest)).rstrip("0") + unit


def parse_money(text: str | int | Decimal, default_unit: Unit | None = None) -> Money:
    """Parse ``"500万元"``, ``"1.5元"``, ``"300万"`` (= 300万元) or, with ``default_unit``, a number
    (``int``/``Decimal``, e.g. from a sheet column whose header states the unit). A string always
    needs its unit. At most :data:`MAX_FEN`."""
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
        return Money.of(m.group(1), _UNIT_ALIASES[m.group(2)])
    if _LONG_MONEY_RE.match(str(text)):  # a well-formed amount with too many digits
        raise MoneyFormatError(f"「{str(text)[:40]}」{OUT_OF_RANGE}")
    raise MoneyFormatError(f"「{str(text)[:40]}」不是金额；应写成如 \"500万元\" 或 \"3000元\"")


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


def _half_up(num: Any, den: Any) -> Any:
    """``num / den`` rounded half-up (``num ≥ 0``, ``den > 0``), for Python integers and integer arrays
    alike: the rounding rule, written once."""
    return (2 * num + den) // (2 * den)


def apply_rate(base_fen: int, rate: Fraction) -> int:
    """``base × rate`` rounded half-up to 分: the only rounding in the engine."""
    num = base_fen * rate.numerator
    den = rate.denominator
    if num >= 0:
        return int(_half_up(num, den))
    return -int(_half_up(-num, den))


# ---- the same over arrays (the table path) --------------------------------------------------------
#
# Money in the table path is int64 分 while every intermediate provably fits; where one might not,
# the rows are computed on exact Python integers (object arrays) instead, and a result beyond int64
# is refused, never wrapped. numpy is imported by the callers: these helpers only use array methods.

INT64_MAX = (1 << 63) - 1
FITS = 1 << 62  # below this, a product, a sum of two, or 2·x + y fits int64


def magnitude(x: Any) -> int:
    """The largest magnitude in ``x`` (an int, an int64 array or an exact object array)."""
    if isinstance(x, int):
        return abs(x)
    if not hasattr(x, "dtype"):  # a numpy scalar
        return abs(int(x))
    if x.dtype == object:
        return FITS  # already exact: stay exact
    if x.size == 0:
        return 0
    if x.ndim == 1 and x.strides[0] == 0:  # a constant column (a broadcast view)
        return abs(int(x[0]))
    return max(abs(int(x.max())), abs(int(x.min())))


def exact(x: Any) -> Any:
    """``x`` as exact Python integers (an object array), unchanged if it is not an int64 array."""
    return x.astype(object) if hasattr(x, "dtype") and x.ndim and x.dtype != object else x


def fen_array(x: Any) -> Any:
    """An exact array result as int64 分; a figure beyond int64 is refused (naming its row), never wrapped."""
    if not hasattr(x, "dtype") or x.dtype != object:
        return x
    big = [i for i, v in enumerate(x.tolist()) if abs(v) > INT64_MAX]
    if big:
        raise CaseInputError(f"第 {big[0] + 1} 行", "计算出的金额超出可处理的范围", "检查该行的金额、数量和单位")
    return x.astype("int64")


def apply_rate_array(base: Any, num: Any, den: Any, base_magnitude: int | None = None) -> Any:
    """:func:`apply_rate` over an int64 array of bases (never negative) and rates ``num / den`` (ints or
    arrays): the same half-up rule, exact (int64 where it provably fits, else exact integers).
    ``base_magnitude``: a known bound on ``|base|`` (saves scanning it)."""
    mb = magnitude(base) if base_magnitude is None else base_magnitude
    if 2 * mb * magnitude(num) + magnitude(den) < FITS and magnitude(den) < FITS:
        if isinstance(num, int) and isinstance(den, int) and den > 0 and den % 2 == 0:
            # the same rule with an even scalar denominator: (2·x + d) // 2d = (x + d/2) // d exactly,
            # and // by a power of two is a shift (floor division, as for every sign)
            x = base if num == 1 else base * num
            x = x + den // 2
            return x >> (den.bit_length() - 1) if den & (den - 1) == 0 else x // den
        return _half_up(base * num, den)
    return fen_array(_half_up(exact(base) * num, exact(den)))


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
