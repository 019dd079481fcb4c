"""Retention at the hub: a purged signature keeps its row, and each purge leaves a record.

``hub_signatures.purged_at`` says when a signature's sealed blob was destroyed (its blob is
then empty; the clear columns and contact hashes stay, so tallies and repeat detection still
work). ``hub_purge_log`` is the record of destruction: how many, per day and event, under
which retention setting; never a name (sync/hub/retention.py).

Revision ID: h0005_retention_purge
Revises: h0004_records_sealed
"""

import sqlalchemy as sa
from alembic import op

from kiosk.models import UTCDateTime

revision = 'h0005_retention_purge'
down_revision = 'h0004_records_sealed'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("hub_signatures") as batch:
        batch.add_column(sa.Column("purged_at", UTCDateTime(), nullable=True))
    op.create_table(
        "hub_purge_log",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("purged_at", UTCDateTime(), nullable=False),
        sa.Column("event", sa.String(length=200), nullable=False, server_default=""),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
    )
    op.create_index("ix_hub_purge_log_purged_at", "hub_purge_log", ["purged_at"])


def downgrade() -> None:
    op.drop_index("ix_hub_purge_log_purged_at", table_name="hub_purge_log")
    op.drop_table("hub_purge_log")
    with op.batch_alter_table("hub_signatures") as batch:
        batch.drop_column("purged_at")
