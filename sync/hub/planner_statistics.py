"""Keeping PostgreSQL's planner statistics in step with a signatures table that fills in minutes.

A new campaign database has no statistics until autovacuum's first ANALYZE, which comes a
minute or more after the first uploads. Until then the planner takes every value to match
0.5% of the rows, so for the repeat-signer look-up (``campaign_id = … AND email_hash =
ANY(…)``) it read the whole campaign through the index's first column rather than probe
500 hashes: every batch cost more than the one before (at 40,000 rows a look-up took 30 ms,
3 ms once analysed). Once analysed, the plan stays right as the table grows, because the
planner scales its row counts by the table's size; so the hub analyses when the rows
changed since the last ANALYZE reach the rows it had then (and a first time at
:data:`FIRST_ANALYZE_ROWS`): about seven times while a campaign reaches 100,000.

The check reads PostgreSQL's own counters, not this process's, so any number of hub
processes share it; ``SKIP_LOCKED`` lets one of them analyse while the others go on.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine

from sync.hub.database import is_postgresql

FIRST_ANALYZE_ROWS = 1_000
_STALENESS = (
    "SELECT s.n_mod_since_analyze, c.reltuples FROM pg_stat_user_tables s "
    "JOIN pg_class c ON c.oid = s.relid WHERE s.relname = 'hub_signatures' AND s.schemaname = current_schema()"
)


def _stale(connection: Connection) -> bool:
    """Whether ``hub_signatures`` has changed enough since its last ANALYZE to plan badly."""
    found = connection.exec_driver_sql(_STALENESS).first()
    if found is None:
        return False
    changed, rows_then = int(found[0] or 0), float(found[1] or 0)
    return changed >= max(FIRST_ANALYZE_ROWS, rows_then)  # reltuples is -1 before the first ANALYZE


def refresh_if_stale(engine: Engine) -> bool:
    """ANALYZE ``hub_signatures`` when its statistics are stale (PostgreSQL only); whether it ran."""
    if not is_postgresql(engine):
        return False
    with engine.connect() as connection:
        if not _stale(connection):
            return False
        connection.exec_driver_sql("ANALYZE (SKIP_LOCKED) hub_signatures")
        connection.commit()
    return True
