"""PostgreSQL: a counted person is unique per campaign (contact-hash indexes become unique, partial).

Several hub workers write batches at once there. Two uploads of one person at the same
moment each missed the other's uncommitted row in the repeat look-up, and both were counted
(sync/hub/ingest.py, ``_insert_pg``). With these indexes the second one collides instead.

Rows counted twice by that race before this revision are settled first: of a person's
counted rows, the first received stays counted. Their upstream items are left as they are:
what has been delivered upstream cannot be taken back from here. SQLite is unchanged: it
writes one batch at a time.

Revision ID: h0002
Revises: h0001
"""

from alembic import op

revision = 'h0002'
down_revision = 'h0001'
branch_labels = None
depends_on = None

_CONTACTS = (("email_hash", "email"), ("phone_hash", "phone"))


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for column, kind in _CONTACTS:
        op.execute(f"""
            UPDATE hub_signatures later SET counted = false
            WHERE later.counted AND later.{column} IS NOT NULL AND EXISTS (
                SELECT 1 FROM hub_signatures earlier
                WHERE earlier.campaign_id = later.campaign_id AND earlier.{column} = later.{column}
                  AND earlier.counted AND (earlier.received_at, earlier.uuid) < (later.received_at, later.uuid))
        """)  # noqa: S608 - fixed column names
        op.create_index(f"ux_hub_signatures_counted_{kind}", "hub_signatures", ["campaign_id", column],
                        unique=True, postgresql_where="counted")
        op.drop_index(f"ix_hub_signatures_{kind}", table_name="hub_signatures")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for column, kind in _CONTACTS:
        op.create_index(f"ix_hub_signatures_{kind}", "hub_signatures", ["campaign_id", column])
        op.drop_index(f"ux_hub_signatures_counted_{kind}", table_name="hub_signatures")
