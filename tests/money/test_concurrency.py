"""32 concurrent workers, each with its own engine and connection, committing awards and paying
tranches against one budget line: never over-committed, never over-paid, every tranche paid at
most once, the chain intact. Runs on SQLite (file, WAL) and on PostgreSQL."""

from __future__ import annotations

import random
import threading
import time
from collections import Counter

import pytest
from money_factories import DAY, WAN, YEAR, add_award, add_call, add_org, engine_like, tx, user
from sqlalchemy import Engine, func, select

from subsidy.errors import DomainRefusal
from subsidy.services import audit, ledger
from subsidy.services.commitments import commit_award
from subsidy.services.payments import pay_tranche
from subsidy.store.tables import AuditRecord, Award, LedgerEntry, Tranche

pytestmark = pytest.mark.db

WORKERS = 32
AWARDS = 64
BUDGET = 1000 * WAN
AWARD_FEN = 30 * WAN  # 64 × 30万 = 1920万 asked of a 1000万 line: exactly 33 awards fit


def _worker(engine: Engine, index: int, award_ids: list[int], barrier: threading.Barrier,
            outcomes: Counter[str], errors: list[BaseException]) -> None:
    rng = random.Random(index)
    mine = [award_ids[index], award_ids[index + WORKERS]]  # every award is tried at least once
    plan = [("commit", a) for a in mine]
    for _ in range(6):
        a = rng.choice(award_ids)
        plan.append((rng.choice(["commit", "pay", "pay", "pay_other_key"]), a))
    barrier.wait()
    for op, award_id in plan:
        try:
            with tx(engine) as s:
                if op == "commit":
                    commit_award(s, s.get_one(Award, award_id), None)
                else:
                    t = s.scalars(select(Tranche).where(Tranche.award_id == award_id)).one_or_none()
                    if t is None:
                        outcomes["nothing_to_pay"] += 1
                        continue
                    key = f"worker{index}:{award_id}" if op == "pay_other_key" else None
                    paid = pay_tranche(s, user(s, "finance"), t.id, DAY, key=key)
                    outcomes["repeat" if paid.repeated else "paid"] += 1
                    continue
            outcomes[op] += 1
        except DomainRefusal as exc:
            outcomes[exc.code] += 1
        except BaseException as exc:  # any database error is a failure of the guarantee
            errors.append(exc)


def test_32_workers_never_over_commit_or_over_pay(engine: Engine) -> None:
    with tx(engine) as s:
        c = add_call(s)
        ledger.appropriate(s, user(s, "finance"), c, "art14a", YEAR, BUDGET)
        award_ids = [add_award(s, c, add_org(s, n), AWARD_FEN, shares=("100%",)).id for n in range(1, AWARDS + 1)]
        call_id = c.id
    engines = [engine_like(engine, pool_size=1, max_overflow=0) for _ in range(WORKERS)]
    barrier = threading.Barrier(WORKERS)
    outcomes: Counter[str] = Counter()
    errors: list[BaseException] = []
    threads = [threading.Thread(target=_worker, args=(engines[i], i, award_ids, barrier, outcomes, errors))
               for i in range(WORKERS)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    elapsed = time.perf_counter() - started
    for e in engines:
        e.dispose()
    assert errors == [], errors[:3]
    assert not any(t.is_alive() for t in threads)
    with tx(engine) as s:
        b = ledger.line_balance(s, call_id, "art14a", YEAR)
        assert b.committed + b.paid <= b.appropriated == BUDGET
        assert b.negative() == []
        tranches = list(s.scalars(select(Tranche)))
        assert len(tranches) == BUDGET // AWARD_FEN  # every award was tried; exactly as many as fit were committed
        assert len({t.award_id for t in tranches}) == len(tranches)
        payments = Counter(s.scalars(select(LedgerEntry.award_id).where(LedgerEntry.kind == "payment")))
        assert set(payments.values()) <= {1}  # no tranche paid twice, whatever the key
        paid = [t for t in tranches if t.state == "paid"]
        assert {t.award_id for t in paid} == set(payments)
        assert b.paid == len(paid) * AWARD_FEN and b.committed == (len(tranches) - len(paid)) * AWARD_FEN
        assert s.scalar(select(func.count()).where(AuditRecord.action == "pay")) == len(paid)
        assert audit.verify(s) == []  # the ledger, the audit log and every sealed row
    assert outcomes["commit"] >= len(tranches) and outcomes["over_budget"] > 0 and outcomes["paid"] == len(paid)
    print(f"\n{WORKERS} workers on {engine.dialect.name}: {sum(outcomes.values())} operations in {elapsed:.1f}s "
          f"— {dict(outcomes)}")
