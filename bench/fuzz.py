"""Long fuzz runs: hostile inputs through the real code paths, in-process, with counts.

    PYTHONPATH=src python bench/fuzz.py                        # every section, 100,000 inputs each
    PYTHONPATH=src python bench/fuzz.py --section cases -n 20000 --seed 7

Each section generates inputs with an oracle and reports: tracebacks (any exception that is not a
clean refusal), runs over 2 s, invalid inputs accepted (a mutation known to break the declared
domain that was not refused), valid re-spellings whose outcome changed, clean refusals and accepted
inputs. The exit code is 1 when any of the first four is not zero.

Sections are listed in :data:`SECTIONS` (name → function ``(n, seed, tmp) -> Counts``): ``cases``
mutates the shipped case files (tests/fuzz_strategies.py); ``policies`` mutates the shipped policy
directories (bench/fuzz_policies.py; also the share of errors naming the damaged line, target ≥ 95%);
``cli`` runs hostile command lines of the administrative commands against a seeded database
(bench/fuzz_cli.py; also refusals that changed the database).
"""

from __future__ import annotations

import argparse
import importlib
import random
import signal
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests"), str(Path(__file__).resolve().parent)]

SLOW_SECONDS = 2.0
HANG_SECONDS = 10.0


@dataclass
class Counts:
    """What one section found. ``problems`` are the counts that must be zero."""

    runs: int = 0
    tracebacks: int = 0
    slow: int = 0
    invalid_accepted: int = 0
    valid_changed: int = 0
    refused: int = 0
    accepted: int = 0
    invalid_total: int = 0
    valid_total: int = 0
    slowest: float = 0.0
    seconds: float = 0.0
    by_kind: Counter[str] = field(default_factory=Counter)
    examples: dict[str, str] = field(default_factory=dict)  # first example of each problem

    other_problems: int = 0  # a section's own targets missed (see its report)

    @property
    def problems(self) -> int:
        return self.tracebacks + self.slow + self.invalid_accepted + self.valid_changed + self.other_problems

    def note(self, problem: str, kind: str, detail: str) -> None:
        self.examples.setdefault(f"{problem}: {kind}", detail[:500])


class Hang(Exception):
    """Raised in the main thread when one input runs longer than HANG_SECONDS."""


class Watchdog:
    """``with Watchdog():`` interrupts a run that hangs (SIGALRM; Unix, main thread)."""

    def __enter__(self) -> Watchdog:
        def fire(signum: int, frame: FrameType | None) -> None:
            raise Hang(f"over {HANG_SECONDS} s")

        self._old = signal.signal(signal.SIGALRM, fire)
        signal.setitimer(signal.ITIMER_REAL, HANG_SECONDS)
        return self

    def __exit__(self, *exc: object) -> None:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, self._old)


def fuzz_cases(n: int, seed: int, tmp: Path) -> Counts:
    """Mutated case files through load → parse → assess → JSON, as ``subsidy assess --json``."""
    from fuzz_strategies import Judge, Outcome, fuzzed_case

    rng = random.Random(seed)
    judge = Judge(tmp)
    c = Counts()
    start = time.perf_counter()
    for _ in range(n):
        f = fuzzed_case(rng)
        try:
            with Watchdog():
                o = judge.run(f)
        except Hang as exc:
            o = Outcome("traceback", HANG_SECONDS, str(exc))
        c.runs += 1
        c.by_kind[" ".join(f.kind.split(" ")[:2]) if f.kind.startswith(("invalid", "valid", "hostile")) else f.kind] += 1
        c.invalid_total += f.oracle == "invalid"
        c.valid_total += f.oracle == "valid"
        c.slowest = max(c.slowest, o.seconds)
        if o.seconds > SLOW_SECONDS:
            c.slow += 1
            c.note("slow", f.kind, f"{o.seconds:.1f} s: {f.content[:300]!r}")
        problem = judge.problem(f, o)
        if problem == "traceback":
            c.tracebacks += 1
        elif problem == "invalid accepted":
            c.invalid_accepted += 1
        elif problem == "valid changed":
            c.valid_changed += 1
        if problem:
            c.note(problem, f.kind, f"{o.detail[:200]} | {f.content[:300]!r}")
        if o.status == "refused":
            c.refused += 1
        elif o.status == "accepted":
            c.accepted += 1
    c.seconds = time.perf_counter() - start
    return c


def fuzz_policies(n: int, seed: int, tmp: Path) -> Counts:
    """Policy mutants (bench/fuzz_policies.py): its counts, and the line target (≥ 95% of errors)."""
    started = time.perf_counter()
    d = importlib.import_module("fuzz_policies").run(n, seed)
    share = d["errors_right_line"] / d["errors_with_expected_line"] if d["errors_with_expected_line"] else 1.0
    c = Counts(runs=d["mutants"], tracebacks=d["tracebacks"], slow=d["over_2s"],
               invalid_accepted=d["invalid_accepted"], refused=d["refused"], accepted=d["accepted"],
               seconds=time.perf_counter() - started,
               other_problems=d["errors_without_line"] + (share < 0.95))
    c.by_kind.update({"errors without a line": d["errors_without_line"],
                      f"errors naming the damaged line ({share:.1%})": d["errors_right_line"]})
    return c


def fuzz_cli(n: int, seed: int, tmp: Path) -> Counts:
    """Hostile command lines (bench/fuzz_cli.py): tracebacks, unclean messages, refusals that changed data."""
    started = time.perf_counter()
    d = importlib.import_module("fuzz_cli").run(n, seed)
    c = Counts(runs=d["runs"], tracebacks=d["tracebacks"], slow=d["over_2s"], refused=d["exit_2"] + d["exit_3"],
               accepted=d["exit_0"] + d["exit_1"], seconds=time.perf_counter() - started,
               other_problems=d["unclean"] + d["changed_on_refusal"])
    c.by_kind.update({"unclean messages": d["unclean"], "refusals that changed the database": d["changed_on_refusal"],
                      **{f"exit {k}": d[f"exit_{k}"] for k in range(4)}})
    return c


SECTIONS: dict[str, Callable[[int, int, Path], Counts]] = {"cases": fuzz_cases, "policies": fuzz_policies,
                                                           "cli": fuzz_cli}


def sections() -> dict[str, Callable[[int, int, Path], Counts]]:
    return dict(SECTIONS)


def report(name: str, c: Counts) -> None:
    each = 1000 * c.seconds / c.runs if c.runs else 0.0
    print(f"{name}: {c.runs:,} inputs in {c.seconds:.0f} s ({each:.1f} ms each)")
    print(f"  tracebacks         {c.tracebacks:>9,}")
    print(f"  runs over {SLOW_SECONDS:.0f} s      {c.slow:>9,}   (slowest {c.slowest:.2f} s)")
    print(f"  invalid accepted   {c.invalid_accepted:>9,}   (of {c.invalid_total:,} known-invalid inputs)")
    print(f"  valid changed      {c.valid_changed:>9,}   (of {c.valid_total:,} valid re-spellings)")
    print(f"  clean refusals     {c.refused:>9,}")
    print(f"  accepted           {c.accepted:>9,}")
    if c.other_problems:
        print(f"  other targets missed {c.other_problems:>6,}")
    print("  by kind: " + ", ".join(f"{k} {v:,}" for k, v in c.by_kind.most_common()))
    for key, detail in list(c.examples.items())[:20]:
        print(f"  ! {key}: {detail}")


def main(argv: list[str] | None = None) -> int:
    available = sections()
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--section", action="append", choices=sorted(available), help="default: every section")
    ap.add_argument("-n", type=int, default=100_000, help="inputs per section (default 100000)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    failed = False
    with tempfile.TemporaryDirectory(prefix="subsidy-fuzz-") as tmp:
        for name in args.section or list(available):
            directory = Path(tmp) / name
            directory.mkdir()
            counts = available[name](args.n, args.seed, directory)
            report(name, counts)
            failed |= counts.problems > 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
