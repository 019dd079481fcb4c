"""The dashboard's figures kept as counters, updated by the database in the upload's own transaction.

At a million signatures, recounting per kiosk, per event and per hour on every view took
7.7 s a request, and a dashboard polling it slowed every kiosk's upload (issue 26). Here each
figure is a row in a small table, moved by triggers on ``hub_signatures`` and ``hub_upstream``:
a signature is counted in the same transaction that stores it, so a kill -9 at any moment
leaves the counters and the rows in agreement (both committed, or neither), and a refresh
reads a few dozen rows whatever the campaign's size.

Triggers rather than Python: every writer (the upload, the forwarder, a new upstream target
queueing what the hub holds, retention) moves the figures without knowing about them, and
several hub processes on one PostgreSQL agree without talking to each other. On PostgreSQL the
insert triggers run once per statement over its transition table (a 500-row COPY is one
grouped update per figure, in key order, so two uploads never lock counters in opposite order)
and every change also sends ``NOTIFY petition_hub``, which the live pages listen for
(:mod:`sync.hub.live`).

Counts only, never a name. The per-kiosk, per-event, per-hour and upstream figures count the
*counted* signatures (a repeat signer once), like the tallies; ``hub_count_totals`` keeps both.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import BigInteger, Boolean, Column, Connection, MetaData, String, Table
from sqlalchemy.types import TypeEngine

from sync.hub import held_counters

CHANNEL = "petition_hub"  # PostgreSQL NOTIFY channel: "the hub's figures changed"

metadata = MetaData()


def _figure(name: str, **key: TypeEngine[Any]) -> Table:
    """A figure's counters: one row per value of ``key`` (the primary key), with the count the triggers move."""
    return Table(name, metadata, *(Column(column, kind, primary_key=True) for column, kind in key.items()),
                 Column("n", BigInteger, nullable=False))


totals = _figure("hub_count_totals", campaign_id=String(100), counted=Boolean())
kiosks = _figure("hub_count_kiosks", campaign_id=String(100), device_id=String(36))
events = _figure("hub_count_events", campaign_id=String(100), event=String(200))
hours = _figure("hub_count_hours", campaign_id=String(100), hour=String(16))  # UTC, "YYYY-MM-DDTHH:00"
upstream = _figure("hub_count_upstream", target=String(40), state=String(16))
# A target's latest error, until something is delivered to it again.
upstream_errors = Table("hub_upstream_errors", metadata,
                        Column("target", String(40), primary_key=True),
                        Column("last_error", String(64), nullable=True))

TABLES = (totals, kiosks, events, hours, upstream, upstream_errors)

_SQLITE_HOUR = "strftime('%Y-%m-%dT%H:00', {row}.signed_at)"
_PG_HOUR = "to_char(date_trunc('hour', {row}.signed_at), 'YYYY-MM-DD\"T\"HH24:00')"

# (table, key columns, key expressions over a signature row {row}, counted signatures only)
_SIGNATURE_FIGURES = (
    ("hub_count_totals", ("campaign_id", "counted"), ("{row}.campaign_id", "{row}.counted"), False),
    ("hub_count_kiosks", ("campaign_id", "device_id"), ("{row}.campaign_id", "{row}.device_id"), True),
    ("hub_count_events", ("campaign_id", "event"), ("{row}.campaign_id", "{row}.event"), True),
    ("hub_count_hours", ("campaign_id", "hour"), ("{row}.campaign_id", "{hour}"), True),
)

SQLITE_TRIGGERS = ("hub_count_signature_in", "hub_count_signature_out", "hub_count_signature_recount",
                   "hub_count_upstream_in", "hub_count_upstream_out", "hub_count_upstream_state",
                   "hub_count_upstream_error")
# PostgreSQL also tells the live pages when a device pairs, is revoked or reports its backlog.
PG_TRIGGERS = (*SQLITE_TRIGGERS, "hub_notify_devices")


def _table_of(trigger: str) -> str:
    if "device" in trigger:
        return "hub_devices"
    return "hub_signatures" if "signature" in trigger else "hub_upstream"


_CLEAR_ERROR_ON_DELIVERY = ("UPDATE hub_upstream_errors SET last_error = NULL "
                            "WHERE target = NEW.target AND NEW.state = 'synced' AND last_error IS NOT NULL;")


def _sql(*parts: str) -> str:
    """Fixed names and clauses joined into one statement (no value ever goes in: they are bound)."""
    return "\n".join(parts)


def _sqlite_upsert(table: str, keys: tuple[str, ...], values: tuple[str, ...], delta: str, when: str) -> str:
    # "WHERE" makes the SELECT form unambiguous before ON CONFLICT (SQLite's parsing rule).
    return (f"INSERT INTO {table} ({', '.join(keys)}, n) SELECT {', '.join(values)}, {delta} WHERE {when} "
            f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET n = n + excluded.n;")


def _sqlite_signature_body(row: str, sign: str) -> str:
    parts = []
    for table, keys, exprs, counted_only in _SIGNATURE_FIGURES:
        values = tuple(e.format(row=row, hour=_SQLITE_HOUR.format(row=row)) for e in exprs)
        parts.append(_sqlite_upsert(table, keys, values, f"{sign}1", f"{row}.counted" if counted_only else "1"))
    return "\n".join(parts)


def _sqlite_upstream_body(row: str, sign: str) -> str:
    counted = _sql("(SELECT counted FROM hub_signatures WHERE uuid =", f"{row}.uuid)")
    return _sqlite_upsert("hub_count_upstream", ("target", "state"), (f"{row}.target", f"{row}.state"),
                          f"{sign}1", f"coalesce({counted}, 0)")


def _sqlite_create(connection: Connection) -> None:
    statements = [
        f"CREATE TRIGGER hub_count_signature_in AFTER INSERT ON hub_signatures BEGIN\n"
        f"{_sqlite_signature_body('NEW', '+')}\nEND",
        f"CREATE TRIGGER hub_count_signature_out AFTER DELETE ON hub_signatures BEGIN\n"
        f"{_sqlite_signature_body('OLD', '-')}\nEND",
        f"CREATE TRIGGER hub_count_signature_recount AFTER UPDATE OF counted, event, device_id, signed_at, "
        f"campaign_id ON hub_signatures BEGIN\n"
        f"{_sqlite_signature_body('OLD', '-')}\n{_sqlite_signature_body('NEW', '+')}\nEND",
        f"CREATE TRIGGER hub_count_upstream_in AFTER INSERT ON hub_upstream BEGIN\n"
        f"{_sqlite_upstream_body('NEW', '+')}\nEND",
        f"CREATE TRIGGER hub_count_upstream_out AFTER DELETE ON hub_upstream BEGIN\n"
        f"{_sqlite_upstream_body('OLD', '-')}\nEND",
        _sql("CREATE TRIGGER hub_count_upstream_state AFTER UPDATE OF state ON hub_upstream",
             "WHEN OLD.state IS NOT NEW.state BEGIN", _sqlite_upstream_body("OLD", "-"),
             _sqlite_upstream_body("NEW", "+"),
             # A delivery clears the target's last error: the latest news is that it works.
             _CLEAR_ERROR_ON_DELIVERY, "END"),
        "CREATE TRIGGER hub_count_upstream_error AFTER UPDATE OF last_error ON hub_upstream "
        "WHEN NEW.last_error IS NOT NULL AND NEW.last_error IS NOT OLD.last_error BEGIN\n"
        "INSERT INTO hub_upstream_errors (target, last_error) VALUES (NEW.target, NEW.last_error) "
        "ON CONFLICT (target) DO UPDATE SET last_error = excluded.last_error;\nEND",
    ]
    for statement in statements:
        connection.exec_driver_sql(statement)


def _pg_grouped(table: str, keys: tuple[str, ...], exprs: tuple[str, ...], source: str, sign: str,
                where: str) -> str:
    values = [e.format(row="r", hour=_PG_HOUR.format(row="r")) for e in exprs]
    groups = ", ".join(str(i + 1) for i in range(len(keys)))
    return _sql("INSERT INTO", table, f"AS t ({', '.join(keys)}, n)", "SELECT", ", ".join(values),
                f", {sign}count(*) FROM", source, "r", where, "GROUP BY", groups, "ORDER BY", groups,
                f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET n = t.n + EXCLUDED.n;")


def _pg_signature_statements(source: str, sign: str) -> str:
    return "\n".join(_pg_grouped(table, keys, exprs, source, sign, "WHERE r.counted" if counted_only else "")
                     for table, keys, exprs, counted_only in _SIGNATURE_FIGURES)


def _pg_upstream_statement(source: str, sign: str) -> str:
    return _sql("INSERT INTO hub_count_upstream AS t (target, state, n) SELECT r.target, r.state,",
                f"{sign}count(*) FROM", source, "r JOIN hub_signatures s ON s.uuid = r.uuid WHERE s.counted",
                "GROUP BY 1, 2 ORDER BY 1, 2 ON CONFLICT (target, state) DO UPDATE SET n = t.n + EXCLUDED.n;")


def _pg_function(name: str, body: str) -> str:
    return (f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $fn$\nBEGIN\n{body}\n"
            f"PERFORM pg_notify('{CHANNEL}', '');\nRETURN NULL;\nEND\n$fn$")


def _pg_create(connection: Connection) -> None:
    row_rows = "(SELECT OLD.*) "  # one row as a relation, for the row-level triggers
    functions = {
        "hub_count_signature_in": _pg_signature_statements("new_rows", ""),
        "hub_count_signature_out": _pg_signature_statements("old_rows", "-"),
        "hub_count_signature_recount": _pg_signature_statements(row_rows, "-") + "\n"
        + _pg_signature_statements("(SELECT NEW.*) ", ""),
        "hub_count_upstream_in": _pg_upstream_statement("new_rows", ""),
        "hub_count_upstream_out": _pg_upstream_statement("old_rows", "-"),
        "hub_count_upstream_state": _sql(_pg_upstream_statement(row_rows, "-"),
                                         _pg_upstream_statement("(SELECT NEW.*) ", ""),
                                         "IF NEW.state = 'synced' THEN", _CLEAR_ERROR_ON_DELIVERY, "END IF;"),
        "hub_count_upstream_error": "INSERT INTO hub_upstream_errors (target, last_error) "
        "VALUES (NEW.target, NEW.last_error) ON CONFLICT (target) DO UPDATE SET last_error = EXCLUDED.last_error;",
    }
    functions["hub_notify_devices"] = ""
    for name, body in functions.items():
        connection.exec_driver_sql(_pg_function(name, body))
    triggers = [
        "CREATE TRIGGER hub_count_signature_in AFTER INSERT ON hub_signatures REFERENCING NEW TABLE AS new_rows "
        "FOR EACH STATEMENT EXECUTE FUNCTION hub_count_signature_in()",
        "CREATE TRIGGER hub_count_signature_out AFTER DELETE ON hub_signatures REFERENCING OLD TABLE AS old_rows "
        "FOR EACH STATEMENT EXECUTE FUNCTION hub_count_signature_out()",
        "CREATE TRIGGER hub_count_signature_recount AFTER UPDATE OF counted, event, device_id, signed_at, "
        "campaign_id ON hub_signatures FOR EACH ROW WHEN ((OLD.counted, OLD.event, OLD.device_id, OLD.signed_at, "
        "OLD.campaign_id) IS DISTINCT FROM (NEW.counted, NEW.event, NEW.device_id, NEW.signed_at, NEW.campaign_id)) "
        "EXECUTE FUNCTION hub_count_signature_recount()",
        "CREATE TRIGGER hub_count_upstream_in AFTER INSERT ON hub_upstream REFERENCING NEW TABLE AS new_rows "
        "FOR EACH STATEMENT EXECUTE FUNCTION hub_count_upstream_in()",
        "CREATE TRIGGER hub_count_upstream_out AFTER DELETE ON hub_upstream REFERENCING OLD TABLE AS old_rows "
        "FOR EACH STATEMENT EXECUTE FUNCTION hub_count_upstream_out()",
        "CREATE TRIGGER hub_count_upstream_state AFTER UPDATE OF state ON hub_upstream FOR EACH ROW "
        "WHEN (OLD.state IS DISTINCT FROM NEW.state) EXECUTE FUNCTION hub_count_upstream_state()",
        "CREATE TRIGGER hub_count_upstream_error AFTER UPDATE OF last_error ON hub_upstream FOR EACH ROW "
        "WHEN (NEW.last_error IS NOT NULL AND NEW.last_error IS DISTINCT FROM OLD.last_error) "
        "EXECUTE FUNCTION hub_count_upstream_error()",
        "CREATE TRIGGER hub_notify_devices AFTER INSERT OR UPDATE OR DELETE ON hub_devices FOR EACH STATEMENT "
        "EXECUTE FUNCTION hub_notify_devices()",
    ]
    for statement in triggers:
        connection.exec_driver_sql(statement)


def create_triggers(connection: Connection) -> None:
    """Create the triggers that keep the counters current (a device's own too, from h0012)."""
    if connection.dialect.name == "postgresql":
        _pg_create(connection)
    else:
        _sqlite_create(connection)
    if held_counters.present(connection):
        held_counters.create_triggers(connection)


def drop_triggers(connection: Connection) -> None:
    """Drop the counters' triggers (and, on PostgreSQL, their functions)."""
    postgresql = connection.dialect.name == "postgresql"
    for name in PG_TRIGGERS if postgresql else SQLITE_TRIGGERS:
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}" + (f" ON {_table_of(name)}" if postgresql else ""))
        if postgresql:
            connection.exec_driver_sql(f"DROP FUNCTION IF EXISTS {name}()")
    held_counters.drop_triggers(connection)


def rebuild(connection: Connection) -> None:
    """Count every figure again from the rows (a full scan: at migration, or to repair)."""
    hour = _PG_HOUR if connection.dialect.name == "postgresql" else _SQLITE_HOUR
    for figures in TABLES:
        connection.execute(figures.delete())
    for name, keys, exprs, counted_only in _SIGNATURE_FIGURES:
        values = ", ".join(e.format(row="r", hour=hour.format(row="r")) for e in exprs)
        groups = ", ".join(str(i + 1) for i in range(len(keys)))
        connection.exec_driver_sql(_sql("INSERT INTO", name, f"({', '.join(keys)}, n) SELECT", values,
                                        ", count(*) FROM hub_signatures r", "WHERE r.counted" if counted_only else "",
                                        "GROUP BY", groups))
    connection.exec_driver_sql("INSERT INTO hub_count_upstream (target, state, n) SELECT u.target, u.state, count(*) "
                               "FROM hub_upstream u JOIN hub_signatures s ON s.uuid = u.uuid WHERE s.counted "
                               "GROUP BY u.target, u.state")
    connection.exec_driver_sql("INSERT INTO hub_upstream_errors (target, last_error) SELECT target, max(last_error) "
                               "FROM hub_upstream WHERE state = 'pending' AND last_error IS NOT NULL GROUP BY target")
    if held_counters.present(connection):
        held_counters.rebuild(connection)


def triggers_present(connection: Connection) -> bool:
    """Whether every counter trigger exists (a later migration that rebuilt a SQLite table drops them)."""
    if connection.dialect.name == "postgresql":
        query = "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"
    else:
        query = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
    found = {str(row[0]) for row in connection.exec_driver_sql(query)}
    wanted = set(PG_TRIGGERS if connection.dialect.name == "postgresql" else SQLITE_TRIGGERS)
    if held_counters.present(connection):
        wanted |= set(held_counters.PG_TRIGGERS if connection.dialect.name == "postgresql"
                      else held_counters.SQLITE_TRIGGERS)
    return wanted <= found


def ensure_counters(connection: Connection) -> bool:
    """Put back missing triggers and recount (True if it had to); a no-op when all is in place."""
    if triggers_present(connection):
        return False
    drop_triggers(connection)
    create_triggers(connection)
    rebuild(connection)
    return True


def create_all(connection: Connection) -> None:
    """The counter tables, their triggers and their first count (the migration's upgrade)."""
    metadata.create_all(connection)
    create_triggers(connection)
    rebuild(connection)


def drop_all(connection: Connection) -> None:
    """Undo :func:`create_all` (the migration's downgrade)."""
    drop_triggers(connection)
    metadata.drop_all(connection)

