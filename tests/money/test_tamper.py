"""Tamper evidence: every kind of change made directly in the database, behind the application's back,
is named by `audit.verify` (which table, which record, what is wrong) — the ledger's entries and head,
the audit log, and the rows the audit log seals (tranches, awards, applications, sanctions, reports,
users). What no check inside the database can see, the whole history rewritten consistently from the
start, is caught against a checkpoint kept outside it."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from money_factories import DAY, WAN, YEAR, add_award, add_call, add_org, tx, url_of, user, write_text
from sqlalchemy import (
    JSON,
    Boolean,
    Connection,
    Date,
    DateTime,
    Engine,
    Integer,
    String,
    Table,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from subsidy.admin.ledger import Entry, canonical_time, entry_hash
from subsidy.cli import main
from subsidy.errors import DomainRefusal
from subsidy.services import audit, ledger, sanctions, supervision
from subsidy.services.commitments import commit_award
from subsidy.services.payments import pay_tranche
from subsidy.store.tables import (
    Application,
    AuditHead,
    AuditRecord,
    Award,
    Base,
    Call,
    LedgerEntry,
    LedgerHead,
    Sanction,
    TrackingReport,
    Tranche,
    User,
)

pytestmark = pytest.mark.db


@dataclass(frozen=True)
class World:
    award: int  # paid first tranche, report for tranche 2 accepted
    other: int  # suspended
    app: int
    paid: int  # tranche id
    report: int
    suspension: int
    bar: int
    officer: int  # the approver of both awards
    auditor: int
    pay: int  # seq of the payment's audit record


def build(engine: Engine, budget_wan: int = 1000, award_wan: int = 300) -> World:
    with tx(engine) as s:
        c = add_call(s)
        for year in range(YEAR, YEAR + 3):
            ledger.appropriate(s, user(s, "finance"), c, "art14a", year, budget_wan * WAN)
        a1 = add_award(s, c, add_org(s, 1), award_wan * WAN)
        commit_award(s, a1, user(s, "officer"))
        a2 = add_award(s, c, add_org(s, 2), 100 * WAN)
        commit_award(s, a2, user(s, "officer"))
        ids = a1.id, a2.id, a1.application_id
    with tx(engine) as s:
        t1 = s.scalars(select(Tranche).where(Tranche.award_id == ids[0], Tranche.number == 1)).one()
        pay_tranche(s, user(s, "finance"), t1.id, DAY)
        paid = t1.id
    with tx(engine) as s:
        officer = user(s, "officer")
        r = supervision.request_report(s, officer, s.get_one(Award, ids[0]), today=DAY, for_tranche=2)
        supervision.submit_report(s, officer, r, "进展顺利", DAY)
        supervision.review_report(s, officer, r, accept=True, note=None, today=DAY)
        report = r.id
    with tx(engine) as s:
        sus = sanctions.suspend(s, user(s, "officer"), s.get_one(Award, ids[1]), "核查", DAY).id
        bar = sanctions.bar(s, user(s, "officer"), add_org(s, 3), dt.date(2029, 12, 31), "骗取资金", DAY).id
        pay = s.scalars(select(AuditRecord.seq).where(AuditRecord.action == "pay")).one()
        w = World(ids[0], ids[1], ids[2], paid, report, sus, bar, user(s, "officer").id, user(s, "auditor").id, pay)
    with tx(engine) as s:
        assert audit.verify(s) == []
    return w


def problems(engine: Engine, against: audit.Checkpoint | None = None) -> list[str]:
    with tx(engine) as s:
        return [p.problem for p in audit.verify(s, against)]


def _last_seq(conn: Connection) -> int:
    return int(conn.execute(select(func.max(LedgerEntry.seq))).scalar_one())


def _forge_entry(conn: Connection, w: World) -> None:
    """A payment appended at the end, hashed correctly, the head moved along: the ledger alone is consistent."""
    head = conn.execute(select(LedgerHead.seq, LedgerHead.hash)).one()
    at = dt.datetime.now(dt.UTC)
    e = Entry(head.seq + 1, "payment", 1, "art14a", YEAR, 1 * WAN, w.other, 1, None, "forged", "拨付", head.hash,
              actor_id=w.auditor, at=canonical_time(at))
    h = entry_hash(head.hash, e.payload())
    conn.execute(insert(LedgerEntry).values(seq=e.seq, kind=e.kind, call_id=1, clause_id="art14a", year=YEAR,
                                            fen=e.fen, award_id=w.other, tranche=1, key="forged", memo="拨付",
                                            prev_hash=head.hash, hash=h, actor_id=w.auditor, created_at=at))
    conn.execute(update(LedgerHead).values(seq=e.seq, hash=h))


def _entry(**values: object) -> Callable[[Connection, World], None]:
    return lambda conn, w: conn.execute(update(LedgerEntry).where(LedgerEntry.seq == 5).values(**values))


def _audit_of(action: str) -> Callable[[Connection], int]:
    return lambda conn: int(conn.execute(select(func.min(AuditRecord.id)).where(AuditRecord.action == action))
                            .scalar_one())


_pay = _audit_of("pay")

# (kind of change, the change, what verify must say)
TAMPERING: list[tuple[str, Callable[[Connection, World], object], str]] = [
    ("entry fen", _entry(fen=LedgerEntry.fen + 1), "账本第 5 条记录内容与其哈希不符（记录被修改）"),
    ("entry kind", _entry(kind="release"), "账本第 5 条记录内容与其哈希不符"),
    ("entry memo", _entry(memo="改过的说明"), "账本第 5 条记录内容与其哈希不符"),
    ("entry key", _entry(key="other-key"), "账本第 5 条记录内容与其哈希不符"),
    ("entry actor", lambda conn, w: conn.execute(update(LedgerEntry).where(LedgerEntry.seq == 5)
                                                 .values(actor_id=w.auditor)), "账本第 5 条记录内容与其哈希不符"),
    ("entry time", _entry(created_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC)), "账本第 5 条记录内容与其哈希不符"),
    ("entry deleted", lambda conn, w: conn.execute(delete(LedgerEntry).where(LedgerEntry.seq == 5)),
     "账本第 5 条记录缺失（被删除）"),
    ("entry inserted, chain and head consistent", _forge_entry, "而审计日志最后（第"),
    ("ledger and head deleted", lambda conn, w: (conn.execute(delete(LedgerEntry)), conn.execute(delete(LedgerHead))),
     "账本中该条缺失（账本被删除、截短或改写"),
    ("head edited", lambda conn, w: conn.execute(update(LedgerHead).values(seq=LedgerHead.seq - 1)),
     "账本应以第 9 条记录结尾，实际以第 10 条结尾"),
    ("tranche amount", lambda conn, w: conn.execute(update(Tranche).where(Tranche.id == w.paid).values(fen=1)),
     "付款期次（tranches）第 1 条记录被修改：金额（分）（fen）记载为150000000、现为1"),
    ("tranche state", lambda conn, w: conn.execute(update(Tranche).where(Tranche.id == w.paid + 1)
                                                   .values(state="paid")),
     "付款期次（tranches）第 2 条记录被修改：状态（state）记载为「scheduled」、现为「paid」"),
    ("tranche due year", lambda conn, w: conn.execute(update(Tranche).where(Tranche.id == w.paid + 2)
                                                      .values(due_year=YEAR)),
     "付款期次（tranches）第 3 条记录被修改：到期年度（due_year）记载为2028、现为2026"),
    ("award amount", lambda conn, w: conn.execute(update(Award).where(Award.id == w.award)
                                                  .values(approved_fen=Award.approved_fen * 2)),
     "奖励（awards）第 1 条记录被修改：核定金额（分）（approved_fen）记载为300000000、现为600000000"),
    ("award payee", lambda conn, w: conn.execute(update(Award).where(Award.id == w.award).values(payee="operator")),
     "奖励（awards）第 1 条记录被修改：收款方（payee）记载为「applicant」、现为「operator」"),
    ("application ceiling", lambda conn, w: conn.execute(update(Application).where(Application.id == w.app)
                                                         .values(ceiling_fen=10**12)),
     "申报（applications）第 1 条记录被修改：支持上限（分）（ceiling_fen）"),
    ("bar deleted", lambda conn, w: conn.execute(delete(Sanction).where(Sanction.id == w.bar)),
     "处理决定（sanctions）第 2 条记录缺失（被删除；审计日志第"),
    ("bar edited", lambda conn, w: conn.execute(update(Sanction).where(Sanction.id == w.bar)
                                                .values(bar_until=dt.date(2026, 7, 2))),
     "处理决定（sanctions）第 2 条记录被修改：限制截止日（bar_until）记载为「2029-12-31」、现为「2026-07-02」"),
    ("suspension deleted", lambda conn, w: conn.execute(delete(Sanction).where(Sanction.id == w.suspension)),
     "处理决定（sanctions）第 1 条记录缺失"),
    ("report acceptance", lambda conn, w: conn.execute(update(TrackingReport).where(TrackingReport.id == w.report)
                                                       .values(accepted=False)),
     "跟踪报告（tracking_reports）第 1 条记录被修改：审核通过（accepted）记载为是、现为否"),
    ("audit record deleted", lambda conn, w: conn.execute(delete(AuditRecord).where(AuditRecord.id == _pay(conn))),
     "审计日志第 {pay} 条记录缺失（被删除）"),
    ("audit record actor", lambda conn, w: conn.execute(update(AuditRecord).where(AuditRecord.id == _pay(conn))
                                                        .values(actor_id=w.auditor)), "审计日志第 {pay} 条记录内容与其哈希不符（记录被修改）"),
    ("audit record action", lambda conn, w: conn.execute(update(AuditRecord).where(AuditRecord.id == _pay(conn))
                                                         .values(action="lift")), "审计日志第 {pay} 条记录内容与其哈希不符"),
    ("audit record detail", lambda conn, w: conn.execute(update(AuditRecord).where(AuditRecord.id == _pay(conn))
                                                         .values(detail={"fen": 1})), "审计日志第 {pay} 条记录内容与其哈希不符"),
    ("audit record inserted", lambda conn, w: conn.execute(insert(AuditRecord).values(
        at=dt.datetime.now(dt.UTC), actor_id=w.officer, action="approve", subject="application:2", detail={})),
     "的记录（approve application:2）不在链中（被直接插入数据库）"),
    ("audit head deleted", lambda conn, w: conn.execute(delete(AuditHead)), "审计日志的链头记录缺失（被删除）"),
    ("ledger head deleted", lambda conn, w: conn.execute(delete(LedgerHead)), "账本头记录缺失（被删除）"),
    ("audit head edited", lambda conn, w: conn.execute(update(AuditHead).values(seq=AuditHead.seq + 1)),
     "审计日志应以第"),
    ("approver display name", lambda conn, w: conn.execute(update(User).where(User.id == w.officer)
                                                           .values(display_name="张三")),
     "用户（users）第 1 条记录被修改：显示名（display_name）记载为「officer」、现为「张三」"),
    ("approver username", lambda conn, w: conn.execute(update(User).where(User.id == w.officer)
                                                       .values(username="someone")),
     "用户（users）第 1 条记录被修改：用户名（username）"),
    ("row inserted", lambda conn, w: conn.execute(insert(Sanction).values(
        organisation_id=1, kind="bar", reason="x", decided_on=DAY, bar_until=DAY, decided_by=w.officer)),
     "处理决定（sanctions）第 3 条记录不在审计日志中（被直接插入数据库）"),
]


def _other_value(conn: Connection, table: Table, column: str, value: object, pick: int) -> object:
    """A different value of the column's type (for a foreign key: another existing row's id), or None."""
    col = table.c[column]
    for fk in col.foreign_keys:
        target = fk.column
        ids = [i for i in conn.execute(select(target)).scalars() if i != value]
        return ids[pick % len(ids)] if ids else None
    kind = col.type
    if isinstance(kind, Boolean):
        return not value
    if isinstance(kind, Integer):
        return (value if isinstance(value, int) else 0) + 1 + pick
    if isinstance(kind, DateTime):
        return (value if isinstance(value, dt.datetime) else dt.datetime(2026, 1, 1)) + dt.timedelta(seconds=1 + pick)
    if isinstance(kind, Date):
        return (value if isinstance(value, dt.date) else DAY) + dt.timedelta(days=1 + pick)
    if isinstance(kind, JSON):
        return {"改": pick} if value != {"改": pick} else [pick]
    if isinstance(kind, String):
        text = value if isinstance(value, str) else ""
        return (text[:-1] + ("甲" if text[-1:] != "甲" else "乙")) if text else "甲"
    return None


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_column_of_any_sealed_row_changed_in_the_database_is_named(engine: Engine, data: st.DataObject) -> None:
    with tx(engine) as s:
        if s.scalar(select(func.count()).select_from(Award)) == 0:
            build(engine)
    sealed = [t for t in Base.metadata.sorted_tables if t.name not in audit.UNSEALED]
    with engine.connect() as conn:
        filled = [t for t in sealed if conn.execute(select(t.c.id).limit(1)).first() is not None]
        table = data.draw(st.sampled_from(filled))
        row = data.draw(st.sampled_from(list(conn.execute(select(table)).mappings())))
        column = data.draw(st.sampled_from([c.name for c in table.columns if c.name != "id"]))
        new = _other_value(conn, table, column, row[column], data.draw(st.integers(0, 3)))
        if new is None:
            return
        try:
            conn.execute(update(table).where(table.c.id == row["id"]).values({column: new}))  # changed, verified,
        except IntegrityError:  # a change the database itself refuses (a unique key)
            conn.rollback()
            return
        with Session(bind=conn) as s:
            found = [p.problem for p in audit.verify(s)]
        conn.rollback()  # and rolled back
    assert any(f"（{table.name}）第 {row['id']} 条记录被修改" in p and (f"{column}）记载为" in p or f"{column}记载为" in p)
               for p in found), (table.name, column, new, found)


@pytest.mark.parametrize(("change", "expected"), [(c, e) for _, c, e in TAMPERING], ids=[k for k, _, _ in TAMPERING])
def test_every_kind_of_change_in_the_database_is_named(engine: Engine, change: Callable[[Connection, World], object],
                                                       expected: str) -> None:
    w = build(engine)
    with engine.begin() as conn:  # behind the application's back
        change(conn, w)
    found = problems(engine)
    assert any(expected.format(pay=w.pay) in p for p in found), found


def test_the_whole_history_rewritten_from_the_start_is_caught_against_a_checkpoint(engine: Engine) -> None:
    build(engine)
    with tx(engine) as s:
        kept = audit.Checkpoint.to_json(audit.checkpoint(s))
    against = audit.parse_checkpoint(kept, "checkpoint.json")
    assert problems(engine, against) == []
    with engine.begin() as conn:  # everything wiped, then the same story told again with other amounts
        for table in reversed(Base.metadata.sorted_tables):
            conn.execute(delete(table))
    build(engine, budget_wan=2000, award_wan=500)
    assert problems(engine) == []  # consistent: nothing inside the database can tell
    found = problems(engine, against)
    assert any("账本第 10 条记录的哈希与核对点" in p for p in found), found
    assert any(p.startswith("审计日志") and "核对点" in p for p in found), found


def test_a_truncated_or_deleted_chain_is_caught_against_a_checkpoint(engine: Engine) -> None:
    build(engine)
    with tx(engine) as s:
        against = audit.checkpoint(s)
    with engine.begin() as conn:
        conn.execute(delete(AuditRecord))
        conn.execute(delete(AuditHead))
        conn.execute(delete(LedgerEntry).where(LedgerEntry.seq > 3))
        conn.execute(update(LedgerHead).values(seq=3, hash=select(LedgerEntry.hash).where(LedgerEntry.seq == 3)
                                               .scalar_subquery()))
    found = problems(engine, against)
    assert any("账本在核对点" in p and "现在没有第 10 条（现有 3 条）" in p for p in found), found
    assert any("审计日志在核对点" in p for p in found), found


def test_changes_made_by_statements_through_the_session_are_sealed_too(engine: Engine) -> None:
    w = build(engine)
    with tx(engine) as s:
        s.execute(update(Tranche).where(Tranche.award_id == w.other).values(state="cancelled"))
        s.execute(delete(Sanction).where(Sanction.id == w.suspension))
        s.execute(insert(Sanction).values(organisation_id=1, kind="bar", reason="x", decided_on=DAY, bar_until=DAY,
                                          decided_by=w.officer))
    assert problems(engine) == []


def test_a_transaction_that_only_locks_writes_nothing(engine: Engine) -> None:
    from subsidy.services.lookup import lock_row

    build(engine)
    with tx(engine) as s:
        before = s.scalar(select(func.count()).select_from(AuditRecord))
    with tx(engine) as s:
        ledger.lock(s)
        lock_row(s, s.get_one(Call, 1))
    with tx(engine) as s:
        assert s.scalar(select(func.count()).select_from(AuditRecord)) == before


@pytest.mark.parametrize("head", [LedgerHead, AuditHead])
def test_with_a_head_deleted_the_application_refuses_to_write_rather_than_start_a_new_chain(
        engine: Engine, head: type[LedgerHead] | type[AuditHead]) -> None:
    build(engine)
    with engine.begin() as conn:
        conn.execute(delete(head))
    with pytest.raises(DomainRefusal) as exc, tx(engine) as s:
        ledger.appropriate(s, user(s, "finance"), s.get_one(Call, 1), "art14a", YEAR, WAN)
    assert exc.value.code == ("ledger_head_missing" if head is LedgerHead else "audit_head_missing")
    assert "subsidy audit verify" in str(exc.value)


def test_the_application_keeps_working_and_verifying_after_each_commit(engine: Engine) -> None:
    w = build(engine)
    with tx(engine) as s:
        sanctions.lift(s, user(s, "officer"), sanctions.get_sanction(s, w.suspension), DAY)
        s.get_one(User, w.auditor).display_name = "区审计局 赵审计"  # an ordinary change through the application
    assert problems(engine) == []
    with tx(engine) as s:
        head = s.get_one(AuditHead, 1)
        last = s.scalars(select(AuditRecord).where(AuditRecord.seq == head.seq)).one()
        assert last.seal is not None and f"users:{w.auditor}" in last.seal["rows"]
        assert last.seal["ledger"] == [s.get_one(LedgerHead, 1).seq, s.get_one(LedgerHead, 1).hash]


# ---- migration 0005 on a database that already holds data -----------------------------------------


def _old_hash(prev: str, e: Entry) -> str:
    payload = e.payload()
    del payload["actor_id"], payload["at"]  # before 0005 the hash left out the actor and the time
    return entry_hash(prev, payload)


def _data_before_0005(conn: Connection, tamper: bool = False) -> None:
    """Rows as the application at revision 0004 wrote them (the tables as they were then, reflected)."""
    from sqlalchemy import MetaData

    from subsidy.rules.registry import find_policy

    meta = MetaData()
    meta.reflect(bind=conn)
    t = meta.tables
    now = dt.datetime(2026, 5, 1, 8, 30, 15, 123456, tzinfo=dt.UTC)
    for name, role in (("officer", "officer"), ("finance", "finance")):
        conn.execute(insert(t["users"]).values(username=name, display_name=f"{name} 姓名", role=role, relations=[],
                                               created_at=now))
    policy = find_policy("cn-sz-baoan-ai-health")
    conn.execute(insert(t["policy_versions"]).values(version=policy.version, policy_id=policy.id, files={},
                                                     created_at=now))
    conn.execute(insert(t["adopted_policies"]).values(policy_id=policy.id, version=policy.version,
                                                      effective_from=dt.date(2026, 1, 1), adopted_by=1, adopted_at=now))
    conn.execute(insert(t["calls"]).values(adopted_policy_id=1, year=YEAR, title="专项", clauses=["art14a"],
                                           budget_fen=10**10, clause_budgets={}, opens_on=dt.date(2026, 3, 2),
                                           closes_on=dt.date(2026, 4, 30), required_documents={}, rubric=[],
                                           panel_size=3, notice_working_days=5, correction_working_days=10,
                                           one_per_entity=True, state="open", created_at=now))
    conn.execute(insert(t["organisations"]).values(uscc="91440300000000001H", name="老单位", uscc_valid=False,
                                                   profile={}, created_at=now))
    prev = "0" * 64
    for seq in (1, 2, 3):
        e = Entry(seq, "appropriation", 1, "art14a", YEAR + seq - 1, 100 * WAN, memo="预算", prev_hash=prev)
        h = _old_hash(prev, e)
        conn.execute(insert(t["ledger_entries"]).values(
            seq=seq, kind=e.kind, call_id=1, clause_id="art14a", year=e.year,
            fen=e.fen + (1 if tamper and seq == 2 else 0), memo="预算", prev_hash=prev, hash=h, actor_id=2,
            created_at=now))
        conn.execute(insert(t["audit_records"]).values(at=now, actor_id=2, action="appropriate", subject="call:1",
                                                       detail={"seq": seq}))
        prev = h
    conn.execute(insert(t["ledger_head"]).values(id=1, seq=3, hash=prev))


@pytest.mark.parametrize("tampered_before", [False, True])
def test_the_migration_chains_and_seals_the_data_already_there(engine: Engine, tampered_before: bool) -> None:
    from subsidy.store.db import migrate

    migrate(engine, "0004", down=True)
    with engine.begin() as conn:
        _data_before_0005(conn, tampered_before)
        old_head = conn.execute(select(LedgerHead.hash)).scalar_one()
        n = conn.execute(select(func.count()).select_from(AuditRecord.__table__)).scalar_one()
    migrate(engine)
    assert problems(engine) == []  # re-chained with every field, the old records chained, every row sealed
    with tx(engine) as s:
        rec = s.scalars(select(AuditRecord).where(AuditRecord.action == "upgrade_0005")).one()
        assert rec.seq == n + 1 and rec.detail["ledger_old_head"] == [3, old_head]
        assert [r.seq for r in s.scalars(select(AuditRecord).where(AuditRecord.action == "upgrade_0006"))] == [n + 2]
        assert rec.detail["ledger_old_chain_problems"] == (
            ["账本第 2 条记录内容与其哈希不符（记录被修改）"] if tampered_before else [])
        assert s.get_one(LedgerHead, 1).hash != old_head
        users_sealed = s.scalars(select(AuditRecord.seq).where(AuditRecord.action == "upgrade_0010")).one()  # 0010 too
        assert users_sealed == n + 3
        assert [r.seq for r in s.scalars(select(AuditRecord).order_by(AuditRecord.id))] == list(range(1, n + 4))
    with engine.begin() as conn:
        conn.execute(update(User).where(User.id == 1).values(display_name="别人"))
        conn.execute(update(LedgerEntry).where(LedgerEntry.seq == 1).values(actor_id=1))
    found = problems(engine)
    assert f"用户（users）第 1 条记录被修改：显示名（display_name）记载为「officer 姓名」、现为「别人」（与审计日志第 {users_sealed} 条不符）" \
        in found
    assert "账本第 1 条记录内容与其哈希不符（记录被修改）" in found


def test_the_migration_goes_back_to_the_old_chain(engine: Engine) -> None:
    from subsidy.store.db import migrate

    migrate(engine, "0004", down=True)
    with engine.begin() as conn:
        _data_before_0005(conn)
        before = list(conn.execute(select(LedgerEntry.seq, LedgerEntry.hash).order_by(LedgerEntry.seq)))
        n = conn.execute(select(func.count()).select_from(AuditRecord.__table__)).scalar_one()
    migrate(engine)
    migrate(engine, "0004", down=True)
    with engine.begin() as conn:
        assert list(conn.execute(select(LedgerEntry.seq, LedgerEntry.hash).order_by(LedgerEntry.seq))) == before
        assert conn.execute(select(func.count()).select_from(AuditRecord.__table__)).scalar_one() == n
    migrate(engine)
    assert problems(engine) == []


def test_checkpoint_and_verify_on_the_command_line(engine: Engine, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    monkeypatch.setenv("SUBSIDY_DATABASE_URL", url_of(engine))

    def run(*args: str) -> tuple[int, str]:
        with pytest.raises(SystemExit) as exc:
            main(list(args))
        captured = capsys.readouterr()
        return int(exc.value.code or 0), captured.out + captured.err

    w = build(engine)
    kept = tmp_path / "checkpoint.json"
    code, output = run("audit", "checkpoint", "--out", str(kept), "--as", "auditor")
    assert code == 0 and "已导出核对点" in output and "（账本第 10 条，审计日志第" in output
    assert json.loads(kept.read_text(encoding="utf-8"))["ledger"]["seq"] == 10
    code, output = run("audit", "verify", "--checkpoint", str(kept), "--as", "auditor")
    assert code == 0 and "账本核验通过：共 10 条记录" in output and "都是其延续" in output
    with engine.begin() as conn:
        conn.execute(update(User).where(User.id == w.officer).values(display_name="张三"))
    code, output = run("audit", "verify", "--checkpoint", str(kept), "--as", "auditor")
    assert code == 1 and "核验未通过：发现 1 处问题" in output and "显示名（display_name）记载为「officer」、现为「张三」" in output
    code, output = run("audit", "checkpoint", "--as", "auditor")
    assert code == 1 and "核验未通过" in output  # no checkpoint of a tampered database
    code, output = run("audit", "verify", "--checkpoint", str(write_text(tmp_path / "bad.json", "{\"ledger\": 1}")), "--as", "auditor")
    assert code == 2 and "不是有效的核对点文件" in output and "处理办法" in output
    code, output = run("audit", "verify", "--checkpoint", str(tmp_path / "missing.json"), "--as", "auditor")
    assert code == 2 and "无法读取核对点文件" in output


def test_a_migration_that_fills_a_column_reseals_the_table(engine: Engine) -> None:
    build(engine)
    with engine.begin() as conn:  # as a migration giving every user a value in a column would
        conn.execute(update(User).values(display_name=User.username + "（迁移）"))
    assert any("用户（users）第 1 条记录被修改" in p for p in problems(engine))
    with engine.begin() as conn:
        audit.reseal(conn, "users", action="upgrade_test")
    assert problems(engine) == []
