"""SIGKILL during approval, payment, termination, recovery and receipt: whatever the point, each of them
is all or nothing, the ledger verifies, and running the job again completes each exactly once.

The job (approve an art14a award of 800万元 — three tranches committed on three years' lines — pay its
first tranche, terminate it, recover what was paid, receive it back) runs in a forked child on a
file-based SQLite database or the PostgreSQL test schema, each step in its own transaction. No timing
decides where it dies: the child reports every point of its run — its start, the inside of each
transaction after each ledger entry and after the last write before the commit, and each commit — and
waits for the parent's word after each report. Round k kills it at the k-th point of a full run, so
every point is killed once, inside a transaction and between two; each round starts the job again from
the beginning (steps already done are refused or return their first result). After every kill the
database holds exactly the steps whose commit was reported.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import signal
from collections import Counter
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

import pytest
from money_factories import DAY, HOSPITAL, WAN, funded_call, snapshot, submitted_in_notice, tx, url_of, user
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from subsidy.errors import DomainRefusal
from subsidy.services import ledger, sanctions
from subsidy.services.approval import approve
from subsidy.services.payments import pay_tranche
from subsidy.store.tables import Application, AuditRecord, Award, LedgerEntry, Sanction, Tranche

pytestmark = pytest.mark.db

AFTER = dt.date(2026, 6, 9)


def _award(s: Session) -> Award:
    return s.scalars(select(Award)).one()


def _approve(s: Session, app_id: int) -> None:
    approve(s, user(s, "officer"), s.get_one(Application, app_id), amount_fen=800 * WAN, today=AFTER)


def _pay(s: Session, app_id: int) -> None:
    first = s.scalars(select(Tranche).where(Tranche.award_id == _award(s).id, Tranche.number == 1)).one()
    pay_tranche(s, user(s, "finance"), first.id, DAY)


def _terminate(s: Session, app_id: int) -> None:
    sanctions.terminate(s, user(s, "officer"), _award(s), "虚列支出", DAY)


def _recover(s: Session, app_id: int) -> None:
    sanctions.recover(s, user(s, "officer"), _award(s), 400 * WAN, dt.date(2026, 9, 30), "虚列支出", DAY)


def _receive(s: Session, app_id: int) -> None:
    decision = s.scalars(select(Sanction).where(Sanction.kind == "recover")).one()
    sanctions.receive(s, user(s, "finance"), decision, 400 * WAN, "V-1", DAY)


JOB: list[tuple[str, Callable[[Session, int], None]]] = [
    ("approve", _approve), ("pay", _pay), ("terminate", _terminate), ("recover", _recover), ("receive", _receive)]
# The points a full run reports, in order: what round k kills at (label, its occurrence in the round).
POINTS = [("start", 1), *((("inside:commitment", n)) for n in (1, 2, 3)), ("end:approve", 1), ("done:approve", 1),
          ("inside:payment", 1), ("end:pay", 1), ("done:pay", 1), ("inside:release", 1), ("inside:release", 2),
          ("end:terminate", 1), ("done:terminate", 1), ("inside:recovery_due", 1), ("end:recover", 1),
          ("done:recover", 1), ("inside:recovery_received", 1), ("end:receive", 1), ("done:receive", 1)]


def _job(engine: Engine, gate: Connection, app_id: int) -> None:
    """The child: the job on new connections of the parent's engine, reporting each point and waiting."""
    engine.dispose(close=False)

    def step(what: str) -> None:
        gate.send(what)
        gate.recv()

    original = ledger.append

    def append(*args: Any, **kwargs: Any) -> Any:  # inside a transaction, after a ledger entry
        row = original(*args, **kwargs)
        step(f"inside:{row.kind}")
        return row

    ledger.append = append  # type: ignore[assignment]
    step("start")
    for name, operation in JOB:
        try:
            with tx(engine) as s:
                operation(s, app_id)
                step(f"end:{name}")  # the last moment inside the transaction, before the commit
        except DomainRefusal as exc:
            step(f"refused:{name}:{exc.code}")
            continue
        step(f"done:{name}")


def _kill_round(engine: Engine, ctx: Any, app_id: int, target: tuple[str, int] | None) -> tuple[set[str], list[str]]:
    """Run the job and kill it at ``target`` (None: let it finish). Returns the steps whose commit was
    reported and every report."""
    parent_end, child_end = ctx.Pipe(duplex=True)
    child = ctx.Process(target=_job, args=(engine, child_end, app_id))
    child.start()
    child_end.close()
    seen: Counter[str] = Counter()
    reports: list[str] = []
    done: set[str] = set()
    while True:
        assert parent_end.poll(60), f"the job stopped reporting after {reports}"
        try:
            what = parent_end.recv()
        except EOFError:  # the job ended
            break
        reports.append(what)
        seen[what] += 1
        if what.startswith("done:"):
            done.add(what.removeprefix("done:"))
        if target is not None and (what, seen[what]) == target:
            os.kill(child.pid or 0, signal.SIGKILL)  # blocked in step(): surely alive
            break
        parent_end.send("go")
    child.join()
    parent_end.close()
    assert child.exitcode == (-signal.SIGKILL if target is not None else 0), reports
    return done, reports


def _state(engine: Engine) -> set[str]:
    """The steps the database holds, each checked to be whole; the ledger verifies, no line negative."""
    with tx(engine) as s:
        assert ledger.verify(s) == []
        def count(*where: Any) -> int:
            return int(s.scalar(select(func.count()).select_from(LedgerEntry).where(*where)) or 0)

        def audits(action: str) -> int:
            return int(s.scalar(select(func.count()).where(AuditRecord.action == action)) or 0)

        held = set()
        awards = s.scalar(select(func.count()).select_from(Award))
        tranches = {t.number: t.state for t in s.scalars(select(Tranche))}
        if awards:
            assert tranches.keys() == {1, 2, 3} and count(LedgerEntry.kind == "commitment") == 3
            assert s.scalar(select(func.sum(LedgerEntry.fen)).where(LedgerEntry.kind == "commitment")) == 800 * WAN
            assert audits("approve") == audits("commit_award") == 1 and s.scalars(select(Application)).one().state == "approved"
            held.add("approve")
        else:
            assert not tranches and count(LedgerEntry.kind == "commitment") == 0 == audits("approve") == audits("commit_award")
            assert s.scalars(select(Application)).one().state == "in_notice"
        paid = count(LedgerEntry.kind == "payment")
        assert paid == audits("pay") == (tranches.get(1) == "paid") <= 1
        if paid:
            held.add("pay")
        terminated = s.scalar(select(func.count()).where(Sanction.kind == "terminate"))
        assert terminated == audits("terminate") <= 1
        assert count(LedgerEntry.kind == "release") == 2 * terminated
        assert [tranches.get(n) for n in (2, 3)] == (["cancelled"] * 2 if terminated else [None] * 2 if not awards
                                                     else ["scheduled"] * 2)
        if terminated:
            held.add("terminate")
        recovered = s.scalar(select(func.count()).where(Sanction.kind == "recover"))
        assert recovered == audits("recover") == count(LedgerEntry.kind == "recovery_due") <= 1
        if recovered:
            held.add("recover")
        received = count(LedgerEntry.kind == "recovery_received")
        assert received == audits("receive") <= 1
        if received:
            held.add("receive")
        for call_id, clause, year in s.execute(select(LedgerEntry.call_id, LedgerEntry.clause_id, LedgerEntry.year)
                                               .distinct()).all():
            assert ledger.line_balance(s, call_id, clause, year).negative() == []
        return held


def test_approval_termination_and_recovery_killed_at_every_point_are_all_or_nothing(engine: Engine) -> None:
    with tx(engine) as s:
        app_id = submitted_in_notice(s, funded_call(s), 1, clause="art14a", facts=HOSPITAL, project="H-1")
    ctx = multiprocessing.get_context("fork")
    committed: set[str] = set()
    places: Counter[str] = Counter()
    for target in POINTS:
        done, reports = _kill_round(engine, ctx, app_id, target)
        places[target[0].split(":")[0]] += 1
        committed |= done
        assert _state(engine) == committed, (target, reports)
    assert committed == {name for name, _ in JOB}  # the last kill was after the last commit…
    done, reports = _kill_round(engine, ctx, app_id, None)  # …and a run to the end completes the job
    assert done == {"pay", "recover", "receive"} and _state(engine) == {name for name, _ in JOB}, reports
    assert [r for r in reports if r.startswith("refused")] == [  # the recovery returns its first decision
        "refused:approve:wrong_state", "refused:terminate:already_terminated"]
    before = snapshot(engine)
    _kill_round(engine, ctx, app_id, None)  # once more: nothing changes
    assert snapshot(engine) == before
    with tx(engine) as s:
        award = _award(s)
        b = ledger.balance_of(s, LedgerEntry.award_id == award.id)
        assert (b.committed, b.paid, b.recoverable, b.recovered) == (0, 400 * WAN, 0, 400 * WAN)
    assert places == {"start": 1, "inside": 8, "end": 5, "done": 5}


def _approve_command(url: str, gate: Connection) -> None:
    """The real `subsidy approve` in a forked child, held inside its transaction: after the award's
    commitments and before the application's state change, audit record and commit."""
    os.environ["SUBSIDY_DATABASE_URL"] = url
    from subsidy.cli import main
    from subsidy.services import approval

    original = approval.move

    def move(*args: Any, **kwargs: Any) -> Any:
        gate.send("inside")
        gate.recv()
        return original(*args, **kwargs)

    approval.move = move  # type: ignore[assignment]
    main(["approve", "1", "--amount", "800万元", "--as", "officer", "--today", AFTER.isoformat()])


def test_the_approve_command_killed_inside_its_transaction_leaves_nothing_and_the_rerun_approves_once(
        engine: Engine, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from subsidy.cli import main

    with tx(engine) as s:
        assert submitted_in_notice(s, funded_call(s), 1, clause="art14a", facts=HOSPITAL, project="H-1") == 1
    before = snapshot(engine)
    ctx = multiprocessing.get_context("fork")
    parent_end, child_end = ctx.Pipe(duplex=True)
    child = ctx.Process(target=_approve_command, args=(url_of(engine), child_end))
    child.start()
    child_end.close()
    assert parent_end.poll(60) and parent_end.recv() == "inside"
    os.kill(child.pid or 0, signal.SIGKILL)
    child.join()
    assert child.exitcode == -signal.SIGKILL
    assert snapshot(engine) == before  # three commitments were written inside: none is left
    monkeypatch.setenv("SUBSIDY_DATABASE_URL", url_of(engine))
    for expected in (0, 3):  # the rerun approves; a third run is refused by the state
        with pytest.raises(SystemExit) as exc:
            main(["approve", "1", "--amount", "800万元", "--as", "officer", "--today", AFTER.isoformat()])
        assert exc.value.code == expected, capsys.readouterr()
    assert _state(engine) == {"approve"}
