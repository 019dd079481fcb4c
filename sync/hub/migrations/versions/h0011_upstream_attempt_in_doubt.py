"""An outbox row remembers that a request carrying it went out unanswered (``hub_upstream.attempt_started_at``).

The forwarder writes the time, durably, before it sends a row upstream, and clears it once the
answer is written. A row that still carries it when it is leased again (the process died with
the request in flight, or the connection broke after the request was sent) is in doubt: the
upstream may have recorded it. Before such a row is sent again, the forwarder asks the upstream
whether it has it (sync/hub/in_doubt.py). Null for every row written before this revision:
nothing was in doubt then, as far as the hub can know.

Revision ID: h0011_upstream_attempt_in_doubt
Revises: h0010_device_kiosk
"""

import sqlalchemy as sa
from alembic import op

from kiosk.models import UTCDateTime

revision = 'h0011_upstream_attempt_in_doubt'
down_revision = 'h0010_device_kiosk'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("hub_upstream", sa.Column("attempt_started_at", UTCDateTime(), nullable=True))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # SQLite (3.35+) drops an unindexed column in place; a batch rebuild would recreate the table.
        op.execute("ALTER TABLE hub_upstream DROP COLUMN attempt_started_at")
    else:
        op.drop_column("hub_upstream", "attempt_started_at")
