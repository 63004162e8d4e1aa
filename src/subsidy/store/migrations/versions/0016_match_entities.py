"""match entities: an offered entity's registry row, code, name, organisation and facts stored once per run

Revision ID: 0016_match_entities
Revises: 0015_support_names_clause
Create Date: 2026-12-02 05:30:00

``match_entities`` holds, per run, each entity with an offered row (numbered 1, 2, ... in registry order);
``match_rows`` keeps the clause, outcome, amounts and missing facts and names its entity by number
(``entity``). Existing rows are moved: each run's entities in the order of their first row. A row reads
as before (its entity's columns with it), so every run's ``rows_digest`` still verifies; nothing to reseal
(both tables are sealed by their run's digest, not by the audit log). The index of ``match_rows.run_id``
goes: the unique (run_id, number) serves the same lookups, and a match writes one index fewer a row.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = '0016_match_entities'
down_revision = '0015_support_names_clause'
branch_labels = None
depends_on = None

ENTITY: dict[str, sa.types.TypeEngine[Any]] = {"registry_row": sa.Integer(), "entity_id": sa.String(200), "uscc": sa.String(18), "name": sa.String(200),
          "organisation_id": sa.Integer(), "facts": sa.JSON()}
BATCH = 5000


def _entities() -> sa.TableClause:
    return sa.table("match_entities", sa.column("run_id", sa.Integer()), sa.column("number", sa.Integer()),
                    *(sa.column(k, t) for k, t in ENTITY.items()))


def _rows(*extra: sa.ColumnClause[Any]) -> sa.TableClause:
    return sa.table("match_rows", sa.column("id", sa.Integer()), sa.column("run_id", sa.Integer()),
                    sa.column("number", sa.Integer()), *extra)


def upgrade() -> None:
    op.create_table('match_entities',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('registry_row', sa.Integer(), nullable=False),
    sa.Column('entity_id', sa.String(length=200), nullable=False),
    sa.Column('uscc', sa.String(length=18), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('facts', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'],
                            name=op.f('fk_match_entities_organisation_id_organisations')),
    sa.ForeignKeyConstraint(['run_id'], ['match_runs.id'], name=op.f('fk_match_entities_run_id_match_runs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_match_entities')),
    sa.UniqueConstraint('run_id', 'number', name=op.f('uq_match_entities_run_id'))
    )
    with op.batch_alter_table('match_entities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_match_entities_uscc'), ['uscc'], unique=False)
    with op.batch_alter_table('match_rows', schema=None) as batch_op:
        batch_op.add_column(sa.Column('entity', sa.Integer(), nullable=True))
    conn = op.get_bind()
    old = _rows(*(sa.column(k, t) for k, t in ENTITY.items()))
    new = _rows(sa.column("entity", sa.Integer()))
    seen: dict[tuple[int, int], int] = {}
    numbered: dict[int, int] = {}
    entities: list[dict[str, object]] = []
    updates: list[dict[str, object]] = []
    for r in conn.execute(sa.select(old).order_by(old.c.run_id, old.c.number)).mappings():
        key = (r["run_id"], r["registry_row"])
        if key not in seen:
            seen[key] = numbered[r["run_id"]] = numbered.get(r["run_id"], 0) + 1
            entities.append({"run_id": r["run_id"], "number": seen[key], **{k: r[k] for k in ENTITY}})
        updates.append({"row": r["id"], "entity": seen[key]})
    for start in range(0, len(entities), BATCH):
        conn.execute(_entities().insert(), entities[start:start + BATCH])
    stmt = new.update().where(new.c.id == sa.bindparam("row")).values(entity=sa.bindparam("entity"))
    for start in range(0, len(updates), BATCH):
        conn.execute(stmt, updates[start:start + BATCH])
    with op.batch_alter_table('match_rows', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_match_rows_run_id'))  # (run_id, number), unique, indexes it
        batch_op.alter_column('entity', existing_type=sa.Integer(), nullable=False)
        batch_op.create_foreign_key(batch_op.f('fk_match_rows_run_id_match_entities'), 'match_entities',
                                    ['run_id', 'entity'], ['run_id', 'number'])
        batch_op.drop_constraint(batch_op.f('fk_match_rows_organisation_id_organisations'), type_='foreignkey')
        for k in reversed(list(ENTITY)):
            batch_op.drop_column(k)


def downgrade() -> None:
    with op.batch_alter_table('match_rows', schema=None) as batch_op:
        batch_op.add_column(sa.Column('registry_row', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('entity_id', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('uscc', sa.String(length=18), nullable=True))
        batch_op.add_column(sa.Column('name', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('organisation_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('facts', sa.JSON(), nullable=True))
    conn = op.get_bind()
    e = _entities()
    rows = _rows(sa.column("entity", sa.Integer()), *(sa.column(k, t) for k, t in ENTITY.items()))
    for k in ENTITY:
        conn.execute(rows.update().values(**{k: sa.select(e.c[k]).where(e.c.run_id == rows.c.run_id,
                                                                         e.c.number == rows.c.entity)
                                             .scalar_subquery()}))
    with op.batch_alter_table('match_rows', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_match_rows_run_id_match_entities'), type_='foreignkey')
        batch_op.drop_column('entity')
        for k, t in ENTITY.items():
            if k != "organisation_id":
                batch_op.alter_column(k, existing_type=t, nullable=False)
        batch_op.create_foreign_key(batch_op.f('fk_match_rows_organisation_id_organisations'), 'organisations',
                                    ['organisation_id'], ['id'])
        batch_op.create_index(batch_op.f('ix_match_rows_run_id'), ['run_id'], unique=False)
    with op.batch_alter_table('match_entities', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_match_entities_uscc'))
    op.drop_table('match_entities')
