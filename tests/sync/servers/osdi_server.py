"""An Action Network-like record-signature helper backed by SQLite.

Behaves like the facts in shared/reference/action-network.md: ``OSDI-API-Token`` auth,
people matched by email or phone (a match is updated, never duplicated), one signature per
person per petition (a repeat answers with the existing signature), HAL-ish answers with an
``action_network:`` identifier, and HTTP 429 for a token above 4 requests in any second.

Two helpers, each as its documentation says (the reference's "Statuses at the record signature
helper"), strictly, so a test fails whenever a decliner could end up subscribed:
- the **record-signature helper** (``POST /petitions/{id}/signatures/``) takes ``subscribed``
  as its only status: any other status (``unsubscribed`` included) is ignored, as if none was
  sent, so a person new to the list is subscribed by default;
- the **person signup helper** (``POST /people/``) takes ``subscribed`` and ``unsubscribed``.
The signatures collection (``GET /petitions/{id}/signatures``) reads back what was recorded,
25 a page, oldest first, each signature with the identifiers it was first sent with; it honours
``filter=modified_date gt '<time>'`` and nothing else.
Tags (``/tags``): ``add_tags`` applies only tags that exist; ``GET /tags`` lists them 25 a page;
``POST /tags`` creates one, for a group key only (a user key, :meth:`OsdiApp.add_user_key`,
gets 403). Each signature keeps its ``action_date``, source code and the person's custom
fields and postal fields, for tests to read.

List membership follows the reference's "Subscription status" section exactly:
- email: a person new to the email list is ``subscribed`` when no status is sent, and gets
  the sent status otherwise; someone already on the list keeps their status unless one is
  sent, and then takes it;
- mobile: a person new to the mobile list is ``unsubscribed`` unless ``subscribed`` is sent;
  someone already on it keeps their status unless one is sent.
Every status the kiosk sent (or left out) is kept in :attr:`OsdiApp.sent`, so a test can
print exactly what went over the wire for each signer.
"""

from __future__ import annotations

import json
import re
import threading
import time
import uuid as uuid_module
from collections import deque
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.sync.servers.base import Fault, RequestHandler, RunningServer, ServerApp

API_PREFIX = "/api/v2"
RATE_LIMIT = 4
WINDOW_S = 1.0
STATUSES = ("subscribed", "unsubscribed")
SIGNATURE_HELPER_STATUSES = ("subscribed",)  # "no other status fields are valid at this endpoint"
TAGS_PAGE = 25
SIGNATURES_PAGE = 25  # "Collections page at 25 items"
# What a person new to each list becomes when the POST carries no status.
NEW_EMAIL_DEFAULT = "subscribed"
NEW_MOBILE_DEFAULT = "unsubscribed"


@dataclass(frozen=True)
class SentStatuses:
    """What one accepted POST said about list membership (None: no status was sent)."""

    identifier: str  # our ``petition_kiosk:<uuid>`` (a person signup: ``person:<email or phone>``)
    email_sent: bool
    email_status: str | None
    phone_sent: bool
    phone_status: str | None


class OsdiApp(ServerApp):
    """The server's behaviour."""

    def __init__(self, db_path: Path, token: str, petition_id: str) -> None:
        super().__init__(db_path, token)
        self.petition_id = petition_id
        self.rate_lock = threading.Lock()
        self.recent: dict[str, deque[float]] = {}
        self.reject_domain = "bounce.example.net"
        self.bodies: list[dict[str, Any]] = []  # the signature helper's
        self.signup_bodies: list[dict[str, Any]] = []  # the person signup helper's
        self.sent: list[SentStatuses] = []
        self.gets = 0  # petitions read (the probe of a batch of repeat signers' signatures)
        self.signature_reads = 0  # pages of the signatures collection read back
        self.refuse_reads = 0  # the next this many read-back pages are answered 429
        self.signature_requests = 0  # every request to the record-signature helper, whatever its answer
        self.group_tokens = {token}  # keys that may create tags
        self.rate_limit = RATE_LIMIT
        self.signups: list[SentStatuses] = []  # what each person signup said
        self.tags_created: list[str] = []
        self.lock_tags = threading.Lock()

    def add_user_key(self, token: str) -> None:
        """A user's API key: it records signatures, and cannot create tags."""
        self.tokens.add(token)

    def add_tag(self, name: str) -> None:
        """A tag a coordinator made on the list before the kiosk synced."""
        with self.db_lock:
            self.db.execute("INSERT OR IGNORE INTO tags (name) VALUES (?)", (name,))

    def tag_names(self) -> list[str]:
        with self.db_lock:
            return [r[0] for r in self.db.execute("SELECT name FROM tags ORDER BY rowid")]

    def signature_rows(self) -> list[dict[str, Any]]:
        """Every signature with what it carried (action_date, source) and its person's fields."""
        with self.db_lock:
            cursor = self.db.execute("SELECT s.identifiers, s.source, s.action_date, p.* FROM signatures s "
                                     "JOIN people p ON p.id = s.person_id")
            names = [d[0] for d in cursor.description]
            found = []
            for row in cursor:
                entry = dict(zip(names, row, strict=True))
                ours = [i.split(":", 1)[1] for i in json.loads(entry["identifiers"]) if i.startswith("petition_kiosk:")]
                entry["uuid"] = ours[0] if ours else ""
                entry["custom_fields"] = json.loads(entry["custom_fields"])
                entry["postal"] = json.loads(entry["postal"])
                entry["tags"] = json.loads(entry["tags"])
                found.append(entry)
            return found

    def create_schema(self) -> None:
        self.db.execute("CREATE TABLE IF NOT EXISTS people (id TEXT PRIMARY KEY, given_name TEXT, family_name TEXT, "
                        "email TEXT, phone TEXT, email_status TEXT, phone_status TEXT, postal_code TEXT, "
                        "languages TEXT, tags TEXT, custom_fields TEXT DEFAULT '{}', postal TEXT DEFAULT '{}')")
        self.db.execute("CREATE TABLE IF NOT EXISTS tags (name TEXT PRIMARY KEY)")
        self.db.execute("CREATE TABLE IF NOT EXISTS signatures (id TEXT PRIMARY KEY, person_id TEXT, petition_id TEXT,"
                        " identifiers TEXT, source TEXT, created REAL, action_date TEXT, modified REAL,"
                        " UNIQUE (person_id, petition_id))")

    # -- what tests read ------------------------------------------------------------------

    def kiosk_ids(self) -> list[str]:
        """Our UUIDs on the server's signatures (``petition_kiosk:<uuid>``), one per signature."""
        with self.db_lock:
            rows = self.db.execute("SELECT identifiers FROM signatures WHERE petition_id = ?", (self.petition_id,))
            found = []
            for (identifiers,) in rows:
                ours = [i.split(":", 1)[1] for i in json.loads(identifiers) if i.startswith("petition_kiosk:")]
                found.append(ours[0])
            return found

    def signature_count(self) -> int:
        with self.db_lock:
            return int(self.db.execute("SELECT count(*) FROM signatures").fetchone()[0])

    def people(self) -> list[dict[str, Any]]:
        with self.db_lock:
            cursor = self.db.execute("SELECT * FROM people")
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor]

    def add_person(self, email: str = "", phone: str = "", email_status: str = "",
                   phone_status: str = "") -> None:
        """Someone already on the group's lists before the kiosk synced (a test's starting list)."""
        with self.db_lock:
            self.db.execute("INSERT INTO people (id, given_name, family_name, email, phone, email_status, phone_status,"
                            " postal_code, languages, tags) VALUES (?, '', '', ?, ?, ?, ?, '', '[]', '[]')",
                            (str(uuid_module.uuid4()), email, phone, email_status, phone_status))

    def person_by_kiosk_id(self, record_id: str) -> dict[str, Any]:
        """The person whose signature carries our UUID (as the group's list shows them)."""
        with self.db_lock:
            for person_id, identifiers in self.db.execute("SELECT person_id, identifiers FROM signatures"):
                if f"petition_kiosk:{record_id}" in json.loads(identifiers):
                    cursor = self.db.execute("SELECT * FROM people WHERE id = ?", (person_id,))
                    names = [d[0] for d in cursor.description]
                    return dict(zip(names, cursor.fetchone(), strict=True))
        raise KeyError(record_id)

    def too_many_requests(self) -> int:
        return self.statuses().count(429)

    # -- the helper ------------------------------------------------------------------------

    def _over_limit(self, token: str) -> bool:
        now = time.monotonic()
        with self.rate_lock:
            window = self.recent.setdefault(token, deque())
            while window and now - window[0] >= WINDOW_S:
                window.popleft()
            if len(window) >= self.rate_limit:
                return True
            window.append(now)
            return False

    def _refused_at_the_door(self, handler: RequestHandler, headers: dict[str, str], fault: Fault | None) -> bool:
        """The API key and the rate limit, checked first on every request as Action Network does."""
        token = headers.get("osdi-api-token", "")
        if token not in self.tokens:
            self.record(401, fault)
            handler.answer(401, {"error": "API Key invalid or not present"})
            return True
        if self._over_limit(token):
            self.record(429, fault)
            handler.answer(429, {"error": "too many requests"}, extra_headers={"Retry-After": "1"})
            return True
        return False

    def _read_fault(self) -> tuple[Fault | None, dict[str, Any]]:
        """The next fault for a read of the petition: only one a read can meet (a 500, a 429,
        a hang); a fault about a write (reset after commit, a bad 200) waits for the next POST."""
        with self.faults.lock:
            head = self.faults.queue[0] if self.faults.queue else None
        if head is None or head[0] in (Fault.RESET_AFTER_COMMIT, Fault.EMPTY_200, Fault.MALFORMED_200,
                                       Fault.DIE_MID_BATCH):
            return None, {}
        return self.faults.next()

    def handle_get(self, handler: RequestHandler, path: str, headers: dict[str, str]) -> None:
        """Reading the petition, as Action Network's API does: the key, the rate limit, the id."""
        if path.split("?")[0] in (f"{API_PREFIX}/tags", f"{API_PREFIX}/tags/"):
            # Tags are the campaign's set-up, not a signature: the faults a test queues are not
            # spent here.
            if not self._refused_at_the_door(handler, headers, None):
                self._list_tags(handler, path, None)
            return
        if path.split("?")[0] in (f"{API_PREFIX}/petitions/{self.petition_id}/signatures",
                                  f"{API_PREFIX}/petitions/{self.petition_id}/signatures/"):
            # A read-back of what was recorded: the faults a test queues for POSTs are not spent here.
            if self._refused_at_the_door(handler, headers, None):
                return
            with self.rate_lock:
                refuse, self.refuse_reads = self.refuse_reads > 0, max(0, self.refuse_reads - 1)
            if refuse:
                self.record(429, None)
                handler.answer(429, {"error": "too many requests"}, extra_headers={"Retry-After": "1"})
                return
            self._list_signatures(handler, path)
            return
        fault, params = self._read_fault()
        if self._refused_at_the_door(handler, headers, fault):
            return
        if path != f"{API_PREFIX}/petitions/{self.petition_id}":
            self.record(404, fault)
            handler.answer(404, {"error": "petition not found"})
            return
        if self.answer_server_fault(handler, fault, params, {500: "internal error", 429: "too many requests"}):
            return
        self.record(200, fault)
        self.gets += 1
        handler.answer(200, {"identifiers": [f"action_network:{self.petition_id}"], "title": "End S-Comm"})

    def handle_post(self, handler: RequestHandler, path: str, headers: dict[str, str], body: bytes) -> None:
        if path in (f"{API_PREFIX}/tags", f"{API_PREFIX}/tags/"):
            if not self._refused_at_the_door(handler, headers, None):
                self._create_tag(handler, headers, body, None)
            return
        fault, params = self.faults.next()
        expected = f"{API_PREFIX}/petitions/{self.petition_id}/signatures/"
        with self.rate_lock:
            self.signature_requests += path == expected
        if self._refused_at_the_door(handler, headers, fault):
            return
        signup = path == f"{API_PREFIX}/people/"
        if path != expected and not signup:
            self.record(404, fault)
            handler.answer(404, {"error": "petition not found"})
            return
        if self.answer_server_fault(handler, fault, params, {500: "internal error", 429: "too many requests"}):
            return
        try:
            document = json.loads(body)
            person = document["person"]
            assert isinstance(person, dict)
        except (ValueError, KeyError, AssertionError):
            self.record(400, fault)
            handler.answer(400, {"error": "invalid JSON"})
            return
        (self.signup_bodies if signup else self.bodies).append(document)
        email_entries = person.get("email_addresses", [])
        phone_entries = person.get("phone_numbers", [])
        emails = [e.get("address", "") for e in email_entries]
        phones = [p.get("number", "") for p in phone_entries]
        email, phone = (emails or [""])[0], (phones or [""])[0]
        sent_statuses = [e["status"] for e in [*email_entries, *phone_entries] if "status" in e]
        if any(status not in STATUSES for status in sent_statuses):
            self.record(400, fault)
            handler.answer(400, {"error": "status must be subscribed or unsubscribed"})
            return
        if not email and not phone:
            self.record(400, fault)
            handler.answer(400, {"error": "a person needs an email address or a phone number"})
            return
        if email.endswith("@" + self.reject_domain):
            self.record(400, fault)
            handler.answer(400, {"error": f"email {email} is not deliverable"})  # echoes personal data
            return
        if signup:
            signature = self._sign_up(person, email, phone)
        else:
            signature = self._record_signature(document, person, email, phone)
        self.record(200, fault)
        if fault is Fault.RESET_AFTER_COMMIT:
            handler.reset()
        elif fault is Fault.EMPTY_200:
            handler.answer(200, raw=b"")
        elif fault is Fault.MALFORMED_200:
            handler.answer(200, raw=json.dumps(signature).encode()[: params.get("cut", 30)])
        else:
            handler.answer(200, signature)

    def _record_signature(self, document: dict[str, Any], person: dict[str, Any], email: str,
                          phone: str) -> dict[str, Any]:
        email_entry = (person.get("email_addresses") or [{}])[0]
        phone_entry = (person.get("phone_numbers") or [{}])[0]
        ours = [i for i in document.get("identifiers", []) if i.startswith("petition_kiosk:")]
        self.sent.append(SentStatuses((ours or [""])[0], bool(email), email_entry.get("status") if email else None,
                                      bool(phone), phone_entry.get("status") if phone else None))
        with self.db_lock:
            self.db.execute("BEGIN IMMEDIATE")
            person_id = self._upsert_person(person, email, phone, document.get("add_tags", []),
                                            SIGNATURE_HELPER_STATUSES)
            existing = self.db.execute("SELECT id, identifiers, created FROM signatures WHERE person_id = ? AND "
                                       "petition_id = ?", (person_id, self.petition_id)).fetchone()
            if existing:
                # The person signed already: the signature is theirs, its identifiers as first sent.
                signature_id, identifiers, created = existing[0], json.loads(existing[1]), existing[2]
                self.db.execute("UPDATE signatures SET modified = ? WHERE id = ?", (time.time(), signature_id))
            else:
                signature_id, created = str(uuid_module.uuid4()), time.time()
                identifiers = [f"action_network:{signature_id}", *document.get("identifiers", [])]
                source = document.get("action_network:referrer_data", {}).get("source", "")
                self.db.execute("INSERT INTO signatures (id, person_id, petition_id, identifiers, source, created, "
                                "action_date, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                (signature_id, person_id, self.petition_id, json.dumps(identifiers), source, created,
                                 document.get("action_date"), created))
            self.db.execute("COMMIT")
        return {
            "identifiers": identifiers,
            "created_date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(created)),
            "modified_date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "_links": {
                "self": {"href": f"/api/v2/petitions/{self.petition_id}/signatures/{signature_id}"},
                "osdi:petition": {"href": f"/api/v2/petitions/{self.petition_id}"},
                "osdi:person": {"href": f"/api/v2/people/{person_id}"},
            },
        }

    def _upsert_person(self, person: dict[str, Any], email: str, phone: str, add_tags: list[str],
                       valid_statuses: tuple[str, ...]) -> str:
        """Find (by email or phone) or make the person, as one helper would; the id. A status
        not in ``valid_statuses`` is ignored, as if none was sent. Inside the caller's transaction."""
        email_entry = (person.get("email_addresses") or [{}])[0]
        phone_entry = (person.get("phone_numbers") or [{}])[0]
        postal = (person.get("postal_addresses") or [{}])[0]
        email_sent = email_entry.get("status") if email_entry.get("status") in valid_statuses else None
        phone_sent = phone_entry.get("status") if phone_entry.get("status") in valid_statuses else None
        row = self.db.execute(
            "SELECT id, email, phone, email_status, phone_status, tags, custom_fields FROM people "
            "WHERE (email != '' AND email = ?) OR (phone != '' AND phone = ?)",
            (email, phone)).fetchone()
        person_id = row[0] if row else str(uuid_module.uuid4())
        old_email, old_phone, old_email_status, old_phone_status = row[1:5] if row else ("", "", "", "")
        old_tags, old_fields = (json.loads(row[5] or "[]"), json.loads(row[6] or "{}")) if row else ([], {})
        email_status = _list_status(email, old_email, old_email_status, email_sent, NEW_EMAIL_DEFAULT)
        phone_status = _list_status(phone, old_phone, old_phone_status, phone_sent, NEW_MOBILE_DEFAULT)
        existing_tags = {r[0] for r in self.db.execute("SELECT name FROM tags")}
        # A tag that does not exist on the list is ignored, without a word.
        tags = list(dict.fromkeys([*old_tags, *[t for t in add_tags if t in existing_tags]]))
        custom = {**old_fields, **(person.get("custom_fields") or {})}
        fields = (person.get("given_name", ""), person.get("family_name", ""), email or old_email,
                  phone or old_phone, email_status, phone_status, postal.get("postal_code", ""),
                  json.dumps(person.get("languages_spoken", [])), json.dumps(tags), json.dumps(custom),
                  json.dumps(postal))
        if row:
            self.db.execute("UPDATE people SET given_name=?, family_name=?, email=?, phone=?, email_status=?, "
                            "phone_status=?, postal_code=?, languages=?, tags=?, custom_fields=?, postal=? "
                            "WHERE id=?", (*fields, person_id))
        else:
            self.db.execute("INSERT INTO people VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (person_id, *fields))
        return person_id

    def _sign_up(self, person: dict[str, Any], email: str, phone: str) -> dict[str, Any]:
        """The person signup helper: both statuses are valid here."""
        email_entry = (person.get("email_addresses") or [{}])[0]
        phone_entry = (person.get("phone_numbers") or [{}])[0]
        self.signups.append(SentStatuses(f"person:{email or phone}", bool(email), email_entry.get("status"),
                                         bool(phone), phone_entry.get("status")))
        with self.db_lock:
            self.db.execute("BEGIN IMMEDIATE")
            person_id = self._upsert_person(person, email, phone, [], STATUSES)
            self.db.execute("COMMIT")
        return {"identifiers": [f"action_network:{person_id}"],
                "_links": {"self": {"href": f"/api/v2/people/{person_id}"}}}

    def _list_tags(self, handler: RequestHandler, path: str, fault: Fault | None) -> None:
        page = 1
        if "?page=" in path:
            page = max(1, int(path.rsplit("=", 1)[1]))
        names = self.tag_names()
        chosen = names[(page - 1) * TAGS_PAGE: page * TAGS_PAGE]
        links: dict[str, Any] = {"self": {"href": f"{API_PREFIX}/tags?page={page}"}}
        if page * TAGS_PAGE < len(names):
            links["next"] = {"href": f"{API_PREFIX}/tags?page={page + 1}"}
        self.record(200, fault)
        handler.answer(200, {"total_pages": max(1, -(-len(names) // TAGS_PAGE)), "page": page,
                             "_embedded": {"osdi:tags": [{"name": n} for n in chosen]}, "_links": links})

    def _list_signatures(self, handler: RequestHandler, path: str) -> None:
        """The petition's signatures collection, read the strictest way the reference allows:
        25 a page whatever is asked, oldest first (a recent signature is on the last page), each
        with the identifiers it was first sent with. ``filter=modified_date gt '<time>'`` is
        honoured; any other filter is ignored (the whole collection, page by page)."""
        query = parse_qs(urlsplit(path).query)
        page = max(1, int((query.get("page") or ["1"])[0]))
        after = 0.0
        match = re.fullmatch(r"modified_date gt '([0-9T:\-]+)Z?'", (query.get("filter") or [""])[0].strip())
        if match:
            after = datetime.fromisoformat(match.group(1)).replace(tzinfo=UTC).timestamp()
        with self.db_lock:
            rows = list(self.db.execute(
                "SELECT id, identifiers, created, modified FROM signatures WHERE petition_id = ? AND modified > ? "
                "ORDER BY created, rowid", (self.petition_id, after)))
        with self.rate_lock:
            self.signature_reads += 1
        chosen = rows[(page - 1) * SIGNATURES_PAGE: page * SIGNATURES_PAGE]
        stamp = "%Y-%m-%dT%H:%M:%SZ"
        base = f"{API_PREFIX}/petitions/{self.petition_id}/signatures"
        links: dict[str, Any] = {"self": {"href": f"{base}?page={page}"}}
        if page * SIGNATURES_PAGE < len(rows):
            links["next"] = {"href": f"{base}?page={page + 1}"}
        self.record(200, None)
        handler.answer(200, {
            "total_pages": max(1, -(-len(rows) // SIGNATURES_PAGE)), "per_page": SIGNATURES_PAGE, "page": page,
            "total_records": len(rows), "_links": links,
            "_embedded": {"osdi:signatures": [
                {"identifiers": json.loads(identifiers), "created_date": time.strftime(stamp, time.gmtime(created)),
                 "modified_date": time.strftime(stamp, time.gmtime(modified)),
                 "_links": {"self": {"href": f"{base}/{signature_id}"}}}
                for signature_id, identifiers, created, modified in chosen]}})

    def _create_tag(self, handler: RequestHandler, headers: dict[str, str], body: bytes, fault: Fault | None) -> None:
        if headers.get("osdi-api-token", "") not in self.group_tokens:
            self.record(403, fault)
            handler.answer(403, {"error": "only group API keys may create tags"})
            return
        try:
            name = json.loads(body)["name"]
            assert isinstance(name, str) and name
        except (ValueError, KeyError, TypeError, AssertionError):
            self.record(400, fault)
            handler.answer(400, {"error": "a tag needs a name"})
            return
        self.add_tag(name)
        with self.lock_tags:
            self.tags_created.append(name)
        self.record(200, fault)
        handler.answer(200, {"name": name, "identifiers": [f"action_network:tag-{len(self.tags_created)}"]})


def _list_status(address: str, old_address: str, old_status: str, sent: str | None, new_default: str) -> str:
    """A person's status on one list (email or mobile) after a POST, per the reference."""
    if not address:
        return old_status  # this POST says nothing about that list
    on_list_already = bool(old_address) and old_status != ""
    if sent is not None:
        return sent
    return old_status if on_list_already else new_default


def start_osdi_server(db_path: Path, token: str, petition_id: str = "petition-1") -> RunningServer:
    """An Action Network-like server on a thread; ``.url`` ends in ``/api/v2``."""
    return RunningServer(OsdiApp(db_path, token, petition_id), path_prefix=API_PREFIX)
