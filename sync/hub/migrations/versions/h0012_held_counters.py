"""A device's figures and the purged figure as counters kept by triggers (sync/hub/held_counters.py).

Adds ``hub_count_devices`` (a device's repeats and its signatures not yet delivered, for
``/v1/totals``) and ``hub_count_purged`` (sealed blobs purged after delivery, for the
dashboard's exposure statement), their triggers on ``hub_signatures`` and ``hub_upstream``, and counts
what the hub already holds once (the last full scan these figures need).

Revision ID: h0012_held_counters
Revises: h0011_upstream_attempt_in_doubt
"""

from alembic import op

from sync.hub.held_counters import create_all, drop_all

revision = 'h0012_held_counters'
down_revision = 'h0011_upstream_attempt_in_doubt'
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_all(op.get_bind())


def downgrade() -> None:
    drop_all(op.get_bind())
