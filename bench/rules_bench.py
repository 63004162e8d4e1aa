"""Benchmark of the rules evaluators on synthetic cases read from Parquet.

    .venv/bin/python bench/rules_bench.py [--sizes 1e4,1e5,1e6] [--seed 20270630] [--repeats 5] [--no-openfisca]

Parts (each prints a block of the final table):

1. End to end from Parquet, for both seed policies (Chaoyang, Bao'an): ``pl.read_parquet`` +
   :func:`table_from_frame` + :func:`evaluate_table` (eligibility, caps, stacking), best of
   ``--repeats``, each (policy, size) in a fresh subprocess so that its RSS high-water mark
   (``resource.getrusage``) is its own.
2. (a) A hand-written NumPy kernel of the whole Chaoyang policy (12 monetary clauses), run on a
   fully known dataset; its ceilings and totals must equal :func:`evaluate_table`'s (asserted).
   (b) OpenFisca (openfisca-core, in the separate venv ``bench/.venv-openfisca`` made by
   ``bench/setup_openfisca.sh``) computing the same clauses from the same Parquet file; its
   float32 money is compared with the exact results.
3. Latency of :func:`assess` (one full case, whole policy, full trace), median and p95.

Generated files go to ``bench/out/`` (gitignored).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import polars as pl

from subsidy.rules import model as m
from subsidy.rules.case import Bar, Case, Grant, OtherSupport
from subsidy.rules.evaluate import assess
from subsidy.rules.records import deduct_column, deducted_clauses
from subsidy.rules.registry import find_policy
from subsidy.rules.vector import CaseTable, evaluate_table, record_columns, table_from_frame

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
OF_VENV_PY = HERE / ".venv-openfisca" / "bin" / "python"
OF_SCRIPT = HERE / "openfisca_chaoyang.py"

AS_OF = dt.date(2027, 6, 30)
EFFECTIVE = dt.date(2026, 12, 1)
CHAOYANG = "cn-bj-chaoyang-smart-eldercare"
BAOAN = "cn-sz-baoan-ai-health"
SHORT = {CHAOYANG: "chaoyang", BAOAN: "baoan"}
WAN = 1_000_000  # 1 万元 in 分

I64 = npt.NDArray[np.int64]
Arr = npt.NDArray[Any]


# ---- synthetic cases -----------------------------------------------------------------------------


def _favourable(cond: m.Condition | None, want: bool = True, out: dict[str, bool] | None = None) -> dict[str, bool]:
    """The value of each yes/no applicant fact that lets the applicant qualify."""
    out = {} if out is None else out
    if isinstance(cond, m.FactIs):
        out[cond.fact] = want
    elif isinstance(cond, m.All | m.Any_):
        for item in cond.items:
            _favourable(item, want, out)
    elif isinstance(cond, m.Not):
        _favourable(cond.item, not want, out)
    return out


def _money_anchors(policy: m.Policy) -> dict[str, set[int]]:
    """Amounts in 分 around which each money fact matters: where a cap starts to bind (limit / rate),
    comparison targets and band edges."""
    out: dict[str, set[int]] = defaultdict(set)

    def expr(e: m.Expr, limits: list[int]) -> None:
        if isinstance(e, m.Ratio):
            if isinstance(e.base, m.FactRef) and isinstance(e.rate, m.Lit):
                rate = Fraction(e.rate.value.at(AS_OF))
                for limit in limits or [100 * WAN]:
                    out[e.base.fact].add(int(limit / rate) if rate else limit)
            expr(e.rate, limits)
            expr(e.base, limits)
        elif isinstance(e, m.MinMaxSum | m.Product):
            for item in e.items:
                expr(item, limits)
        elif isinstance(e, m.TopUp):
            expr(e.target, limits)
            expr(e.already, limits)
        elif isinstance(e, m.Bands):
            if isinstance(e.of, m.FactRef) and e.of.vtype == "money":
                for b in e.bands:
                    for edge in (b.low, b.high):
                        if edge is not None:
                            out[e.of.fact].add(int(edge.at(AS_OF)))
            expr(e.of, limits)

    def cond(c: m.Condition | None) -> None:
        if isinstance(c, m.All | m.Any_):
            for item in c.items:
                cond(item)
        elif isinstance(c, m.Not):
            cond(c.item)
        elif isinstance(c, m.Compare) and c.vtype == "money":
            out[c.fact].add(int(c.value.at(AS_OF)))

    cond(policy.applicants)
    for clause in policy.clauses:
        cond(clause.condition)
        limits = [int(cap.limit.at(AS_OF)) for cap in clause.caps if cap.limit is not None]
        expr(clause.amount, limits)
    return out


def _draw_money(rng: np.random.Generator, n: int, anchors: list[int]) -> I64:
    """Amounts spread around the anchors (×0.25…×4), mostly round 万元 or 元, some exactly at an
    anchor or one 分 either side, a few zero."""
    a = rng.choice(np.array(anchors, dtype=np.float64), n)
    v = a * np.exp(rng.normal(0.0, 0.7, n))
    kind = rng.random(n)
    v = np.where(kind < 0.45, np.round(v / WAN) * WAN, np.where(kind < 0.75, np.round(v / 100) * 100, np.round(v)))
    out = v.astype(np.int64)
    special = rng.random(n)
    out = np.where(special < 0.04, a.astype(np.int64), out)
    out = np.where((special >= 0.04) & (special < 0.06), a.astype(np.int64) + rng.choice([-1, 1], n), out)
    return np.where(special > 0.99, 0, out)


def generate(policy: m.Policy, n: int, seed: int, *, known: bool = False) -> pl.DataFrame:
    """``n`` seeded synthetic cases with the column contract of :func:`table_from_frame`.

    ``known=True`` leaves no value unknown (for the hand kernel and OpenFisca, which have no
    notion of an unknown fact).
    """
    rng = np.random.default_rng(seed)
    good = _favourable(policy.applicants)
    anchors = _money_anchors(policy)
    year_facts = {c.programme.year_fact for c in policy.clauses if c.programme is not None}
    cols: dict[str, pl.Series] = {}

    def put(name: str, values: Arr, dtype: Any, null_rate: float) -> None:
        s = pl.Series(name, values, dtype=dtype)
        if null_rate and not known:
            s = s.scatter(np.flatnonzero(rng.random(n) < null_rate), None)
        cols[name] = s

    for name, f in policy.facts.items():
        if f.type == "bool":
            if name in good:  # applicant facts: mostly favourable
                put(name, np.where(rng.random(n) < 0.97, good[name], not good[name]), pl.Boolean, 0.01)
            else:  # clause conditions: each case qualifies for a few clauses
                put(name, rng.random(n) < 0.3, pl.Boolean, 0.02)
        elif f.type == "money":
            put(name, _draw_money(rng, n, sorted(anchors.get(name, {100 * WAN}))), pl.Int64, 0.02)
        elif f.type == "category":
            labels = np.array(f.values, dtype=object)
            put(name, labels[rng.integers(0, len(f.values), n)], pl.Utf8, 0.02)
        elif name in year_facts:
            put(name, rng.choice([1, 2, 3, 4], n, p=[0.45, 0.3, 0.2, 0.05]), pl.Int64, 0.02)
        else:  # integer / number counts
            put(name, np.minimum(rng.poisson(1.5, n), 8), pl.Int64, 0.02)

    # records: earlier grants (by cap), prior grants under the policy this year, support elsewhere,
    # bars, exclusions
    entity_year_fen = np.zeros(n, dtype=np.int64)
    for clause in policy.clauses:
        for cap in clause.caps:
            if cap.scope == "application":
                continue
            limit = int(cap.limit.at(AS_OF)) if cap.limit is not None else 100 * WAN
            roll = rng.random(n)
            grants = np.where(roll < 0.75, 0, np.where(roll < 0.95, 1, 2))
            fen = np.where(grants > 0, np.round(limit * rng.uniform(0.1, 1.05, n) / WAN).astype(np.int64) * WAN, 0)
            fen = np.where(grants == 2, fen + limit // 2, fen)
            if cap.scope == "entity_year":
                entity_year_fen += fen
            null = rng.random(n) < (0 if known else 0.02)
            cols[f"rec_cap_fen__{cap.id}"] = pl.Series(f"rec_cap_fen__{cap.id}", fen, pl.Int64).scatter(
                np.flatnonzero(null), None)
            cols[f"rec_cap_n__{cap.id}"] = pl.Series(f"rec_cap_n__{cap.id}", grants, pl.Int64).scatter(
                np.flatnonzero(null), None)
    put("rec_barred", rng.random(n) < 0.02, pl.Boolean, 0.02)
    if policy.highest is not None:
        extra = np.where(rng.random(n) < 0.2, np.round(rng.uniform(10, 400, n)).astype(np.int64) * WAN, 0)
        put("rec_prior_fen", entity_year_fen + extra, pl.Int64, 0.02)
    if policy.difference is not None:
        diff = np.where(rng.random(n) < 0.2, np.round(rng.uniform(10, 600, n)).astype(np.int64) * WAN, 0)
        put("rec_difference_fen", diff, pl.Int64, 0.02)
    for e in policy.exclusions:
        put(f"rec_excluded__{e.id}", rng.random(n) < 0.03, pl.Boolean, 0.02)
    for c in deducted_clauses(policy):  # no synthetic record names a clause: nothing deducted from one alone
        put(deduct_column(c), np.zeros(n, dtype=np.int64), pl.Int64, 0.0)
    missing = [c for c in record_columns(policy) if c not in cols]
    assert not missing, missing
    return pl.DataFrame(list(cols.values()))


def data_path(policy_id: str, n: int, seed: int, known: bool) -> Path:
    return OUT / f"{SHORT[policy_id]}{'-known' if known else ''}-n{n}-s{seed}.parquet"


# ---- the hand-written Chaoyang kernel ---------------------------------------------------------------------

CY_CLAUSES = ["art4-1", "art4-2", "art5-1", "art5-2", "art6", "art7", "art8-1", "art8-2", "art9", "art10",
              "art11-1", "art11-2"]
CY_PLATFORMS = ["概念验证平台", "研发中试平台", "检验检测平台", "标准认证平台", "场景验证与应用平台",
                "成果转化平台", "产业孵化平台", "互联网+康养服务平台", "体验中心", "人才培育平台", "国际交流合作平台", "其他"]
CY_EVENTS = ["技能挑战赛", "场景应用大赛", "其他赛事", "学术会议", "论坛", "展会", "其他品牌活动"]
CY_COLUMNS = ["operates_in_chaoyang", "work_safety_accident", "serious_dishonesty", "smart_eldercare_field",
              "key_tech_breakthrough", "first_release_completed", "state_funded_project", "funds_received",
              "platform_type", "programme_year", "dataset_or_corpus_built", "scenario_opened", "project_budget",
              "care_consortium_built", "construction_cost", "liability_insurance_insured", "actual_premium",
              "park_operator", "innovative_enterprise_breakthrough", "event_type", "event_investment",
              "rec_barred", "rec_cap_fen__art5-1#cap1", "rec_cap_fen__art9#cap1", "rec_cap_fen__art10#cap1",
              "rec_prior_fen", "rec_difference_fen"]


def kernel_inputs(frame: pl.DataFrame) -> dict[str, Arr]:
    """The kernel's arrays: bools as bool, money and counts as int64, categories as codes."""
    out: dict[str, Arr] = {}
    for name in CY_COLUMNS:
        s = frame.get_column(name)
        if name == "platform_type":
            s = s.cast(pl.Enum(CY_PLATFORMS)).to_physical()
        elif name == "event_type":
            s = s.cast(pl.Enum(CY_EVENTS)).to_physical()
        out[name] = s.to_numpy()
    return out


def _half_up(base: I64, num: int, den: int) -> I64:
    return (2 * base * num + den) // (2 * den)


def chaoyang_kernel(a: dict[str, Arr], in_window: bool) -> tuple[I64, I64]:
    """The whole Chaoyang policy, written out by hand: (ceilings (rows, 12), totals). All facts known."""
    n = len(a["rec_barred"])
    w = WAN
    gate = (a["operates_in_chaoyang"] & ~a["work_safety_accident"] & ~a["serious_dishonesty"]
            & a["smart_eldercare_field"] & ~a["rec_barred"])
    if not in_window:
        gate = np.zeros(n, dtype=bool)
    year = a["programme_year"]
    programme = (year >= 1) & (year <= 3)  # 连续三年
    platform, event = a["platform_type"], a["event_type"]
    event_fen = a["event_investment"]
    ceil = np.empty((n, 12), dtype=np.int64)
    ceil[:, 0] = np.where(gate & a["key_tech_breakthrough"] & a["first_release_completed"], 500 * w, 0)
    ceil[:, 1] = np.where(gate & a["state_funded_project"],
                          np.minimum(_half_up(a["funds_received"], 1, 2), 200 * w), 0)
    ceil[:, 2] = np.where(gate & (platform <= 4) & programme,  # 每年最高500万元 (entity-year cap)
                          np.minimum(500 * w, np.maximum(0, 500 * w - a["rec_cap_fen__art5-1#cap1"])), 0)
    ceil[:, 3] = np.where(gate & (platform >= 5) & (platform <= 10), 500 * w, 0)
    ceil[:, 4] = np.where(gate & a["dataset_or_corpus_built"], 200 * w, 0)
    ceil[:, 5] = np.where(gate & a["scenario_opened"], np.minimum(_half_up(a["project_budget"], 1, 2), 500 * w), 0)
    ceil[:, 6] = np.where(gate & a["care_consortium_built"],
                          np.minimum(_half_up(a["construction_cost"], 1, 2), 500 * w), 0)
    ceil[:, 7] = np.where(gate & a["liability_insurance_insured"],
                          np.minimum(_half_up(a["actual_premium"], 1, 2), 200 * w), 0)
    ceil[:, 8] = np.where(gate & a["park_operator"] & programme,
                          np.minimum(500 * w, np.maximum(0, 500 * w - a["rec_cap_fen__art9#cap1"])), 0)
    ceil[:, 9] = np.where(gate & a["innovative_enterprise_breakthrough"] & programme,  # 三年总计3000万元
                          np.minimum(3000 * w, np.maximum(0, 3000 * w - a["rec_cap_fen__art10#cap1"])), 0)
    ceil[:, 10] = np.where(gate & (event <= 2), np.minimum(_half_up(event_fen, 1, 2), 500 * w), 0)
    ceil[:, 11] = np.where(gate & (event >= 3), np.minimum(_half_up(event_fen, 3, 10), 100 * w), 0)
    # 就高: the highest ceiling, ties to the earlier clause; the year's total may not exceed the
    # winner's bound (its ceiling before history), then 差额 against district support this year.
    rows = np.arange(n)
    best = np.argmax(ceil, axis=1)
    top = ceil[rows, best]
    bound = np.where((best == 2) | (best == 8), 500 * w, np.where(best == 9, 3000 * w, top))
    granted = np.minimum(top, np.maximum(0, bound - a["rec_prior_fen"]))
    total = np.where(top > 0, np.maximum(0, granted - a["rec_difference_fen"]), 0)
    return ceil, total


# ---- children (each in a fresh process) ---------------------------------------------------------------------


def _rss_kib(field: str = "VmHWM") -> int:
    """This process's resident-set high-water mark (or ``VmRSS``: current), in KiB.

    Read from /proc: ``getrusage``'s ``ru_maxrss`` survives exec, so a child spawned by a large
    parent would report the parent's peak.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _policy(policy_id: str) -> m.Policy:
    return find_policy(policy_id)


def child_e2e(policy_id: str, path: Path, repeats: int) -> dict[str, Any]:
    policy = _policy(policy_id)
    base = _rss_kib("VmRSS")
    runs = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        frame = pl.read_parquet(path)
        t1 = time.perf_counter()
        table = table_from_frame(policy, frame)
        t2 = time.perf_counter()
        res = evaluate_table(policy, table, AS_OF, effective_from=EFFECTIVE)
        t3 = time.perf_counter()
        runs.append((t1 - t0, t2 - t1, t3 - t2, t3 - t0))
        n = frame.height
        unknown_rows = int((res.eligible == -1).any(axis=1).sum())
        paid = int((res.total > 0).sum())
        del frame, table, res
    best = min(runs, key=lambda r: r[3])
    return {"n": n, "read": best[0], "build": best[1], "eval": best[2], "total": best[3],
            "rss_base_kib": base, "rss_peak_kib": _rss_kib(), "unknown_rows": unknown_rows, "paid_rows": paid}


def child_kernel(path: Path, repeats: int, save: Path) -> dict[str, Any]:
    policy = _policy(CHAOYANG)
    assert [c.id for c in policy.clauses] == CY_CLAUSES
    assert list(policy.facts["platform_type"].values) == CY_PLATFORMS
    assert list(policy.facts["event_type"].values) == CY_EVENTS
    in_window = EFFECTIVE <= AS_OF <= dt.date(2029, 11, 30)  # 第十六条: 3 years from 施行
    gen: list[tuple[float, float, float]] = []
    hand: list[tuple[float, float, float]] = []
    cpu: list[tuple[float, float, float, float]] = []  # user and system CPU of each evaluation

    def usage() -> tuple[float, float]:
        r = resource.getrusage(resource.RUSAGE_SELF)
        return r.ru_utime, r.ru_stime

    for _ in range(repeats):
        t0 = time.perf_counter()
        frame = pl.read_parquet(path)
        t1 = time.perf_counter()
        table: CaseTable = table_from_frame(policy, frame)
        t2 = time.perf_counter()
        u0 = usage()
        res = evaluate_table(policy, table, AS_OF, effective_from=EFFECTIVE)
        u1 = usage()
        t3 = time.perf_counter()
        gen.append((t1 - t0, t2 - t1, t3 - t2))
        del table
        t4 = time.perf_counter()
        arrays = kernel_inputs(frame)
        t5 = time.perf_counter()
        u2 = usage()
        ceil, total = chaoyang_kernel(arrays, in_window)
        u3 = usage()
        t6 = time.perf_counter()
        hand.append((t1 - t0, t5 - t4, t6 - t5))
        cpu.append((u1[0] - u0[0], u1[1] - u0[1], u3[0] - u2[0], u3[1] - u2[1]))
        del arrays
    assert (res.eligible != -1).all(), "the known dataset has unknowns"
    assert np.array_equal(res.ceiling, ceil), "hand kernel ceilings differ from evaluate_table"
    assert np.array_equal(res.total, total), "hand kernel totals differ from evaluate_table"
    np.savez(save, ceiling=res.ceiling, total=res.total)
    g = min(gen, key=lambda r: r[2])
    h = min(hand, key=lambda r: r[2])
    g_e2e = min(sum(r) for r in gen)
    h_e2e = min(sum(r) for r in hand)
    return {"n": frame.height, "gen_read": g[0], "gen_build": g[1], "gen_eval": g[2], "gen_e2e": g_e2e,
            "hand_prep": h[1], "hand_eval": h[2], "hand_e2e": h_e2e, "paid_rows": int((total > 0).sum()),
            "gen_user": min(c[0] for c in cpu), "gen_sys": min(c[1] for c in cpu),
            "hand_user": min(c[2] for c in cpu), "hand_sys": min(c[3] for c in cpu),
            "total_fen": int(total.sum())}


def run_child(args: list[str], python: str | None = None, script: Path | None = None) -> dict[str, Any]:
    cmd = [python or sys.executable, str(script or Path(__file__).resolve()), *args]
    env = dict(os.environ)
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout + proc.stderr)
        raise SystemExit(f"child failed: {' '.join(cmd)}")
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


# ---- single-case latency -------------------------------------------------------------------------------------


def full_case(policy: m.Policy) -> Case:
    """A case with every fact known and favourable (every clause gets its full trace), some history,
    support elsewhere and an ended bar."""
    good = _favourable(policy.applicants)
    anchors = _money_anchors(policy)
    year_facts = {c.programme.year_fact for c in policy.clauses if c.programme is not None}
    facts: dict[str, Any] = {}
    for name, f in policy.facts.items():
        if f.type == "bool":
            facts[name] = good.get(name, True)
        elif f.type == "money":
            facts[name] = min(anchors.get(name, {100 * WAN})) * 9 // 10 + 37
        elif f.type == "category":
            facts[name] = f.values[0]
        else:
            facts[name] = 2 if name in year_facts else 3
    money = [c.id for c in policy.clauses if c.kind == "monetary"]
    history = (Grant(policy.id, money[0], AS_OF.year, 50 * WAN), Grant(policy.id, money[-1], AS_OF.year - 1, 80 * WAN),
               Grant(policy.id, money[len(money) // 2], AS_OF.year - 2, 120 * WAN, "P1"))
    other = (OtherSupport("区级其他政策", "district", AS_OF.year, 30 * WAN, same_matter=False),)
    bars = (Bar(dt.date(2026, 12, 31), "违规", dt.date(2025, 1, 1)),)
    return Case("bench", facts, AS_OF, AS_OF.year, history, other, bars, project="P1", effective_from=EFFECTIVE)


def latency(policy: m.Policy, runs: int) -> dict[str, float]:
    case = full_case(policy)
    for _ in range(30):
        assess(policy, case)
    times = []
    for _ in range(runs):
        t0 = time.perf_counter_ns()
        res = assess(policy, case)
        times.append((time.perf_counter_ns() - t0) / 1e6)
    times.sort()
    steps = sum(len(c.steps) for c in res.clauses) + len(res.steps)
    return {"median": statistics.median(times), "p95": times[int(0.95 * (len(times) - 1))], "runs": runs,
            "steps": steps, "eligible": sum(1 for c in res.clauses if c.eligible), "clauses": len(res.clauses)}


# ---- the driver ----------------------------------------------------------------------------------------------


def _sizes(text: str) -> list[int]:
    return [int(float(x)) for x in text.replace(",", " ").split()]


def _fmt_n(n: int) -> str:
    return f"10^{len(str(n)) - 1}" if n >= 10 and str(n).strip("0") == "1" else f"{n:,}"


def _mib(kib: int) -> str:
    return f"{kib / 1024:,.0f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=_sizes, default=[10_000, 100_000, 1_000_000],
                    help="numbers of cases, e.g. '1e4,1e5,1e6' (default all three)")
    ap.add_argument("--seed", type=int, default=20270630)
    ap.add_argument("--repeats", type=int, default=5, help="timed runs per measurement (best is shown)")
    ap.add_argument("--latency-runs", type=int, default=300)
    ap.add_argument("--no-openfisca", action="store_true", help="skip part (b)")
    ap.add_argument("--child", choices=["e2e", "kernel"], help=argparse.SUPPRESS)
    ap.add_argument("--policy", help=argparse.SUPPRESS)
    ap.add_argument("--path", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--save", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.child == "e2e":
        print(json.dumps(child_e2e(args.policy, args.path, args.repeats)))
        return
    if args.child == "kernel":
        print(json.dumps(child_kernel(args.path, args.repeats, args.save)))
        return

    started = time.perf_counter()
    OUT.mkdir(parents=True, exist_ok=True)
    lines: list[str] = []

    def out(line: str = "") -> None:
        lines.append(line)
        print(line, flush=True)

    # 3. latency first, while this process is still small
    lat = {pid: latency(_policy(pid), args.latency_runs) for pid in (CHAOYANG, BAOAN)}

    # 1. generate and time end to end
    e2e: dict[tuple[str, int], dict[str, Any]] = {}
    gen_s = 0.0
    for n in args.sizes:
        for i, pid in enumerate((CHAOYANG, BAOAN)):
            t0 = time.perf_counter()
            generate(_policy(pid), n, args.seed + i).write_parquet(data_path(pid, n, args.seed, False))
            if pid == CHAOYANG:
                generate(_policy(pid), n, args.seed + 100, known=True).write_parquet(
                    data_path(pid, n, args.seed, True))
            gen_s += time.perf_counter() - t0
            path = data_path(pid, n, args.seed, False)
            e2e[pid, n] = run_child(["--child", "e2e", "--policy", pid, "--path", str(path),
                                     "--repeats", str(args.repeats)])
            e2e[pid, n]["mib"] = path.stat().st_size / 2**20

    # 2a. hand kernel, 2b. OpenFisca on the same fully known files
    kern: dict[int, dict[str, Any]] = {}
    of: dict[int, dict[str, Any]] = {}
    of_note = ""
    have_of = OF_VENV_PY.exists() and not args.no_openfisca
    if not have_of:
        of_note = ("OpenFisca part skipped: --no-openfisca" if args.no_openfisca else
                   f"OpenFisca part skipped: {OF_VENV_PY.relative_to(HERE.parent)} is missing "
                   "(run bench/setup_openfisca.sh)")
    for n in args.sizes:
        path = data_path(CHAOYANG, n, args.seed, True)
        exact_npz = OUT / f"exact-n{n}.npz"
        kern[n] = run_child(["--child", "kernel", "--path", str(path), "--repeats", str(args.repeats + 2),
                             "--save", str(exact_npz)])
        if have_of:
            of_npz = OUT / f"openfisca-n{n}.npz"
            r = run_child(["--path", str(path), "--save", str(of_npz), "--repeats", str(args.repeats)],
                          python=str(OF_VENV_PY), script=OF_SCRIPT)
            exact, got = np.load(exact_npz), np.load(of_npz)
            ex_total, of_total = exact["total"], np.rint(got["total"].astype(np.float64)).astype(np.int64)
            d = np.abs(of_total - ex_total)
            ex_ceil, of_ceil = exact["ceiling"], np.rint(got["ceiling"].astype(np.float64)).astype(np.int64)
            dc = np.abs(of_ceil - ex_ceil)
            r.update(total_diff_rows=int((d != 0).sum()), total_diff_max=int(d.max()),
                     ceil_diff_cells=int((dc != 0).sum()), ceil_diff_max=int(dc.max()),
                     ceil_cells=int(dc.size), winner_diff_rows=int(
                         (np.argmax(ex_ceil, axis=1) != np.argmax(got["ceiling"], axis=1)).sum()))
            of[n] = r

    # ---- the table
    out()
    out(f"subsidy rules bench — as of {AS_OF}, effective {EFFECTIVE}, seed {args.seed}, best of {args.repeats}; "
        f"{os.cpu_count()} cores")
    out()
    out("1. End to end from Parquet: read_parquet + table_from_frame + evaluate_table (all clauses, caps, stacking)")
    out(f"{'policy':<10}{'N':>7}{'file MiB':>9}{'read s':>8}{'build s':>9}{'eval s':>8}{'total s':>9}"
        f"{'cases/s':>12}{'RSS peak MiB':>13}{'(base)':>8}{'unknown%':>9}{'paid%':>7}")
    for n in args.sizes:
        for pid in (CHAOYANG, BAOAN):
            r = e2e[pid, n]
            out(f"{SHORT[pid]:<10}{_fmt_n(n):>7}{r['mib']:>9.1f}{r['read']:>8.3f}{r['build']:>9.3f}{r['eval']:>8.3f}"
                f"{r['total']:>9.3f}{n / r['total']:>12,.0f}{_mib(r['rss_peak_kib']):>13}"
                f"{'(' + _mib(r['rss_base_kib']) + ')':>8}{100 * r['unknown_rows'] / n:>9.1f}"
                f"{100 * r['paid_rows'] / n:>7.1f}")
        both = e2e[CHAOYANG, n]["total"] + e2e[BAOAN, n]["total"]
        out(f"{'both':<10}{_fmt_n(n):>7}{'':>42}{both:>9.3f}{n / both:>12,.0f}")
    out()
    out("2a. Chaoyang (12 monetary clauses), fully known data: generic evaluate_table vs hand NumPy kernel "
        "(ceilings and totals asserted equal)")
    out(f"{'N':>7}{'generic eval s':>15}{'hand eval s':>12}{'ratio':>7}{'CPU user g/h s':>16}{'sys g/h s':>12}"
        f"{'generic e2e s':>14}{'hand e2e s':>11}{'ratio':>7}{'build s':>8}{'hand prep s':>12}{'paid%':>7}")
    for n in args.sizes:
        k = kern[n]
        out(f"{_fmt_n(n):>7}{k['gen_eval']:>15.3f}{k['hand_eval']:>12.3f}{k['gen_eval'] / k['hand_eval']:>7.2f}"
            f"{k['gen_user']:>10.3f}/{k['hand_user']:.3f}{k['gen_sys']:>6.3f}/{k['hand_sys']:.3f}"
            f"{k['gen_e2e']:>14.3f}{k['hand_e2e']:>11.3f}{k['gen_e2e'] / k['hand_e2e']:>7.2f}"
            f"{k['gen_build']:>8.3f}{k['hand_prep']:>12.3f}{100 * k['paid_rows'] / n:>7.1f}")
    out(f"    best of {args.repeats + 2}; e2e = read_parquet + (table_from_frame + evaluate_table | column extraction "
        "+ kernel); CPU = least user / system time of one evaluation (system time is mostly page faults on "
        "fresh output arrays)")
    out()
    out("2b. OpenFisca, same Chaoyang clauses, same fully known Parquet file (float32 money)")
    if not have_of:
        out(f"    {of_note}")
    else:
        v = next(iter(of.values()))
        out(f"    openfisca-core {v['version']} (numpy {v['numpy']}); path: {v['path']}")
        out(f"{'N':>7}{'TBS s':>7}{'read s':>8}{'set_input s':>12}{'compute s':>10}{'e2e s':>8}{'cases/s':>12}"
            f"{'÷ generic':>11}{'RSS MiB':>9}{'totals ≠':>10}{'max |Δ| 分':>11}{'ceilings ≠':>11}{'max |Δ| 分':>11}"
            f"{'winner ≠':>9}")
        for n in args.sizes:
            r = of[n]
            ratio = r["e2e"] / kern[n]["gen_e2e"]
            out(f"{_fmt_n(n):>7}{r['tbs']:>7.3f}{r['read']:>8.3f}{r['set_input']:>12.3f}{r['compute']:>10.3f}"
                f"{r['e2e']:>8.3f}{n / r['e2e']:>12,.0f}{ratio:>10.2f}×{_mib(r['rss_peak_kib']):>9}"
                f"{r['total_diff_rows']:>10,}{r['total_diff_max']:>11,}{r['ceil_diff_cells']:>11,}"
                f"{r['ceil_diff_max']:>11,}{r['winner_diff_rows']:>9,}")
        out("    e2e = TBS build + read_parquet + set_input + calculate; ÷ generic = OpenFisca e2e / generic e2e (2a); ≠ counts rows (totals) or cells (ceilings, "
            "rows × 12) whose float32 result, rounded to 分, differs from the exact one")
    out()
    out(f"3. assess() latency, one full case, whole policy with full trace, {args.latency_runs} runs after warm-up")
    out(f"{'policy':<10}{'clauses':>8}{'eligible':>9}{'steps':>7}{'median ms':>11}{'p95 ms':>9}")
    for pid, r in lat.items():
        out(f"{SHORT[pid]:<10}{r['clauses']:>8}{r['eligible']:>9}{r['steps']:>7}{r['median']:>11.3f}{r['p95']:>9.3f}")
    out()
    out(f"generation {gen_s:.1f} s; whole bench {time.perf_counter() - started:.1f} s")
    (OUT / "last_run.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
