"""Tests of sync.hub, the server: each starts real hub processes (support.py), on SQLite or PostgreSQL (postgres.py)."""
