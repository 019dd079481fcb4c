"""Consent per channel (email, text messages) with each wording's hash, and the purge log.

Adds columns and a table only; every existing row is kept. A row from before this revision
was asked one "updates" consent: it becomes the email consent with its text hash, and no
text-message consent (nobody is subscribed to texts who was not asked).

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("signatures") as batch:
        batch.add_column(sa.Column("consent_email", sa.Boolean, nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("consent_email_sha256", sa.String(64), nullable=True))
        batch.add_column(sa.Column("consent_sms", sa.Boolean, nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("consent_sms_sha256", sa.String(64), nullable=True))
    op.execute("UPDATE signatures SET consent_email = consent_updates, consent_email_sha256 = consent_sha256")
    op.create_table(
        "purge_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("purged_at", sa.DateTime, nullable=False),
        sa.Column("count", sa.Integer, nullable=False),
        sa.Column("kiosk_id", sa.String(36), nullable=False),
        sa.Column("kiosk_label", sa.String(100), nullable=False, server_default=""),
        sa.Column("rule", sa.String(16), nullable=False),
        sa.Column("days", sa.Integer, nullable=True),
    )
    op.create_index("ix_purge_log_purged_at", "purge_log", ["purged_at"])


def downgrade() -> None:
    raise RuntimeError("downgrades would drop data; restore a backup instead")
