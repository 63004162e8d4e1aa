"""Audit records and state changes: one function moves an application and records it, in the
caller's transaction, so a change and its record are committed together or not at all.

The audit log is a hash chain, like the ledger, and it seals the database's rows. At each commit
that wrote anything (a hook on every session, :func:`_seal_at_commit`), after the last flush:

1. the ``audit_head`` row is locked (the last lock a transaction takes, held only until its commit);
2. the values of every row of a sealed table that the transaction inserted, changed or deleted are
   read back and kept in the seal of its last audit record (a record ``seal`` is written when it has
   none), together with the ledger's head (seq, hash);
3. the transaction's audit records get the next seqs, each hashing its content (time, actor, action,
   subject, states, detail, seal) and the previous record's hash; the head moves to the last.

:func:`verify` replays the chain: every row of a sealed table must hold the values the log last
recorded for it, every ledger head the log recorded must still be in the ledger, and the ledger's
head must be the last one recorded. A checkpoint (:func:`checkpoint`) kept outside the database
catches what no check inside it can: the whole database rewritten consistently from the start.

Sealed: every table but the chains themselves, the content-addressed ones and the login sessions
(``UNSEALED``; a session's row moves on every request, its login and logout are audit records), as
written through a session (objects, and UPDATE/DELETE/INSERT statements run by the session; a write
on the bare connection is not seen, and verify reports it as tampering). A
migration that gives a sealed table a column with a value for existing rows seals those rows again
(:func:`reseal`); a column added empty (NULL) needs nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Column, Connection, MetaData, Table, event, insert, select, update
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

from subsidy.admin.ledger import (
    GENESIS,
    AuditLink,
    ChainProblem,
    canonical,
    canonical_time,
    changed_fields,
    checkpoint_problems,
    entry_hash,
    seal_value,
    verify_chain,
)
from subsidy.admin.workflow import Transition, transition
from subsidy.errors import CaseInputError, DomainRefusal, NotFound
from subsidy.services.clock import beijing
from subsidy.services.inbox import on_record
from subsidy.store.tables import Application, AuditRecord, Base, User
from subsidy.suggest import did_you_mean

__all__ = ["CHANNEL", "FIELD_LABELS", "SEALED_LABELS", "UNSEALED", "Checkpoint", "chain", "check_move", "checkpoint", "load_user",
           "move", "parse_checkpoint", "record", "reseal", "verify"]

CHANNEL: ContextVar[dict[str, str] | None] = ContextVar("subsidy_audit_channel", default=None)
"""How the acting user came in, set by the entry point (the CLI: the operator's account on the server)
and kept in every audit record's ``via``: ``--as`` names whom an operator acts for, this who typed it."""


def record(session: Session, actor: User | None, action: str, subject: str, *,
           from_state: str | None = None, to_state: str | None = None, **detail: Any) -> AuditRecord:
    if (via := CHANNEL.get()) is not None:
        detail["via"] = via
    rec = AuditRecord(actor_id=actor.id if actor else None, action=action, subject=subject,
                      from_state=from_state, to_state=to_state, detail=detail,
                      business_date=session.info.get("business_date"))  # set by services.clock.business_day
    session.add(rec)
    on_record(session, action, subject, to_state, detail)  # the applicant's notice, if the event calls for one
    return rec


def check_move(app: Application, action: str, actor: User) -> Transition:
    """The checks of a workflow transition (state, role, own organisation), refused before anything is
    changed; :func:`move` makes them, and a service calls it first when it has work to do before moving."""
    t = transition(app.state, action, actor.role)
    if actor.role == "applicant" and actor.organisation_id != app.organisation_id:
        raise DomainRefusal("只能操作本单位的申报", "not_your_application")
    return t


def move(session: Session, app: Application, action: str, actor: User, **detail: Any) -> None:
    """Apply a workflow transition to ``app`` (refused if illegal) and write its audit record."""
    t = check_move(app, action, actor)
    before = app.state
    app.state = t.target
    record(session, actor, action, f"application:{app.id}", from_state=before, to_state=t.target, **detail)


def load_user(session: Session, username: str, *roles: str) -> User:
    """The acting user: an existing, active user (with one of ``roles`` if given), or a refusal."""
    from sqlalchemy import select

    user = session.scalars(select(User).where(User.username == username)).one_or_none()
    if user is None:  # a name mistyped on the command line: bad input (exit 2), with the nearest name
        near = did_you_mean(username, session.scalars(select(User.username)))
        raise NotFound(f"用户「{username}」不存在（{near or '用 `subsidy user list` 查看已有用户，'}"
                       "用 `subsidy user add` 创建新用户）", "no_user")
    if not user.active:
        raise DomainRefusal(f"用户「{username}」已停用，不能执行任何操作", "inactive_user")
    if roles:
        from subsidy.services.access import require_role

        require_role(user, "此操作", *roles)
    return user


# ---- the chain and the seal ----------------------------------------------------------------------

UNSEALED = frozenset({"audit_records", "audit_head", "ledger_entries", "ledger_head",  # the chains
                      "blobs", "policy_versions",  # content-addressed: their key is their content's hash
                      "match_rows", "match_entities",  # sealed by their run's digest (services/matching.verify_rows)
                      "user_sessions",  # moves on every request; its login and logout are audit records
                      "alembic_version"})
SEALED_LABELS = {"users": "用户", "organisations": "单位", "adopted_policies": "采用的政策", "calls": "申报批次",
                 "applications": "申报", "documents": "申报材料", "corrections": "补正", "panel_members": "评审专家",
                 "scores": "评分", "selection_runs": "遴选", "notices": "公示", "objections": "异议", "awards": "奖励",
                 "tranches": "付款期次", "tracking_reports": "跟踪报告", "findings": "审计发现", "sanctions": "处理决定",
                 "other_support": "其他政策支持", "match_runs": "免申即享匹配", "match_confirmations": "意愿确认",
                 "login_attempts": "登录尝试", "policy_drafts": "政策草稿",
                 "outbox_messages": "站内通知"}
FIELD_LABELS = {"fen": "金额（分）", "state": "状态", "due_year": "到期年度", "approved_fen": "核定金额（分）",
                "ceiling_fen": "支持上限（分）", "proposed_fen": "拟支持金额（分）", "requested_fen": "申请金额（分）",
                "budget_fen": "预算（分）", "amount_fen": "金额（分）", "payee": "收款方", "schedule": "付款计划",
                "number": "期次", "paid_seq": "拨付账目", "requires_report": "须跟踪报告", "bar_until": "限制截止日",
                "lifted_on": "解除日期", "decided_on": "决定日期", "decided_by": "决定人", "reason": "理由",
                "kind": "类型", "accepted": "审核通过", "review_note": "审核意见", "submitted_on": "提交日期",
                "content": "内容", "display_name": "显示名", "username": "用户名", "role": "角色", "name": "名称",
                "profile": "单位情况", "facts": "事实", "assessment": "评估结果", "approved_by": "核定人",
                "approved_on": "核定日期", "award_id": "奖励", "organisation_id": "单位",
                "password_hash": "密码摘要", "password_changed_at": "密码修改时间", "must_change_password": "须修改密码",
                "outcome": "结果", "address": "客户端地址"}
_AUDIT = "审计日志"
_TRACK = "subsidy.audit.touched"


@dataclass
class _Touched:
    """What a session wrote: audit record ids, sealed rows by table, tables an INSERT statement wrote
    (sealed whole), whether the ledger moved."""

    audit: set[int] = field(default_factory=set)
    rows: dict[str, set[int]] = field(default_factory=dict)
    whole: set[str] = field(default_factory=set)
    ledger: bool = False

    def add(self, name: str, ids: Iterable[int]) -> None:
        self.rows.setdefault(name, set()).update(ids)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _sealed(name: str) -> bool:
    return name not in UNSEALED and name in Base.metadata.tables


@event.listens_for(Session, "after_flush")
def _track(session: Session, _flush: UOWTransaction) -> None:
    touched: _Touched = session.info.setdefault(_TRACK, _Touched())
    for obj in (*session.new, *session.dirty, *session.deleted):
        name = getattr(type(obj), "__tablename__", "")
        if name == "audit_records":
            touched.audit.add(obj.id)
        elif name in ("ledger_entries", "ledger_head"):
            touched.ledger = True
        elif _sealed(name) and getattr(obj, "id", None) is not None:
            touched.add(name, [obj.id])


@event.listens_for(Session, "do_orm_execute")
def _track_statements(state: ORMExecuteState) -> None:
    """UPDATE and DELETE statements run through the session seal the rows they match (found with their
    own WHERE before they run); an INSERT statement, the whole table. (Statements run on the bare
    connection are not seen: the application writes through the session.)"""
    if not (state.is_update or state.is_delete or state.is_insert):
        return
    table = getattr(state.statement, "table", None)
    if not isinstance(table, Table):
        return
    values = getattr(state.statement, "_values", None) or {}
    if state.is_update and values and all(isinstance(v, Column) and v.name == getattr(k, "name", k)
                                          for k, v in values.items()):
        return  # ``SET x = x``: a row lock (services/lookup.lock_row, ledger.lock), no change
    touched: _Touched = state.session.info.setdefault(_TRACK, _Touched())
    if table.name in ("ledger_entries", "ledger_head"):
        touched.ledger = True
    elif _sealed(table.name):
        where = getattr(state.statement, "whereclause", None)
        if state.is_insert:
            touched.whole.add(table.name)
        else:
            q = select(table.c.id) if where is None else select(table.c.id).where(where)
            touched.add(table.name, state.session.connection().execute(q).scalars())


@event.listens_for(Session, "before_commit")
def _seal_at_commit(session: Session) -> None:
    session.flush()
    touched: _Touched | None = session.info.pop(_TRACK, None)
    if touched is None or not (touched.audit or touched.rows or touched.whole or touched.ledger):
        return
    conn = session.connection()
    for name in touched.whole:
        touched.add(name, conn.execute(select(Base.metadata.tables[name].c.id)).scalars())
    via = CHANNEL.get()
    chain(conn, Base.metadata.tables, sorted(touched.audit), touched.rows, detail={"via": via} if via else None,
          business_date=session.info.get("business_date"))


@event.listens_for(Session, "after_rollback")
def _forget(session: Session) -> None:
    session.info.pop(_TRACK, None)


def _lock_head(conn: Connection, head: Table, *, create: bool, wrote: bool = False) -> tuple[int, str] | None:
    """Lock the one row of a chain's head (SQLite: a write first, which takes the write lock, unless the
    transaction ``wrote`` already); create it at the genesis if asked and missing."""
    if conn.dialect.name == "sqlite" and not wrote:
        conn.execute(update(head).where(head.c.id == 1).values(seq=head.c.seq))
    q = select(head.c.seq, head.c.hash).where(head.c.id == 1).with_for_update()
    row = conn.execute(q).one_or_none()
    if row is None and create:
        conn.execute(insert(head).values(id=1, seq=0, hash=GENESIS))
        row = conn.execute(q).one()
    return None if row is None else (int(row.seq), str(row.hash))


def _ledger_head(conn: Connection, tables: Mapping[str, Table]) -> list[object]:
    head = tables["ledger_head"]
    row = conn.execute(select(head.c.seq, head.c.hash).where(head.c.id == 1)).one_or_none()
    return [0, GENESIS] if row is None else [int(row.seq), str(row.hash)]


_CHAIN_COLUMNS = frozenset({"id", "seq", "prev_hash", "hash"})


def _content(row: Mapping[Any, Any]) -> dict[str, Any]:
    """What an audit record's hash covers: every column but its id and the chain's own, empty ones left out."""
    return {str(k): canonical(v) for k, v in row.items() if k not in _CHAIN_COLUMNS and v is not None}


def _ledger_hashes(conn: Connection, tables: Mapping[str, Table]) -> dict[int, str]:
    entries = tables["ledger_entries"]
    return {int(seq): str(h) for seq, h in conn.execute(select(entries.c.seq, entries.c.hash))}


def _sealed_rows(conn: Connection, table: Table, ids: Iterable[int] | None) -> dict[int, dict[str, Any]]:
    q = select(table)
    if ids is not None:
        q = q.where(table.c.id.in_(sorted(ids)))
    return {int(r["id"]): {k: seal_value(v) for k, v in r.items()} for r in conn.execute(q).mappings()}


def chain(conn: Connection, tables: Mapping[str, Table], audit_ids: Sequence[int],
          rows: Mapping[str, Iterable[int] | None], *, action: str = "seal", detail: Mapping[str, Any] | None = None,
          business_date: dt.date | None = None) -> None:
    """Chain the audit records ``audit_ids`` (in order) after the head, the last one sealing ``rows``
    (table → ids, ``None`` for all) and the ledger's head; with no record, one record ``action`` (of the
    transaction's ``business_date`` when it has one).

    Works on the application's tables and on a migration's reflected ones alike."""
    audit = tables["audit_records"]
    head = _lock_head(conn, tables["audit_head"], create=False, wrote=True)
    if head is None:
        if conn.execute(select(audit.c.id).where(audit.c.seq.is_not(None)).limit(1)).first() is not None:
            raise DomainRefusal("审计日志的链头记录缺失（被删除），不能再写入审计记录；请运行 `subsidy audit verify` "
                                "并由管理员处理", "audit_head_missing")
        head = _lock_head(conn, tables["audit_head"], create=True)
        assert head is not None
    sealed: dict[str, Any] = {}
    for name, ids in sorted(rows.items()):
        wanted = None if ids is None else set(ids)
        found = _sealed_rows(conn, tables[name], wanted)
        for rid in sorted(found if wanted is None else wanted):
            sealed[f"{name}:{rid}"] = found.get(rid)
    seal = {"rows": sealed, "ledger": _ledger_head(conn, tables)}
    ids = list(audit_ids)
    if not ids:
        dated = {} if business_date is None else {"business_date": business_date}  # (a migration's older table)
        ids = [conn.execute(insert(audit).values(at=_now(), actor_id=None, action=action, subject="database",
                                                 detail=dict(detail or {}), **dated).returning(audit.c.id)).scalar_one()]
    records = {r["id"]: r for r in conn.execute(select(audit).where(audit.c.id.in_(ids))).mappings()}
    seq, prev = head
    for rid in ids:
        if rid not in records:  # rolled back to a savepoint: never written
            continue
        seq += 1
        link = AuditLink(seq, _content({**records[rid], "seal": seal if rid == ids[-1] else None}), prev_hash=prev)
        prev = entry_hash(prev, link.payload())
        conn.execute(update(audit).where(audit.c.id == rid).values(seq=seq, prev_hash=link.prev_hash, hash=prev,
                                                                    seal=link.seal))
    conn.execute(update(tables["audit_head"]).where(tables["audit_head"].c.id == 1).values(seq=seq, hash=prev))


def reseal(conn: Connection, *names: str, action: str) -> None:
    """For a migration that gives sealed tables a column with a value on existing rows (or rewrites
    them): record those tables' rows as they now are, in one audit record ``action``."""
    meta = MetaData()
    meta.reflect(bind=conn)
    tables = dict(meta.tables)
    if any(conn.execute(select(tables[n].c.id).limit(1)).first() is not None for n in names):  # else nothing to seal
        chain(conn, tables, [], dict.fromkeys(names), action=action)


# ---- verification and checkpoints ----------------------------------------------------------------


@dataclass(frozen=True)
class Checkpoint:
    """The heads of both chains at a moment, as an auditor keeps them outside the database."""

    taken_at: str
    ledger: tuple[int, str]
    audit: tuple[int, str]

    def to_json(self) -> str:
        return json.dumps({"format": "subsidy-checkpoint/1", "taken_at": self.taken_at,
                           "ledger": {"seq": self.ledger[0], "hash": self.ledger[1]},
                           "audit": {"seq": self.audit[0], "hash": self.audit[1]}}, ensure_ascii=False, indent=2)


def parse_checkpoint(text: str, source: str) -> Checkpoint:
    """A checkpoint file written by ``subsidy audit checkpoint`` (refused, naming what is wrong, if not)."""
    hint = "使用 `subsidy audit checkpoint --out 文件`（或核验页的「导出核对点」）生成的原文件，不要改动"

    def bad(what: str) -> CaseInputError:
        return CaseInputError(source, f"不是有效的核对点文件：{what}（须含 taken_at、ledger.seq/hash、audit.seq/hash）", hint)

    try:
        data = json.loads(text)
    except ValueError as exc:
        raise bad(f"不是 JSON（第 {getattr(exc, 'lineno', 1)} 行）") from exc
    if not isinstance(data, dict):
        raise bad("内容不是一个 JSON 对象")
    if data.get("format", "subsidy-checkpoint/1") != "subsidy-checkpoint/1":
        raise bad(f"格式「{str(data.get('format'))[:40]}」不是 subsidy-checkpoint/1")
    heads = []
    for chain_name, label in (("ledger", "账本"), ("audit", "审计日志")):
        head = data.get(chain_name)
        if not isinstance(head, dict):
            raise bad(f"缺少{label}的链头 {chain_name}")
        seq, hash_ = head.get("seq"), head.get("hash")
        if isinstance(seq, bool) or not isinstance(seq, int) or not 0 <= seq < 2**63:
            raise bad(f"{chain_name}.seq（{label}的条数）应当是不小于 0 的整数")
        if not isinstance(hash_, str) or len(hash_) != 64 or set(hash_) - set("0123456789abcdef"):
            raise bad(f"{chain_name}.hash（{label}的链头哈希）应当是 64 位十六进制")
        heads.append((seq, hash_))
    taken = data.get("taken_at")
    if not isinstance(taken, str) or not taken.strip() or len(taken) > 64:
        raise bad("缺少导出时间 taken_at")
    try:
        dt.datetime.fromisoformat(taken)
    except ValueError:
        raise bad(f"导出时间 taken_at「{taken}」不是 ISO 8601 格式的时间（如 2026-12-01T10:00:00+00:00）") from None
    return Checkpoint(taken, heads[0], heads[1])


def checkpoint(session: Session) -> Checkpoint:
    """The chains' heads now (read under the audit lock, so both belong to the same commit)."""
    conn = session.connection()
    tables = Base.metadata.tables
    audit_head = _lock_head(conn, tables["audit_head"], create=False) or (0, GENESIS)
    ledger_seq, ledger_hash = _ledger_head(conn, tables)
    return Checkpoint(canonical_time(_now()), (int(str(ledger_seq)), str(ledger_hash)), audit_head)


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, str) and value.startswith("sha256:"):
        return f"（内容摘要 {value[7:19]}…）"
    return "空" if value is None else f"「{value}」" if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _field(column: str) -> str:
    return f"{FIELD_LABELS[column]}（{column}）" if column in FIELD_LABELS else column


def verify(session: Session, against: Checkpoint | None = None) -> list[ChainProblem]:
    """Every altered, inserted or deleted record: the ledger's chain, the audit log's chain, every
    sealed row against the values the log recorded, the ledger against the heads the log recorded,
    and both chains against ``against`` (a checkpoint kept outside the database)."""
    from subsidy.services import ledger  # services/ledger writes audit records: imported here, not above

    conn = session.connection()
    tables = Base.metadata.tables
    head = _lock_head(conn, tables["audit_head"], create=False)  # no commit changes anything while we read
    problems = ledger.verify(session)
    audit = tables["audit_records"]
    links: list[AuditLink] = []
    for r in conn.execute(select(audit).order_by(audit.c.seq, audit.c.id)).mappings():
        if r["seq"] is None:
            problems.append(ChainProblem(0, f"{_AUDIT}中编号 {r['id']} 的记录（{r['action']} {r['subject']}）不在链中"
                                            "（被直接插入数据库）"))
            continue
        links.append(AuditLink(r["seq"], _content(r), r["prev_hash"] or "", r["hash"] or "", r["id"]))
    if head is None:
        problems += verify_chain(links, name=_AUDIT)
        if links:
            problems.append(ChainProblem(links[-1].seq, f"{_AUDIT}的链头记录缺失（被删除），无法确认最新的记录是否完整"))
    else:
        problems += verify_chain(links, head, name=_AUDIT)
    problems += _check_seals(conn, tables, links)
    from subsidy.services.matching import verify_rows  # services/matching writes audit records

    problems += verify_rows(session)
    if against is not None:
        taken = f"北京时间 {beijing(against.taken_at)}"
        problems += checkpoint_problems("账本", _ledger_hashes(conn, tables), *against.ledger, taken)
        problems += checkpoint_problems(_AUDIT, {x.seq: x.hash for x in links}, *against.audit, taken)
    return problems


def _check_seals(conn: Connection, tables: Mapping[str, Table], links: Sequence[AuditLink]) -> list[ChainProblem]:
    """Sealed rows against their last recorded values; the ledger against every head recorded."""
    latest: dict[str, tuple[int, dict[str, Any] | None]] = {}
    anchors: list[tuple[int, int, str]] = []
    for link in links:
        seal = link.seal if isinstance(link.seal, dict) else {}
        for key, values in (seal.get("rows") or {}).items():
            latest[key] = (link.seq, values)
        if isinstance(seal.get("ledger"), list) and len(seal["ledger"]) == 2:
            anchors.append((link.seq, int(seal["ledger"][0]), str(seal["ledger"][1])))
    problems: list[ChainProblem] = []
    for name in sorted(set(tables) - UNSEALED):
        label = f"{SEALED_LABELS.get(name, name)}（{name}）"
        current = _sealed_rows(conn, tables[name], None)
        recorded = {int(k.split(":", 1)[1]): v for k, v in latest.items() if k.split(":", 1)[0] == name}
        for rid in sorted(set(current) | set(recorded)):
            seq, values = recorded.get(rid, (0, None))
            now = current.get(rid)
            if now is None and values is None:
                continue
            if values is None and seq == 0:
                problems.append(ChainProblem(rid, f"{label}第 {rid} 条记录不在{_AUDIT}中（被直接插入数据库）"))
            elif values is None:
                problems.append(ChainProblem(rid, f"{label}第 {rid} 条记录在{_AUDIT}第 {seq} 条已记为删除，现又出现"
                                                  "（被直接插入数据库）"))
            elif now is None:
                problems.append(ChainProblem(rid, f"{label}第 {rid} 条记录缺失（被删除；{_AUDIT}第 {seq} 条记载了它）"))
            elif changed := changed_fields(values, now):
                what = "；".join(f"{_field(c)}记载为{_shown(values.get(c))}、现为{_shown(now.get(c))}" for c in changed)
                problems.append(ChainProblem(rid, f"{label}第 {rid} 条记录被修改：{what}（与{_AUDIT}第 {seq} 条不符）"))
    hashes = _ledger_hashes(conn, tables)
    bad = [(a, s, h) for a, s, h in anchors if s and hashes.get(s) != h]
    if bad:
        a, s, h = bad[0]
        state = "缺失" if s not in hashes else "的哈希不同"
        problems.append(ChainProblem(s, f"{_AUDIT}第 {a} 条记载账本第 {s} 条的哈希为 {h[:12]}…，账本中该条{state}"
                                        f"（账本被删除、截短或改写；共 {len(bad)} 处记载不符）"))
    now_head = tuple(_ledger_head(conn, tables))
    if anchors and (anchors[-1][1], anchors[-1][2]) != now_head:
        a, s, _ = anchors[-1]
        problems.append(ChainProblem(s, f"账本链头为第 {now_head[0]} 条，而{_AUDIT}最后（第 {a} 条）记载账本到第 {s} 条："
                                        "账本或其链头在应用之外被改动"))
    return problems
