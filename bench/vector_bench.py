"""The vectorised path against its practical limit, and streaming a Shenzhen-sized registry.

    PYTHONPATH=src .venv/bin/python bench/vector_bench.py [--part kernel|stream|all] [--rows 1e6]
        [--pairs 9] [--workers N] [--stream-rows 2.5e6] [--stream-runs 3] [--batch-rows N] [--seed 20270630]

(a) ``kernel``: the 12 monetary clauses of the Chaoyang policy on ``--rows`` fully known synthetic
    cases (bench/rules_bench.py's generator), built once into a table; then paired runs, alternated in
    one process (the order flips every pair), of the generic :func:`evaluate_table` and of tight
    single-thread kernels of the same arithmetic, each producing the same five outputs (eligible,
    reason, ceiling, granted, total; asserted equal to the generic ones):

    - ``chunked``: hand-written NumPy over blocks of ``--block`` rows (cache-resident), clause by
      clause with each clause's arithmetic specialised (a fixed amount, a rate under a cap, a cap with
      history), then 就高 and 差额;
    - ``numba``: one compiled loop over the rows, when numba can be imported. numba is no dependency
      of the project: make a separate venv for it and run this script with that interpreter:

          python3 -m venv /work/numbavenv
          /work/numbavenv/bin/pip install numba numpy polars pyarrow pyyaml chinesecalendar pydantic scipy
          PYTHONPATH=src /work/numbavenv/bin/python bench/vector_bench.py --part kernel

    With ``--workers N`` above 1 (default: the number of cores) two threaded runs join them:
    ``generic×N`` (evaluate_table with N workers: its chunks on N threads) and ``numba×N`` (the same
    numba loop as a ``prange``, ``parallel=True``, on N threads).

    Printed: each pair's times; the medians of the per-pair ratios generic ÷ chunked, generic ÷ numba
    (single thread each: the target, ≤ 1.3), generic×N ÷ numba (threaded generic against the
    single-thread kernel) and generic×N ÷ numba×N (both on N threads: like for like), wall and CPU.

(b) ``stream``: one synthetic registry of ``--stream-rows`` rows carrying the columns of both seed
    policies (Chaoyang and Bao'an; values drawn by each fact's declared domain, seeded, with
    unknowns), written as Parquet into a temporary directory; then, each in a fresh subprocess (its
    own peak RSS, VmHWM), ``--stream-runs`` times: :func:`subsidy.rules.stream.evaluate_file` over
    both policies (one scan), and each policy alone; once both with the per-row results written to
    Parquet (``output``); and once the whole-file path (read_parquet + table_from_frame +
    evaluate_table per policy) for comparison. Targets: ≤ 1 GiB RSS, ≤ 2.5 s. With ``--before SRC``
    instead: both seeds streamed by the tree at SRC and by this one, alternated (``--stream-runs`` pairs),
    and the median ratios after ÷ before of wall and CPU time.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rules_bench import (
    AS_OF,
    BAOAN,
    CHAOYANG,
    CY_CLAUSES,
    CY_EVENTS,
    CY_PLATFORMS,
    EFFECTIVE,
    WAN,
    generate,
    kernel_inputs,
)
from subsidy.dates import validity_window
from subsidy.rules.registry import find_policy
from subsidy.rules.results import Reason
from subsidy.rules.stream import DEFAULT_BATCH_ROWS, evaluate_file
from subsidy.rules.vector import TableResult, evaluate_table, table_from_frame

try:
    import numba
except ImportError:
    numba = None

I64 = npt.NDArray[np.int64]
I8 = npt.NDArray[np.int8]
Arr = npt.NDArray[Any]
Outputs = tuple[I8, I8, I64, I64, I64]  # eligible, reason, ceiling, granted (clause-major) and total

# Reason codes, from the enum (a kernel may hard-wire them; their precedence is written out below)
VALIDITY, BARRED, APPLICANT, CONDITION = (int(Reason.OUTSIDE_VALIDITY), int(Reason.BARRED),
                                          int(Reason.APPLICANT), int(Reason.CONDITION))
PROGRAMME, ZERO, CAP = int(Reason.PROGRAMME_OVER), int(Reason.ZERO_AMOUNT), int(Reason.CAP_EXHAUSTED)
W = WAN
PROGRAMME_YEARS = 3
# per clause: (kind, amount or cap in 分, rate numerator, rate denominator); kinds: "fixed" amount,
# "rate" of a base under an application cap, "room" (a fixed amount under a cap with earlier grants)
CLAUSES: list[tuple[str, int, int, int]] = [
    ("fixed", 500 * W, 0, 1), ("rate", 200 * W, 1, 2), ("room", 500 * W, 0, 1), ("fixed", 500 * W, 0, 1),
    ("fixed", 200 * W, 0, 1), ("rate", 500 * W, 1, 2), ("rate", 500 * W, 1, 2), ("rate", 200 * W, 1, 2),
    ("room", 500 * W, 0, 1), ("room", 3000 * W, 0, 1), ("rate", 500 * W, 1, 2), ("rate", 100 * W, 3, 10),
]
RATE_BASE = {1: "funds_received", 5: "project_budget", 6: "construction_cost", 7: "actual_premium",
             10: "event_investment", 11: "event_investment"}
ROOM_USED = {2: "rec_cap_fen__art5-1#cap1", 8: "rec_cap_fen__art9#cap1", 9: "rec_cap_fen__art10#cap1"}
PROGRAMME_CLAUSES = {2, 8, 9}


def _in_window() -> bool:
    start, end = validity_window(EFFECTIVE, 3)  # 第十六条: 3 years from 施行
    return bool(start <= AS_OF <= end)


# ---- (a) the chunked NumPy kernel -------------------------------------------------------------------


def chunked_kernel(a: dict[str, Arr], in_window: bool, block: int) -> Outputs:
    """The Chaoyang arithmetic in blocks of ``block`` rows: each step one NumPy call over the block's
    (clauses × rows) matrix, written straight into the outputs; each clause's amount specialised by kind."""
    n, k = len(a["rec_barred"]), len(CLAUSES)
    eligible = np.empty((k, n), dtype=np.int8)
    reason = np.empty((k, n), dtype=np.int8)
    ceiling = np.empty((k, n), dtype=np.int64)
    granted = np.empty((k, n), dtype=np.int64)
    total = np.empty(n, dtype=np.int64)
    rate_rows = [j for j, c in enumerate(CLAUSES) if c[0] == "rate"]
    room_rows = [j for j, c in enumerate(CLAUSES) if c[0] == "room"]
    fixed_rows = [j for j, c in enumerate(CLAUSES) if c[0] == "fixed"]
    clause_index = np.arange(k, dtype=np.int64)[:, None]
    cond = np.empty((k, block), dtype=np.bool_)
    ceil = np.empty((k, block), dtype=np.int64)
    bounds = np.empty((k, block), dtype=np.int64)
    why = np.empty((k, block), dtype=np.int8)
    for j in fixed_rows:
        ceil[j] = bounds[j] = CLAUSES[j][1]
    for j in room_rows:
        bounds[j] = CLAUSES[j][1]
    for lo in range(0, n, block):
        hi = min(n, lo + block)
        s, m = slice(lo, hi), hi - lo
        if m < block:
            cond, ceil, bounds, why = cond[:, :m], ceil[:, :m], bounds[:, :m], why[:, :m]
        if not in_window:
            common = np.full(m, VALIDITY, dtype=np.int8)
        else:
            applicant = (a["operates_in_chaoyang"][s] & ~a["work_safety_accident"][s]
                         & ~a["serious_dishonesty"][s] & a["smart_eldercare_field"][s])
            common = np.where(a["rec_barred"][s], np.int8(BARRED), np.where(applicant, np.int8(0), np.int8(APPLICANT)))
        platform, event = a["platform_type"][s], a["event_type"][s]
        np.logical_and(a["key_tech_breakthrough"][s], a["first_release_completed"][s], out=cond[0])
        cond[1] = a["state_funded_project"][s]
        np.less_equal(platform, 4, out=cond[2])
        np.logical_and(platform >= 5, platform <= 10, out=cond[3])
        cond[4] = a["dataset_or_corpus_built"][s]
        cond[5] = a["scenario_opened"][s]
        cond[6] = a["care_consortium_built"][s]
        cond[7] = a["liability_insurance_insured"][s]
        cond[8] = a["park_operator"][s]
        cond[9] = a["innovative_enterprise_breakthrough"][s]
        np.less_equal(event, 2, out=cond[10])
        np.greater_equal(event, 3, out=cond[11])
        why.fill(0)
        for j in rate_rows:
            _, cap, num, den = CLAUSES[j]
            base = a[RATE_BASE[j]][s]
            # half-up at 分 (money.apply_rate): (2·num·base + den) // (2·den); for 1/2 that is (base + 1) >> 1
            amount = (base + 1) >> 1 if (num, den) == (1, 2) else (2 * num * base + den) // (2 * den)
            np.minimum(amount, cap, out=ceil[j])
            bounds[j] = ceil[j]
            np.multiply(amount == 0, np.int8(ZERO), out=why[j])
        year = a["programme_year"][s]
        out_of_programme = (year < 1) | (year > PROGRAMME_YEARS)
        for j in room_rows:
            value = CLAUSES[j][1]
            np.minimum(value, np.maximum(0, value - a[ROOM_USED[j]][s]), out=ceil[j])
            np.multiply(ceil[j] == 0, np.int8(CAP), out=why[j])
            np.copyto(why[j], PROGRAMME, where=out_of_programme)
        np.multiply(why, cond, out=why)  # a false condition: CONDITION (branch-free: multiplies beat masks)
        why += CONDITION * ~cond
        ok = common == 0
        np.multiply(why, ok, out=why)  # a failed common gate wins over the clause's own
        why += common
        reason[:, s] = why
        e = eligible[:, s]
        np.equal(why, 0, out=e.view(np.bool_))
        c = ceiling[:, s]
        np.multiply(ceil, e, out=c)
        # 就高: the first largest candidate (a later clause must be strictly larger), and its bound
        score = (c + 1) * e - 1  # the ceiling where eligible, else -1
        top = score[0].copy()
        best = np.zeros(m, dtype=np.int64)
        bound = bounds[0].copy()
        for j in range(1, k):
            better = score[j] > top
            np.maximum(top, score[j], out=top)
            np.maximum(best, better * j, out=best)
            bound += (bounds[j] - bound) * better
        has = top >= 0
        win = np.minimum(top, np.maximum(0, bound - a["rec_prior_fen"][s]))
        win -= np.minimum(np.maximum(win, 0), a["rec_difference_fen"][s])  # 差额
        win += (top - win) * ~has
        g = granted[:, s]
        np.subtract(e, 1, out=g, dtype=np.int64, casting="unsafe")
        g += (win - g) * (clause_index == best)
        np.multiply(np.maximum(win, 0), has, out=total[s])
    return eligible, reason, ceiling, granted, total


# ---- (a) the numba kernel ---------------------------------------------------------------------------

_NUMBA_COLUMNS = ["operates_in_chaoyang", "work_safety_accident", "serious_dishonesty", "smart_eldercare_field",
                  "rec_barred", "programme_year", "platform_type", "event_type", "key_tech_breakthrough",
                  "first_release_completed", "state_funded_project", "dataset_or_corpus_built", "scenario_opened",
                  "care_consortium_built", "liability_insurance_insured", "park_operator",
                  "innovative_enterprise_breakthrough", "funds_received", "project_budget", "construction_cost",
                  "actual_premium", "event_investment", "rec_cap_fen__art5-1#cap1", "rec_cap_fen__art9#cap1",
                  "rec_cap_fen__art10#cap1", "rec_prior_fen", "rec_difference_fen"]


def _build_numba(parallel: bool = False) -> Any:
    """The numba kernel: one loop over the rows, every clause written out (branch-free selects), outputs
    row-major (rows × clauses, the logical shape of TableResult). ``parallel``: the same loop as a
    ``prange`` compiled with ``parallel=True`` (the rows shared out among numba's threads, one per core):
    the tight kernel on every core, to set beside the generic path on as many threads."""
    in_window_code = 0

    @numba.njit(inline="always")
    def emit(eligible: Arr, reason: Arr, ceiling: Arr, i: int, j: int, common: int, cond: bool, extra: int,
             ceil: int) -> int:
        r = extra if cond else CONDITION
        r = r if common == 0 else common
        ok = r == 0
        reason[i, j] = r
        eligible[i, j] = ok
        c = ceil if ok else 0
        ceiling[i, j] = c
        return c if ok else -1

    @numba.njit(inline="always")
    def pick(top: int, best: int, bound: int, j: int, clause_bound: int, score: int) -> tuple[int, int, int]:
        """就高: the first largest score so far, its clause and its bound."""
        better = score > top
        return (score if better else top), (j if better else best), (clause_bound if better else bound)

    @numba.njit(nogil=True, parallel=parallel)
    def rows(operates: Arr, accident: Arr, dishonest: Arr, field: Arr, barred: Arr, year: Arr, platform: Arr,
             event: Arr, tech: Arr, release: Arr, funded: Arr, dataset: Arr, scenario: Arr, consortium: Arr,
             insured: Arr, park: Arr, innov: Arr, funds: Arr, budget: Arr, cost: Arr, premium: Arr, invest: Arr,
             used5: Arr, used9: Arr, used10: Arr, prior: Arr, diff: Arr, in_window: bool, eligible: Arr,
             reason: Arr, ceiling: Arr, granted: Arr, total: Arr) -> None:
        w = 1_000_000
        for i in numba.prange(operates.shape[0]):  # with parallel=False, prange is range
            applicant = operates[i] and not accident[i] and not dishonest[i] and field[i]
            common = (APPLICANT if not applicant else in_window_code) if not barred[i] else BARRED
            common = common if in_window else VALIDITY
            programme = 1 <= year[i] <= PROGRAMME_YEARS
            p, ev = platform[i], event[i]
            a1 = (funds[i] + 1) >> 1
            a5 = (budget[i] + 1) >> 1
            a6 = (cost[i] + 1) >> 1
            a7 = (premium[i] + 1) >> 1
            a10 = (invest[i] + 1) >> 1
            a11 = (6 * invest[i] + 10) // 20
            r2 = min(500 * w, max(0, 500 * w - used5[i]))
            r8 = min(500 * w, max(0, 500 * w - used9[i]))
            r9 = min(3000 * w, max(0, 3000 * w - used10[i]))
            c1, c5, c6 = min(a1, 200 * w), min(a5, 500 * w), min(a6, 500 * w)
            c7, c10, c11 = min(a7, 200 * w), min(a10, 500 * w), min(a11, 100 * w)
            e = eligible
            top = emit(e, reason, ceiling, i, 0, common, tech[i] and release[i], 0, 500 * w)
            best, bound = 0, 500 * w
            top, best, bound = pick(top, best, bound, 1, c1, emit(
                e, reason, ceiling, i, 1, common, funded[i], ZERO if a1 == 0 else 0, c1))
            top, best, bound = pick(top, best, bound, 2, 500 * w, emit(
                e, reason, ceiling, i, 2, common, p <= 4, (CAP if r2 == 0 else 0) if programme else PROGRAMME, r2))
            top, best, bound = pick(top, best, bound, 3, 500 * w, emit(
                e, reason, ceiling, i, 3, common, 5 <= p <= 10, 0, 500 * w))
            top, best, bound = pick(top, best, bound, 4, 200 * w, emit(
                e, reason, ceiling, i, 4, common, dataset[i], 0, 200 * w))
            top, best, bound = pick(top, best, bound, 5, c5, emit(
                e, reason, ceiling, i, 5, common, scenario[i], ZERO if a5 == 0 else 0, c5))
            top, best, bound = pick(top, best, bound, 6, c6, emit(
                e, reason, ceiling, i, 6, common, consortium[i], ZERO if a6 == 0 else 0, c6))
            top, best, bound = pick(top, best, bound, 7, c7, emit(
                e, reason, ceiling, i, 7, common, insured[i], ZERO if a7 == 0 else 0, c7))
            top, best, bound = pick(top, best, bound, 8, 500 * w, emit(
                e, reason, ceiling, i, 8, common, park[i], (CAP if r8 == 0 else 0) if programme else PROGRAMME, r8))
            top, best, bound = pick(top, best, bound, 9, 3000 * w, emit(
                e, reason, ceiling, i, 9, common, innov[i], (CAP if r9 == 0 else 0) if programme else PROGRAMME, r9))
            top, best, bound = pick(top, best, bound, 10, c10, emit(
                e, reason, ceiling, i, 10, common, ev <= 2, ZERO if a10 == 0 else 0, c10))
            top, best, bound = pick(top, best, bound, 11, c11, emit(
                e, reason, ceiling, i, 11, common, ev >= 3, ZERO if a11 == 0 else 0, c11))
            has = top >= 0
            win = min(top, max(0, bound - prior[i]))
            win -= min(max(win, 0), diff[i])
            win = win if has else top
            total[i] = max(win, 0) if has else 0
            for j in range(12):
                granted[i, j] = win if j == best else np.int64(eligible[i, j]) - 1

    return rows


_numba_rows: dict[bool, Any] = {}


def numba_kernel(a: dict[str, Arr], in_window: bool, parallel: bool = False) -> Outputs:
    if parallel not in _numba_rows:
        _numba_rows[parallel] = _build_numba(parallel)
    n, k = len(a["rec_barred"]), len(CLAUSES)
    eligible = np.empty((n, k), dtype=np.int8)
    reason = np.empty((n, k), dtype=np.int8)
    ceiling = np.empty((n, k), dtype=np.int64)
    granted = np.empty((n, k), dtype=np.int64)
    total = np.empty(n, dtype=np.int64)
    _numba_rows[parallel](*(a[c] for c in _NUMBA_COLUMNS), in_window, eligible, reason, ceiling, granted, total)
    return eligible.T, reason.T, ceiling.T, granted.T, total


def _generic(policy: Any, table: Any, workers: int = 1) -> Outputs:
    r: TableResult = evaluate_table(policy, table, AS_OF, effective_from=EFFECTIVE, workers=workers)
    return r.eligible.T, r.reason.T, r.ceiling.T, r.granted.T, r.total


def part_kernel(rows: int, pairs: int, block: int, seed: int, workers: int) -> None:
    policy = find_policy(CHAOYANG)
    assert [c.id for c in policy.clauses] == CY_CLAUSES
    assert list(policy.facts["platform_type"].values) == CY_PLATFORMS
    assert list(policy.facts["event_type"].values) == CY_EVENTS
    t0 = time.perf_counter()
    frame = generate(policy, rows, seed + 100, known=True)
    table = table_from_frame(policy, frame)
    arrays = {k: np.ascontiguousarray(v) for k, v in kernel_inputs(frame).items()}
    del frame
    print(f"(a) Chaoyang, {rows:,} fully known rows (generated and built in {time.perf_counter() - t0:.1f} s); "
          f"numba: {numba.__version__ if numba else 'not importable (see the docstring)'}")
    in_window = _in_window()
    threaded = f"generic×{workers}"
    runners: dict[str, Any] = {"generic": lambda: _generic(policy, table, 1),
                               "chunked": lambda: chunked_kernel(arrays, in_window, block)}
    if workers > 1:
        runners[threaded] = lambda: _generic(policy, table, workers)
    if numba is not None:
        runners["numba"] = lambda: numba_kernel(arrays, in_window)
        if workers > 1:
            numba.set_num_threads(min(workers, numba.config.NUMBA_NUM_THREADS))
            runners[f"numba×{workers}"] = lambda: numba_kernel(arrays, in_window, parallel=True)
    want = runners["generic"]()
    for name, run in runners.items():  # warm-up (and numba's compilation), and every output checked
        got = run()
        for label, x, y in zip(("eligible", "reason", "ceiling", "granted", "total"), want, got, strict=True):
            if not np.array_equal(x, y):
                raise SystemExit(f"{name}: {label} differs from evaluate_table in {int((x != y).sum()):,} cells")
    del want, got
    print(f"    every kernel's eligible, reason, ceiling, granted and total equal evaluate_table's (1 thread); "
          f"block {block:,} rows")
    # the ratios printed: (numerator, denominator); single-thread against single-thread is the target's
    ratios = [(a, b) for a, b in [("generic", "chunked"), ("generic", "numba"), (threaded, "numba"),
                                  (threaded, f"numba×{workers}")] if a in runners and b in runners]
    names = list(runners)
    times: dict[str, list[float]] = {name: [] for name in names}
    cpu: dict[str, list[float]] = {name: [] for name in names}
    print(f"    {'pair':>4}" + "".join(f"{name + ' s':>13}" for name in names)
          + "".join(f"{a + '/' + b:>20}" for a, b in ratios) + "   (CPU s: " + " ".join(names) + ")")
    for i in range(pairs):
        order = names if i % 2 == 0 else names[::-1]
        for name in order:
            t, c = time.perf_counter(), time.process_time()
            out = runners[name]()
            times[name].append(time.perf_counter() - t)
            cpu[name].append(time.process_time() - c)
            del out
        print(f"    {i + 1:>4}" + "".join(f"{times[name][-1]:>13.4f}" for name in names)
              + "".join(f"{times[a][-1] / times[b][-1]:>20.2f}" for a, b in ratios)
              + "   (" + " ".join(f"{cpu[name][-1]:.4f}" for name in names) + ")")
    for a, b in ratios:
        wall = statistics.median(x / y for x, y in zip(times[a], times[b], strict=True))
        cpus = statistics.median(x / y for x, y in zip(cpu[a], cpu[b], strict=True))
        note = "target ≤ 1.30×" if (a, b) == ("generic", "numba") else "for comparison"
        print(f"    median {a} ÷ {b}: {wall:.2f}× wall, {cpus:.2f}× CPU over {pairs} pairs (median wall "
              f"{statistics.median(times[a]):.4f} s vs {statistics.median(times[b]):.4f} s; {note})")
    print(f"    threads: ×{workers} = evaluate_table(workers={workers}) and numba parallel=True (prange) on "
          f"{workers} threads; CPU = all threads' time; load average {os.getloadavg()[0]:.1f} on "
          f"{os.cpu_count()} cores")


# ---- (b) streaming -----------------------------------------------------------------------------------


def write_registry(path: Path, rows: int, seed: int, chunk: int = 500_000) -> None:
    """A registry with the columns of both seeds, ``rows`` rows, written in chunks (then one file)."""
    cy, ba = find_policy(CHAOYANG), find_policy(BAOAN)
    parts = []
    for i, start in enumerate(range(0, rows, chunk)):
        n = min(chunk, rows - start)
        frame = pl.concat([generate(cy, n, seed + 2 * i), generate(ba, n, seed + 2 * i + 1).drop("rec_barred")],
                          how="horizontal")
        part = path.with_name(f"part-{i:04d}.parquet")
        frame.write_parquet(part)
        parts.append(part)
        del frame
    pl.scan_parquet(parts).sink_parquet(path)
    for part in parts:
        part.unlink()


def _vm(field: str) -> int:
    """This process's VmHWM (peak) or VmRSS (now), in KiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(field)


def child_stream(path: Path, policy_ids: list[str], mode: str, batch_rows: int | None) -> dict[str, Any]:
    policies = [find_policy(p) for p in policy_ids]
    base = _vm("VmRSS")
    t0, c0 = time.perf_counter(), time.process_time()
    if mode in ("stream", "output"):
        out = path.with_name(f"rows-{os.getpid()}.parquet") if mode == "output" else None
        summaries = evaluate_file(path, policies, AS_OF, effective_from=EFFECTIVE, batch_rows=batch_rows, output=out)
        if out is not None:
            out.unlink()
        totals = {s.policy_id: s.total_fen for s in summaries}
        rows = summaries[0].rows
    else:  # the whole file at once
        frame = pl.read_parquet(path)
        totals = {}
        for p in policies:
            r = evaluate_table(p, table_from_frame(p, frame), AS_OF, effective_from=EFFECTIVE)
            totals[p.id] = int(r.total.sum(dtype=object))
            del r
        rows = frame.height
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"wall": wall, "cpu": cpu, "hwm_kib": _vm("VmHWM"), "base_kib": base, "rows": rows, "totals": totals}


def _run_child(args: list[str], src: Path | None = None) -> dict[str, Any]:
    """One child process (``src``: the source tree it imports subsidy from, else this interpreter's path)."""
    cmd = [sys.executable, str(Path(__file__).resolve()), *args]
    env = dict(os.environ) if src is None else dict(os.environ, PYTHONPATH=str(src.resolve()))
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False, env=env)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout + proc.stderr)
        raise SystemExit(f"child failed: {' '.join(cmd)}")
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def _batch_args(batch_rows: int | None) -> list[str]:
    """The child's ``--batch-rows`` (none: evaluate_file's default, whole row groups)."""
    return [] if batch_rows is None else ["--batch-rows", str(batch_rows)]


def paired_stream(path: Path, pairs: int, batch_rows: int | None, before: Path, after: Path) -> None:
    """Both seeds streamed by two source trees, alternated pair by pair (each run a fresh process)."""
    args = ["--child", "stream", "--path", str(path), "--policies", f"{CHAOYANG},{BAOAN}",
            *_batch_args(batch_rows)]
    runs: dict[str, list[dict[str, Any]]] = {"before": [], "after": []}
    print(f"    paired: before {before}, after {after}; {pairs} pairs, the order alternating")
    for i in range(pairs):
        order = [("before", before), ("after", after)]
        for label, src in order if i % 2 == 0 else order[::-1]:
            runs[label].append(_run_child(args, src))
        b, a = runs["before"][-1], runs["after"][-1]
        print(f"    pair {i + 1}: wall {b['wall']:.3f} → {a['wall']:.3f} s, CPU {b['cpu']:.2f} → {a['cpu']:.2f} s, "
              f"peak RSS {b['hwm_kib'] / 1024:,.0f} → {a['hwm_kib'] / 1024:,.0f} MiB", flush=True)
    same = all(b["totals"] == a["totals"] for b, a in zip(runs["before"], runs["after"], strict=True))
    for key in ("wall", "cpu"):
        ratio = statistics.median(a[key] / b[key] for b, a in zip(runs["before"], runs["after"], strict=True))
        print(f"    median {key}: before {statistics.median(x[key] for x in runs['before']):.3f} s, after "
              f"{statistics.median(x[key] for x in runs['after']):.3f} s; median ratio after ÷ before {ratio:.3f}")
    print(f"    totals identical: {same}; load average at the end {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


def part_stream(rows: int, runs: int, batch_rows: int | None, seed: int, registry: Path | None,
                before: Path | None = None) -> None:
    with tempfile.TemporaryDirectory(prefix="vector-bench-") as tmp:
        path = registry or Path(tmp) / "registry.parquet"
        t0 = time.perf_counter()
        if not path.exists():
            write_registry(path, rows, seed)
        made = f"written in {time.perf_counter() - t0:.1f} s" if registry is None else f"kept in {path}"
        meta = pl.scan_parquet(path)
        rows = int(meta.select(pl.len()).collect().item())
        print(f"(b) registry: {rows:,} rows × {len(meta.collect_schema())} columns (both seeds), "
              f"{path.stat().st_size / 2**20:,.0f} MiB Parquet, {made}; "
              f"batch {'whole row groups (the default)' if batch_rows is None else f'{batch_rows:,} rows'}; "
              f"each run a fresh process; {os.cpu_count()} cores")
        if before is not None:
            paired_stream(path, runs, batch_rows, before, Path(__file__).resolve().parent.parent / "src")
            return
        cases = [("stream", [CHAOYANG, BAOAN]), ("stream", [CHAOYANG]), ("stream", [BAOAN]),
                 ("output", [CHAOYANG, BAOAN]), ("whole", [CHAOYANG, BAOAN])]
        results: dict[int, list[dict[str, Any]]] = {i: [] for i in range(len(cases))}
        for r in range(runs):  # alternate the cases within each round
            for i, (mode, pids) in enumerate(cases):
                if mode in ("whole", "output") and r > 0:
                    continue  # once is enough: today's memory; per-row results written as well
                results[i].append(_run_child(["--child", mode, "--path", str(path), "--policies", ",".join(pids),
                                              *_batch_args(batch_rows)]))
        print(f"    {'mode':<7}{'policies':<18}{'runs':>5}{'wall s (median)':>17}{'all runs s':>26}"
              f"{'CPU s (median)':>16}{'peak RSS MiB':>14}{'(base)':>8}")
        for i, (mode, pids) in enumerate(cases):
            rs = results[i]
            walls = [x["wall"] for x in rs]
            label = "+".join({CHAOYANG: "chaoyang", BAOAN: "baoan"}[p] for p in pids)
            print(f"    {mode:<7}{label:<18}{len(rs):>5}{statistics.median(walls):>17.3f}"
                  f"{' '.join(f'{w:.2f}' for w in walls):>26}{statistics.median(x['cpu'] for x in rs):>16.2f}"
                  f"{max(x['hwm_kib'] for x in rs) / 1024:>14,.0f}"
                  f"{'(' + format(rs[0]['base_kib'] / 1024, ',.0f') + ')':>8}")
        whole = results[len(cases) - 1][0]["totals"]
        same = all(x["totals"][p] == whole[p] for i in range(len(cases) - 1) for x in results[i] for p in x["totals"])
        print(f"    streamed totals equal the whole-file totals: {same}; targets: ≤ 1,024 MiB, ≤ 2.5 s; "
              f"CPU = user + system time of all the process's threads (polars reads on its own threads); "
              f"load average at the end {os.getloadavg()[0]:.1f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", choices=["kernel", "stream", "all"], default="all")
    ap.add_argument("--rows", type=lambda s: int(float(s)), default=1_000_000)
    ap.add_argument("--pairs", type=int, default=9)
    ap.add_argument("--block", type=int, default=8192, help="rows per block of the chunked kernel")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                    help="threads of the threaded runs (evaluate_table's workers, numba's prange threads), beside "
                    "the single-thread ones; 1: single-thread runs only")
    ap.add_argument("--stream-rows", type=lambda s: int(float(s)), default=2_500_000)
    ap.add_argument("--stream-runs", type=int, default=3)
    ap.add_argument("--batch-rows", type=int, default=None,
                    help="rows per batch of the stream part (default: evaluate_file's own, whole row groups of at "
                    f"most {DEFAULT_BATCH_ROWS:,} rows)")
    ap.add_argument("--seed", type=int, default=20270630)
    ap.add_argument("--registry", type=Path, help="keep the generated registry at this path (made if missing) "
                    "instead of a temporary directory, for repeated runs")
    ap.add_argument("--before", type=Path, help="stream part: the src directory of another tree (git archive "
                    "<commit> src | tar -x -C /tmp/before): both seeds streamed by it and by this tree, "
                    "alternated, --stream-runs pairs, and the median ratio after ÷ before")
    ap.add_argument("--child", choices=["stream", "output", "whole"], help=argparse.SUPPRESS)
    ap.add_argument("--path", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--policies", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child_stream(args.path, args.policies.split(","), args.child, args.batch_rows)))
        return
    if args.part in ("kernel", "all"):
        part_kernel(args.rows, args.pairs, args.block, args.seed, args.workers)
    if args.part in ("stream", "all"):
        part_stream(args.stream_rows, args.stream_runs, args.batch_rows, args.seed, args.registry, args.before)


if __name__ == "__main__":
    main()
