"""The event's place, kept in clear beside the event so the forwarder can send it upstream.

Adds ``hub_signatures.event_place`` (empty on every row stored before: those kiosks' uploads
did not carry it). It is a clear column like ``event`` and is checked for the same shape at
upload (sync/hub/clear_columns.py). No row is changed or lost.

The dashboard's triggers on ``hub_signatures`` (migration h0008) are kept: adding a column is
an ``ALTER TABLE`` in place on both SQLite and PostgreSQL. Dropping it on SQLite rebuilds the
table, which would drop them, so the downgrade takes them down and puts them back around it.

Revision ID: h0009_event_place
Revises: h0008_dashboard_aggregates
"""

import sqlalchemy as sa
from alembic import op

from sync.hub.aggregates import create_triggers, drop_triggers

revision = 'h0009_event_place'
down_revision = 'h0008_dashboard_aggregates'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("hub_signatures",
                  sa.Column("event_place", sa.String(length=200), nullable=False, server_default=""))


def downgrade() -> None:
    bind = op.get_bind()
    drop_triggers(bind)
    with op.batch_alter_table("hub_signatures") as batch:
        batch.drop_column("event_place")
    create_triggers(bind)
