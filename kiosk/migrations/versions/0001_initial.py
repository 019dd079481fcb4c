"""First schema: signatures with their outbox columns, events, meta.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("place", sa.String(200), nullable=False),
        sa.Column("date", sa.String(10), nullable=False),
        sa.Column("canvasser", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "signatures",
        sa.Column("uuid", sa.String(36), primary_key=True),
        sa.Column("campaign_id", sa.String(100), nullable=False, index=True),
        sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id"), nullable=True, index=True),
        sa.Column("kiosk_id", sa.String(36), nullable=False),
        sa.Column("signed_at", sa.DateTime, nullable=False, index=True),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("consent_updates", sa.Boolean, nullable=False),
        sa.Column("consent_sha256", sa.String(64), nullable=False),
        sa.Column("postal_code", sa.String(16), nullable=False),
        sa.Column("has_drawing", sa.Boolean, nullable=False),
        sa.Column("sealed", sa.LargeBinary, nullable=True),
        sa.Column("email_hash", sa.String(64), nullable=True),
        sa.Column("phone_hash", sa.String(64), nullable=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("next_attempt_at", sa.DateTime, nullable=True),
        sa.Column("last_error", sa.Text, nullable=True),
        sa.Column("server_receipt", sa.Text, nullable=True),
    )
    op.create_index("ix_signatures_email_hash", "signatures", ["campaign_id", "email_hash"])
    op.create_index("ix_signatures_phone_hash", "signatures", ["campaign_id", "phone_hash"])


def downgrade() -> None:
    raise RuntimeError("downgrades would drop signatures; restore a backup instead")
