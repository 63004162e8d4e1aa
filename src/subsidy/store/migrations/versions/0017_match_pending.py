"""match pending: an entity's 待补充 rows stored with it; match_rows keeps the 可免申 rows

Revision ID: 0017_match_pending
Revises: 0016_match_entities
Create Date: 2026-12-03 12:00:00

Bao'an offers about 7 rows an offered entity, 6 of them 待补充 (a 2.5-million-row registry: 496,178 of
569,619 rows), which no one confirms: ``match_entities`` takes them (``pending``: each row as
``[number, clause_id, ceiling_fen, missing facts]``, NULL when none) with the number of the entity's
first row (``rows_from``, indexed with the run, to find the entity of a row number), and ``match_rows``
keeps the 可免申 rows (what a confirmation names). Existing runs are moved; each row reads as before,
so every run's ``rows_digest`` still verifies. The downgrade puts the 待补充 rows back into ``match_rows``.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = '0017_match_pending'
down_revision = '0016_match_entities'
branch_labels = None
depends_on = None

BATCH = 5000


def _entities() -> sa.TableClause:
    return sa.table("match_entities", sa.column("run_id", sa.Integer()), sa.column("number", sa.Integer()),
                    sa.column("rows_from", sa.Integer()), sa.column("pending", sa.JSON(none_as_null=True)))


def _rows() -> sa.TableClause:
    return sa.table("match_rows", sa.column("run_id", sa.Integer()), sa.column("number", sa.Integer()),
                    sa.column("entity", sa.Integer()), sa.column("clause_id", sa.String(50)),
                    sa.column("outcome", sa.String(20)), sa.column("ceiling_fen", sa.BigInteger()),
                    sa.column("granted_fen", sa.BigInteger()), sa.column("missing", sa.JSON()))


def _runs(conn: sa.Connection, column: sa.ColumnClause[Any]) -> list[int]:
    """The match runs that have rows in ``column``'s table."""
    return [int(r) for r in conn.execute(sa.select(column).distinct().order_by(column)).scalars()]


def upgrade() -> None:
    with op.batch_alter_table('match_entities', schema=None) as batch_op:
        batch_op.add_column(sa.Column('rows_from', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('pending', sa.JSON(none_as_null=True), nullable=True))
    conn = op.get_bind()
    rows, entities = _rows(), _entities()
    stmt = entities.update().where(entities.c.run_id == sa.bindparam("run"), entities.c.number == sa.bindparam("at")
                                   ).values(rows_from=sa.bindparam("first"), pending=sa.bindparam("rows"))
    for run in _runs(conn, rows.c.run_id):  # run by run, its rows streamed: one run's entities in memory at most
        found: dict[int, list[Any]] = {}  # entity → [its first row's number, its 待补充 rows]
        q = sa.select(rows).where(rows.c.run_id == run).order_by(rows.c.number)
        for r in conn.execute(q.execution_options(stream_results=True, yield_per=BATCH)).mappings():
            at = found.setdefault(r["entity"], [r["number"], []])
            if r["outcome"] == "pending":
                at[1].append([r["number"], r["clause_id"], r["ceiling_fen"], r["missing"]])
        updates = [{"run": run, "at": number, "first": first, "rows": pending or None}
                   for number, (first, pending) in found.items()]
        for start in range(0, len(updates), BATCH):
            conn.execute(stmt, updates[start:start + BATCH])
    conn.execute(rows.delete().where(rows.c.outcome == "pending"))
    with op.batch_alter_table('match_entities', schema=None) as batch_op:
        batch_op.alter_column('rows_from', existing_type=sa.Integer(), nullable=False)
        batch_op.create_index('ix_match_entities_run_id_rows_from', ['run_id', 'rows_from'], unique=False)


def downgrade() -> None:
    conn = op.get_bind()
    rows, entities = _rows(), _entities()
    for run in _runs(conn, entities.c.run_id):  # run by run, streamed, inserted a batch at a time
        q = (sa.select(entities).where(entities.c.run_id == run, entities.c.pending.is_not(None))
             .order_by(entities.c.number))
        back: list[dict[str, Any]] = []
        for e in conn.execute(q.execution_options(stream_results=True, yield_per=BATCH)).mappings():
            back += [{"run_id": run, "number": number, "entity": e["number"], "clause_id": clause, "outcome": "pending",
                      "ceiling_fen": ceiling, "granted_fen": None, "missing": missing}
                     for number, clause, ceiling, missing in e["pending"]]
            if len(back) >= BATCH:
                conn.execute(rows.insert(), back)
                back = []
        if back:
            conn.execute(rows.insert(), back)
    with op.batch_alter_table('match_entities', schema=None) as batch_op:
        batch_op.drop_index('ix_match_entities_run_id_rows_from')
        batch_op.drop_column('pending')
        batch_op.drop_column('rows_from')
