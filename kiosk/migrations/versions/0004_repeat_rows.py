"""A repeat signer's signature is stored as a row of its own, marked ``repeat``.

Every "thank you" now stores a row, so the count a signer or a passer-by sees moves by one
for each of them (issue 22); the mark lets the coordinator's figures count a person once and
keeps the repeat from being sent upstream a second time. Adds a column only.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("signatures") as batch:
        batch.add_column(sa.Column("repeat", sa.Boolean, nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("signatures") as batch:
        batch.drop_column("repeat")
