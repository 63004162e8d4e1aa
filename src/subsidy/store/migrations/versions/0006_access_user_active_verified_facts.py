"""access: users can be deactivated; organisations carry the office-verified facts beside the declared ones

Revision ID: 0006_access
Revises: 0004
Create Date: 2026-12-01 08:00:00

Written beside another branch's 0005: when both are merged, set ``down_revision = '0005'`` here.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006_access'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('users') as batch:
        batch.add_column(sa.Column('active', sa.Boolean(), server_default=sa.true(), nullable=False))
    with op.batch_alter_table('organisations') as batch:
        batch.add_column(sa.Column('verified', sa.JSON(), server_default=sa.text("'{}'"), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('organisations') as batch:
        batch.drop_column('verified')
    with op.batch_alter_table('users') as batch:
        batch.drop_column('active')
