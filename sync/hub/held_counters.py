"""What the hub holds, counted as it changes: each device's signatures, and the blobs purged.

Two figures that used to be counted over every signature on each request (issue 26's
"numbers that cost the same at a million rows as at a hundred"):

- A device's figures for ``/v1/totals``: an idle paired kiosk asks every 3 s, and counting
  its rows (and, through a join, its undelivered ones) was a scan of millions of rows per
  kiosk per call at campaign scale. ``hub_count_devices`` keeps, per device:

  - ``repeats``: its signatures that are not counted (a repeat signer's). With the
    dashboard's per-kiosk counters (the counted ones, :mod:`sync.hub.aggregates`) they make
    every signature the device uploaded (:func:`device_figures`), a repeat's too: a repeat
    moves that figure exactly as a new signer does, so it says nothing about who signed
    before (issue 22). Kept apart only so that an upload's counted rows (nearly all of them)
    cost no second counter.
  - ``undelivered``: its signatures with an outbox row (``hub_upstream``) not yet confirmed
    by its target. A repeat's row is queued and settled with its batch like anyone's
    (sync/upstream/riders.py), so this figure carries no membership bit either.

- ``hub_count_purged``, per campaign, for the dashboard's statement of what the hub could
  reveal if seized (:func:`sync.hub.retention.exposure`): signatures whose sealed blob was
  purged after delivery; the kept ones are every signature (``hub_count_totals``) but those.
  Counting them on every dashboard page load was a full scan of the signatures: with three
  dashboards opening at 10^7 signatures on PostgreSQL, three scans of 5.6 GB at once made a
  kiosk's upload 2 to 3.5 times slower.

Both are moved by triggers in the writing transaction, like the dashboard's counters
(:mod:`sync.hub.aggregates`, which creates, drops and recounts these with its own, from
migration h0012 on); a row trigger's condition lets an ordinary upload's signatures by (on
PostgreSQL the repeats are counted once per statement, see _PG_REPEATS).
A signature's other outbox rows are looked up by ``(target, uuid)`` (the outbox's primary
key), over the configured targets: a handful of index probes per row.

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

from sqlalchemy import BigInteger, Column, Connection, MetaData, String, Table, func, inspect, select

metadata = MetaData()

devices = Table("hub_count_devices", metadata,
                Column("device_id", String(36), primary_key=True),
                Column("repeats", BigInteger, nullable=False),
                Column("undelivered", BigInteger, nullable=False))
purged = Table("hub_count_purged", metadata,
               Column("campaign_id", String(100), primary_key=True),
               Column("n", BigInteger, nullable=False))

SQLITE_TRIGGERS = ("hub_count_signature_repeats_in", "hub_count_signature_repeats_out",
                   "hub_count_device_signature_moved", "hub_count_device_upstream_in",
                   "hub_count_device_upstream_out", "hub_count_device_upstream_state",
                   "hub_count_purged_in", "hub_count_purged_out", "hub_count_purged_moved")
PG_TRIGGERS = SQLITE_TRIGGERS


def present(connection: Connection) -> bool:
    """Whether the counters' tables exist (migration h0012 and later)."""
    return inspect(connection).has_table(devices.name)


def _lines(*parts: str) -> str:
    return "\n".join(parts)


def _device_add(postgresql: bool, device: str, repeats: str, undelivered: str, when: str = "TRUE") -> str:
    # "WHERE" makes the SELECT form unambiguous before ON CONFLICT (SQLite's parsing rule); a
    # trigger's INSERT takes no alias on SQLite, and PostgreSQL names the existing row by one.
    alias, row = (" AS t", "t.") if postgresql else ("", "")
    return _lines(f"INSERT INTO hub_count_devices{alias} (device_id, repeats, undelivered) SELECT",
                  f"{device}, {repeats}, {undelivered} WHERE {when}",
                  f"ON CONFLICT (device_id) DO UPDATE SET repeats = {row}repeats + excluded.repeats,",
                  f"undelivered = {row}undelivered + excluded.undelivered;")


def _purged_add(postgresql: bool, campaign: str, delta: str) -> str:
    alias, row = (" AS t", "t.") if postgresql else ("", "")
    return _lines(f"INSERT INTO hub_count_purged{alias} (campaign_id, n) SELECT", f"{campaign}, {delta} WHERE TRUE",
                  f"ON CONFLICT (campaign_id) DO UPDATE SET n = {row}n + excluded.n;")


def _waiting_elsewhere(row: str, among: str) -> str:
    """Whether the signature of ``row`` has a row waiting for another target than ``row``'s
    (probed by primary key, the targets ``among``)."""
    return _lines("EXISTS (SELECT 1 FROM hub_upstream x WHERE", among,
                  f"AND x.target <> {row}.target AND x.uuid = {row}.uuid AND x.state <> 'synced')")


def _device_of(row: str) -> str:
    return _lines("(SELECT device_id FROM hub_signatures WHERE uuid =", f"{row}.uuid)")


_SQLITE_AMONG = "x.target IN (SELECT name FROM hub_upstream_targets)"
_PG_AMONG = "x.target = ANY (targets)"  # an array of the configured targets, made once per firing


def _int(condition: str, postgresql: bool) -> str:
    return f"({condition})::int" if postgresql else f"({condition})"


def _trigger_bodies(postgresql: bool) -> dict[str, tuple[str, str, str]]:
    """Each row trigger's (event, condition, body), the same on both databases but for how a
    boolean becomes a number and the set of targets (a PL/pgSQL array there)."""
    pg = postgresql
    targets = _PG_AMONG if postgresql else _SQLITE_AMONG
    moved = _lines("EXISTS (SELECT 1 FROM hub_upstream x WHERE", targets,
                   "AND x.uuid = NEW.uuid AND x.state <> 'synced')")
    return {
        "hub_count_signature_repeats_in": ("INSERT ON hub_signatures", "NOT NEW.counted",
                                          _device_add(pg, "NEW.device_id", "1", "0")),
        "hub_count_signature_repeats_out": ("DELETE ON hub_signatures", "NOT OLD.counted",
                                           _device_add(pg, "OLD.device_id", "-1", "0")),
        # A repeat counted after all (or the other way), or a signature moved to another device:
        # its share of both figures goes from the old row's device to the new one's.
        "hub_count_device_signature_moved": (
            "UPDATE OF counted, device_id ON hub_signatures",
            "OLD.counted IS DISTINCT FROM NEW.counted OR OLD.device_id IS DISTINCT FROM NEW.device_id",
            _lines(_device_add(pg, "OLD.device_id", f"-{_int('NOT OLD.counted', postgresql)}",
                               f"-{_int(moved, postgresql)}"),
                   _device_add(pg, "NEW.device_id", _int("NOT NEW.counted", postgresql), _int(moved, postgresql)))),
        # The first waiting row of a signature makes it undelivered; the last one settled or
        # removed makes it delivered.
        "hub_count_device_upstream_in": ("INSERT ON hub_upstream", "NEW.state <> 'synced'", _device_add(pg,
            _device_of("NEW"), "0", "1", f"NOT {_waiting_elsewhere('NEW', targets)}")),
        "hub_count_device_upstream_out": ("DELETE ON hub_upstream", "OLD.state <> 'synced'", _device_add(pg,
            _device_of("OLD"), "0", "-1", f"NOT {_waiting_elsewhere('OLD', targets)}")),
        "hub_count_device_upstream_state": (
            "UPDATE OF state ON hub_upstream", "(OLD.state = 'synced') IS DISTINCT FROM (NEW.state = 'synced')",
            _device_add(pg, _device_of("NEW"), "0", "CASE WHEN NEW.state = 'synced' THEN -1 ELSE 1 END",
                        f"NOT {_waiting_elsewhere('NEW', targets)}")),
        "hub_count_purged_in": ("INSERT ON hub_signatures", "NEW.purged_at IS NOT NULL",
                                _purged_add(pg, "NEW.campaign_id", "1")),
        "hub_count_purged_out": ("DELETE ON hub_signatures", "OLD.purged_at IS NOT NULL",
                                 _purged_add(pg, "OLD.campaign_id", "-1")),
        "hub_count_purged_moved": (
            "UPDATE OF purged_at, campaign_id ON hub_signatures",
            "(OLD.purged_at IS NULL) IS DISTINCT FROM (NEW.purged_at IS NULL) "
            "OR OLD.campaign_id IS DISTINCT FROM NEW.campaign_id",
            _lines(_purged_add(pg, "OLD.campaign_id", f"-{_int('OLD.purged_at IS NOT NULL', postgresql)}"),
                   _purged_add(pg, "NEW.campaign_id", _int("NEW.purged_at IS NOT NULL", postgresql)))),
    }


def _sqlite_create(connection: Connection) -> None:
    for name, (event, when, body) in _trigger_bodies(postgresql=False).items():
        connection.exec_driver_sql(_lines(f"CREATE TRIGGER {name} AFTER {event}",
                                          f"WHEN {when.replace('IS DISTINCT FROM', 'IS NOT')} BEGIN", body, "END"))


# PostgreSQL: the outbox's rows waiting for a signature are locked first (see above); an
# upload's own new signatures are locked by nobody else, so that costs it no wait.
_PG_LOCK = "PERFORM 1 FROM hub_signatures WHERE uuid = {row}.uuid FOR NO KEY UPDATE;"


# PostgreSQL: an upload's repeats are counted once per statement, after the dashboard's
# counters (triggers of one kind fire in name order: hub_count_signature_in, then these), so
# every writer takes the counters in one order (the dashboard's, a device's, the outbox's)
# and two uploads from one kiosk never wait on each other in a cycle.
_PG_REPEATS = {"hub_count_signature_repeats_in": ("INSERT", "NEW TABLE AS new_rows", "new_rows", ""),
               "hub_count_signature_repeats_out": ("DELETE", "OLD TABLE AS old_rows", "old_rows", "-")}


def _pg_create(connection: Connection) -> None:
    for name, (event, rows, source, sign) in _PG_REPEATS.items():
        grouped = _lines("SELECT r.device_id,", f"{sign}count(*), 0 FROM", source,
                         "r WHERE NOT r.counted GROUP BY 1 ORDER BY 1")
        add = _lines("INSERT INTO hub_count_devices AS t (device_id, repeats, undelivered)", grouped,
                     "ON CONFLICT (device_id) DO UPDATE SET repeats = t.repeats + excluded.repeats;")
        connection.exec_driver_sql(_lines(f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql",
                                          "AS $fn$ BEGIN", add, "RETURN NULL; END $fn$"))
        connection.exec_driver_sql(f"CREATE TRIGGER {name} AFTER {event} ON hub_signatures REFERENCING {rows} "
                                   f"FOR EACH STATEMENT EXECUTE FUNCTION {name}()")
    for name, (event, when, body) in _trigger_bodies(postgresql=True).items():
        if name in _PG_REPEATS:
            continue
        outbox = "hub_upstream" in event
        row = "OLD" if "DELETE" in event else "NEW"
        prelude = ""
        if outbox or name == "hub_count_device_signature_moved":
            prelude = _lines("targets := ARRAY(SELECT name FROM hub_upstream_targets);",
                             _PG_LOCK.format(row=row) if outbox else "")
        connection.exec_driver_sql(
            f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $fn$\n"
            f"DECLARE targets text[];\nBEGIN\n{prelude}\n{body}\nRETURN NULL;\nEND\n$fn$")
        connection.exec_driver_sql(f"CREATE TRIGGER {name} AFTER {event} FOR EACH ROW WHEN ({when}) "
                                   f"EXECUTE FUNCTION {name}()")


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
    connection.execute(purged.delete())
    # A signature is undelivered when some row of its outbox (for any target) is not confirmed.
    connection.exec_driver_sql(
        "INSERT INTO hub_count_devices (device_id, repeats, undelivered) "
        "SELECT s.device_id, sum(CASE WHEN s.counted THEN 0 ELSE 1 END), count(w.uuid) FROM hub_signatures s "
        "LEFT JOIN (SELECT DISTINCT uuid FROM hub_upstream WHERE state <> 'synced') w ON w.uuid = s.uuid "
        "GROUP BY s.device_id")
    connection.exec_driver_sql("INSERT INTO hub_count_purged (campaign_id, n) SELECT campaign_id, count(*) "
                               "FROM hub_signatures WHERE purged_at IS NOT NULL GROUP BY campaign_id")


def device_figures(connection: Connection, device_id: str) -> tuple[int, int]:
    """(signatures, undelivered) of ``device_id``: every signature it uploaded that the hub
    holds (its counted ones from the per-kiosk counters, and its repeats), and those of them
    some target has not confirmed; (0, 0) for a device with none."""
    from sync.hub.aggregates import kiosks

    counted = connection.scalar(select(func.coalesce(func.sum(kiosks.c.n), 0)).where(
        kiosks.c.device_id == device_id))
    row = connection.execute(select(devices.c.repeats, devices.c.undelivered).where(
        devices.c.device_id == device_id)).first()
    repeats, undelivered = (int(row[0]), int(row[1])) if row is not None else (0, 0)
    return int(counted or 0) + repeats, undelivered


def kept_figures(connection: Connection) -> tuple[int, int]:
    """(kept, purged): signatures whose sealed blob the hub still holds, and those purged."""
    from sync.hub.aggregates import totals

    every = int(connection.scalar(select(func.coalesce(func.sum(totals.c.n), 0))) or 0)
    gone = int(connection.scalar(select(func.coalesce(func.sum(purged.c.n), 0))) or 0)
    return every - gone, gone


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
