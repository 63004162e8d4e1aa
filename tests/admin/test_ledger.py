"""The ledger's arithmetic: balances reconcile, and the hash chain catches any tampering."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from subsidy.admin.ledger import GENESIS, Entry, balances, entry_hash, verify_chain


def chain(raw: list[tuple[str, int]]) -> list[Entry]:
    out: list[Entry] = []
    prev = GENESIS
    for i, (kind, fen) in enumerate(raw, start=1):
        e = Entry(i, kind, 1, "art7", 2026, fen, prev_hash=prev)
        e = dataclasses.replace(e, hash=entry_hash(prev, e.payload()))
        out.append(e)
        prev = e.hash
    return out


ops = st.lists(st.tuples(st.sampled_from(["appropriation", "commitment", "release", "payment", "recovery_due",
                                          "recovery_received"]), st.integers(1, 10**10)), min_size=1, max_size=30)


@given(ops)
def test_balances_reconcile_with_the_entries(raw: list[tuple[str, int]]) -> None:
    b = balances(chain(raw))[(1, "art7", 2026)]
    total = {k: sum(f for kind, f in raw if kind == k) for k in
             ("appropriation", "commitment", "release", "payment", "recovery_due", "recovery_received")}
    assert b.appropriated == total["appropriation"]
    assert b.committed == total["commitment"] - total["release"] - total["payment"]
    assert b.paid == total["payment"]
    assert b.recovered == total["recovery_received"]
    assert b.available == b.appropriated - b.committed - b.paid + b.recovered


@given(ops)
def test_a_reversal_undoes_its_entry(raw: list[tuple[str, int]]) -> None:
    entries = chain(raw)
    before = balances(entries)[(1, "art7", 2026)]
    last = entries[-1]
    rev = Entry(last.seq + 1, "reversal", 1, "art7", 2026, last.fen, reverses=last.seq, prev_hash=last.hash)
    after = balances([*entries, rev])[(1, "art7", 2026)]
    assert after == balances(entries[:-1]).get((1, "art7", 2026), type(before)())


@settings(max_examples=50)
@given(ops, st.data())
def test_any_tampering_is_found_and_located(raw: list[tuple[str, int]], data: st.DataObject) -> None:
    entries = chain(raw)
    assert verify_chain(entries) == []
    i = data.draw(st.integers(0, len(entries) - 1))
    how = data.draw(st.sampled_from(["alter", "delete", "insert"]))
    tampered = list(entries)
    if how == "alter":
        tampered[i] = dataclasses.replace(entries[i], fen=entries[i].fen + 1)
    elif how == "delete":
        del tampered[i]
    else:
        fake = Entry(entries[i].seq, "payment", 1, "art7", 2026, 1, prev_hash=entries[i].prev_hash)
        tampered.insert(i, dataclasses.replace(fake, hash=entry_hash(fake.prev_hash, fake.payload())))
    head = (entries[-1].seq, entries[-1].hash)
    problems = verify_chain(tampered, head)
    assert problems, how
    assert min(p.seq for p in problems) <= entries[i].seq + 1
    if how == "delete" and i == len(entries) - 1:
        assert verify_chain(tampered) == []  # without the head, a truncated chain looks valid
