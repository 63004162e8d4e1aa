"""Values of the table path: columns of many cases, each with a *known* mask, and exact arithmetic.

Money is ``int64`` 分; counts and rates are exact rationals (numerator and denominator arrays); yes/no
is two masks (definitely true, definitely false); categories are integer codes. ``known`` is ``None``
when every row is known, which keeps the common case fast. Where an int64 intermediate could
overflow, the rows are computed on exact Python integers (:func:`mul`, :func:`add`, and
:func:`subsidy.money.apply_rate_array`, the rounding rule); money never wraps.
"""

from __future__ import annotations

import datetime as dt
import importlib
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from subsidy.errors import CaseInputError
from subsidy.money import FITS, INT64_MAX, exact, magnitude
from subsidy.rules import model as m

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    I64 = npt.NDArray[np.int64]
    Mask = npt.NDArray[np.bool_]
else:

    class _Numpy:
        """numpy, imported on first use: the idiom modules hold both paths, and the one-case path (the
        ``subsidy assess`` command) never needs numpy, so it does not pay for importing it."""

        def __getattr__(self, name: str) -> Any:
            value = getattr(importlib.import_module("numpy"), name)
            setattr(self, name, value)  # later reads are plain attribute reads
            return value

    np = _Numpy()

__all__ = ["INF", "ArrayCtx", "BoolV", "MoneyV", "RatV", "add", "and_known", "cmp", "const", "full", "mul", "np",
           "scalar_of"]

INF = INT64_MAX  # a ceiling that is not computable (its amount is unknown) until a cap bounds it


@dataclass
class MoneyV:
    """A column of money (分) over many cases, with the rows known."""

    fen: I64
    known: Mask | None  # None: all known


@dataclass
class RatV:
    """A column of exact ratios (numerator / denominator) over many cases, with the rows known."""

    num: I64
    den: I64
    known: Mask | None


@dataclass
class BoolV:
    """A column of three-valued truth over many cases: definitely true, definitely false, unknown."""

    t: Mask  # definitely true
    f: Mask  # definitely false
    known: bool = False  # True: every row is true or false (saves working out the unknown ones)

    @classmethod
    def of(cls, value: Mask, known: Mask | None) -> BoolV:
        """A known-or-not column of yes/no values as three-valued."""
        if known is None:
            return cls(value, ~value, True)
        return cls(value & known, ~value & known)


def and_known(*ks: Mask | None) -> Mask | None:
    present = [k for k in ks if k is not None]
    if not present:
        return None
    out = present[0]
    for k in present[1:]:
        out = out & k
    return out


def full(n: int, value: int) -> I64:
    return np.full(n, value, dtype=np.int64)


def const(n: int, value: int) -> I64:
    """A constant column without the memory: a read-only broadcast view (never written to)."""
    return np.broadcast_to(np.int64(value), (n,))


def scalar_of(x: Any) -> Any:
    """A constant column (see :func:`const`) as a plain int: arithmetic with a scalar is much faster."""
    if isinstance(x, np.ndarray) and x.ndim == 1 and x.size and x.strides[0] == 0:
        return int(x[0])
    return x


def mul(a: Any, b: Any) -> Any:
    """``a × b`` elementwise, exactly."""
    if magnitude(a) * magnitude(b) < FITS:
        return a * b
    return exact(a) * exact(b)


def add(a: Any, b: Any) -> Any:
    """``a + b`` elementwise, exactly."""
    if magnitude(a) < FITS and magnitude(b) < FITS:
        return a + b
    return exact(a) + exact(b)


def cmp(op: str, a: Any, b: Any) -> Mask:
    if op == "equals":
        return np.asarray(a == b, dtype=bool)
    if op == "at_least":
        return np.asarray(a >= b, dtype=bool)
    if op == "at_most":
        return np.asarray(a <= b, dtype=bool)
    if op == "above":
        return np.asarray(a > b, dtype=bool)
    return np.asarray(a < b, dtype=bool)


class ArrayCtx:
    """What the array form of an idiom reads: the policy, the columns of one block of rows, the date."""

    def __init__(self, policy: m.Policy, columns: dict[str, tuple[npt.NDArray[Any], Mask | None]], n: int,
                 when: dt.date, window: tuple[dt.date, dt.date | None]) -> None:
        self.policy = policy
        self.window = window
        self.columns = columns
        self.n = n
        self.when = when
        self.yes = np.ones(n, dtype=bool)
        self.no = np.zeros(n, dtype=bool)

    def get(self, name: str) -> tuple[npt.NDArray[Any], Mask | None]:
        try:
            return self.columns[name]
        except KeyError as exc:
            raise CaseInputError(name, "表中缺少该列", "每个事实和记录列都要有（未知的值用空值）") from exc

    def rat(self, name: str) -> RatV:
        """A number column as exact rationals."""
        v, k = self.get(name)
        if v.ndim == 2:
            return RatV(v[:, 0], v[:, 1], k)
        return RatV(v, const(self.n, 1), k)

    def record(self, name: str, negate: bool = False) -> BoolV:
        """A yes/no record column (bars, exclusions); ``negate``: the gate holds where the record is no."""
        v, k = self.get(name)
        val = v.astype(bool)
        return BoolV.of(~val if negate else val, k)

    def frac(self, d: m.Dated) -> Fraction:
        return Fraction(d.at(self.when))
