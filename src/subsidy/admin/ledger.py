"""The fund's ledger, as pure arithmetic: entries, their hash chain, and balances derived from them.

The ledger is append-only. A mistake is corrected by a new entry (a reversal), never by an update.
Balances are never stored: they are sums over entries. Each entry carries the hash of the previous
one, so any altered, inserted or deleted entry is found by :func:`verify_chain`.

Kinds and their effect on a (call, clause, year) budget line::

    appropriation      +appropriated            budget made available
    commitment         +committed               an approved award's tranche due that year
    release            −committed               a commitment cancelled (termination, reduction)
    payment            −committed, +paid        a tranche paid (it consumes its commitment)
    recovery_due       +recoverable             money to be paid back (追回)
    recovery_received  −recoverable, +recovered money paid back (returns to the budget line)
    reversal           the negation of the entry it reverses

available = appropriated − committed − paid + recovered
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

__all__ = ["KINDS", "Balance", "ChainProblem", "Entry", "balances", "entry_hash", "verify_chain"]

Kind = Literal["appropriation", "commitment", "release", "payment", "recovery_due", "recovery_received",
               "reversal"]
KINDS: tuple[str, ...] = ("appropriation", "commitment", "release", "payment", "recovery_due",
                          "recovery_received", "reversal")
KIND_LABELS = {"appropriation": "预算下达", "commitment": "承诺（核定待付）", "release": "承诺释放",
               "payment": "拨付", "recovery_due": "应追回", "recovery_received": "已追回", "reversal": "冲正"}
GENESIS = "0" * 64


@dataclass(frozen=True)
class Entry:
    seq: int
    kind: str
    call_id: int
    clause_id: str
    year: int
    fen: int  # always positive; the kind gives the direction
    award_id: int | None = None
    tranche: int | None = None
    reverses: int | None = None  # seq of the reversed entry
    key: str | None = None  # idempotency key
    memo: str = ""
    prev_hash: str = GENESIS
    hash: str = ""

    def payload(self) -> dict[str, object]:
        """The fields covered by the hash (everything but the hashes themselves)."""
        return {"seq": self.seq, "kind": self.kind, "call_id": self.call_id, "clause_id": self.clause_id,
                "year": self.year, "fen": self.fen, "award_id": self.award_id, "tranche": self.tranche,
                "reverses": self.reverses, "key": self.key, "memo": self.memo}


def entry_hash(prev_hash: str, payload: dict[str, object]) -> str:
    body = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainProblem:
    seq: int
    problem: str  # Chinese sentence


def verify_chain(entries: Sequence[Entry], head: tuple[int, str] | None = None) -> list[ChainProblem]:
    """Every problem in the chain: altered (hash mismatch), inserted or deleted (broken link, gap).

    ``head`` is the (seq, hash) of the newest entry as recorded separately when it was appended:
    without it, deleting the newest entries would leave a valid, shorter chain.
    """
    problems: list[ChainProblem] = []
    prev = GENESIS
    expected_seq = 1
    for e in sorted(entries, key=lambda x: x.seq):
        if e.seq != expected_seq:
            if e.seq > expected_seq:
                missing = f"{expected_seq}" if e.seq == expected_seq + 1 else f"{expected_seq}–{e.seq - 1}"
                problems.append(ChainProblem(e.seq, f"第 {missing} 条记录缺失（被删除）"))
            else:
                problems.append(ChainProblem(e.seq, f"第 {e.seq} 条记录序号重复（被插入）"))
        if e.prev_hash != prev:
            problems.append(ChainProblem(e.seq, f"第 {e.seq} 条记录与前一条不衔接（前后有记录被插入、删除或修改）"))
        if entry_hash(e.prev_hash, e.payload()) != e.hash:
            problems.append(ChainProblem(e.seq, f"第 {e.seq} 条记录内容与其哈希不符（记录被修改）"))
        prev = e.hash
        expected_seq = e.seq + 1
    if head is not None and (expected_seq - 1, prev) != head:
        problems.append(ChainProblem(head[0], f"账本应以第 {head[0]} 条记录结尾，实际以第 {expected_seq - 1} 条结尾"
                                     "（最新的记录被删除或改动）"))
    return problems


@dataclass
class Balance:
    appropriated: int = 0
    committed: int = 0  # outstanding commitments
    paid: int = 0
    recoverable: int = 0  # owed, not yet received
    recovered: int = 0

    @property
    def available(self) -> int:
        return self.appropriated - self.committed - self.paid + self.recovered

    def apply(self, kind: str, fen: int, sign: int = 1) -> None:
        """Add the effect of ``fen`` of an entry of ``kind`` (``sign`` −1 undoes it, for a reversal)."""
        for field, direction in _EFFECTS[kind].items():
            setattr(self, field, getattr(self, field) + sign * direction * fen)

    def negative(self) -> list[str]:
        """The figures that are below zero (an invariant of every budget line: none)."""
        figures = {"appropriated": self.appropriated, "committed": self.committed, "paid": self.paid,
                   "recoverable": self.recoverable, "recovered": self.recovered, "available": self.available}
        return [name for name, value in figures.items() if value < 0]


_EFFECTS: dict[str, dict[str, int]] = {
    "appropriation": {"appropriated": 1},
    "commitment": {"committed": 1},
    "release": {"committed": -1},
    "payment": {"committed": -1, "paid": 1},
    "recovery_due": {"recoverable": 1},
    "recovery_received": {"recoverable": -1, "recovered": 1},
}

Line = tuple[int, str, int]  # (call id, clause id, year)


def balances(entries: Iterable[Entry]) -> dict[Line, Balance]:
    """Balances per budget line, derived from the entries (reversals undo what they reverse)."""
    by_seq: dict[int, Entry] = {}
    out: dict[Line, Balance] = defaultdict(Balance)
    for e in sorted(entries, key=lambda x: x.seq):
        by_seq[e.seq] = e
        sign = 1
        kind = e.kind
        if kind == "reversal":
            if e.reverses is None or e.reverses not in by_seq:
                raise ValueError(f"冲正记录 {e.seq} 引用了不存在的记录 {e.reverses}")
            kind = by_seq[e.reverses].kind
            sign = -1
        out[(e.call_id, e.clause_id, e.year)].apply(kind, e.fen, sign)
    return dict(out)
