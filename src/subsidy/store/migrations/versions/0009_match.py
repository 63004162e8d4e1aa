"""免申即享 matching: match runs, their offered rows (sealed by the run's digest), confirmations

Revision ID: 0009_match
Revises: 0008

New tables only, no existing row changes: nothing to reseal. ``match_runs`` and
``match_confirmations`` are sealed by the audit log like every table; ``match_rows`` is sealed by its
run's ``rows_digest`` (services/matching.py), which ``audit verify`` recomputes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009_match'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('match_runs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('adopted_policy_id', sa.Integer(), nullable=False),
    sa.Column('policy_id', sa.String(length=100), nullable=False),
    sa.Column('rules_version', sa.String(length=64), nullable=False),
    sa.Column('as_of', sa.Date(), nullable=False),
    sa.Column('registry_name', sa.String(length=200), nullable=False),
    sa.Column('registry_sha256', sa.String(length=64), nullable=False),
    sa.Column('rows_read', sa.Integer(), nullable=False),
    sa.Column('rows_refused', sa.Integer(), nullable=False),
    sa.Column('problems', sa.JSON(), nullable=False),
    sa.Column('summary', sa.JSON(), nullable=False),
    sa.Column('offered_fen', sa.BigInteger(), nullable=False),
    sa.Column('rows_stored', sa.Integer(), nullable=False),
    sa.Column('rows_digest', sa.String(length=64), nullable=False),
    sa.Column('run_by', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['adopted_policy_id'], ['adopted_policies.id'],
                            name=op.f('fk_match_runs_adopted_policy_id_adopted_policies')),
    sa.ForeignKeyConstraint(['run_by'], ['users.id'], name=op.f('fk_match_runs_run_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_match_runs'))
    )
    op.create_table('match_rows',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('registry_row', sa.Integer(), nullable=False),
    sa.Column('entity_id', sa.String(length=200), nullable=False),
    sa.Column('uscc', sa.String(length=18), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('clause_id', sa.String(length=50), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('ceiling_fen', sa.BigInteger(), nullable=True),
    sa.Column('granted_fen', sa.BigInteger(), nullable=True),
    sa.Column('missing', sa.JSON(), nullable=False),
    sa.Column('facts', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'],
                            name=op.f('fk_match_rows_organisation_id_organisations')),
    sa.ForeignKeyConstraint(['run_id'], ['match_runs.id'], name=op.f('fk_match_rows_run_id_match_runs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_match_rows')),
    sa.UniqueConstraint('run_id', 'number', name=op.f('uq_match_rows_run_id'))
    )
    with op.batch_alter_table('match_rows', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_match_rows_run_id'), ['run_id'], unique=False)
    op.create_table('match_confirmations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('row_id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('confirmed_by', sa.Integer(), nullable=False),
    sa.Column('confirmed_on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'],
                            name=op.f('fk_match_confirmations_application_id_applications')),
    sa.ForeignKeyConstraint(['confirmed_by'], ['users.id'], name=op.f('fk_match_confirmations_confirmed_by_users')),
    sa.ForeignKeyConstraint(['row_id'], ['match_rows.id'], name=op.f('fk_match_confirmations_row_id_match_rows')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_match_confirmations')),
    sa.UniqueConstraint('row_id', name=op.f('uq_match_confirmations_row_id'))
    )


def downgrade() -> None:
    op.drop_table('match_confirmations')
    with op.batch_alter_table('match_rows', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_match_rows_run_id'))
    op.drop_table('match_rows')
    op.drop_table('match_runs')
