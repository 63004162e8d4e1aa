"""Start-up of the rules commands (issue 9: each ≤ 0.2 s wall on this machine): wall time of
`subsidy policies`, `show`, `assess` (text and --json) and `check` as a user runs them, each paired
with a stripped script that does the same work through the library alone (parse the policy files,
load the case, assess or check, print) — no command line, no cache. The two alternate, pair after
pair, since this machine is shared. Printed per command: the medians of wall time and of processor
time (user + system, which other processes disturb less) of both, the fastest run of the command,
the median of the per-pair ratios, the number of modules the command leaves imported (``mods``, the
same on any machine), and the machine's load (`uptime`) before and after.

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
# The same command line, printing on standard error how many modules it left imported.
MODULES = [sys.executable, "-c", "import sys\nfrom subsidy.cli import main\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
           "print(len(sys.modules), file=sys.stderr)"]
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


def run(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time and processor time (user + system) of one run, in seconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, cwd=ROOT, env=env)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return elapsed, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def modules(argv: list[str], env: dict[str, str]) -> int:
    """How many modules the command line ``argv`` leaves imported (``sys.modules``)."""
    done = subprocess.run([*MODULES, *argv], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True,
                          cwd=ROOT, env=env)
    return int(done.stderr.split()[-1])


def uptime() -> str:
    try:
        return subprocess.run(["uptime"], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        load = os.getloadavg() if hasattr(os, "getloadavg") else ()
        return "load average: " + ", ".join(f"{x:.2f}" for x in load)


def ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:5.0f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pairs", type=int, default=9, help="pairs per command (at least 7)")
    parser.add_argument("--only", default="", help="comma-separated commands, e.g. assess,show")
    args = parser.parse_args()
    pairs = max(7, args.pairs)
    chosen = [c.strip() for c in args.only.split(",") if c.strip()] or list(COMMANDS)
    with tempfile.TemporaryDirectory(prefix="subsidy-bench-") as scratch:
        # As installed code runs: compiled modules are kept (PYTHONDONTWRITEBYTECODE would make every
        # run compile the package again), here in a directory of their own.
        base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        base["PYTHONPYCACHEPREFIX"] = str(Path(scratch) / "pycache")
        base["PYTHONPATH"] = os.pathsep.join(x for x in (str(ROOT / "src"), base.get("PYTHONPATH", "")) if x)  # this checkout
        warm = {**base, "SUBSIDY_CACHE_DIR": str(Path(scratch) / "cache")}
        cold = {**base, "SUBSIDY_CACHE_DIR": ""}
        print(f"before: {uptime()}")
        print(f"median of {pairs} pairs (subsidy, stripped script alternating); ms; target: subsidy wall ≤ {LIMIT_MS:.0f}")
        print(f"{'command':14s} {'wall':>5s} {'min':>5s} {'cpu':>5s} {'min':>5s} | {'strip':>5s} {'cpu':>5s} | "
              f"{'ratio':>6s} | {'cold':>5s} | {'mods':>4s} | ≤{LIMIT_MS:.0f}")
        verdicts = []
        for name in chosen:
            argv = [*SUBSIDY, *COMMANDS[name]]
            stripped_argv = [sys.executable, "-c", STRIPPED[name]]
            run(argv, warm)  # the user's first run fills the cache (and compiles the modules)
            run(stripped_argv, cold)
            count = modules(COMMANDS[name], warm)
            wall, cpu, s_wall, s_cpu, ratios, first = [], [], [], [], [], []
            for _ in range(pairs):
                a, a_cpu = run(argv, warm)
                b, b_cpu = run(stripped_argv, cold)
                wall.append(a)
                cpu.append(a_cpu)
                s_wall.append(b)
                s_cpu.append(b_cpu)
                ratios.append(a / b)
            for _ in range(3):
                first.append(run(argv, cold)[0])
            ok = statistics.median(wall) * 1000 <= LIMIT_MS
            verdicts.append(ok)
            print(f"{name:14s} {ms(wall)} {min(wall) * 1000:5.0f} {ms(cpu)} {min(cpu) * 1000:5.0f} | "
                  f"{ms(s_wall)} {ms(s_cpu)} | {statistics.median(ratios):5.2f}x | {ms(first)} | {count:4d} | "
                  f"{'yes' if ok else 'NO'}")
        print(f"after:  {uptime()} ({os.cpu_count()} cores)")
        print(f"{sum(verdicts)}/{len(verdicts)} commands within {LIMIT_MS:.0f} ms wall (median). wall/cpu: the command "
              "with the cache of parsed policies warm; min: the fastest run; strip: the stripped script; "
              "cold: the command without the cache (first run after a change); mods: modules imported (warm)")


if __name__ == "__main__":
    main()
