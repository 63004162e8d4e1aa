"""Start-up of the rules commands (issue 9: each ≤ 0.2 s wall on this machine): wall time of
`subsidy policies`, `show`, `assess` (text and --json) and `check` as a user runs them, each paired
with a stripped script that does the same work through the library alone (parse the policy files,
load the case, assess or check, print) — no command line, no cache. The two alternate, pair after
pair, since this machine is shared; the medians and the median of the per-pair ratios are printed,
and the command's processor time (user + system), which other processes on the machine disturb less.

The command runs with the cache of parsed policies (cli/compiled.py) warmed by one run first, as a
user's second run finds it; `cold` is the same command with the cache turned off
(``SUBSIDY_CACHE_DIR=``), as the first run after a policy file or the code changed.

    .venv/bin/python bench/startup_bench.py [--pairs 9] [--only assess,show]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CASE = ROOT / "examples" / "baoan-hospital.yaml"
POLICY = "cn-sz-baoan-ai-health"
SUBSIDY = [sys.executable, "-c", "from subsidy.cli import main; main()"]
LIMIT_MS = 200.0

_PRELUDE = "import json, sys\nfrom pathlib import Path\n"
STRIPPED = {
    "assess --json": _PRELUDE + f"""
from subsidy.rules.case import load_case_file, parse_case
from subsidy.rules.evaluate import assess
from subsidy.rules.registry import find_policy
from subsidy.rules.report import result_json
data = load_case_file(Path({str(CASE)!r}))
policy = find_policy(str(data["policy"]))
print(json.dumps(result_json(assess(policy, parse_case(data, policy, name="x"))), ensure_ascii=False))
""",
    "policies": _PRELUDE + """
from subsidy.rules.registry import list_policy_dirs
from subsidy.rules.parse import load_policy
print(json.dumps([(p.id, p.title, len(p.clauses)) for p in map(load_policy, list_policy_dirs())], ensure_ascii=False))
""",
    "show": _PRELUDE + f"""
from subsidy.rules.registry import find_policy
from subsidy.rules.report import show_json
print(json.dumps(show_json(find_policy({POLICY!r}), ""), ensure_ascii=False))
""",
    "check": _PRELUDE + f"""
from subsidy.rules.check import check_policy
from subsidy.rules.registry import find_policy
done = check_policy(find_policy({POLICY!r}))
print(done.ok, len(done.cases), [o.failures for o in done.cases if not o.ok])
""",
}
STRIPPED["assess"] = STRIPPED["assess --json"]
COMMANDS = {"policies": ["policies"], "show": ["show", POLICY], "assess": ["assess", str(CASE)],
            "assess --json": ["assess", str(CASE), "--json"], "check": ["check", f"policies/{POLICY}"]}


CPU: list[float] = []  # the processor time (user + system) of each run, beside its wall time


def wall(argv: list[str], env: dict[str, str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, cwd=ROOT, env=env)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pairs", type=int, default=9, help="pairs per command (at least 7)")
    parser.add_argument("--only", default="", help="comma-separated commands, e.g. assess,show")
    args = parser.parse_args()
    pairs = max(7, args.pairs)
    chosen = [c.strip() for c in args.only.split(",") if c.strip()] or list(COMMANDS)
    with tempfile.TemporaryDirectory(prefix="subsidy-bench-cache-") as cache:
        warm = {**os.environ, "SUBSIDY_CACHE_DIR": cache}
        cold = {**os.environ, "SUBSIDY_CACHE_DIR": ""}
        print(f"{'command':14s} {'subsidy':>8s} {'stripped':>9s} {'ratio':>6s} {'cold':>7s}  ≤{LIMIT_MS:.0f} ms  "
              f"(median of {pairs} pairs; ms)")
        verdicts = []
        for name in chosen:
            argv = [*SUBSIDY, *COMMANDS[name]]
            wall(argv, warm)  # the user's first run fills the cache
            full, stripped, ratios, first, cpu = [], [], [], [], []
            for _ in range(pairs):
                a = wall(argv, warm)
                cpu.append(CPU[-1])
                b = wall([sys.executable, "-c", STRIPPED[name]], cold)
                full.append(a)
                stripped.append(b)
                ratios.append(a / b)
            for _ in range(3):
                first.append(wall(argv, cold))
            median = statistics.median(full) * 1000
            verdicts.append(median <= LIMIT_MS)
            print(f"{name:14s} {median:8.0f} {statistics.median(stripped) * 1000:9.0f} "
                  f"{statistics.median(ratios):5.2f}x {statistics.median(first) * 1000:7.0f}  "
                  f"{'yes' if median <= LIMIT_MS else 'NO'}   (min {min(full) * 1000:.0f}; "
                  f"processor time {statistics.median(cpu) * 1000:.0f})")
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(f"load average while measuring: {load:.2f} on {os.cpu_count()} cores; "
              f"{sum(verdicts)}/{len(verdicts)} commands within {LIMIT_MS:.0f} ms")


if __name__ == "__main__":
    main()
