"""recovery decisions: an idempotency key (the request's system key, or the caller's --key)

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('sanctions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('request_key', sa.String(length=200), nullable=True))
        batch_op.create_unique_constraint(batch_op.f('uq_sanctions_request_key'), ['request_key'])


def downgrade() -> None:
    with op.batch_alter_table('sanctions', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_sanctions_request_key'), type_='unique')
        batch_op.drop_column('request_key')
