"""intake: the exact case input of an assessment (replay); the formal-review period of a call

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('calls') as batch:
        batch.add_column(sa.Column('review_working_days', sa.Integer(), server_default='10', nullable=False))
    with op.batch_alter_table('applications') as batch:
        batch.add_column(sa.Column('case_input', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('applications') as batch:
        batch.drop_column('case_input')
    with op.batch_alter_table('calls') as batch:
        batch.drop_column('review_working_days')
