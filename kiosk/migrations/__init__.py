"""Alembic migrations of the kiosk database (run at every start, never drop unsynced rows)."""
