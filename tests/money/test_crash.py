"""A payment run killed with SIGKILL at random points leaves whole payments only — no partial and no
duplicate record — and running it again finishes the job exactly once.

The run is a child process (forked, so it starts at once) on a file-based SQLite database or the
PostgreSQL test schema, killed after a seeded random number of payments and a random delay (before, between or
inside a payment's transaction); after every kill the database must be consistent. A last round kills the real command (`subsidy pay --run`, its own process) after its
first payment; the same command then finishes the job.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from multiprocessing.connection import Connection

import pytest
from money_factories import DAY, WAN, YEAR, add_award, add_call, add_org, tx, url_of, user
from sqlalchemy import Engine, func, select

from subsidy.cli import main
from subsidy.services import ledger
from subsidy.services.commitments import commit_award
from subsidy.services.payments import payment_run
from subsidy.store.tables import AuditRecord, LedgerEntry, Tranche

pytestmark = pytest.mark.db

ROUNDS = 20
AWARDS = 80
SEED = 20260701


def _run(engine: Engine, progress: Connection) -> None:
    """The child: a payment run on new connections of the parent's engine (SQLAlchemy's pattern after
    a fork: the inherited pool is dropped without closing the parent's connections), telling the
    parent of each tranche done."""
    engine.dispose(close=False)
    payment_run(engine, "finance", DAY, on_each=lambda tranche_id, _: progress.send(tranche_id))


def _consistent(engine: Engine) -> int:
    """Whole payments only: each paid tranche has exactly one payment entry and one audit record,
    every payment entry belongs to a paid tranche, and the chain verifies. Returns the payments."""
    with tx(engine) as s:
        assert ledger.verify(s) == []
        pays = s.execute(select(LedgerEntry.award_id, LedgerEntry.tranche, LedgerEntry.seq)
                         .where(LedgerEntry.kind == "payment")).all()
        assert set(Counter((a, n) for a, n, _ in pays).values()) <= {1}
        paid = {(t.award_id, t.number): t.paid_seq for t in s.scalars(select(Tranche).where(Tranche.state == "paid"))}
        assert paid == {(a, n): seq for a, n, seq in pays}
        assert s.scalar(select(func.count()).where(AuditRecord.action == "pay")) == len(pays)
        return len(pays)


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
    killed_mid_run = 0
    started = time.perf_counter()
    for _ in range(ROUNDS):
        receiver, sender = ctx.Pipe(duplex=False)
        child = ctx.Process(target=_run, args=(engine, sender))
        child.start()
        for _ in range(rng.randint(0, 3)):  # let it finish a few payments, then kill it at a random moment
            if receiver.poll(10):
                receiver.recv()
        time.sleep(rng.uniform(0.0, 0.04))  # about one payment's time
        killed_mid_run += child.is_alive()
        os.kill(child.pid or 0, signal.SIGKILL)
        child.join()
        assert child.exitcode in (-signal.SIGKILL, 0)
        _consistent(engine)
    paid_by_kills = _consistent(engine)
    assert 0 < paid_by_kills < AWARDS and killed_mid_run >= ROUNDS - 2

    env = {**os.environ, "SUBSIDY_DATABASE_URL": url_of(engine), "PYTHONUNBUFFERED": "1", "COLUMNS": "200"}
    command = [sys.executable, "-c", "from subsidy.cli import main; main()", "pay", "--run", "--as", "finance",
               "--today", DAY.isoformat()]
    cli = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True)
    assert cli.stdout is not None
    for line in cli.stdout:  # the real command, killed just after its first payment
        if line.startswith("已拨付"):
            break
    cli.send_signal(signal.SIGKILL)
    cli.wait()
    after_cli_kill = _consistent(engine)
    assert after_cli_kill > paid_by_kills

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
    print(f"\n{engine.dialect.name}: {ROUNDS} SIGKILLs ({killed_mid_run} mid-run) paid {paid_by_kills}, "
          f"CLI killed after its first payment, rerun paid the remaining {AWARDS - after_cli_kill}; "
          f"{time.perf_counter() - started:.1f}s")
