"""The outbox's due index holds the lease order whole: ``(target, state, next_attempt_at, uuid)``.

A lease takes the first due rows ``ORDER BY next_attempt_at, uuid`` (sync/hub/leases.py).
With ``uuid`` missing from the index, the database read and sorted every waiting row of the
target to find the first few: at 10^6 rows waiting on PostgreSQL, 1.15 s a lease (124,581
blocks read, a 60 MB sort on disk, EXPLAIN ANALYZE), on every forwarding pass while a target
is down. With it, the index is read in order and the scan stops at the batch's size: 0.58 ms
for a lease of 200 on the same rows.

Revision ID: h0013_upstream_due_lease_order
Revises: h0012_held_counters
"""

from alembic import op

revision = 'h0013_upstream_due_lease_order'
down_revision = 'h0012_held_counters'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_hub_upstream_due", table_name="hub_upstream")
    op.create_index("ix_hub_upstream_due", "hub_upstream", ["target", "state", "next_attempt_at", "uuid"])


def downgrade() -> None:
    op.drop_index("ix_hub_upstream_due", table_name="hub_upstream")
    op.create_index("ix_hub_upstream_due", "hub_upstream", ["target", "state", "next_attempt_at"])
