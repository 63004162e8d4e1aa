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

import dataclasses
import datetime as dt
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from subsidy.errors import CaseInputError
from subsidy.rules import model as m
from subsidy.rules.results import Reason
from subsidy.rules.vector import CaseTable, TableResult, evaluate_table, record_columns, table_from_frame

__all__ = ["DEFAULT_BATCH_ROWS", "ClauseSummary", "PolicySummary", "evaluate_file", "result_columns",
           "summarise"]

# 2^18 rows: a multiple of evaluate_table's own chunk (2^16 rows), large enough that the per-batch
# overhead (scan, column conversion, one evaluate_table call) is small, small enough that a batch of
# the widest seed policy (~50 columns) plus its results stays near 100 MiB.
DEFAULT_BATCH_ROWS = 1 << 18
# threads evaluating a batch's chunks. One: the batch's reading and converting (Polars, without the GIL) and the
# adding of the batch before already run beside it, and two evaluating threads contend for the GIL over a
# chunk's ~500 NumPy calls: in-process pairs of one against two (2026-12-03, load 1.2-2.2 on 2 cores) took
# 0.89x the wall time on the 1-million-row Chaoyang file of bench/openfisca_pair.py and 0.91x on the
# 2.5-million-row stream of both seeds of bench/vector_bench.py.
WORKERS = 1
# batches read (and converted) ahead, each on a thread of its own, while one is evaluated: reading a batch
# (decoding, then converting its columns) takes about as long as evaluating it, and two readers keep the
# evaluation fed when a read is held up (a busy machine, a slow disk)
READ_AHEAD = 2

_INT64_MAX = int(np.iinfo(np.int64).max)
_N_REASONS = max(int(r) for r in Reason) + 1
_FIELDS = ("eligible", "reason", "ceiling", "granted")
_REASON_CODES = sorted(int(r) for r in Reason)


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


def _clause_totals(el: npt.NDArray[np.int8], ceiling: npt.NDArray[np.int64],
                   granted: npt.NDArray[np.int64]) -> tuple[npt.NDArray[np.int64], list[list[int]], int]:
    """Over clause-major ``(clauses, cases)`` arrays, clause by clause: the counts (yes, unknown, not
    computable, granted) and the exact sums in 分 (computable ceilings where yes, where unknown, amounts
    granted); and the number of cases with some clause unknown.

    What :func:`evaluate_table` guarantees is used to count rather than mask: a ceiling is 0 where the
    clause is decided no and -1 where not computable, a grant -1 where none; so a sum of the values at
    least 0 is the plain sum plus the number of -1s, and the yes rows' sum is the whole less the unknown
    rows'."""
    k, n = ceiling.shape
    counts = np.zeros((4, k), dtype=np.int64)
    sums: list[list[int]] = [[0] * k, [0] * k, [0] * k]
    any_unknown: npt.NDArray[np.bool_] | None = None
    for j in range(k):
        e, c, g = el[j], ceiling[j], granted[j]
        unknown = e == -1
        n_unknown = int(np.count_nonzero(unknown))
        counts[0, j] = np.count_nonzero(e == 1)
        counts[1, j] = n_unknown
        low = int(c.min(initial=0))
        negative = int(np.count_nonzero(c < 0)) if low < 0 else 0  # (no pass to count where none is below 0)
        counts[2, j] = negative if not negative else int(np.count_nonzero((c < 0) & (e != 0)))
        n_granted = int(np.count_nonzero(g >= 0))
        counts[3, j] = n_granted
        if n_unknown:
            any_unknown = unknown if any_unknown is None else any_unknown | unknown
            at_unknown = c[unknown]
            sums[1][j] = _exact_sum(at_unknown[at_unknown > 0])
        # the -1s count as 0 (anything lower is not what evaluate_table writes)
        whole = _exact_sum_signed(c) + negative if low >= -1 else _exact_sum(c[c > 0])
        sums[0][j] = whole - sums[1][j]  # the no rows' ceilings are 0
        sums[2][j] = _exact_sum_signed(g) + (n - n_granted) if int(g.min(initial=0)) >= -1 else _exact_sum(g[g > 0])
    undecided = 0 if any_unknown is None else int(np.count_nonzero(any_unknown))
    return counts, sums, undecided


def _exact_sum_signed(values: npt.NDArray[np.int64]) -> int:
    """Sum of int64 values at least -1 as a Python integer (see :func:`_exact_sum`)."""
    if values.size == 0:
        return 0
    largest = int(values.max())
    if largest <= 0:
        return int(values.sum())
    run = _INT64_MAX // (largest + 1)
    if run >= values.size:
        return int(values.sum())
    return sum(int(values[i:i + run].sum()) for i in range(0, values.size, run))


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
    missing: tuple[str, ...] = ()  # facts of the policy the registry has no column for (unknown in every row)
    rows_refused: int = 0  # rows of a sheet left out for a bad cell (named in ``problems``)
    problems: tuple[str, ...] = ()

    @classmethod
    def empty(cls, policy: m.Policy) -> PolicySummary:
        return cls(policy.id, [ClauseSummary(c.id) for c in policy.clauses])

    def add(self, result: TableResult) -> None:
        """Add one batch's results (worked on clause by clause: contiguous rows of each array)."""
        if [c.clause_id for c in self.clauses] != result.clause_ids:
            raise ValueError("the result is of another policy's clauses")
        el, why = np.ascontiguousarray(result.eligible.T), np.ascontiguousarray(result.reason.T)
        ceiling, granted = np.ascontiguousarray(result.ceiling.T), np.ascontiguousarray(result.granted.T)
        self.rows += result.total.shape[0]
        self.batches += 1
        self.paid_rows += int(np.count_nonzero(result.total > 0))
        self.total_fen += _exact_sum(result.total)  # totals are never negative
        counts, (ceil_yes, ceil_unknown, granted_fen), undecided = _clause_totals(el, ceiling, granted)
        self.undecided_rows += undecided
        n = el.shape[1]
        for j, c in enumerate(self.clauses):
            c.eligible += int(counts[0, j])
            c.unknown += int(counts[1, j])
            c.not_eligible += n - int(counts[0, j]) - int(counts[1, j])
            w = why[j]
            for r in _REASON_CODES:
                c.reasons[r] += int(np.count_nonzero(w == r))
            c.ceiling_fen += ceil_yes[j]
            c.ceiling_unknown_fen += ceil_unknown[j]
            c.not_computable += int(counts[2, j])
            c.granted_rows += int(counts[3, j])
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

    out: dict[str, Any] = {}
    for policy in policies:
        for f in policy.facts.values():
            if f.type == "list":
                raise CaseInputError(f.name, f"「{f.label}」是列表事实（每项一组值），CSV 的一格放不下一个列表",
                                     "用 Parquet（List(Struct) 列），或逐案写成案例文件（YAML/JSON）")
        out.update({name: _dtype(f) for name, f in policy.facts.items()})
        for name in record_columns(policy):
            flag = name == "rec_barred" or name.startswith("rec_excluded__")
            out[name] = pl.Boolean if flag else pl.Int64
    return out


def _no_record(name: str) -> Any:
    """The value of a record column that says "no record": not barred, not excluded, nothing granted."""
    import polars as pl

    flag = name == "rec_barred" or name.startswith("rec_excluded__")
    return pl.lit(False, dtype=pl.Boolean) if flag else pl.lit(0, dtype=pl.Int64)


@dataclass
class _Source:
    """What the batches are read from: the lazy frame with every column the policies need, as the file has
    them (a category column stays a string column: :func:`table_from_frame` turns it into codes, and names a
    cell that is no declared value), the kind ("parquet": sliced, "csv": streamed), the facts the file lacks,
    and the rows a sheet reader refused."""

    plain: Any
    kind: str
    missing: tuple[str, ...]
    refused: int = 0
    problems: tuple[str, ...] = ()
    align: bool = False  # batches rounded down to whole row groups (:func:`_aligned`): the default batch size


_FACT_DTYPES = {"money": "Int64", "integer": "Int64", "bool": "Boolean", "category": "String", "date": "Date"}


def _dtype(f: m.FactDef) -> Any:
    """The column type of a fact in the table form (a list fact: a List of Structs of its fields)."""
    import polars as pl

    if f.type == "list":
        return pl.List(pl.Struct({i.name: _dtype(i) for i in f.items}))
    return pl.Decimal(38, 10) if f.type == "number" else getattr(pl, _FACT_DTYPES[f.type])


def _unknown(f: m.FactDef) -> Any:
    """A fact column the file lacks: unknown in every row."""
    import polars as pl

    return pl.lit(None, dtype=_dtype(f))


def _scan(path: Path, policies: Sequence[m.Policy], keep: Sequence[str],
          absent_records: bool = False, optional: Sequence[str] = ()) -> _Source:
    """The columns the policies need (and ``keep``), lazily. The one reader of registries,
    :mod:`subsidy.population.reader`, decides how the file is read: a sheet for people (columns by the
    facts' Chinese labels, money with its unit; CSV or Excel or Parquet) goes through it whole, its bad rows
    left out and named; a file in the table form (columns by the facts' names, docs/table-format.md) is
    scanned in batches. Either way a fact with no column is unknown in every row (named once, in
    ``missing``); a missing record column is refused up front (with ``absent_records``, read as "no
    record" instead). An ``optional`` column of ``keep`` the file lacks is kept as nulls."""
    import polars as pl

    from subsidy.population.reader import is_sheet, one_policy, read_registry

    if not path.is_file():
        raise CaseInputError(str(path), "文件不存在", "检查路径")
    suffix = path.suffix.lower()
    merged = one_policy(policies)
    refused = 0
    problems: tuple[str, ...] = ()
    try:
        if suffix == ".parquet":
            lf = pl.scan_parquet(path)
        elif suffix == ".csv":
            lf = pl.scan_csv(path, schema_overrides=_csv_schema(policies))
        elif suffix != ".xlsx":
            raise CaseInputError(str(path), "不是 Parquet、CSV 或 Excel 文件", "文件名以 .parquet、.csv 或 .xlsx 结尾")
        present = [] if suffix == ".xlsx" else lf.collect_schema().names()
    except pl.exceptions.PolarsError as exc:
        raise CaseInputError(str(path), "无法读取该文件", f"确认它是完整的 {suffix[1:]} 文件") from exc
    if suffix == ".xlsx" or is_sheet(present, merged):
        registry = read_registry(path, merged)
        lf, present, suffix = registry.frame.lazy(), registry.frame.columns, ".parquet"  # in memory: sliced
        refused, problems = registry.rows_refused, tuple(str(p) for p in registry.problems)
        present = [c for c in present if c not in registry.missing]
    wanted = list(dict.fromkeys([*keep, *(c for p in policies for c in _needed(p))]))
    facts = merged.facts
    for name in wanted:
        if name not in present and name not in facts and name not in optional and not (
                absent_records and name.startswith("rec_")):
            raise CaseInputError(name, "表中缺少该列", "每个事实和记录列都要有（未知的值用空值）")
    missing = tuple(n for n in wanted if n in facts and n not in present)

    def column(name: str) -> Any:
        if name in present:
            return pl.col(name)
        if name in optional and name not in facts:
            return pl.lit(None, pl.String).alias(name)
        return (_unknown(facts[name]) if name in facts else _no_record(name)).alias(name)

    plain = lf.select([column(n) for n in wanted])
    return _Source(plain, suffix[1:], missing, refused, problems)


def _rows_of(source: _Source, rows: tuple[int, int]) -> _Source:
    """The scan restricted to the file's rows ``rows[0]`` (included) to ``rows[1]`` (excluded)."""
    if not 0 <= rows[0] <= rows[1]:
        raise ValueError("rows must be (start, stop) with 0 <= start <= stop")
    n = rows[1] - rows[0]
    return dataclasses.replace(source, plain=source.plain.slice(rows[0], n))


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


def _frames(lf: _Source, batch_rows: int, read_ahead: bool, prepare: Callable[[Any], Any] = lambda f: f) -> Iterator[Any]:
    """The scan's rows, ``batch_rows`` at a time, each read (and passed through ``prepare``) only when asked
    for (or, with ``read_ahead``, :data:`READ_AHEAD` batches ahead, on as many threads, while the one before
    is being evaluated, if they are small enough, else one: :func:`_depth`; that many batches more in memory,
    and the reading, which polars does without the GIL, and ``prepare`` overlap the evaluation).

    A Parquet file is read slice by slice (``scan.slice(start, n).collect()``: the reader decodes only
    the row groups under the slice), so nothing more is decoded ahead; polars' ``collect_batches`` would
    run the whole scan ahead into its buffers. A CSV file has no row index to slice by: it streams
    through ``collect_batches``.
    """
    source, kind = lf.plain, lf.kind
    if kind == "csv":
        yield from map(prepare, source.collect_batches(chunk_size=batch_rows))
        return
    import polars as pl

    rows = int(lf.plain.select(pl.len()).collect().item())
    if lf.align:
        batch_rows = _aligned(lf, batch_rows, rows)
    starts = range(0, rows, batch_rows)

    def read(start: int) -> Any:
        # as read: one chunk per row group (not copied into one here: what :func:`table_from_frame` makes of
        # the columns comes out in one chunk, and the columns it passes through are copied only there)
        return prepare(source.slice(start, batch_rows).collect())

    if not read_ahead:
        for start in starts:
            yield read(start)
        return
    ahead = _depth(READ_AHEAD, batch_rows)
    with ThreadPoolExecutor(max_workers=ahead) as pool:
        pending = deque(pool.submit(read, start) for start in starts[:ahead])
        for i in range(len(starts)):
            frame = pending.popleft().result()
            if i + ahead < len(starts):
                pending.append(pool.submit(read, starts[i + ahead]))
            yield frame
            del frame


def _aligned(lf: _Source, batch_rows: int, rows: int) -> int:
    """``batch_rows`` rounded down to whole row groups of the file, when the first batch shows them (its
    columns come in one chunk per row group: two or more whole ones of the same size, or one whole one
    and the start of the next). A batch that ends inside a row group has that group decoded again by the
    next batch (a third more decoding with polars' 125,000-row groups and 2^18-row batches); aligned, each
    group is decoded once. A group of at least :data:`_ONE_GROUP` rows is a batch of its own: its columns
    come in one chunk each, which NumPy reads without a copy (a batch of two groups is copied into one
    chunk per column: a sixth of the evaluation's CPU time on the Chaoyang bench). The results do not depend
    on the batches (only ``PolicySummary.batches``)."""
    if rows <= batch_rows:
        return batch_rows
    from subsidy.population.reader import row_group_size

    group = row_group_size(lf.plain, batch_rows)
    if group is None:
        return batch_rows
    if group >= _ONE_GROUP:
        return group
    return max(group, batch_rows // group * group)


# results of a policy in flight (being added to its summary, or added and not yet written over): two, so
# that one batch is added while the next is evaluated
_IN_FLIGHT = 2


def _depth(wanted: int, batch_rows: int) -> int:
    """How many batches to keep in flight (read ahead, or results being added): ``wanted`` while that many
    batches together are no more than :data:`DEFAULT_BATCH_ROWS` rows (the memory in flight is then that
    of one default batch: a file's row groups of 125,000 rows go two at a time), else one (a larger batch
    keeps the peak memory it had)."""
    return wanted if wanted * batch_rows <= DEFAULT_BATCH_ROWS else 1

# a row group this large is read as a batch of its own (evaluate_table's chunk: the per-batch overhead is
# then that of a chunk or two)
_ONE_GROUP = 1 << 16


def _batches(lf: _Source, policies: Sequence[m.Policy], as_of: dt.date, effective_from: dt.date | None,
             batch_rows: int, read_ahead: bool, summaries: list[PolicySummary], keep: Sequence[str],
             with_rows: bool, progress: Callable[[int], None] | None = None, first_row: int = 0) -> Iterator[Any]:
    """Evaluate batch by batch, adding to ``summaries``; with ``with_rows``, yield each batch's per-row
    output frame (``keep`` columns, then each policy's :func:`result_columns`). ``first_row``: the
    file's row the scan starts at (errors name rows of the file)."""
    import polars as pl

    start = first_row
    # Each result is added to its summary on a thread of its own while the batch's next policy (or the
    # next batch) is converted and evaluated (NumPy counts without the GIL): a policy's summary adds its
    # batches in order, one at a time (one adding thread). Per policy, the results still being added (or
    # added and not yet written over), oldest first: at most ``in_flight`` of them (:func:`_depth`), the
    # oldest written over by the next batch once it has been added, so that adding a batch overlaps
    # evaluating the next one.
    adding: dict[int, deque[tuple[Future[None], TableResult | None]]] = {i: deque() for i in range(len(policies))}
    in_flight = 0

    def tables(frame: Any) -> tuple[Any, list[CaseTable] | CaseInputError]:
        """The batch's table for each policy (converted where it is read: with ``read_ahead``, while the batch
        before is evaluated), or what refused it."""
        converted: dict[tuple[Any, ...], Any] = {}  # a column two policies read is converted once
        try:
            return frame, [table_from_frame(policy, frame, converted) for policy in policies]
        except CaseInputError as exc:
            return frame, exc

    def refused(exc: CaseInputError, frame: Any) -> CaseInputError:
        where = f"第 {start + 1}–{start + frame.height} 行中"
        return CaseInputError(exc.field, f"{exc.problem}（{where}）", exc.hint)

    with ThreadPoolExecutor(max_workers=1) as adder:
        for frame, converted in _frames(lf, batch_rows, read_ahead, tables):
            if isinstance(converted, CaseInputError):
                raise refused(converted, frame) from converted
            if in_flight == 0:  # from the first batch's size (the others are the same, or the last smaller)
                in_flight = _depth(_IN_FLIGHT, frame.height)
            parts = [frame.select(keep)] if with_rows else []
            for i, (policy, summary) in enumerate(zip(policies, summaries, strict=True)):
                eff = effective_from if policy.effective_from is None else None
                queue, reuse = adding[i], None
                if len(queue) >= in_flight:
                    done, reuse = queue.popleft()
                    done.result()
                try:
                    result = evaluate_table(policy, converted[i], as_of, effective_from=eff, workers=WORKERS,
                                            reuse=reuse)
                except CaseInputError as exc:
                    raise refused(exc, frame) from exc
                del reuse
                # with the rows written out, a result is not written over (its rows are copied into the frame)
                queue.append((adder.submit(summary.add, result), None if with_rows else result))
                if with_rows:
                    parts.append(_result_frame(policy, result))
                del result
            del converted
            start += frame.height
            if progress is not None:
                progress(start)
            if with_rows:
                yield pl.concat(parts, how="horizontal")
        for queue in adding.values():
            for pending, _ in queue:
                pending.result()


def evaluate_file(path: Path | str, policies: Sequence[m.Policy], as_of: dt.date, *,
                  effective_from: dt.date | None = None, batch_rows: int | None = None,
                  output: Path | str | None = None, keep: Sequence[str] = (), keep_if_present: Sequence[str] = (),
                  read_ahead: bool = True, absent_records: bool = False,
                  progress: Callable[[int], None] | None = None,
                  rows: tuple[int, int] | None = None) -> list[PolicySummary]:
    """Assess every row of the registry at ``path`` against each of ``policies`` on ``as_of``.

    ``effective_from`` is the date of 施行 for the policies that have none of their own (drafts).
    With ``output``, the per-row results go to that Parquet file, preceded by the ``keep`` columns of
    the input (an applicant's id, say), then the ``keep_if_present`` ones (nulls where the file has no such
    column: a registry's descriptive attributes, say). Peak memory grows with ``batch_rows`` (and the file's row-group
    size: a row group is decoded whole), not with the number of rows; left out, it is
    :data:`DEFAULT_BATCH_ROWS` rounded down to the file's whole row groups (each decoded once; a row group
    of 2^16 rows or more is a batch of its own, read without a copy); given, it is kept exactly. ``read_ahead`` reads the next batch
    while one is evaluated. With ``absent_records``, a record column the file lacks is read as "no
    record" for every row (not barred, no earlier grant, no support elsewhere, not excluded: the state of
    a draft nobody has been granted under yet); without it, a missing column is refused. ``progress``
    is called after each batch with the number of rows evaluated so far. With ``rows=(start, stop)``,
    only those rows of the file are evaluated (a partition: :mod:`subsidy.rules.distributed`).
    """
    import polars as pl
    from polars.io.plugins import register_io_source

    align = batch_rows is None and rows is None  # a partition starts inside a row group: kept as asked
    if batch_rows is None:
        batch_rows = DEFAULT_BATCH_ROWS
    if batch_rows < 1:
        raise ValueError("batch_rows must be at least 1")
    path = Path(path)
    keep = list(dict.fromkeys([*keep, *keep_if_present]))
    lf = dataclasses.replace(_scan(path, policies, keep, absent_records, optional=keep_if_present), align=align)
    if rows is not None:
        lf = _rows_of(lf, rows)
    summaries = [PolicySummary.empty(p) for p in policies]
    for p, summary in zip(policies, summaries, strict=True):
        summary.missing = tuple(n for n in lf.missing if n in p.facts)
        summary.rows_refused, summary.problems = lf.refused, lf.problems
    if output is None:
        for _ in _batches(lf, policies, as_of, effective_from, batch_rows, read_ahead, summaries, keep, with_rows=False,
                          progress=progress, first_row=0 if rows is None else rows[0]):
            pass
        return summaries

    input_schema = lf.plain.collect_schema()
    schema: dict[str, Any] = {name: input_schema[name] for name in keep}
    for p in policies:
        for name in result_columns(p):
            schema[name] = pl.Int64 if name.endswith((".ceiling", ".granted", ".total")) else pl.Int8
    failure: list[BaseException] = []

    def source(with_columns: Any, predicate: Any, n_rows: Any, batch_size: Any) -> Iterator[Any]:
        try:
            yield from _batches(lf, policies, as_of, effective_from, batch_rows, read_ahead, summaries, keep, with_rows=True,
                                progress=progress, first_row=0 if rows is None else rows[0])
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
