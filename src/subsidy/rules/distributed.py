"""Evaluate a registry too large for one machine on a Dask cluster (the optional extra ``distributed``).

The registry file (Parquet, or CSV in the table form) is cut into ``partitions`` ranges of rows
(:func:`split`); each range is one task, :func:`evaluate_partition`, which is
:func:`subsidy.rules.stream.evaluate_file` on those rows: the same per-batch evaluation as on one
machine, on a worker. What comes back from a task is one small :class:`PolicySummary` per policy
(counts and Python-integer sums in 分); :func:`combine` adds them up exactly, in partition order, so
the result is the single-machine result, to the 分, whatever the number of partitions.

The workers read the file themselves: it must be at the same path on every worker (shared storage).
Nothing of the registry passes through the client or the scheduler; only the policies go out (pickled
once per task) and the summaries come back.

A match (``subsidy match --scheduler``) is cut the same way, but from a frame in the client's memory
rather than a file: its rows carry the database's records, joined in by the client, so each range of
rows goes out to a worker (:func:`evaluate_frame_partitioned`, the task :func:`evaluate_rows`) and the
per-row results come back, put together in row order.

Dask is imported only by :func:`connect` (and so only when a scheduler is asked for);
:func:`evaluate_partitioned` without a client runs the same partitions one after the other in this
process (what the tests compare the cluster against).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from subsidy.errors import CaseInputError
from subsidy.rules import model as m
from subsidy.rules.stream import ClauseSummary, PolicySummary, evaluate_file
from subsidy.rules.vector import FRAME_BLOCK, FrameResults, evaluate_frame

if TYPE_CHECKING:
    import polars as pl

__all__ = ["LOCAL", "MAX_PARTITIONS", "WORKER_CONFIG", "combine", "connect", "count_rows",
           "evaluate_frame_partitioned", "evaluate_partition", "evaluate_partitioned", "evaluate_rows", "local_cluster",
           "split"]

LOCAL = "local"
"""The scheduler "address" that starts a cluster on this machine (one worker process per core)."""
MAX_PARTITIONS = 10_000
INSTALL_HINT = "安装可选依赖：pip install 'subsidy[distributed]'（即 dask[distributed]）"


def count_rows(path: Path | str) -> int:
    """The number of data rows of a Parquet file (from its footer) or a CSV file (one scan)."""
    import polars as pl

    path = Path(path)
    if not path.is_file():
        raise CaseInputError(str(path), "文件不存在", "检查路径")
    suffix = path.suffix.lower()
    try:
        if suffix == ".parquet":
            lf = pl.scan_parquet(path)
        elif suffix == ".csv":
            lf = pl.scan_csv(path, infer_schema=False)
        else:
            raise CaseInputError(str(path), "不是 Parquet 或 CSV 文件", "文件名以 .parquet 或 .csv 结尾")
        return int(lf.select(pl.len()).collect().item())
    except pl.exceptions.PolarsError as exc:
        raise CaseInputError(str(path), "无法读取该文件", f"确认它是完整的 {suffix[1:]} 文件") from exc


def split(rows: int, partitions: int) -> list[tuple[int, int]]:
    """``rows`` rows in ``partitions`` consecutive ranges ``(start, stop)`` whose sizes differ by at most
    one (fewer ranges when there are fewer rows than partitions; none for no rows)."""
    if partitions < 1:
        raise ValueError("partitions must be at least 1")
    n = min(partitions, rows)
    if n == 0:
        return []
    size, extra = divmod(rows, n)
    out, start = [], 0
    for i in range(n):
        stop = start + size + (i < extra)
        out.append((start, stop))
        start = stop
    return out


def evaluate_partition(path: str, policies: Sequence[m.Policy], as_of: dt.date, rows: tuple[int, int],
                       effective_from: dt.date | None, batch_rows: int | None,
                       absent_records: bool) -> list[PolicySummary]:
    """One task: the summaries of rows ``rows`` of the file (a worker runs it)."""
    return evaluate_file(path, policies, as_of, effective_from=effective_from, batch_rows=batch_rows,
                         rows=rows, read_ahead=False, absent_records=absent_records)


def _add(a: Any, b: Any, name: str) -> Any:
    if isinstance(a, bool) or not isinstance(a, int | list):
        if a != b:
            raise ValueError(f"partial summaries differ in {name}: {a!r} and {b!r}")
        return a
    if isinstance(a, int):
        return a + b
    if len(a) != len(b):
        raise ValueError(f"partial summaries differ in the length of {name}")
    return [x + y for x, y in zip(a, b, strict=True)]


_OF_THE_FILE = frozenset({"missing", "rows_refused", "problems"})
"""Summary fields that describe the whole file, not the rows read (each partition reads the same
header, and a sheet for people is checked whole): the same in every part, taken once, not added."""


def _merge(items: Sequence[Any], name: str) -> Any:
    """Field by field: integers added, lists of integers added element-wise, anything else the same in
    every part (an id); nested clause summaries merged the same way."""
    first = items[0]
    values: dict[str, Any] = {}
    for f in dataclasses.fields(first):
        parts = [getattr(x, f.name) for x in items]
        if f.name == "clauses":
            if len({len(p) for p in parts}) != 1:
                raise ValueError("partial summaries have different clauses")
            values[f.name] = [_merge(list(cs), f"{name}.{cs[0].clause_id}")
                              for cs in zip(*parts, strict=True)]
            continue
        value = parts[0]
        if f.name in _OF_THE_FILE:
            if any(p != value for p in parts[1:]):
                raise ValueError(f"partial summaries disagree on {name}.{f.name}, a figure of the whole file")
            values[f.name] = value
            continue
        for p in parts[1:]:
            value = _add(value, p, f"{name}.{f.name}")
        values[f.name] = value
    return type(first)(**values)


def combine(policies: Sequence[m.Policy], parts: Sequence[Sequence[PolicySummary]]) -> list[PolicySummary]:
    """The summaries of the whole file from those of its partitions: every count and every sum in 分
    added (Python integers: exact). No partition gives the empty summaries."""
    out = []
    for i, policy in enumerate(policies):
        mine = [p[i] for p in parts]
        if any(s.policy_id != policy.id for s in mine):
            raise ValueError("a partial summary is of another policy")
        merged = _merge(mine, policy.id) if mine else PolicySummary.empty(policy)
        assert isinstance(merged, PolicySummary) and all(isinstance(c, ClauseSummary) for c in merged.clauses)
        out.append(merged)
    return out


def _distributed() -> Any:
    """The ``distributed`` package (Dask's cluster), imported on first use; refused when not installed."""
    import importlib

    try:
        return importlib.import_module("distributed")
    except ImportError as exc:
        raise CaseInputError("--scheduler", "未安装分布式计算组件 Dask", INSTALL_HINT) from exc


WORKER_CONFIG = {"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}
"""Dask configuration for the workers this module starts. Dask's nannies start each worker with
``MALLOC_TRIM_THRESHOLD_=65536``; setting it turns off glibc's adaptive mmap threshold, so every array
the evaluator allocates (blocks of 64k rows: 512 KiB a column) is mapped and unmapped afresh, which made
the evaluation 2.5–3.5 times slower (bench/distributed_bench.py). Workers started by ``dask worker``
on a real cluster need the same (docs/simulate.md)."""


def local_cluster(n_workers: int | None = None) -> Any:
    """A Dask ``LocalCluster``: ``n_workers`` (default: one per core) single-threaded worker processes,
    listening on 127.0.0.1 only, no dashboard, with :data:`WORKER_CONFIG`.

    The scheduler always serves HTTP (health, metrics); ``dashboard_address=None`` only leaves it on
    the dashboard's port 8787 (and a warning when that is taken), so it gets a free port on 127.0.0.1
    and ``dashboard=False`` keeps the dashboard off even where bokeh is installed."""
    import importlib

    cluster = _distributed().LocalCluster
    with importlib.import_module("dask.config").set(WORKER_CONFIG):
        return cluster(n_workers=n_workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                       host="127.0.0.1", dashboard_address="127.0.0.1:0", scheduler_kwargs={"dashboard": False})


@contextmanager
def connect(scheduler: str, timeout: float = 10) -> Iterator[Any]:
    """A Dask ``Client`` of the scheduler at ``scheduler`` (``tcp://host:8786``), or, with
    :data:`LOCAL`, of a cluster started on this machine (one single-threaded worker process per core,
    listening on 127.0.0.1 only) and stopped afterwards."""
    Client = _distributed().Client
    if scheduler == LOCAL:
        cluster = local_cluster()
        try:
            with Client(cluster) as client:
                yield client
        finally:
            cluster.close()
        return
    try:
        client = Client(scheduler, timeout=timeout)
    except (OSError, ValueError, TypeError) as exc:
        raise CaseInputError("--scheduler", f"无法连接调度器「{scheduler[:80]}」",
                             "确认 dask scheduler 已启动，地址写成 tcp://主机:端口（默认端口 8786），"
                             "或写 local 在本机启动") from exc
    with client:
        yield client


def evaluate_partitioned(path: Path | str, policies: Sequence[m.Policy], as_of: dt.date, *,
                         partitions: int | None = None, client: Any = None,
                         effective_from: dt.date | None = None, batch_rows: int | None = None,
                         absent_records: bool = False,
                         progress: Callable[[int], None] | None = None) -> list[PolicySummary]:
    """What :func:`subsidy.rules.stream.evaluate_file` returns for the file at ``path``, computed in
    ``partitions`` ranges of rows: on the workers of the Dask ``client`` (default: one partition per
    worker thread), or, without a client, one after the other here. ``progress`` is called as
    partitions finish, with the number of rows done."""
    if partitions is not None and not 1 <= partitions <= MAX_PARTITIONS:
        raise CaseInputError("--partitions", f"分区数 {partitions} 不在 1–{MAX_PARTITIONS} 之间", "写 1 到 10000 之间的整数")
    path = Path(path)
    # the file and its columns are checked here, before any task is sent (an empty range reads no row)
    evaluate_file(path, policies, as_of, effective_from=effective_from, rows=(0, 0), absent_records=absent_records)
    if partitions is None:
        partitions = 1 if client is None else max(1, sum(client.nthreads().values()))
    spans = split(count_rows(path), partitions)
    where = str(path.resolve())
    done = 0
    if client is None:
        parts = []
        for span in spans:
            parts.append(evaluate_partition(where, policies, as_of, span, effective_from, batch_rows, absent_records))
            done += span[1] - span[0]
            if progress is not None:
                progress(done)
        return combine(policies, parts)
    as_completed = _distributed().as_completed
    shared = client.scatter(list(policies), broadcast=True)  # the policies go to each worker once
    futures = [client.submit(evaluate_partition, where, shared, as_of, span, effective_from, batch_rows,
                             absent_records, pure=False) for span in spans]
    size = {f.key: span[1] - span[0] for f, span in zip(futures, spans, strict=True)}
    for future in as_completed(futures):
        if future.status == "error":
            future.result()  # raises the worker's error here (a CaseInputError keeps its fields)
        done += size[future.key]
        if progress is not None:
            progress(done)
    return combine(policies, client.gather(futures))


def evaluate_rows(policy: m.Policy, frame: pl.DataFrame, as_of: dt.date, effective_from: dt.date | None,
                  block: int = FRAME_BLOCK) -> FrameResults:
    """One task of a match: :func:`subsidy.rules.vector.evaluate_frame` on a worker."""
    return evaluate_frame(policy, frame, as_of, effective_from=effective_from, block=block)


def evaluate_frame_partitioned(policy: m.Policy, frame: pl.DataFrame, as_of: dt.date, *, client: Any,
                               partitions: int | None = None, effective_from: dt.date | None = None,
                               block: int = FRAME_BLOCK,
                               progress: Callable[[int, int], None] | None = None) -> FrameResults:
    """What :func:`evaluate_rows` returns for ``frame``, computed in ``partitions`` ranges of rows on the
    workers of the Dask ``client`` (default: one per worker thread), or, without a client, one after the
    other here; the ranges' results put together in row order. ``progress`` is called as ranges finish,
    with the rows done and the rows in all."""
    import numpy as np

    if partitions is not None and not 1 <= partitions <= MAX_PARTITIONS:
        raise CaseInputError("--partitions", f"分区数 {partitions} 不在 1–{MAX_PARTITIONS} 之间", "写 1 到 10000 之间的整数")
    if partitions is None:
        partitions = 1 if client is None else max(1, sum(client.nthreads().values()))
    n = frame.height
    spans = split(n, partitions)
    done = 0
    parts: list[FrameResults] = []
    if client is None:
        for a, b in spans:
            parts.append(evaluate_rows(policy, frame.slice(a, b - a), as_of, effective_from, block))
            done += b - a
            if progress is not None:
                progress(done, n)
    else:
        as_completed = _distributed().as_completed
        shared = client.scatter(policy, broadcast=True)
        futures = [client.submit(evaluate_rows, shared, client.scatter(frame.slice(a, b - a)), as_of, effective_from,
                                 block, pure=False) for a, b in spans]
        size = {f.key: b - a for f, (a, b) in zip(futures, spans, strict=True)}
        for future in as_completed(futures):
            if future.status == "error":
                future.result()  # raises the worker's error here
            done += size[future.key]
            if progress is not None:
                progress(done, n)
        parts = client.gather(futures)
    k = len(policy.clauses)
    if not parts:
        return (np.empty((0, k), dtype=np.int8), np.empty((0, k), dtype=np.int8),
                np.empty((0, k), dtype=np.int64), np.empty((0, k), dtype=np.int64))
    eligible, reason, ceiling, granted = (np.concatenate([p[i] for p in parts]) for i in range(4))
    return eligible, reason, ceiling, granted
