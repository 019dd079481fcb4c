"""Login failures remember their source, so a guesser slows down only its own address.

Until this revision five failures from anywhere locked every browser out, the coordinator's
included (sync/hub/auth.py says how login is slowed now). Old rows get an empty source: they
still count toward the overall cap for the few minutes they are kept.

Revision ID: h0003_login_source
Revises: h0002
"""

import sqlalchemy as sa
from alembic import op

revision = 'h0003_login_source'
down_revision = 'h0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('hub_login_failures', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source', sa.String(length=64), nullable=False, server_default=''))
        batch_op.create_index(batch_op.f('ix_hub_login_failures_source'), ['source'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('hub_login_failures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hub_login_failures_source'))
        batch_op.drop_column('source')
