"""Alembic migrations of the hub's own schema."""
