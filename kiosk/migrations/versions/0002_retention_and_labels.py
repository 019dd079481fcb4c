"""Retention and reporting: when a row synced and was purged, the kiosk's label, outbox index.

Adds columns only; every existing row (synced or not) is kept as it was.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("signatures") as batch:
        batch.add_column(sa.Column("kiosk_label", sa.String(100), nullable=False, server_default=""))
        batch.add_column(sa.Column("synced_at", sa.DateTime, nullable=True))
        batch.add_column(sa.Column("purged_at", sa.DateTime, nullable=True))
    op.create_index("ix_signatures_outbox", "signatures", ["state", "next_attempt_at"])
    # Rows synced before this revision: their sync time is unknown; treat it as now so the
    # retention clock starts rather than purging them at once.
    op.execute("UPDATE signatures SET synced_at = CURRENT_TIMESTAMP WHERE state = 'synced'")


def downgrade() -> None:
    raise RuntimeError("downgrades would drop data; restore a backup instead")
