"""The hub's first schema: devices, pairing codes, signatures, upstream outbox, sessions.

Revision ID: h0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

from kiosk.models import UTCDateTime

revision = 'h0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('hub_devices',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('label', sa.String(length=100), nullable=False),
    sa.Column('token_sha256', sa.String(length=64), nullable=False),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('last_seen_at', UTCDateTime(), nullable=True),
    sa.Column('revoked_at', UTCDateTime(), nullable=True),
    sa.Column('app_version', sa.String(length=40), nullable=False),
    sa.Column('waiting', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('token_sha256')
    )
    op.create_table('hub_login_failures',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('hub_login_failures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hub_login_failures_at'), ['at'], unique=False)

    op.create_table('hub_meta',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('hub_pairing_codes',
    sa.Column('secret_sha256', sa.String(length=64), nullable=False),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('expires_at', UTCDateTime(), nullable=False),
    sa.Column('used_at', UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('secret_sha256')
    )
    op.create_table('hub_sessions',
    sa.Column('token_sha256', sa.String(length=64), nullable=False),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('expires_at', UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('token_sha256')
    )
    op.create_table('hub_signatures',
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('campaign_id', sa.String(length=100), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('kiosk_id', sa.String(length=64), nullable=False),
    sa.Column('event', sa.String(length=200), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('postal_code', sa.String(length=16), nullable=False),
    sa.Column('signed_at', UTCDateTime(), nullable=False),
    sa.Column('received_at', UTCDateTime(), nullable=False),
    sa.Column('consent_updates', sa.Boolean(), nullable=False),
    sa.Column('consent_sha256', sa.String(length=64), nullable=False),
    sa.Column('has_drawing', sa.Boolean(), nullable=False),
    sa.Column('sealed', sa.LargeBinary(), nullable=False),
    sa.Column('email_hash', sa.String(length=64), nullable=True),
    sa.Column('phone_hash', sa.String(length=64), nullable=True),
    sa.Column('counted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['device_id'], ['hub_devices.id'], ),
    sa.PrimaryKeyConstraint('uuid')
    )
    with op.batch_alter_table('hub_signatures', schema=None) as batch_op:
        batch_op.create_index('ix_hub_signatures_campaign_counted', ['campaign_id', 'counted'], unique=False)
        batch_op.create_index('ix_hub_signatures_device', ['device_id'], unique=False)
        batch_op.create_index('ix_hub_signatures_email', ['campaign_id', 'email_hash'], unique=False)
        batch_op.create_index('ix_hub_signatures_phone', ['campaign_id', 'phone_hash'], unique=False)

    op.create_table('hub_upstream',
    sa.Column('target', sa.String(length=40), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', UTCDateTime(), nullable=True),
    sa.Column('lease_until', UTCDateTime(), nullable=True),
    sa.Column('lease_owner', sa.String(length=64), nullable=True),
    sa.Column('last_error', sa.String(length=64), nullable=True),
    sa.Column('receipt', sa.Text(), nullable=True),
    sa.Column('delivered_at', UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['uuid'], ['hub_signatures.uuid'], ),
    sa.PrimaryKeyConstraint('target', 'uuid')
    )
    with op.batch_alter_table('hub_upstream', schema=None) as batch_op:
        batch_op.create_index('ix_hub_upstream_due', ['target', 'state', 'next_attempt_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('hub_upstream', schema=None) as batch_op:
        batch_op.drop_index('ix_hub_upstream_due')

    op.drop_table('hub_upstream')
    with op.batch_alter_table('hub_signatures', schema=None) as batch_op:
        batch_op.drop_index('ix_hub_signatures_phone')
        batch_op.drop_index('ix_hub_signatures_email')
        batch_op.drop_index('ix_hub_signatures_device')
        batch_op.drop_index('ix_hub_signatures_campaign_counted')

    op.drop_table('hub_signatures')
    op.drop_table('hub_sessions')
    op.drop_table('hub_pairing_codes')
    op.drop_table('hub_meta')
    with op.batch_alter_table('hub_login_failures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hub_login_failures_at'))

    op.drop_table('hub_login_failures')
    op.drop_table('hub_devices')
