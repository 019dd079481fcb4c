"""Alembic environment of the hub: run in-process on a connection the hub hands over."""

from __future__ import annotations

from alembic import context

from sync.hub.models import HubBase

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=HubBase.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    version_table="hub_alembic_version",
)
with context.begin_transaction():
    context.run_migrations()
