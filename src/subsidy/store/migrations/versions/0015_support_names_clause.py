"""other support: the policy clause and the matter a record paid for (统筹省、市政策; records naming a clause)

Revision ID: 0015_support_names_clause
Revises: 0014_drafts
Create Date: 2026-12-02 01:00:00

Three columns added empty (NULL) to ``other_support``: an existing record names no clause or matter and is
read as before; nothing to reseal (a column added empty changes no row's seal).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0015_support_names_clause'
down_revision = '0014_drafts'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('other_support', schema=None) as batch_op:
        batch_op.add_column(sa.Column('policy_id', sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column('clause_id', sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column('matter', sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('other_support', schema=None) as batch_op:
        batch_op.drop_column('matter')
        batch_op.drop_column('clause_id')
        batch_op.drop_column('policy_id')
