"""Records kept as they were sealed: the text-message consent becomes a clear column.

From this revision the hub stores each record as the HPKE blob it was sealed into (a kiosk's,
as received; a clear upload's, sealed once at ingest) and no longer puts the consent inside a
payload of its own. So the text-message consent, which until now travelled only inside the
hub's AES-sealed payload, gets clear columns beside the email one, as on the kiosk.

No row is changed or lost: rows stored before this revision keep their AES-GCM blobs, which
the hub still opens by their version byte (sync/hub/context.py), and their ``consent_sms``
stays NULL, meaning "inside the sealed payload" (sync/hub/opening.py reads it from there).

Revision ID: h0004_records_sealed
Revises: h0003_login_source
"""

import sqlalchemy as sa
from alembic import op

revision = 'h0004_records_sealed'
down_revision = 'h0003_login_source'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("hub_signatures") as batch:
        batch.add_column(sa.Column("consent_sms", sa.Boolean(), nullable=True))
        batch.add_column(sa.Column("consent_sms_sha256", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("hub_signatures") as batch:
        batch.drop_column("consent_sms_sha256")
        batch.drop_column("consent_sms")
