"""Upstream targets in a table of their own, with enums for their kind and state.

They were one JSON list in ``hub_meta`` (``upstream.targets``). The table adds what the
campaign expects of each target: its tags, country and language, and the tags its key could
not create (state ``tags_missing``, named on the dashboard). The upgrade copies every target
over (with the campaign defaults the JSON never held: US, English) and removes the JSON; the
downgrade writes it back.

Revision ID: h0007_upstream_targets
Revises: h0005_retention_purge
"""

import json
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from alembic import op

from kiosk.models import UTCDateTime

revision = 'h0007_upstream_targets'
down_revision = 'h0005_retention_purge'
branch_labels = None
depends_on = None

META_TARGETS = "upstream.targets"
KINDS = ("osdi", "json")
STATES = ("ready", "tags_missing")
# The tunables' defaults (sync/hub/upstream.py), for a target stored without them.
DEFAULTS = {"rate_per_s": 4.0 * 0.92, "backoff_base_s": 2.0, "backoff_cap_s": 300.0, "connect_timeout_s": 10.0,
            "read_timeout_s": 30.0}

_meta = sa.table("hub_meta", sa.column("key", sa.String), sa.column("value", sa.Text))


def _targets_table() -> sa.Table:
    return op.create_table(
        "hub_upstream_targets",
        sa.Column("name", sa.String(length=40), primary_key=True),
        sa.Column("kind", sa.Enum(*KINDS, name="hub_upstream_kind"), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("petition_id", sa.String(length=200), nullable=False, server_default=""),
        sa.Column("ca_bundle", sa.Text(), nullable=False, server_default=""),
        sa.Column("tags", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("country", sa.String(length=2), nullable=False, server_default="US"),
        sa.Column("language", sa.String(length=35), nullable=False, server_default="en"),
        sa.Column("state", sa.Enum(*STATES, name="hub_upstream_state"), nullable=False, server_default="ready"),
        sa.Column("missing_tags", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("rate_per_s", sa.Float(), nullable=False),
        sa.Column("backoff_base_s", sa.Float(), nullable=False),
        sa.Column("backoff_cap_s", sa.Float(), nullable=False),
        sa.Column("connect_timeout_s", sa.Float(), nullable=False),
        sa.Column("read_timeout_s", sa.Float(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )


def upgrade() -> None:
    table = _targets_table()
    connection = op.get_bind()
    raw = connection.execute(sa.select(_meta.c.value).where(_meta.c.key == META_TARGETS)).scalar()
    rows = []
    now = datetime.now(UTC)
    for order, entry in enumerate(json.loads(raw) if raw else []):
        rows.append({
            "name": entry["name"], "kind": entry["kind"], "url": entry["url"],
            "petition_id": entry.get("petition_id", ""), "ca_bundle": entry.get("ca_bundle", ""),
            "tags": json.dumps(list(entry.get("tags", []))), "country": "US", "language": "en", "state": "ready",
            "missing_tags": "[]",
            "created_at": now + timedelta(seconds=order),  # the list's order is the targets' order
            **{name: float(entry.get(name, default)) for name, default in DEFAULTS.items()},
        })
    if rows:
        op.bulk_insert(table, rows)
    connection.execute(sa.delete(_meta).where(_meta.c.key == META_TARGETS))


def downgrade() -> None:
    connection = op.get_bind()
    table = sa.table("hub_upstream_targets", *(sa.column(c) for c in (
        "name", "kind", "url", "petition_id", "ca_bundle", "tags", *DEFAULTS)))
    targets = [{**dict(row._mapping), "tags": json.loads(row.tags)} for row in connection.execute(sa.select(table))]
    if targets:
        connection.execute(sa.insert(_meta).values(key=META_TARGETS, value=json.dumps(targets)))
    op.drop_table("hub_upstream_targets")
    if connection.dialect.name == "postgresql":
        sa.Enum(name="hub_upstream_state").drop(connection, checkfirst=True)
        sa.Enum(name="hub_upstream_kind").drop(connection, checkfirst=True)
