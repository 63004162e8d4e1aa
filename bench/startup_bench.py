"""Start-up of the rules commands: wall time of `subsidy assess CASE --json` (and `policies`,
`show`, `check`) as a user runs it, paired with a stripped script that does only the work itself
(load the case and the policy, assess, print the JSON) — the practical floor. The two alternate,
run after run, and the median of the per-pair ratios is reported, since this machine is shared.

    .venv/bin/python bench/startup_bench.py [--pairs 9]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CASE = ROOT / "examples" / "baoan-hospital.yaml"
SUBSIDY = [sys.executable, "-c", "from subsidy.cli import main; main()"]
STRIPPED = f"""
import json
from subsidy.rules.case import load_case_file, parse_case
from subsidy.rules.evaluate import assess
from subsidy.rules.registry import find_policy
from subsidy.rules.report import result_json
from pathlib import Path
data = load_case_file(Path({str(CASE)!r}))
policy = find_policy(str(data["policy"]))
print(json.dumps(result_json(assess(policy, parse_case(data, policy, name="x"))), ensure_ascii=False))
"""


def wall(argv: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pairs", type=int, default=9)
    args = parser.parse_args()
    commands = {"assess": ["assess", str(CASE), "--json"], "policies": ["policies"],
                "show": ["show", "cn-sz-baoan-ai-health"], "check": ["check", "policies/cn-sz-baoan-ai-health"]}
    for name, argv in commands.items():
        times = [wall([*SUBSIDY, *argv]) for _ in range(args.pairs)]
        print(f"subsidy {name:9s} median {statistics.median(times) * 1000:7.0f} ms  (min {min(times) * 1000:.0f} ms)")
    ratios, full, stripped = [], [], []
    for _ in range(args.pairs):
        a = wall([*SUBSIDY, *commands["assess"]])
        b = wall([sys.executable, "-c", STRIPPED])
        full.append(a)
        stripped.append(b)
        ratios.append(a / b)
    print(f"assess vs stripped script, {args.pairs} pairs: {statistics.median(full) * 1000:.0f} ms vs "
          f"{statistics.median(stripped) * 1000:.0f} ms, median ratio {statistics.median(ratios):.2f}x")


if __name__ == "__main__":
    main()
