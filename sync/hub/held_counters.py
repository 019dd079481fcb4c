"""What the hub holds, counted as it changes: each device's signatures, and the sealed blobs kept.

Two figures that used to be counted over every signature on each request (issue 26's
"numbers that cost the same at a million rows as at a hundred"):

- ``hub_count_devices``, for ``/v1/totals``: an idle paired kiosk asks every 3 s, and counting
  its rows (and, through a join, its undelivered ones) was a scan of millions of rows per
  kiosk per call at campaign scale.

  - ``signatures``: every signature the device uploaded that the hub holds, a repeat
    signer's too. A repeat moves it exactly as a new signer does, so the figure says nothing
    about who signed before (issue 22).
  - ``undelivered``: those of its signatures with an outbox row (``hub_upstream``) not yet
    confirmed by its target. A repeat's row is queued and settled with its batch like
    anyone's (sync/upstream/riders.py), so this figure carries no membership bit either.

- ``hub_count_kept``, for the dashboard's statement of what the hub could reveal if seized
  (:func:`sync.hub.retention.exposure`): signatures whose sealed blob is kept (``purged``
  false) and those purged after delivery. Counting them on every dashboard page load was a
  full scan of the signatures; with three dashboards opening at 10^7 signatures on
  PostgreSQL, three scans of 5.6 GB at once made a kiosk's upload 2 to 3.5 times slower.

Both are moved by triggers in the writing transaction, like the dashboard's counters
(:mod:`sync.hub.aggregates`, which creates, drops and recounts these with its own, from
migration h0012 on). A signature's other outbox rows are looked up by ``(target, uuid)``
(the outbox's primary key) over the configured targets plus the row's own: a handful of
index probes per row.

On PostgreSQL two transactions may settle one signature's rows for two targets at once; each
would see the other's row still waiting (its change not yet committed), and neither would
count the signature delivered. So the outbox triggers first lock the signatures they look at
(``FOR NO KEY UPDATE``, which a foreign-key check's ``KEY SHARE`` does not wait for): the
second waits for the first to commit, and its next statement sees that commit. A writer that
settles several rows in one transaction locks their devices' counters first, in key order
(:func:`lock_devices`), as an upload does before it queues its rows.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import BigInteger, Boolean, Column, Connection, MetaData, String, Table, inspect

metadata = MetaData()

devices = Table("hub_count_devices", metadata,
                Column("device_id", String(36), primary_key=True),
                Column("signatures", BigInteger, nullable=False),
                Column("undelivered", BigInteger, nullable=False))
kept = Table("hub_count_kept", metadata,
             Column("purged", Boolean, primary_key=True),
             Column("n", BigInteger, nullable=False))

SQLITE_TRIGGERS = ("hub_count_device_signature_in", "hub_count_device_signature_out",
                   "hub_count_device_signature_moved", "hub_count_device_upstream_in",
                   "hub_count_device_upstream_out", "hub_count_device_upstream_state",
                   "hub_count_kept_in", "hub_count_kept_out", "hub_count_kept_purged")
PG_TRIGGERS = SQLITE_TRIGGERS


def present(connection: Connection) -> bool:
    """Whether the counters' tables exist (migration h0012 and later)."""
    return inspect(connection).has_table(devices.name)


def _lines(*parts: str) -> str:
    return "\n".join(parts)


# --- SQLite: row by row (one writer at a time) ---------------------------------------------

def _sqlite_device_add(device: str, signatures: str, undelivered: str, when: str = "1") -> str:
    # "WHERE" makes the SELECT form unambiguous before ON CONFLICT (SQLite's parsing rule).
    return (f"INSERT INTO hub_count_devices (device_id, signatures, undelivered) SELECT {device}, {signatures}, "
            f"{undelivered} WHERE {when} ON CONFLICT (device_id) DO UPDATE SET "
            "signatures = signatures + excluded.signatures, undelivered = undelivered + excluded.undelivered;")


def _sqlite_kept_add(purged: str, delta: str) -> str:
    return (f"INSERT INTO hub_count_kept (purged, n) SELECT {purged}, {delta} WHERE 1 "
            "ON CONFLICT (purged) DO UPDATE SET n = n + excluded.n;")


def _sqlite_waiting(uuid: str, also: str = "") -> str:
    """The signature ``uuid``'s outbox rows not yet delivered (probed by primary key, per target)."""
    extra = f" UNION SELECT {also}" if also else ""
    return _lines("(SELECT count(*) FROM hub_upstream x WHERE x.target IN",
                  "(SELECT name FROM hub_upstream_targets", f"{extra})", f"AND x.uuid = {uuid} AND x.state <> 'synced')")


def _sqlite_device(uuid: str) -> str:
    return _lines("(SELECT device_id FROM hub_signatures WHERE uuid =", f"{uuid})")


def _sqlite_create(connection: Connection) -> None:
    waiting_new, waiting_old = _sqlite_waiting("NEW.uuid", "NEW.target"), _sqlite_waiting("OLD.uuid", "OLD.target")
    moved = f"({_sqlite_waiting('NEW.uuid')} > 0)"
    device_new = _sqlite_device("NEW.uuid")
    statements = [
        _lines("CREATE TRIGGER hub_count_device_signature_in AFTER INSERT ON hub_signatures BEGIN",
               _sqlite_device_add("NEW.device_id", "1", "0"), "END"),
        _lines("CREATE TRIGGER hub_count_device_signature_out AFTER DELETE ON hub_signatures BEGIN",
               _sqlite_device_add("OLD.device_id", "-1", "0"), "END"),
        _lines("CREATE TRIGGER hub_count_device_signature_moved AFTER UPDATE OF device_id ON hub_signatures",
               "WHEN OLD.device_id IS NOT NEW.device_id BEGIN",
               _sqlite_device_add("OLD.device_id", "-1", f"-{moved}"), _sqlite_device_add("NEW.device_id", "1", moved),
               "END"),
        # The first waiting row of a signature makes it undelivered; the last one settled or
        # removed makes it delivered.
        _lines("CREATE TRIGGER hub_count_device_upstream_in AFTER INSERT ON hub_upstream",
               "WHEN NEW.state <> 'synced' BEGIN", _sqlite_device_add(device_new, "0", "1", f"{waiting_new} = 1"),
               "END"),
        _lines("CREATE TRIGGER hub_count_device_upstream_out AFTER DELETE ON hub_upstream",
               "WHEN OLD.state <> 'synced' BEGIN",
               _sqlite_device_add(_sqlite_device("OLD.uuid"), "0", "-1", f"{waiting_old} = 0"), "END"),
        _lines("CREATE TRIGGER hub_count_device_upstream_state AFTER UPDATE OF state ON hub_upstream",
               "WHEN (OLD.state = 'synced') IS NOT (NEW.state = 'synced') BEGIN",
               _sqlite_device_add(device_new, "0", "-1", f"NEW.state = 'synced' AND {waiting_new} = 0"),
               _sqlite_device_add(device_new, "0", "1", f"NEW.state <> 'synced' AND {waiting_new} = 1"), "END"),
        _lines("CREATE TRIGGER hub_count_kept_in AFTER INSERT ON hub_signatures BEGIN",
               _sqlite_kept_add("NEW.purged_at IS NOT NULL", "1"), "END"),
        _lines("CREATE TRIGGER hub_count_kept_out AFTER DELETE ON hub_signatures BEGIN",
               _sqlite_kept_add("OLD.purged_at IS NOT NULL", "-1"), "END"),
        _lines("CREATE TRIGGER hub_count_kept_purged AFTER UPDATE OF purged_at ON hub_signatures",
               "WHEN (OLD.purged_at IS NULL) IS NOT (NEW.purged_at IS NULL) BEGIN",
               _sqlite_kept_add("OLD.purged_at IS NOT NULL", "-1"), _sqlite_kept_add("NEW.purged_at IS NOT NULL", "1"),
               "END"),
    ]
    for statement in statements:
        connection.exec_driver_sql(statement)


# --- PostgreSQL: a statement's rows at once where it can (transition tables) ----------------

_PG_DEVICE_ADD = ("INSERT INTO hub_count_devices AS t (device_id, signatures, undelivered) {rows} "
                  "ON CONFLICT (device_id) DO UPDATE SET signatures = t.signatures + EXCLUDED.signatures, "
                  "undelivered = t.undelivered + EXCLUDED.undelivered;")
_PG_KEPT_ADD = ("INSERT INTO hub_count_kept AS t (purged, n) {rows} "
                "ON CONFLICT (purged) DO UPDATE SET n = t.n + EXCLUDED.n;")
# The targets whose rows a signature may have: the configured ones and those of the rows in hand.
_PG_TARGETS = "targets := ARRAY(SELECT name FROM hub_upstream_targets UNION SELECT target FROM {source});"
_PG_WAITING = ("(SELECT count(*) FROM hub_upstream x WHERE x.target = ANY (targets) AND x.uuid = {uuid} "
               "AND x.state <> 'synced')")
# In key order, so two transactions never lock the same signatures in opposite orders.
_PG_LOCK = ("PERFORM 1 FROM hub_signatures s WHERE s.uuid IN (SELECT uuid FROM {source} WHERE state <> 'synced') "
            "ORDER BY s.uuid FOR NO KEY UPDATE OF s;")


def _pg_outbox_change(source: str, sign: str, settled_when: str) -> str:
    """Signatures of ``source`` (a statement's inserted or deleted outbox rows) whose waiting
    rows went from none to some (``sign`` '') or from some to none (``sign`` '-'):
    ``settled_when`` compares the waiting rows now (``w.now``) with those in ``source`` (``w.mine``)."""
    waiting = _PG_WAITING.format(uuid="m.uuid")
    rows = _lines("SELECT s.device_id, 0,", f"{sign}count(*)", "FROM (SELECT m.uuid, m.mine,", waiting, "AS now FROM",
                  "(SELECT uuid, count(*) AS mine FROM", source, "WHERE state <> 'synced' GROUP BY uuid) m) w",
                  "JOIN hub_signatures s ON s.uuid = w.uuid WHERE", settled_when, "GROUP BY 1 ORDER BY 1")
    return _lines(_PG_TARGETS.format(source=source), _PG_LOCK.format(source=source),
                  _PG_DEVICE_ADD.format(rows=rows))


def _pg_function(name: str, body: str, declare: str = "targets text[];") -> str:
    return (f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $fn$\n"
            f"DECLARE {declare}\nBEGIN\n{body}\nRETURN NULL;\nEND\n$fn$")


def _pg_functions() -> dict[str, str]:
    signatures = "SELECT r.device_id, {sign}count(*), 0 FROM {source} r GROUP BY 1 ORDER BY 1"
    kept_rows = "SELECT r.purged_at IS NOT NULL, {sign}count(*) FROM {source} r GROUP BY 1 ORDER BY 1"
    waiting_new = _PG_WAITING.format(uuid="NEW.uuid")
    device_of_new = "SELECT device_id, 0, {delta} FROM hub_signatures WHERE uuid = NEW.uuid"
    state_change = _lines(
        "targets := ARRAY(SELECT name FROM hub_upstream_targets UNION SELECT NEW.target);",
        "PERFORM 1 FROM hub_signatures WHERE uuid = NEW.uuid FOR NO KEY UPDATE;",
        # Now the last waiting row went (delivered), or the first came back (waiting again).
        f"IF NEW.state = 'synced' AND {waiting_new} = 0 THEN",
        _PG_DEVICE_ADD.format(rows=device_of_new.format(delta="-1")),
        f"ELSIF NEW.state <> 'synced' AND {waiting_new} = 1 THEN",
        _PG_DEVICE_ADD.format(rows=device_of_new.format(delta="1")),
        "END IF;")
    moved = _lines(
        "targets := ARRAY(SELECT name FROM hub_upstream_targets);",
        f"IF {waiting_new} > 0 THEN moved := 1; ELSE moved := 0; END IF;",
        _PG_DEVICE_ADD.format(rows="SELECT OLD.device_id, -1, -moved UNION ALL SELECT NEW.device_id, 1, moved "
                                   "ORDER BY 1"))
    return {
        "hub_count_device_signature_in": _PG_DEVICE_ADD.format(rows=signatures.format(sign="", source="new_rows")),
        "hub_count_device_signature_out": _PG_DEVICE_ADD.format(rows=signatures.format(sign="-", source="old_rows")),
        "hub_count_device_signature_moved": moved,
        # Inserted: undelivered now if every waiting row it has is one of these.
        "hub_count_device_upstream_in": _pg_outbox_change("new_rows", "", "w.now = w.mine"),
        # Removed: delivered now if none is left waiting.
        "hub_count_device_upstream_out": _pg_outbox_change("old_rows", "-", "w.now = 0"),
        "hub_count_device_upstream_state": state_change,
        "hub_count_kept_in": _PG_KEPT_ADD.format(rows=kept_rows.format(sign="", source="new_rows")),
        "hub_count_kept_out": _PG_KEPT_ADD.format(rows=kept_rows.format(sign="-", source="old_rows")),
        "hub_count_kept_purged": _PG_KEPT_ADD.format(
            rows="SELECT OLD.purged_at IS NOT NULL, -1 UNION ALL SELECT NEW.purged_at IS NOT NULL, 1 ORDER BY 1"),
    }


def _pg_create(connection: Connection) -> None:
    for name, body in _pg_functions().items():
        declare = "targets text[]; moved int;" if name == "hub_count_device_signature_moved" else "targets text[];"
        connection.exec_driver_sql(_pg_function(name, body, declare))
    statement_level = {"hub_count_device_signature_in": ("INSERT", "hub_signatures", "NEW TABLE AS new_rows"),
                       "hub_count_device_signature_out": ("DELETE", "hub_signatures", "OLD TABLE AS old_rows"),
                       "hub_count_device_upstream_in": ("INSERT", "hub_upstream", "NEW TABLE AS new_rows"),
                       "hub_count_device_upstream_out": ("DELETE", "hub_upstream", "OLD TABLE AS old_rows"),
                       "hub_count_kept_in": ("INSERT", "hub_signatures", "NEW TABLE AS new_rows"),
                       "hub_count_kept_out": ("DELETE", "hub_signatures", "OLD TABLE AS old_rows")}
    for name, (event, table, rows) in statement_level.items():
        connection.exec_driver_sql(f"CREATE TRIGGER {name} AFTER {event} ON {table} REFERENCING {rows} "
                                   f"FOR EACH STATEMENT EXECUTE FUNCTION {name}()")
    row_level = {
        "hub_count_device_signature_moved": ("device_id", "hub_signatures",
                                             "OLD.device_id IS DISTINCT FROM NEW.device_id"),
        "hub_count_device_upstream_state": ("state", "hub_upstream",
                                            "(OLD.state = 'synced') IS DISTINCT FROM (NEW.state = 'synced')"),
        "hub_count_kept_purged": ("purged_at", "hub_signatures",
                                  "(OLD.purged_at IS NULL) IS DISTINCT FROM (NEW.purged_at IS NULL)"),
    }
    for name, (column, table, when) in row_level.items():
        connection.exec_driver_sql(f"CREATE TRIGGER {name} AFTER UPDATE OF {column} ON {table} FOR EACH ROW "
                                   f"WHEN ({when}) EXECUTE FUNCTION {name}()")


def create_triggers(connection: Connection) -> None:
    """Create the triggers that keep these counters current (their tables must exist)."""
    if connection.dialect.name == "postgresql":
        _pg_create(connection)
    else:
        _sqlite_create(connection)


def drop_triggers(connection: Connection) -> None:
    """Drop the triggers (and, on PostgreSQL, their functions); a no-op for those absent."""
    postgresql = connection.dialect.name == "postgresql"
    for name in PG_TRIGGERS if postgresql else SQLITE_TRIGGERS:
        table = "hub_upstream" if "upstream" in name else "hub_signatures"
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}" + (f" ON {table}" if postgresql else ""))
        if postgresql:
            connection.exec_driver_sql(f"DROP FUNCTION IF EXISTS {name}()")


def rebuild(connection: Connection) -> None:
    """Count every figure again from the rows (a full scan: at migration, or to repair)."""
    connection.execute(devices.delete())
    connection.execute(kept.delete())
    # A signature is undelivered when some row of its outbox (for any target) is not confirmed.
    connection.exec_driver_sql(
        "INSERT INTO hub_count_devices (device_id, signatures, undelivered) "
        "SELECT s.device_id, count(*), count(w.uuid) FROM hub_signatures s LEFT JOIN "
        "(SELECT DISTINCT uuid FROM hub_upstream WHERE state <> 'synced') w ON w.uuid = s.uuid GROUP BY s.device_id")
    connection.exec_driver_sql("INSERT INTO hub_count_kept (purged, n) SELECT purged_at IS NOT NULL, count(*) "
                               "FROM hub_signatures GROUP BY 1")


def device_figures(connection: Connection, device_id: str) -> tuple[int, int]:
    """(signatures, undelivered) of ``device_id``: (0, 0) for a device with none."""
    row = connection.execute(devices.select().with_only_columns(devices.c.signatures, devices.c.undelivered)
                             .where(devices.c.device_id == device_id)).first()
    return (int(row[0]), int(row[1])) if row is not None else (0, 0)


def kept_figures(connection: Connection) -> tuple[int, int]:
    """(kept, purged): signatures whose sealed blob the hub still holds, and those purged."""
    by_purged = {bool(p): int(n) for p, n in connection.execute(kept.select())}
    return by_purged.get(False, 0), by_purged.get(True, 0)


def lock_devices(connection: Connection, uuids: Sequence[str]) -> None:
    """PostgreSQL: lock the counters of the devices that uploaded ``uuids``, in key order, before
    a transaction settles their outbox rows one by one (an upload locks its device's counter
    before the outbox's: without this, settling two devices' rows could wait on an upload that
    waits on it). A no-op on SQLite, where one transaction writes at a time."""
    if connection.dialect.name != "postgresql" or not uuids:
        return
    connection.exec_driver_sql(
        "SELECT 1 FROM hub_count_devices WHERE device_id IN (SELECT device_id FROM hub_signatures "
        "WHERE uuid = ANY(%(uuids)s)) ORDER BY device_id FOR UPDATE", {"uuids": list(uuids)})


def create_all(connection: Connection) -> None:
    """The tables, their triggers and their first count (the migration's upgrade)."""
    metadata.create_all(connection)
    create_triggers(connection)
    rebuild(connection)


def drop_all(connection: Connection) -> None:
    """Undo :func:`create_all` (the migration's downgrade)."""
    drop_triggers(connection)
    metadata.drop_all(connection)
