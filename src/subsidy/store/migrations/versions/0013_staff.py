"""staff: an expert's comments beside the scores (one for the applicant, one internal)

Revision ID: 0013_staff
Revises: 0010_accounts
Create Date: 2026-12-01 14:10:00

Both columns are added empty (NULL) on existing score rows, so nothing needs sealing again.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0013_staff'
down_revision = '0011_notices'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('scores', schema=None) as batch_op:
        batch_op.add_column(sa.Column('applicant_comment', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('internal_comment', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('scores', schema=None) as batch_op:
        batch_op.drop_column('internal_comment')
        batch_op.drop_column('applicant_comment')
