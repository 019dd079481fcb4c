"""The dashboard's figures as counters kept by triggers (sync/hub/aggregates.py).

Adds ``hub_count_totals``, ``hub_count_kiosks``, ``hub_count_events``, ``hub_count_hours``,
``hub_count_upstream`` and ``hub_upstream_errors``, the triggers on ``hub_signatures`` and
``hub_upstream`` that move them in the writing transaction, and counts what the hub already
holds once (the last full scan the dashboard needs).

Revision ID: h0008_dashboard_aggregates
Revises: h0007_upstream_targets
"""

from alembic import op

from sync.hub.aggregates import create_all, drop_all

revision = 'h0008_dashboard_aggregates'
down_revision = 'h0007_upstream_targets'
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_all(op.get_bind())


def downgrade() -> None:
    drop_all(op.get_bind())
