"""Chinese numerals read exactly (三 → 3, 二十五 → 25, 一千二百 → 1200, 四分之一 → 1/4, 一点五 → 3/2),
and written back (:func:`to_chinese`, used by the tests to round-trip every integer). Arabic digits,
full-width or not, are read too. Nothing is approximated: values are ``Fraction``.
"""

from __future__ import annotations

import re
from fractions import Fraction

__all__ = ["CN_DIGITS", "CN_NUMBER", "read_number", "to_chinese"]

_DIGITS = {"零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3, "四": 4, "肆": 4,
           "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9}
_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_LARGE = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
CN_DIGITS = "".join(_DIGITS) + "".join(_SMALL) + "".join(_LARGE)
CN_NUMBER = re.compile(f"[{CN_DIGITS}]+(?:点[{''.join(_DIGITS)}]+)?")
_ARABIC = re.compile(r"^[0-9]+(?:\.[0-9]+)?$")


def _integer(text: str) -> int:
    """An integer written in Chinese numerals; ValueError when ``text`` is not one."""
    if not text:
        raise ValueError("empty numeral")
    if all(ch in _DIGITS for ch in text) and len(text) > 1:  # 二〇二三: digit by digit
        return int("".join(str(_DIGITS[ch]) for ch in text))
    total = 0  # completed 亿 / 万 sections
    section = 0  # within the current 万 section
    digit: int | None = None
    last_large = 10**13
    last_small = 10**5
    for ch in text:
        if ch in _DIGITS:
            if digit is not None and _DIGITS[ch] != 0:
                raise ValueError(f"two digits in a row in {text!r}")
            digit = _DIGITS[ch] if _DIGITS[ch] != 0 else None
            if _DIGITS[ch] == 0:
                last_small = min(last_small, 10**5)
        elif ch in _SMALL:
            unit = _SMALL[ch]
            if unit >= last_small:
                raise ValueError(f"{ch} out of order in {text!r}")
            section += (1 if digit is None else digit) * unit
            digit = None
            last_small = unit
        elif ch in _LARGE:
            unit = _LARGE[ch]
            if unit >= last_large:
                raise ValueError(f"{ch} out of order in {text!r}")
            value = section + (digit or 0)
            if value == 0:
                raise ValueError(f"{ch} without a number in {text!r}")
            if unit == 10**8:
                total = (total + value) * unit
            else:
                total += value * unit
            section, digit, last_large, last_small = 0, None, unit, 10**5
        else:
            raise ValueError(f"{ch!r} is not a Chinese numeral")
    return total + section + (digit or 0)


def read_number(text: str) -> Fraction:
    """``text`` as an exact number: Arabic (``12.5``), Chinese (``十二``, ``一点五``), a fraction
    (``四分之一``, ``1/4``) or 半 (1/2). ValueError when it is none of these."""
    s = text.strip().translate({c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)}).replace("．", ".")
    if not s:
        raise ValueError("empty number")
    if _ARABIC.match(s):
        return Fraction(s)
    if s == "半":
        return Fraction(1, 2)
    if "分之" in s:  # a fraction's parts are counts: 一一 is no numerator (digit by digit is for years)
        den, _, num = s.partition("分之")
        if any(len(part) > 1 and all(ch in _DIGITS for ch in part) for part in (den, num)):
            raise ValueError(f"a fraction's part written digit by digit in {text!r}")
        d, n = read_number(den), read_number(num)
        if d == 0:
            raise ValueError("zero denominator")
        return n / d
    if "/" in s:
        num, _, den = s.partition("/")
        d = read_number(den)
        if d == 0:
            raise ValueError("zero denominator")
        return read_number(num) / d
    whole, dot, frac = s.partition("点")
    value = Fraction(_integer(whole))
    if dot:
        if not frac or any(ch not in _DIGITS for ch in frac):
            raise ValueError(f"bad decimals in {text!r}")
        value += Fraction(int("".join(str(_DIGITS[ch]) for ch in frac)), 10 ** len(frac))
    return value


def _below_10000(n: int, leading: bool) -> str:
    out: list[str] = []
    zero = False
    for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // unit % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero or (not out and not leading and unit < 1000):
            out.append("零")
        zero = False
        out.append("" if (d == 1 and unit == 10 and not out and leading) else "零一二三四五六七八九"[d])
        out.append(name)
    return "".join(out)


def to_chinese(n: int) -> str:
    """A non-negative integer in Chinese numerals as documents write it (10 → 十, 105 → 一百零五)."""
    if n < 0:
        raise ValueError("negative")
    if n == 0:
        return "零"
    parts = []
    groups = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    names = ["", "万", "亿", "万亿"]
    if len(groups) > len(names):
        raise ValueError("too large")
    leading = True
    for idx in range(len(groups) - 1, -1, -1):
        g = groups[idx]
        if g == 0:
            continue
        parts.append(_below_10000(g, leading))
        parts.append(names[idx])
        leading = False
    text = "".join(parts)
    return text
