"""Alembic environment: always run in-process on a connection the store hands over."""

from __future__ import annotations

from alembic import context

from kiosk.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables safely
)
with context.begin_transaction():
    context.run_migrations()
