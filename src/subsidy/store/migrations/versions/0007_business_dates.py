"""business dates: the database's mode, and each audit record's business date beside its clock time

Revision ID: 0007
Revises: 0006_access
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006_access'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('instance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mode', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_instance'))
    )
    with op.batch_alter_table('audit_records', schema=None) as batch_op:
        batch_op.add_column(sa.Column('business_date', sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('audit_records', schema=None) as batch_op:
        batch_op.drop_column('business_date')
    op.drop_table('instance')
