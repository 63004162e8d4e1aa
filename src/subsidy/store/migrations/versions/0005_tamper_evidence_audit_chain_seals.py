"""tamper evidence: the audit log chained (seq, hashes, seal of the rows written), its head; the
ledger re-chained with every field (actor and time included); existing rows sealed

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 08:30:00.000000
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import sqlalchemy as sa
from alembic import op

from subsidy.admin.ledger import GENESIS, Entry, canonical_time, entry_hash, verify_chain

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


@dataclasses.dataclass(frozen=True)
class _OldEntry(Entry):
    """An entry as hashed before 0005: without its actor and time."""

    def payload(self) -> dict[str, object]:
        p = super().payload()
        del p["actor_id"], p["at"]
        return p


def _rechain(conn: sa.Connection, tables: dict[str, sa.Table], kind: type[Entry]) -> dict[str, object]:
    """Hash every ledger entry again as ``kind`` hashes it; the old chain's problems are returned."""
    entries, head_table = tables["ledger_entries"], tables["ledger_head"]
    rows = list(conn.execute(sa.select(entries).order_by(entries.c.seq)))
    old = [(_OldEntry if kind is Entry else Entry)(
        r.seq, r.kind, r.call_id, r.clause_id, r.year, r.fen, r.award_id, r.tranche, r.reverses, r.key, r.memo,
        r.prev_hash, r.hash, r.actor_id, canonical_time(r.created_at)) for r in rows]
    head = conn.execute(sa.select(head_table.c.seq, head_table.c.hash).where(head_table.c.id == 1)).one_or_none()
    old_head = None if head is None else (int(head.seq), str(head.hash))
    problems = [p.problem for p in verify_chain(old, old_head)] if old_head or old else []
    prev = GENESIS
    for e in old:
        new = kind(**{**dataclasses.asdict(e), "prev_hash": prev, "hash": ""})
        h = entry_hash(prev, new.payload())
        conn.execute(sa.update(entries).where(entries.c.seq == e.seq).values(prev_hash=prev, hash=h))
        prev = h
    new_head = [old[-1].seq if old else 0, prev]
    if head is not None:
        conn.execute(sa.update(head_table).where(head_table.c.id == 1).values(seq=new_head[0], hash=prev))
    elif old:
        conn.execute(sa.insert(head_table).values(id=1, seq=new_head[0], hash=prev))
    return {"ledger_old_head": list(old_head) if old_head else None, "ledger_new_head": new_head,
            "ledger_old_chain_problems": problems}


def upgrade() -> None:
    with op.batch_alter_table('audit_records', schema=None) as batch_op:
        batch_op.add_column(sa.Column('seq', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('seal', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('prev_hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('hash', sa.String(length=64), nullable=True))
        batch_op.create_unique_constraint(batch_op.f('uq_audit_records_seq'), ['seq'])
    op.create_table('audit_head',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_head'))
    )
    from subsidy.services.audit import UNSEALED, chain

    conn = op.get_bind()
    meta = sa.MetaData()
    meta.reflect(bind=conn)
    tables = dict(meta.tables)
    conn.execute(sa.insert(tables["audit_head"]).values(id=1, seq=0, hash=GENESIS))
    detail = _rechain(conn, tables, Entry)
    sealed = sorted(set(tables) - UNSEALED)
    audit = tables["audit_records"]
    ids = list(conn.execute(sa.select(audit.c.id).order_by(audit.c.id)).scalars())
    has_rows = any(conn.execute(sa.select(tables[n].c.id).limit(1)).first() is not None for n in sealed)
    if ids or has_rows or detail["ledger_old_head"] is not None:  # the records so far, then one sealing every row
        note = "迁移 0005：账本哈希纳入经办人与时间并重新成链；此前的审计记录按写入顺序入链；现有各表记录封存"
        mid = conn.execute(sa.insert(audit).values(at=dt.datetime.now(dt.UTC), action="upgrade_0005", subject="database",
                                                   detail={"note": note, **detail}).returning(audit.c.id)).scalar_one()
        chain(conn, tables, [*ids, mid], dict.fromkeys(sealed))


def downgrade() -> None:
    conn = op.get_bind()
    meta = sa.MetaData()
    meta.reflect(bind=conn)
    _rechain(conn, dict(meta.tables), _OldEntry)
    audit = meta.tables["audit_records"]
    conn.execute(sa.delete(audit).where(audit.c.action.startswith("upgrade_")))  # this one's and later reseals
    op.drop_table('audit_head')
    with op.batch_alter_table('audit_records', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_audit_records_seq'), type_='unique')
        batch_op.drop_column('hash')
        batch_op.drop_column('prev_hash')
        batch_op.drop_column('seal')
        batch_op.drop_column('seq')
