"""A device row remembers the kiosk it was paired for (``hub_devices.kiosk_id``).

Until this revision every enrollment made a new row: a kiosk that paired again (after a revoke,
or a re-install that kept its database) showed up as "(unnamed)" beside its old revoked row,
and its figures split in two. The kiosk now sends its own id when it enrolls, and the hub gives
the same kiosk its row back. Rows from before keep a null id (the hub never heard it): they
work as before, and such a kiosk's next pairing makes the one row that is reused from then on.

Revision ID: h0010_device_kiosk
Revises: h0009_event_place
"""

import sqlalchemy as sa
from alembic import op

revision = 'h0010_device_kiosk'
down_revision = 'h0009_event_place'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("hub_devices", sa.Column("kiosk_id", sa.String(length=36), nullable=True))
    # Unique, and null for many rows: both SQLite and PostgreSQL let NULLs repeat in a unique index.
    op.create_index("ux_hub_devices_kiosk_id", "hub_devices", ["kiosk_id"], unique=True)


def downgrade() -> None:
    op.drop_index("ux_hub_devices_kiosk_id", table_name="hub_devices")
    if op.get_bind().dialect.name == "sqlite":
        # SQLite (3.35+) drops an unindexed column in place. A batch rebuild would drop and
        # recreate hub_devices, which hub_signatures' foreign key refuses.
        op.execute("ALTER TABLE hub_devices DROP COLUMN kiosk_id")
    else:
        op.drop_column("hub_devices", "kiosk_id")
