"""decisions: review rounds of a panel, the proposed amount from selection, superseded selection runs

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('panel_members') as batch:
        batch.add_column(sa.Column('review_round', sa.Integer(), server_default='1', nullable=False))
    with op.batch_alter_table('applications') as batch:
        batch.add_column(sa.Column('proposed_fen', sa.BigInteger(), nullable=True))
    with op.batch_alter_table('selection_runs') as batch:
        batch.add_column(sa.Column('superseded_by', sa.Integer(), nullable=True))
        batch.create_foreign_key(op.f('fk_selection_runs_superseded_by_objections'), 'objections',
                                 ['superseded_by'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('selection_runs') as batch:
        batch.drop_constraint(op.f('fk_selection_runs_superseded_by_objections'), type_='foreignkey')
        batch.drop_column('superseded_by')
    with op.batch_alter_table('applications') as batch:
        batch.drop_column('proposed_fen')
    with op.batch_alter_table('panel_members') as batch:
        batch.drop_column('review_round')
