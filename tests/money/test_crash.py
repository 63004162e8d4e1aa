"""A payment run killed with SIGKILL at seeded points leaves whole payments only — no partial and no
duplicate record — and running it again finishes the job exactly once.

The run is a child process (forked, so it starts at once) on a file-based SQLite database or the
PostgreSQL test schema. No timing decides where it dies: the child reports each step of its run (its
start, the inside of each payment's transaction after the ledger entry and before the commit, and each
committed payment) and waits for the parent's word after each report, so the parent kills it at a
seeded step while it is blocked there, inside a transaction or between two. After every kill the
database must be consistent. A last round kills the real command (`subsidy pay --run`, its own
process) while it is inside its second payment's transaction; the same command then finishes the job.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import subprocess
import sys
from collections import Counter
from multiprocessing.connection import Connection
from typing import Any

import pytest
from money_factories import DAY, WAN, YEAR, add_award, add_call, add_org, tx, url_of, user
from sqlalchemy import Engine, func, select

from subsidy.cli import main
from subsidy.services import audit, ledger, payments
from subsidy.services.commitments import commit_award
from subsidy.services.payments import payment_run
from subsidy.store.tables import AuditRecord, LedgerEntry, Tranche

pytestmark = pytest.mark.db

ROUNDS = 20
AWARDS = 80
MAX_PAID_PER_ROUND = 3  # so that the kills alone can never pay everything (20 × 3 < 80)
SEED = 20260701

# The real command, with a gate that stops it inside its second payment's transaction (after the
# payment's ledger entry, before the audit record and the commit) and tells the test on stdout.
CLI_GATE = """
import sys
from subsidy.services import payments
_record, _calls = payments.record, []
def record(*args, **kwargs):
    _calls.append(1)
    if len(_calls) == 2:
        print("GATE", flush=True)
        sys.stdin.readline()
    return _record(*args, **kwargs)
payments.record = record
from subsidy.cli import main
main()
"""


def _run(engine: Engine, gate: Connection) -> None:
    """The child: a payment run on new connections of the parent's engine (SQLAlchemy's pattern after
    a fork: the inherited pool is dropped without closing the parent's connections), reporting each
    step and waiting for the parent's word before going on."""
    engine.dispose(close=False)

    def step(what: str) -> None:
        gate.send(what)
        gate.recv()

    original = payments.record

    def record(*args: Any, **kwargs: Any) -> None:  # inside the payment's transaction
        step("inside")
        original(*args, **kwargs)

    payments.record = record  # type: ignore[assignment]
    step("start")
    payment_run(engine, "finance", DAY,
                on_each=lambda _id, outcome: step("committed" if isinstance(outcome, payments.Payment) else "refused"))


def _consistent(engine: Engine) -> int:
    """Whole payments only: each paid tranche has exactly one payment entry and one audit record,
    every payment entry belongs to a paid tranche, and the chain verifies. Returns the payments."""
    with tx(engine) as s:
        assert audit.verify(s) == []  # the ledger, the audit log and every sealed row
        pays = s.execute(select(LedgerEntry.award_id, LedgerEntry.tranche, LedgerEntry.seq)
                         .where(LedgerEntry.kind == "payment")).all()
        assert set(Counter((a, n) for a, n, _ in pays).values()) <= {1}
        paid = {(t.award_id, t.number): t.paid_seq for t in s.scalars(select(Tranche).where(Tranche.state == "paid"))}
        assert paid == {(a, n): seq for a, n, seq in pays}
        assert s.scalar(select(func.count()).where(AuditRecord.action == "pay")) == len(pays)
        return len(pays)


def _kill_round(engine: Engine, ctx: Any, kill_at: int) -> tuple[int, str]:
    """Run the child and kill it at its `kill_at`-th report (0: at its start). Returns the payments the
    child committed and where it was when killed."""
    parent_end, child_end = ctx.Pipe(duplex=True)
    child = ctx.Process(target=_run, args=(engine, child_end))
    child.start()
    child_end.close()
    committed, where = 0, ""
    for n in range(kill_at + 1):
        assert parent_end.poll(60), "the payment run stopped reporting"
        where = parent_end.recv()
        committed += where == "committed"
        if n < kill_at:
            parent_end.send("go")
    os.kill(child.pid or 0, signal.SIGKILL)  # the child is blocked in step(): it is surely alive
    child.join()
    parent_end.close()
    assert child.exitcode == -signal.SIGKILL
    return committed, where


def test_a_killed_payment_run_leaves_no_partial_or_duplicate_record_and_a_rerun_finishes_once(
        engine: Engine, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    with tx(engine) as s:
        c = add_call(s)
        ledger.appropriate(s, user(s, "finance"), c, "art14a", YEAR, AWARDS * 10 * WAN)
        for n in range(1, AWARDS + 1):
            commit_award(s, add_award(s, c, add_org(s, n), (n % 7 + 1) * WAN + n, shares=("100%",)), None)
        expected_total = s.scalar(select(func.sum(Tranche.fen)))
    ctx = multiprocessing.get_context("fork")
    rng = random.Random(SEED)
    places: Counter[str] = Counter()
    paid_by_kills = 0
    for _ in range(ROUNDS):
        # Reports run: start, (inside, committed) per payment; kill at any of the first 2·MAX+1 of them.
        committed, where = _kill_round(engine, ctx, rng.randint(0, 2 * MAX_PAID_PER_ROUND))
        places[where] += 1
        now = _consistent(engine)
        assert now == paid_by_kills + committed  # a payment killed inside its transaction left nothing
        paid_by_kills = now
    assert places["inside"] > 0 and places["committed"] > 0  # both kinds of kill happened (seeded)
    assert 0 < paid_by_kills < AWARDS

    env = {**os.environ, "SUBSIDY_DATABASE_URL": url_of(engine), "PYTHONUNBUFFERED": "1", "COLUMNS": "200"}
    command = [sys.executable, "-c", CLI_GATE, "pay", "--run", "--as", "finance", "--today", DAY.isoformat()]
    cli = subprocess.Popen(command, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert cli.stdout is not None
    lines = []
    for line in cli.stdout:  # the real command, killed inside its second payment's transaction
        lines.append(line)
        if line.startswith("GATE"):
            break
    assert lines[-1].startswith("GATE"), "".join(lines)
    assert sum(line.startswith("已拨付") for line in lines) == 1
    cli.kill()
    cli.wait()
    assert cli.stdin is not None
    cli.stdin.close()
    after_cli_kill = _consistent(engine)
    assert after_cli_kill == paid_by_kills + 1

    monkeypatch.setenv("SUBSIDY_DATABASE_URL", env["SUBSIDY_DATABASE_URL"])
    with pytest.raises(SystemExit) as exit_:  # the same command, run to the end (in this process)
        main(command[3:])
    assert exit_.value.code == 0
    assert f"本次拨付 {AWARDS - after_cli_kill} 期" in capsys.readouterr().out
    assert _consistent(engine) == AWARDS
    again = payment_run(engine, "finance", DAY)
    assert again.paid == [] and again.skipped == []
    with tx(engine) as s:
        assert s.scalar(select(func.sum(LedgerEntry.fen)).where(LedgerEntry.kind == "payment")) == expected_total
        assert ledger.line_balance(s, c.id, "art14a", YEAR).committed == 0
    print(f"\n{engine.dialect.name}: {ROUNDS} SIGKILLs ({dict(places)}) paid {paid_by_kills}, "
          f"CLI killed inside its second payment, rerun paid the remaining {AWARDS - after_cli_kill}")
