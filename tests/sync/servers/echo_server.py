"""A careless server: it echoes what it was sent back into receipts and reject reasons.

Speaks protocol v1 (json) and the OSDI record-signature helper. Every receipt and every
reason is built from the request's own name, email and phone, in the shapes issue 13 saw
get through ("accepted:" followed by a name, an email and a phone; a phone number as the
reason) and in shapes that pass a naive identifier filter (the bare given name, the
email's local part, the phone digits).
"""

from __future__ import annotations

import json
import re
from itertools import count
from pathlib import Path
from typing import Any

from tests.sync.servers.base import RequestHandler, RunningServer, ServerApp


def _digits(phone: str) -> str:
    return re.sub(r"\D", "", phone)[-10:]


def echoes(given: str, family: str, email: str, phone: str) -> list[str]:
    """Receipts / reasons made from one signer's data, from blatant to identifier-shaped."""
    local = email.partition("@")[0]
    return [f"accepted: {given} {family} <{email}> {phone}", given, _digits(phone), local,
            f"srv-{given}-{_digits(phone)}", given.lower(), email, f"{local}.{_digits(phone)[:4]}"]


class EchoApp(ServerApp):
    """Accepts odd-numbered signatures, rejects even ones; echoes data in both answers."""

    def __init__(self, db_path: Path, token: str) -> None:
        super().__init__(db_path, token)
        self._n = count()

    def create_schema(self) -> None:
        self.db.execute("CREATE TABLE IF NOT EXISTS seen (uuid TEXT PRIMARY KEY)")

    def handle_get(self, handler: RequestHandler, path: str, headers: dict[str, str]) -> None:
        """Action Network's reads before a first signature, answered plainly (the echoing is in
        the signatures' answers): the petition exists, and the group has no tags yet."""
        if path.split("?")[0].rstrip("/").endswith("/tags"):
            handler.answer(200, {"_embedded": {"osdi:tags": []}, "_links": {}})
        else:
            handler.answer(200, {"identifiers": ["action_network:petition"], "title": "Echo"})

    def handle_post(self, handler: RequestHandler, path: str, headers: dict[str, str], body: bytes) -> None:
        document = json.loads(body)
        if path.rstrip("/").endswith("/tags"):  # a missing tag created, as a group key may
            handler.answer(200, {"name": document.get("name", ""), "identifiers": ["action_network:tag"]})
            return
        if path.endswith("/v1/signatures:batch"):
            handler.answer(200, {"results": [self._json_result(item) for item in document["signatures"]]})
            return
        person = document["person"]
        email = person.get("email_addresses", [{}])[0].get("address", "")
        phone = person.get("phone_numbers", [{}])[0].get("number", "")
        n = next(self._n)
        shapes = echoes(person["given_name"], person["family_name"], email, phone)
        if n % 2:
            handler.answer(400, {"error": shapes[n // 2 % len(shapes)]})
        else:
            handler.answer(200, {"identifiers": [f"action_network:{shapes[n // 2 % len(shapes)]}"]})

    def _json_result(self, item: dict[str, Any]) -> dict[str, Any]:
        person = item["person"]
        n = next(self._n)
        shapes = echoes(person["given_name"], person["family_name"], person["email"], person["phone"])
        if n % 2:
            return {"uuid": item["uuid"], "status": "rejected", "reason": shapes[n // 2 % len(shapes)]}
        return {"uuid": item["uuid"], "status": "accepted", "receipt": shapes[n // 2 % len(shapes)]}


def start_echo_server(db_path: Path, token: str) -> RunningServer:
    """The echoing server on a thread (both protocols on one port)."""
    return RunningServer(EchoApp(db_path, token))
