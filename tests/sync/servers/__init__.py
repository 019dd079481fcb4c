"""Loopback test servers that behave like the real sync targets, each backed by SQLite."""
