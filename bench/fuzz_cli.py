"""Long runs of the hostile-argument fuzzing of the CLI (tests/cli/hostile_cli.py): ``n`` random
invocations of the administrative commands, each on a fresh copy of a seeded simulation database,
run in-process; the counts of each kind of failure.

    PYTHONPATH=src .venv/bin/python bench/fuzz_cli.py [--runs 2000] [--seed 1] [--show 5]

Counts: runs; tracebacks (any exception other than SystemExit, or an exit code outside 0-3);
unclean (exit 2 or 3 whose message does not start with 错误： or carries English exception or
framework words); changed_on_refusal (exit 2 or 3 and a row of the database changed); over_2s
(invocations that took more than 2 seconds of wall time — informative only, the machine is shared);
and exit_0 … exit_3, how the clean runs ended (done, check failed, bad input, refused).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for _extra in (ROOT / "tests", ROOT / "tests" / "cli"):
    if str(_extra) not in sys.path:
        sys.path.insert(0, str(_extra))

from hostile_cli import Outcome, World, invocation  # noqa: E402

__all__ = ["run"]


def run(n: int, seed: int, *, show: int = 0) -> dict[str, int]:
    """Run ``n`` invocations drawn from ``seed``; the counts of each kind of failure."""
    rng = random.Random(seed)
    counts = {"runs": 0, "tracebacks": 0, "unclean": 0, "changed_on_refusal": 0, "over_2s": 0,
              "exit_0": 0, "exit_1": 0, "exit_2": 0, "exit_3": 0}
    seen: dict[str, int] = {}
    saved = {k: os.environ.get(k) for k in ("SUBSIDY_DATABASE_URL", "SUBSIDY_USER", "COLUMNS")}
    cwd = Path.cwd()
    with tempfile.TemporaryDirectory(prefix="fuzz_cli_") as tmp:
        world = World(Path(tmp))
        os.environ["SUBSIDY_DATABASE_URL"] = world.url
        os.environ["COLUMNS"] = "200"
        os.environ.pop("SUBSIDY_USER", None)
        os.chdir(world.files)
        try:
            for _ in range(n):
                argv = invocation(rng, world.files)
                outcome: Outcome = world.check(argv)
                counts["runs"] += 1
                kinds = {p.split(":", 1)[0] for p in outcome.problems}
                counts["tracebacks"] += bool(kinds & {"traceback", "exit code"})
                counts["unclean"] += "unclean" in kinds
                counts["changed_on_refusal"] += "changed on refusal" in kinds
                counts["over_2s"] += outcome.seconds > 2
                if outcome.code in (0, 1, 2, 3):
                    counts[f"exit_{outcome.code}"] += 1
                for problem in outcome.problems:
                    sign = _signature(problem)
                    seen[sign] = seen.get(sign, 0) + 1
                    if seen[sign] == 1 and len(seen) <= show:
                        print(json.dumps([a[:60] for a in argv], ensure_ascii=False), file=sys.stderr)
                        print("   ", problem[-1200:], file=sys.stderr)
        finally:
            os.chdir(cwd)
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v
    if show:
        for sign, count in sorted(seen.items(), key=lambda kv: -kv[1]):
            print(f"{count:6d}  {sign}", file=sys.stderr)
    return counts


def _signature(problem: str) -> str:
    """What tells one failure from another: the exception line of a traceback, or the problem's kind
    and where its message goes wrong."""
    lines = [line for line in problem.strip().splitlines() if line.strip()]
    if problem.startswith("traceback"):
        where = [line.strip() for line in lines if line.strip().startswith('File "') and "/subsidy/" in line]
        return f"{lines[-1][:120]} @ {where[-1][-90:] if where else '?'}"
    return re.sub(r"「[^」]*」", "「…」", lines[0])[:160]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=5, help="print the first SHOW failing invocations")
    args = parser.parse_args()
    print(json.dumps(run(args.runs, args.seed, show=args.show), ensure_ascii=False))


if __name__ == "__main__":
    main()
