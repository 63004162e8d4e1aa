"""Evaluate a registry file of any size: read it in batches, evaluate each batch, add the results up.

A registry is a Parquet (or CSV) file with one row per case and the column contract of
docs/table-format.md; one file may carry the columns of several policies (a column two policies
both need, such as ``rec_barred``, is read once). The file is scanned lazily, ``batch_rows`` rows at
a time, only the columns the policies need; each batch goes through :func:`table_from_frame` and
:func:`evaluate_table` and is then dropped, so the peak memory follows the batch size, not the file.

What comes back is one :class:`PolicySummary` per policy: rows per clause by eligibility and by
reason, and exact sums in 分 (Python integers: money never wraps, however many rows). With
``output``, the per-row results are written to one Parquet file as the batches go (columns in
:func:`result_columns`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from subsidy.errors import CaseInputError
from subsidy.rules import model as m
from subsidy.rules.results import Reason
from subsidy.rules.vector import TableResult, evaluate_table, record_columns, table_from_frame

__all__ = ["DEFAULT_BATCH_ROWS", "ClauseSummary", "PolicySummary", "evaluate_file", "result_columns",
           "summarise"]

# 2^18 rows: a multiple of evaluate_table's own chunk (2^16 rows), large enough that the per-batch
# overhead (scan, column conversion, one evaluate_table call) is small, small enough that a batch of
# the widest seed policy (~50 columns) plus its results stays near 100 MiB.
DEFAULT_BATCH_ROWS = 1 << 18

_INT64_MAX = int(np.iinfo(np.int64).max)
_N_REASONS = max(int(r) for r in Reason) + 1
_FIELDS = ("eligible", "reason", "ceiling", "granted")


# ---- exact sums ------------------------------------------------------------------------------------


def _exact_sum(values: npt.NDArray[np.int64]) -> int:
    """Sum of non-negative int64 分 as a Python integer: int64 partial sums only over runs that cannot
    overflow (at most ``INT64_MAX // largest`` values each)."""
    if values.size == 0:
        return 0
    largest = int(values.max())
    if largest == 0:
        return 0
    run = _INT64_MAX // largest
    if run >= values.size:
        return int(values.sum())
    return sum(int(values[i:i + run].sum()) for i in range(0, values.size, run))


def _column_sums(values: npt.NDArray[np.int64], keep: npt.NDArray[np.bool_]) -> list[int]:
    """Exact per-column sums of the non-negative ``values`` (rows × columns) where ``keep`` holds."""
    picked = np.where(keep, values, 0)
    if picked.size == 0:
        return [0] * values.shape[1]
    largest = int(picked.max())
    if largest == 0 or _INT64_MAX // largest >= picked.shape[0]:  # no column sum can overflow
        return [int(x) for x in picked.sum(axis=0)]
    return [_exact_sum(np.ascontiguousarray(picked[:, j])) for j in range(picked.shape[1])]


# ---- summaries -------------------------------------------------------------------------------------


@dataclass
class ClauseSummary:
    """One clause over every row read so far."""

    clause_id: str
    eligible: int = 0  # rows: yes
    not_eligible: int = 0  # rows: no
    unknown: int = 0  # rows: cannot be decided yet
    reasons: list[int] = field(default_factory=lambda: [0] * _N_REASONS)  # rows per Reason code
    ceiling_fen: int = 0  # sum of the ceilings of the eligible rows
    ceiling_unknown_fen: int = 0  # sum of the upper bounds of the undecided rows (where computable)
    not_computable: int = 0  # eligible or undecided rows whose ceiling cannot be computed (amount set in review)
    granted_rows: int = 0  # rows granted an amount after 就高 and 差额
    granted_fen: int = 0


@dataclass
class PolicySummary:
    """One policy over every row read so far: per clause, and the stacked totals."""

    policy_id: str
    clauses: list[ClauseSummary]
    rows: int = 0
    paid_rows: int = 0  # rows with a total above zero
    total_fen: int = 0  # sum of the stacked totals
    undecided_rows: int = 0  # rows where some clause is still unknown
    batches: int = field(default=0, compare=False)  # how the rows came (not part of the result)

    @classmethod
    def empty(cls, policy: m.Policy) -> PolicySummary:
        return cls(policy.id, [ClauseSummary(c.id) for c in policy.clauses])

    def add(self, result: TableResult) -> None:
        """Add one batch's results."""
        if [c.clause_id for c in self.clauses] != result.clause_ids:
            raise ValueError("the result is of another policy's clauses")
        n = result.total.shape[0]
        self.rows += n
        self.batches += 1
        self.paid_rows += int(np.count_nonzero(result.total > 0))
        self.total_fen += _exact_sum(np.maximum(result.total, 0))
        el = result.eligible
        yes, no, unknown = el == 1, el == 0, el == -1
        self.undecided_rows += int(np.count_nonzero(unknown.any(axis=1))) if el.size else 0
        n_yes, n_no, n_unknown = yes.sum(axis=0), no.sum(axis=0), unknown.sum(axis=0)
        ceiling, granted = result.ceiling, result.granted
        computable = ceiling >= 0
        ceil_yes = _column_sums(ceiling, yes & computable)
        ceil_unknown = _column_sums(ceiling, unknown & computable)
        n_not_computable = (~no & ~computable).sum(axis=0)
        was_granted = granted >= 0
        n_granted = was_granted.sum(axis=0)
        granted_fen = _column_sums(granted, was_granted)
        for j, c in enumerate(self.clauses):
            c.eligible += int(n_yes[j])
            c.not_eligible += int(n_no[j])
            c.unknown += int(n_unknown[j])
            counts = np.bincount(result.reason[:, j].astype(np.intp), minlength=_N_REASONS)
            c.reasons = [a + int(b) for a, b in zip(c.reasons, counts, strict=True)]
            c.ceiling_fen += ceil_yes[j]
            c.ceiling_unknown_fen += ceil_unknown[j]
            c.not_computable += int(n_not_computable[j])
            c.granted_rows += int(n_granted[j])
            c.granted_fen += granted_fen[j]


def summarise(policy: m.Policy, result: TableResult) -> PolicySummary:
    """The summary of one result held whole (what :func:`evaluate_file` adds up batch by batch)."""
    out = PolicySummary.empty(policy)
    out.add(result)
    return out


# ---- reading ---------------------------------------------------------------------------------------


def _needed(policy: m.Policy) -> list[str]:
    return list(policy.facts) + record_columns(policy)


def _csv_schema(policies: Sequence[m.Policy]) -> dict[str, Any]:
    """Column types of a CSV registry, from the facts' declared types (CSV has none of its own)."""
    import polars as pl

    by_type = {"money": pl.Int64, "integer": pl.Int64, "bool": pl.Boolean, "category": pl.String,
               "number": pl.Decimal(38, 10)}
    out: dict[str, Any] = {}
    for policy in policies:
        out.update({name: by_type[f.type] for name, f in policy.facts.items()})
        for name in record_columns(policy):
            flag = name == "rec_barred" or name.startswith("rec_excluded__")
            out[name] = pl.Boolean if flag else pl.Int64
    return out


def _scan(path: Path, policies: Sequence[m.Policy], keep: Sequence[str]) -> Any:
    """A lazy scan of the columns the policies need (and ``keep``), refusing a missing column up front."""
    import polars as pl

    if not path.is_file():
        raise CaseInputError(str(path), "文件不存在", "检查路径")
    suffix = path.suffix.lower()
    try:
        if suffix == ".parquet":
            lf = pl.scan_parquet(path)
        elif suffix == ".csv":
            lf = pl.scan_csv(path, schema_overrides=_csv_schema(policies))
        else:
            raise CaseInputError(str(path), "不是 Parquet 或 CSV 文件", "文件名以 .parquet 或 .csv 结尾")
        present = lf.collect_schema().names()
    except pl.exceptions.PolarsError as exc:
        raise CaseInputError(str(path), "无法读取该文件", f"确认它是完整的 {suffix[1:]} 文件") from exc
    wanted = list(dict.fromkeys([*keep, *(c for p in policies for c in _needed(p))]))
    for name in wanted:
        if name not in present:
            raise CaseInputError(name, "表中缺少该列", "每个事实和记录列都要有（未知的值用空值）")
    return lf.select(wanted)


def result_columns(policy: m.Policy) -> list[str]:
    """Names of the per-row result columns of ``policy`` in an output file, in order:
    ``<policy>.<clause>.eligible`` (1 / 0 / -1), ``.reason`` (Reason code), ``.ceiling`` and
    ``.granted`` (分, -1 as in :class:`TableResult`) for each clause, then ``<policy>.total`` (分)."""
    return [f"{policy.id}.{c.id}.{what}" for c in policy.clauses for what in _FIELDS] + [f"{policy.id}.total"]


def _result_frame(policy: m.Policy, result: TableResult) -> Any:
    import polars as pl

    arrays: tuple[npt.NDArray[Any], ...] = (result.eligible, result.reason, result.ceiling, result.granted)
    cols = [pl.Series(f"{policy.id}.{cid}.{what}", a[:, j])
            for j, cid in enumerate(result.clause_ids) for what, a in zip(_FIELDS, arrays, strict=True)]
    return pl.DataFrame([*cols, pl.Series(f"{policy.id}.total", result.total)])


def _batches(lf: Any, policies: Sequence[m.Policy], as_of: dt.date, effective_from: dt.date | None,
             batch_rows: int, summaries: list[PolicySummary], keep: Sequence[str],
             with_rows: bool) -> Iterator[Any]:
    """Evaluate batch by batch, adding to ``summaries``; with ``with_rows``, yield each batch's per-row
    output frame (``keep`` columns, then each policy's :func:`result_columns`)."""
    import polars as pl

    start = 0
    for frame in lf.collect_batches(chunk_size=batch_rows):
        parts = [frame.select(keep)] if with_rows else []
        for policy, summary in zip(policies, summaries, strict=True):
            eff = effective_from if policy.effective_from is None else None
            try:
                result = evaluate_table(policy, table_from_frame(policy, frame), as_of, effective_from=eff)
            except CaseInputError as exc:
                where = f"第 {start + 1}–{start + frame.height} 行中"
                raise CaseInputError(exc.field, f"{exc.problem}（{where}）", exc.hint) from exc
            summary.add(result)
            if with_rows:
                parts.append(_result_frame(policy, result))
            del result
        start += frame.height
        if with_rows:
            yield pl.concat(parts, how="horizontal")


def evaluate_file(path: Path | str, policies: Sequence[m.Policy], as_of: dt.date, *,
                  effective_from: dt.date | None = None, batch_rows: int = DEFAULT_BATCH_ROWS,
                  output: Path | str | None = None, keep: Sequence[str] = ()) -> list[PolicySummary]:
    """Assess every row of the registry at ``path`` against each of ``policies`` on ``as_of``.

    ``effective_from`` is the date of 施行 for the policies that have none of their own (drafts).
    With ``output``, the per-row results go to that Parquet file, preceded by the ``keep`` columns of
    the input (an applicant's id, say). Peak memory grows with ``batch_rows``, not with the file.
    """
    import polars as pl
    from polars.io.plugins import register_io_source

    if batch_rows < 1:
        raise ValueError("batch_rows must be at least 1")
    path = Path(path)
    lf = _scan(path, policies, keep)
    summaries = [PolicySummary.empty(p) for p in policies]
    if output is None:
        for _ in _batches(lf, policies, as_of, effective_from, batch_rows, summaries, keep, with_rows=False):
            pass
        return summaries

    input_schema = lf.collect_schema()
    schema: dict[str, Any] = {name: input_schema[name] for name in keep}
    for p in policies:
        for name in result_columns(p):
            schema[name] = pl.Int64 if name.endswith((".ceiling", ".granted", ".total")) else pl.Int8
    failure: list[BaseException] = []

    def source(with_columns: Any, predicate: Any, n_rows: Any, batch_size: Any) -> Iterator[Any]:
        try:
            yield from _batches(lf, policies, as_of, effective_from, batch_rows, summaries, keep, with_rows=True)
        except BaseException as exc:  # polars wraps what a source raises: keep the original
            failure.append(exc)
            raise

    try:
        register_io_source(io_source=source, schema=pl.Schema(schema)).sink_parquet(Path(output))
    except Exception:
        if failure:
            raise failure[0] from None
        raise
    return summaries
