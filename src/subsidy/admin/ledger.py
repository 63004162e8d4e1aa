"""The fund's ledger, as pure arithmetic: entries, their hash chain, and balances derived from them.

The ledger is append-only. A mistake is corrected by a new entry (a reversal), never by an update.
Balances are never stored: they are sums over entries. Each entry carries the hash of the previous
one, so any altered, inserted or deleted entry is found by :func:`verify_chain`. Every field of an
entry is under the hash, its actor and time included. The same chain (:class:`AuditLink`) links the
audit log, whose records also carry the values of the rows each transaction left (:func:`seal_value`).

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

import datetime as dt
import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal, Protocol

__all__ = ["KINDS", "AuditLink", "Balance", "ChainProblem", "Entry", "balances", "canonical", "canonical_time",
           "changed_fields", "checkpoint_problems", "entry_hash", "seal_value", "verify_chain"]

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
    actor_id: int | None = None
    at: str = ""  # canonical_time of created_at

    def payload(self) -> dict[str, object]:
        """The fields covered by the hash (everything but the hashes themselves)."""
        return {"seq": self.seq, "kind": self.kind, "call_id": self.call_id, "clause_id": self.clause_id,
                "year": self.year, "fen": self.fen, "award_id": self.award_id, "tranche": self.tranche,
                "reverses": self.reverses, "key": self.key, "memo": self.memo, "actor_id": self.actor_id,
                "at": self.at}


@dataclass(frozen=True)
class AuditLink:
    """An audit record as the chain sees it: its content — every column but its id and the chain's
    own (time, actor, action, subject, states, detail, business date, …; an empty column is left out,
    so a column added later changes no earlier hash) — including its ``seal`` (``{"rows": {"table:id":
    {column: value} | None}, "ledger": [seq, hash]}``), and the hashes."""

    seq: int
    content: Mapping[str, Any]
    prev_hash: str = GENESIS
    hash: str = ""
    id: int = 0  # the row's id (not hashed: the seq orders the chain)

    @property
    def seal(self) -> Any:
        return self.content.get("seal")

    def payload(self) -> dict[str, object]:
        return {**self.content, "seq": self.seq}


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def entry_hash(prev_hash: str, payload: Mapping[str, object]) -> str:
    return hashlib.sha256((prev_hash + _dumps(payload)).encode("utf-8")).hexdigest()


def canonical_time(value: dt.datetime) -> str:
    """A stored time as one text: UTC, to the microsecond (a time without zone is UTC, as SQLite keeps it)."""
    value = value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)
    return value.isoformat(timespec="microseconds")


def canonical(value: object) -> Any:
    """A column's value as JSON that reads back the same (times in UTC, dates ISO, bytes by hash)."""
    if isinstance(value, dt.datetime):
        return canonical_time(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return "sha256:" + hashlib.sha256(value).hexdigest()
    if isinstance(value, Mapping):
        return {str(k): canonical(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [canonical(v) for v in value]
    return value


_SHORT = 64


def seal_value(value: object) -> Any:
    """What the audit log keeps of a column's value: the value itself, or for a long text or a JSON
    document its SHA-256, so the log stays small and still shows a change."""
    c = canonical(value)
    if (isinstance(c, str) and len(c) <= _SHORT) or not isinstance(c, str | dict | list):
        return c
    text = _dumps(c)
    return c if len(text) <= _SHORT else "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def changed_fields(sealed: Mapping[str, Any], current: Mapping[str, Any]) -> list[str]:
    """The columns whose value differs from the sealed one (a column the seal does not know counts
    only when it holds a value: a column added later, still empty, is no change)."""
    names = sorted(set(sealed) | {k for k, v in current.items() if v is not None})
    return [n for n in names if sealed.get(n) != current.get(n)]


@dataclass(frozen=True)
class ChainProblem:
    seq: int
    problem: str  # Chinese sentence


class Chained(Protocol):
    @property
    def seq(self) -> int: ...
    @property
    def prev_hash(self) -> str: ...
    @property
    def hash(self) -> str: ...
    def payload(self) -> dict[str, object]: ...


def verify_chain(entries: Sequence[Chained], head: tuple[int, str] | None = None,
                 name: str = "账本") -> list[ChainProblem]:
    """Every problem in the chain ``name``: altered (hash mismatch), inserted or deleted (broken link, gap).

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
                problems.append(ChainProblem(e.seq, f"{name}第 {missing} 条记录缺失（被删除）"))
            else:
                problems.append(ChainProblem(e.seq, f"{name}第 {e.seq} 条记录序号重复（被插入）"))
        if e.prev_hash != prev:
            problems.append(ChainProblem(e.seq, f"{name}第 {e.seq} 条记录与前一条不衔接（前后有记录被插入、删除或修改）"))
        if entry_hash(e.prev_hash, e.payload()) != e.hash:
            problems.append(ChainProblem(e.seq, f"{name}第 {e.seq} 条记录内容与其哈希不符（记录被修改）"))
        prev = e.hash
        expected_seq = e.seq + 1
    if head is not None and (expected_seq - 1, prev) != head:
        problems.append(ChainProblem(head[0], f"{name}应以第 {head[0]} 条记录结尾，实际以第 {expected_seq - 1} 条结尾"
                                     "（最新的记录被删除或改动）"))
    return problems


def checkpoint_problems(name: str, hashes: Mapping[int, str], seq: int, hash_: str, taken: str) -> list[ChainProblem]:
    """Whether the chain ``name`` (``hashes``: seq → hash of its records) still extends a checkpoint
    (``seq``, ``hash_``) kept outside the database since ``taken``."""
    if seq == 0:
        return [] if hash_ == GENESIS else [ChainProblem(0, f"核对点中{name}第 0 条的哈希无效（核对点文件被改动）")]
    if seq not in hashes:
        have = max(hashes, default=0)
        return [ChainProblem(seq, f"{name}在核对点（{taken}）时已有 {seq} 条记录，现在没有第 {seq} 条（现有 {have} 条）："
                                  "记录被删除、截短或整个被重写")]
    if hashes[seq] != hash_:
        return [ChainProblem(seq, f"{name}第 {seq} 条记录的哈希与核对点（{taken}）不符：该条或更早的记录被改动，"
                                  "或整个链被重写")]
    return []


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
