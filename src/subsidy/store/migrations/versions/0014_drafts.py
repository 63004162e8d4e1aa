"""drafts: policies drafted from an uploaded text, reviewed and edited in the 政策库 before adoption

Revision ID: 0014_drafts
Revises: 0010_accounts
Create Date: 2026-12-01 14:30:00

A new table only, no existing row changes: nothing to reseal. ``policy_drafts`` is sealed by the audit
log like every table (its files by SHA-256), so an edit made outside the application is seen by
``audit verify``.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0014_drafts'
down_revision = '0013_staff'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('policy_drafts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('policy_id', sa.String(length=100), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('source_name', sa.String(length=200), nullable=False),
    sa.Column('source_encoding', sa.String(length=20), nullable=False),
    sa.Column('files', sa.JSON(), nullable=False),
    sa.Column('review_html', sa.Text(), nullable=False),
    sa.Column('problems', sa.JSON(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('adopted_policy_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['adopted_policy_id'], ['adopted_policies.id'],
                            name=op.f('fk_policy_drafts_adopted_policy_id_adopted_policies')),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_policy_drafts_created_by_users')),
    sa.ForeignKeyConstraint(['updated_by'], ['users.id'], name=op.f('fk_policy_drafts_updated_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_policy_drafts'))
    )


def downgrade() -> None:
    op.drop_table('policy_drafts')
