"""access: users can be deactivated; organisations carry the office-verified facts beside the declared ones

Revision ID: 0006_access
Revises: 0005
Create Date: 2026-12-01 08:00:00

The existing users and organisations get a value in the new columns: they are sealed again
(services/audit.reseal), so the audit log records them as they now are.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006_access'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('users') as batch:
        batch.add_column(sa.Column('active', sa.Boolean(), server_default=sa.true(), nullable=False))
    with op.batch_alter_table('organisations') as batch:
        batch.add_column(sa.Column('verified', sa.JSON(), server_default=sa.text("'{}'"), nullable=False))
    from subsidy.services.audit import reseal

    reseal(op.get_bind(), "users", "organisations", action="upgrade_0006")


def downgrade() -> None:
    with op.batch_alter_table('organisations') as batch:
        batch.drop_column('verified')
    with op.batch_alter_table('users') as batch:
        batch.drop_column('active')
