"""The ledger on the database: one writer at a time, idempotent appends, and the budget checks that
keep every line whole.

Every append first locks the one ``ledger_head`` row: ``SELECT … FOR UPDATE`` on PostgreSQL; on
SQLite a write to that row, which takes the database's write lock before anything is read (the
equivalent of ``BEGIN IMMEDIATE``). Writers are therefore serialised, and every check below reads
the ledger as the last writer left it. A caller that reads rows it decides on (a tranche's state, a
suspension) calls :func:`lock` *before* reading them.

Invariants checked before an entry is written (a refusal writes nothing):
  budget line (call, clause, year): no figure below zero and available ≥ 0 — never over-committed;
  tranche (award, number): committed + paid ≤ the tranche's amount — never paid beyond the tranche
  nor beyond what was committed; recoverable + recovered ≤ paid — never recovered beyond payment;
  every amount and every figure of a line at most ``money.MAX_FEN``.

Idempotency keys live in two namespaces that cannot meet: the keys the system gives its entries
(:func:`system_key`: ``commit:…``, ``pay:…``, ``release:…``, ``recover:…``, ``receipt:…``,
``reverse:…``) and the keys callers choose, always stored as ``user:<key>`` (:func:`caller_key`).
No caller input can therefore equal a system key, and no caller key can block an approval, a
payment or a recovery. A key already used returns the entry it wrote if the request is the same
(nothing is written), and is refused, naming its first use, if the request differs.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import overload

from sqlalchemy import ColumnElement, func, select, update
from sqlalchemy.orm import Session, aliased

from subsidy.admin.ledger import (
    GENESIS,
    KIND_LABELS,
    KINDS,
    Balance,
    ChainProblem,
    Entry,
    canonical_time,
    entry_hash,
    verify_chain,
)
from subsidy.errors import CaseInputError, DomainRefusal, NotFound
from subsidy.money import MAX_FEN, check_fen, format_fen
from subsidy.services.access import require_role
from subsidy.services.audit import record
from subsidy.services.texts import free_text
from subsidy.store.tables import Call, LedgerEntry, LedgerHead, Tranche, User

__all__ = ["CALLER_KEY_PREFIX", "SYSTEM_KEYS", "append", "appropriate", "balance_of", "caller_key", "first_use", "keyed",
           "line_balance", "lock", "reverse", "shown_key", "system_key", "to_entry", "verify"]

_FIGURES = {"appropriated": "已下达预算", "committed": "已承诺未付", "paid": "已拨付", "recoverable": "应追回未收",
            "recovered": "已追回", "available": "可用预算"}


CALLER_KEY_PREFIX = "user:"
SYSTEM_KEYS = ("commit", "pay", "release", "recover", "receipt", "reverse")
MAX_CALLER_KEY = 200 - len(CALLER_KEY_PREFIX)  # the key column holds 200 characters


def system_key(kind: str, *ids: int | str) -> str:
    """The key the system gives an entry, e.g. ``system_key("commit", 7, 1) == "commit:7:1"``; never
    in the callers' namespace."""
    if kind not in SYSTEM_KEYS:
        raise ValueError(f"not a system key kind: {kind}")
    return ":".join((kind, *map(str, ids)))


@overload
def caller_key(key: str, option: str = ...) -> str: ...
@overload
def caller_key(key: None, option: str = ...) -> None: ...
def caller_key(key: str | None, option: str = "--key") -> str | None:
    """A request key chosen by a caller, as stored: ``user:<key>``."""
    if key is None:
        return None
    text = key.strip()
    if not text or len(text) > MAX_CALLER_KEY or not text.isprintable():
        raise CaseInputError(option, f"请求编号「{text[:40]}」无效（不能为空，最多 {MAX_CALLER_KEY} 个字符，不含控制字符）",
                             "写成如 宝财〔2026〕7号 或 bank-2026-0042 的编号")
    return CALLER_KEY_PREFIX + text


def shown_key(key: str) -> str:
    """A stored key as its caller wrote it."""
    return key.removeprefix(CALLER_KEY_PREFIX)


def keyed(session: Session, key: str) -> LedgerEntry | None:
    """The entry written under ``key`` (a stored key), if any."""
    return session.scalars(select(LedgerEntry).where(LedgerEntry.key == key)).one_or_none()


def first_use(entry: LedgerEntry) -> str:
    """The entry a key was first used for, in words: ``第 4 条账目（预算下达，批次 1 条款「art14a」…）``."""
    what = f"第 {entry.seq} 条账目（{KIND_LABELS[entry.kind]}，{_line_label(entry.call_id, entry.clause_id, entry.year)} {format_fen(entry.fen)}"
    if entry.award_id is not None:
        what += f"，奖励 {entry.award_id} 第 {entry.tranche} 期"
    return what + "）"


def lock(session: Session) -> LedgerHead:
    """Take the ledger's write lock for the rest of the caller's transaction; the head row."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":  # a write first: the write lock is taken before any read of this transaction
        session.execute(update(LedgerHead).where(LedgerHead.id == 1).values(seq=LedgerHead.seq)
                        .execution_options(synchronize_session=False))
    q = select(LedgerHead).where(LedgerHead.id == 1).with_for_update().execution_options(populate_existing=True)
    head = session.scalars(q).one_or_none()
    if head is None:
        if session.scalar(select(LedgerEntry.seq).limit(1)) is not None:  # never a second chain beside the first
            raise DomainRefusal("账本的链头记录缺失（被删除），不能再记账；请运行 `subsidy audit verify` 并由管理员处理",
                                "ledger_head_missing")
        if dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as pg_insert

            session.execute(pg_insert(LedgerHead).values(id=1, seq=0, hash=GENESIS).on_conflict_do_nothing())
        else:
            from sqlalchemy.dialects.sqlite import insert as lite_insert

            session.execute(lite_insert(LedgerHead).values(id=1, seq=0, hash=GENESIS).on_conflict_do_nothing())
        head = session.scalars(q).one()
    return head


_REVERSED = aliased(LedgerEntry, name="reversed_entry")  # one alias, so the statement cache works


def balance_of(session: Session, *where: ColumnElement[bool]) -> Balance:
    """The balance of the entries matching ``where`` (a reversal counts against what it reverses)."""
    rev = _REVERSED
    q = (select(LedgerEntry.kind, rev.kind, func.sum(LedgerEntry.fen))
         .outerjoin(rev, LedgerEntry.reverses == rev.seq).where(*where).group_by(LedgerEntry.kind, rev.kind))
    bal = Balance()
    for kind, reversed_kind, total in session.execute(q).all():
        if kind == "reversal":
            bal.apply(str(reversed_kind), int(total), -1)
        else:
            bal.apply(kind, int(total))
    return bal


def line_balance(session: Session, call_id: int, clause_id: str, year: int) -> Balance:
    return balance_of(session, LedgerEntry.call_id == call_id, LedgerEntry.clause_id == clause_id,
                      LedgerEntry.year == year)


def _line_label(call_id: int, clause_id: str, year: int) -> str:
    return f"批次 {call_id} 条款「{clause_id}」{year}年度预算"


def _check_line(bal: Balance, kind: str, fen: int, label: str) -> None:
    bad = bal.negative()
    if not bad:
        return
    if "available" in bad:
        raise DomainRefusal(f"{label}不足：{KIND_LABELS[kind]} {format_fen(fen)} 后可用预算将为 {format_fen(bal.available)}"
                            f"（已下达 {format_fen(bal.appropriated)}，已承诺 {format_fen(bal.committed)}，已拨付 {format_fen(bal.paid)}，"
                            f"已追回 {format_fen(bal.recovered)}）", "over_budget")
    raise DomainRefusal(f"{label}：{KIND_LABELS[kind]} {format_fen(fen)} 后「{_FIGURES[bad[0]]}」将为负数", "ledger_negative")


def _check_tranche(session: Session, award_id: int, number: int, bal: Balance, kind: str, fen: int) -> None:
    tranche = session.scalars(select(Tranche).where(Tranche.award_id == award_id, Tranche.number == number)).one_or_none()
    label = f"奖励 {award_id} 第 {number} 期"
    if tranche is None:
        raise NotFound(f"{label}不存在", "no_tranche")
    if bal.committed < 0:
        raise DomainRefusal(f"{label}：{KIND_LABELS[kind]} {format_fen(fen)} 超过已承诺未付的金额", "over_committed")
    if bal.committed + bal.paid > tranche.fen:
        raise DomainRefusal(f"{label}：承诺与拨付合计将超过该期金额 {format_fen(tranche.fen)}", "over_tranche")
    if bal.recoverable < 0 or bal.recoverable + bal.recovered > bal.paid:
        raise DomainRefusal(f"{label}：追回金额不能超过已拨付金额 {format_fen(bal.paid)}，收回不能超过应追回金额",
                            "over_recovery")


def to_entry(row: LedgerEntry) -> Entry:
    return Entry(row.seq, row.kind, row.call_id, row.clause_id, row.year, row.fen, row.award_id, row.tranche,
                 row.reverses, row.key, row.memo, row.prev_hash, row.hash, row.actor_id, canonical_time(row.created_at))


def append(session: Session, kind: str, *, call_id: int, clause_id: str, year: int, fen: int,
           award_id: int | None = None, tranche: int | None = None, reverses: int | None = None,
           key: str | None = None, memo: str = "", actor: User | None = None) -> LedgerEntry:
    """Append one entry after its checks; with a ``key`` already used, the existing entry (no append)."""
    if kind not in KINDS:
        raise DomainRefusal(f"未知的账目类型「{kind}」", "bad_kind")
    if isinstance(fen, bool) or not isinstance(fen, int) or not 0 < fen <= MAX_FEN:
        raise DomainRefusal(f"账目金额须为正的整数分，且不超过 {format_fen(MAX_FEN)}", "bad_amount")
    head = lock(session)
    if key is not None:
        existing = keyed(session, key)
        if existing is not None:
            same = (existing.kind, existing.call_id, existing.clause_id, existing.year, existing.fen,
                    existing.award_id, existing.tranche) == (kind, call_id, clause_id, year, fen, award_id, tranche)
            if not same or (key.startswith(CALLER_KEY_PREFIX) and existing.memo != memo):
                raise DomainRefusal(f"请求编号「{shown_key(key)}」已用于{first_use(existing)}，与本次请求不同，不能重复使用",
                                    "key_reused")
            return existing
    effect_kind, sign = kind, 1
    if kind == "reversal":
        target = session.get(LedgerEntry, reverses) if reverses is not None else None
        if target is None or target.kind == "reversal":
            raise DomainRefusal(f"冲正引用的账目 {reverses} 不存在或本身是冲正", "bad_reversal")
        if session.scalar(select(func.count()).where(LedgerEntry.reverses == target.seq)):
            raise DomainRefusal(f"第 {target.seq} 条账目已被冲正", "already_reversed")
        effect_kind, sign = target.kind, -1
    elif kind != "appropriation" and (award_id is None or tranche is None):
        raise DomainRefusal(f"{KIND_LABELS[kind]}须注明奖励与期次", "no_tranche")
    line = line_balance(session, call_id, clause_id, year)
    line.apply(effect_kind, fen, sign)
    _check_line(line, kind, fen, _line_label(call_id, clause_id, year))
    if max(line.appropriated, line.committed, line.paid, line.recoverable, line.recovered) > MAX_FEN:
        raise DomainRefusal(f"{_line_label(call_id, clause_id, year)}：{KIND_LABELS[kind]} {format_fen(fen)} 后合计将超过可记录的最大金额 "
                            f"{format_fen(MAX_FEN)}", "over_max")
    if award_id is not None and tranche is not None:
        tb = balance_of(session, LedgerEntry.award_id == award_id, LedgerEntry.tranche == tranche)
        tb.apply(effect_kind, fen, sign)
        _check_tranche(session, award_id, tranche, tb, kind, fen)
    at = dt.datetime.now(dt.UTC)
    entry = Entry(head.seq + 1, kind, call_id, clause_id, year, fen, award_id, tranche, reverses, key, memo,
                  prev_hash=head.hash, actor_id=actor.id if actor else None, at=canonical_time(at))
    entry = dataclasses.replace(entry, hash=entry_hash(head.hash, entry.payload()))
    row = LedgerEntry(seq=entry.seq, kind=kind, call_id=call_id, clause_id=clause_id, year=year, fen=fen,
                      award_id=award_id, tranche=tranche, reverses=reverses, key=key, memo=memo,
                      prev_hash=entry.prev_hash, hash=entry.hash, actor_id=entry.actor_id, created_at=at)
    session.add(row)
    head.seq, head.hash = entry.seq, entry.hash
    session.flush()
    return row


def _clause_of_call(session: Session, call: Call, name: str) -> str:
    """The id of the call's clause ``name`` names (its id, or its cite: 第七条 as art7; an article that
    several clauses share, 第十四条, names the one the call opens), as every command takes it."""
    if name in (call.clauses or []):
        return name
    from subsidy.services.policies import call_policy

    policy = call_policy(session, call)[1]
    named = [c.id for c in policy.clauses_named(name.strip())]
    if not named:  # no clause of the policy: a mistyped name is bad input (exit 2), with the nearest
        from subsidy.errors import NotFound
        from subsidy.suggest import aside

        shown = [f"{c.cite}（{c.id}）" for c in policy.clauses if c.id in (call.clauses or [])]
        words = [w for c in policy.clauses if c.id in (call.clauses or []) for w in (c.id, c.cite)]
        raise NotFound(f"批次「{call.title}」的政策没有条款「{name[:40]}」{aside(name[:40], words)}；"
                       f"批次开放的条款：{'、'.join(shown)}", "no_clause")
    opened = [cid for cid in named if cid in (call.clauses or [])]
    if len(opened) == 1:
        return opened[0]
    return named[0] if len(named) == 1 else name  # refused below, with the call's clauses


def appropriate(session: Session, actor: User, call: Call, clause_id: str, year: int, fen: int, *,
                key: str | None = None, memo: str = "") -> LedgerEntry:
    """预算下达: make ``fen`` available on the budget line (call, clause, year). ``key`` is the caller's
    request key: the same request again returns the first entry and writes nothing."""
    require_role(actor, "下达预算", "finance", "admin")
    memo = free_text(memo, "memo", "备注")
    stored_key = caller_key(key)
    check_fen(fen, "金额")
    clause_id = _clause_of_call(session, call, clause_id)
    if clause_id not in (call.clauses or []):
        raise DomainRefusal(f"条款「{clause_id}」不在申报批次「{call.title}」开放的条款中"
                            f"（{'、'.join(map(str, call.clauses or []))}）", "clause_not_in_call")
    if not call.year <= year <= call.year + 10:
        raise DomainRefusal(f"预算年度 {year} 不在批次年度 {call.year} 至 {call.year + 10} 之间", "bad_year")
    lock(session)
    repeat = None if stored_key is None else keyed(session, stored_key)
    row = append(session, "appropriation", call_id=call.id, clause_id=clause_id, year=year, fen=fen, key=stored_key,
                 memo=memo or f"{year}年度预算下达", actor=actor)
    if repeat is None:  # a repeated request returns the first entry and writes nothing
        record(session, actor, "appropriate", f"call:{call.id}", clause=clause_id, year=year, fen=fen, seq=row.seq)
    return row


def reverse(session: Session, actor: User, seq: int, reason: str) -> LedgerEntry:
    """冲正 a budget appropriation entered by mistake (refused if the line's money is already used).

    Commitments, payments and recoveries are corrected by their own operations (release, recovery),
    never by reversing history."""
    require_role(actor, "冲正预算", "finance", "admin")
    target = session.get(LedgerEntry, seq)
    if target is None or target.kind != "appropriation":
        raise DomainRefusal(f"只能冲正预算下达记录；第 {seq} 条不是预算下达记录", "bad_reversal")
    if not reason.strip():
        raise DomainRefusal("冲正须说明理由", "no_reason")
    reason = free_text(reason, "reason", "冲正理由")
    lock(session)
    if (done := keyed(session, system_key("reverse", seq))) is not None:  # a second reversal writes nothing
        raise DomainRefusal(f"第 {seq} 条账目已于第 {done.seq} 条冲正", "already_reversed")
    row = append(session, "reversal", call_id=target.call_id, clause_id=target.clause_id, year=target.year,
                 fen=target.fen, reverses=seq, key=system_key("reverse", seq), memo=reason.strip(), actor=actor)
    record(session, actor, "reverse", f"ledger:{seq}", reason=reason.strip(), seq=row.seq)
    return row


def verify(session: Session) -> list[ChainProblem]:
    """Every altered, inserted or deleted ledger record, checked against the chain and the head."""
    rows = session.scalars(select(LedgerEntry).order_by(LedgerEntry.seq)).all()
    head = session.get(LedgerHead, 1)
    entries = [to_entry(r) for r in rows]
    if head is None:
        problems = verify_chain(entries)
        if entries:
            problems.append(ChainProblem(entries[-1].seq, "账本头记录缺失（被删除），无法确认最新的记录是否完整"))
        return problems
    return verify_chain(entries, (head.seq, head.hash))
