"""Sealed records end to end: paired kiosks' real sync engines upload records the tablets
cannot open; the real hub process opens them, counts a repeat signer once, and forwards the
real names to Action Network (the osdi double). A record moved to another UUID is refused."""

from __future__ import annotations

import base64
import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.hpke_seal import PublicSealer, SealedForHub, generate_private_key, is_hub_sealed
from kiosk.models import SyncState
from kiosk.runtime import KioskContext, open_kiosk
from kiosk.signature import ClearColumns, Consent, Person, PersonalData, encode_payload
from sync.hub.protocol import batch_problem
from sync.protocol import Outgoing, encode_batch
from tests.support import valid_signer
from tests.sync.helpers import PETITION, TOKEN, rows
from tests.sync.hub.support import (
    HubProcess,
    forward_to,
    hub_engine,
    hub_people,
    hub_uuids,
    paired,
    status_json,
    upstream_states,
    wait_for,
)
from tests.sync.servers.base import RunningServer
from tests.sync.servers.osdi_server import start_osdi_server

SIGNERS = 12
UUID = "0b6f2a4e-3c1d-4e5f-8a9b-1c2d3e4f5a6b"


@pytest.fixture
def osdi(tmp_path: Path) -> Iterator[RunningServer]:
    with start_osdi_server(tmp_path / "osdi.sqlite3", TOKEN, PETITION) as server:
        yield server


def _sign(ctx: KioskContext, n: int, given: str, family: str, email: str) -> str:
    signer = valid_signer(ctx.campaign, n, given_name=given, family_name=family, email=email)
    return ctx.store.record(signer, ctx.campaign, "es", consent_updates=True)


def _blobs(ctx: KioskContext) -> dict[str, bytes]:
    with sqlite3.connect(ctx.store.path) as db:
        return {u: bytes(b) for u, b in db.execute("SELECT uuid, sealed FROM signatures WHERE sealed IS NOT NULL")}


def test_sealed_uploads_are_opened_counted_once_and_forwarded_with_their_names(
        kiosk: KioskContext, hub: HubProcess, osdi: RunningServer, tmp_path: Path) -> None:
    second = open_kiosk(tmp_path / "kiosk-2")
    try:
        paired(kiosk, hub, "Tablet 1")
        paired(second, hub, "Tablet 2")
        # Pairing kept the hub's public key, the one derived from the hub's data key.
        hub_public = hub.context.sealer.hpke.public_b64
        assert kiosk.store.sealing_key() == second.store.sealing_key() == hub_public
        people = {_sign(kiosk, i, f"Sealedgiven{i}", f"Sealedfamily{i}", f"sealed{i}@example.org"): i
                  for i in range(SIGNERS)}
        # The same person at the second kiosk: the hub keeps the row and counts her once.
        repeat = _sign(second, 0, "Sealedgiven0", "Sealedfamily0", "sealed0@example.org")
        for ctx in (kiosk, second):
            blobs = _blobs(ctx)
            assert blobs and all(is_hub_sealed(b) for b in blobs.values())
            with pytest.raises(SealedForHub):
                ctx.store.personal(next(iter(blobs)))

        assert hub_engine(kiosk).run_until_idle(30).pending == 0
        assert hub_engine(second).run_until_idle(30).pending == 0
        assert all(r.state == SyncState.SYNCED for r in rows(kiosk) + rows(second))

        assert sorted(hub_uuids(hub)) == sorted([*people, repeat])
        opened = hub_people(hub)
        for uuid, i in people.items():
            assert opened[uuid]["given_name"] == f"Sealedgiven{i}"
            assert opened[uuid]["email"] == f"sealed{i}@example.org"
            assert str(opened[uuid]["svg"]).startswith("<svg")
        assert opened[repeat]["email"] == "sealed0@example.org"
        status = status_json(hub)
        # Issue 22: "total" counts signatures (the repeat's too), "people" the repeat signer once.
        assert (status["total"], status["people"]) == (SIGNERS + 1, SIGNERS)

        forward_to(hub, "osdi", osdi.url, TOKEN, PETITION)
        assert wait_for(lambda: upstream_states(hub).get("synced", 0) >= SIGNERS, 90)
        upstream = osdi.app.people()  # type: ignore[attr-defined]
        assert sorted(p["email"] for p in upstream) == sorted(f"sealed{i}@example.org" for i in range(SIGNERS))
        assert {p["given_name"] for p in upstream} == {f"Sealedgiven{i}" for i in range(SIGNERS)}
        assert sorted(osdi.app.kiosk_ids()) == sorted(people)  # type: ignore[attr-defined]
    finally:
        second.close()


def test_a_family_sharing_one_phone_counts_each_person_at_the_hub_and_a_repeat_once(
        kiosk: KioskContext, hub: HubProcess, tmp_path: Path) -> None:
    # Ana and Luis Pérez share the family's phone and sign at two tablets; Ana then signs
    # again at the second tablet (her name written in other case and spacing).
    second = open_kiosk(tmp_path / "kiosk-2")
    try:
        paired(kiosk, hub, "Tablet 1")
        paired(second, hub, "Tablet 2")
        phone = "(213) 555-0147"
        ana = kiosk.store.record(valid_signer(kiosk.campaign, 1, given_name="Ana", family_name="Pérez", email="",
                                              phone=phone), kiosk.campaign, "es", consent_updates=False)
        luis = second.store.record(valid_signer(second.campaign, 2, given_name="Luis", family_name="Pérez",
                                                email="", phone=phone), second.campaign, "es", consent_updates=False)
        again = second.store.record(valid_signer(second.campaign, 3, given_name="ana ", family_name="PÉREZ",
                                                 email="", phone=phone), second.campaign, "es", consent_updates=False)
        assert hub_engine(kiosk).run_until_idle(30).pending == 0
        assert hub_engine(second).run_until_idle(30).pending == 0
        assert sorted(hub_uuids(hub)) == sorted([ana, luis, again])  # every row kept at the hub
        status = status_json(hub)  # issue 22: "people" counts Ana's repeat once, "total" every signature
        assert (status["people"], status["total"]) == (2, 3)  # Ana and Luis: two people
    finally:
        second.close()


def test_a_sealed_record_moved_to_another_uuid_is_refused_by_the_hub(kiosk: KioskContext, hub: HubProcess) -> None:
    paired(kiosk, hub)
    first = _sign(kiosk, 1, "Movedgiven", "Movedfamily", "moved1@example.org")
    second = _sign(kiosk, 2, "Keptgiven", "Keptfamily", "moved2@example.org")
    third = _sign(kiosk, 3, "Finegiven", "Finefamily", "fine3@example.org")
    blobs = _blobs(kiosk)
    # Someone with the database swaps two rows' sealed records.
    with sqlite3.connect(kiosk.store.path) as db:
        db.execute("UPDATE signatures SET sealed = ? WHERE uuid = ?", (blobs[second], first))
        db.execute("UPDATE signatures SET sealed = ? WHERE uuid = ?", (blobs[first], second))
    assert hub_engine(kiosk).run_until_idle(30).pending == 0
    states = {r.uuid: (r.state, r.last_error) for r in rows(kiosk)}
    assert states[first] == (SyncState.REJECTED, "sealed_unreadable")
    assert states[second] == (SyncState.REJECTED, "sealed_unreadable")
    assert states[third][0] == SyncState.SYNCED
    assert hub_uuids(hub) == [third]
    assert hub_people(hub)[third]["given_name"] == "Finegiven"


def test_rows_waiting_before_pairing_sync_in_clear_and_new_ones_sealed(kiosk: KioskContext, hub: HubProcess) -> None:
    before = _sign(kiosk, 1, "Earlygiven", "Earlyfamily", "early@example.org")
    paired(kiosk, hub)
    after = _sign(kiosk, 2, "Lategiven", "Latefamily", "late@example.org")
    blobs = _blobs(kiosk)
    assert not is_hub_sealed(blobs[before]) and is_hub_sealed(blobs[after])
    assert hub_engine(kiosk).run_until_idle(30).pending == 0
    opened = hub_people(hub)
    assert opened[before]["given_name"] == "Earlygiven" and opened[after]["given_name"] == "Lategiven"



def test_the_contract_takes_either_form_but_never_both() -> None:
    blob = PublicSealer(generate_private_key().public_b64).seal(
        UUID, encode_payload(PersonalData(Person("Sealgiven", "", "", "", ""), None, None)))
    columns = ClearColumns(UUID, "end-s-comm", "k", datetime(2026, 12, 1, tzinfo=UTC), "", "es", "90011")
    consent = Consent(True, "a" * 64, False, None)
    sealed = json.loads(encode_batch([Outgoing.of(columns, consent, sealed=blob)]))
    item = sealed["signatures"][0]
    assert "person" not in item and "signature_svg" not in item
    assert base64.b64decode(item["sealed"]) == blob
    assert batch_problem(sealed) is None
    clear = json.loads(encode_batch([Outgoing(columns, consent, Person("Cleargiven", "", "", "", ""), None)]))
    assert clear["signatures"][0]["person"]["given_name"] == "Cleargiven"
    assert batch_problem(clear) is None  # the clear form is still the contract too
    both = {**sealed, "signatures": [{**item, "person": clear["signatures"][0]["person"], "signature_svg": None}]}
    neither = {**sealed, "signatures": [{k: v for k, v in item.items() if k != "sealed"}]}
    assert batch_problem(both) is not None and batch_problem(neither) is not None


def _hub_blobs(hub: HubProcess) -> dict[str, bytes]:
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from sync.hub.models import HubSignature

    with Session(hub.context.engine) as session:
        return {u: bytes(b) for u, b in session.execute(select(HubSignature.uuid, HubSignature.sealed))}


def test_the_hub_keeps_each_record_as_it_was_sealed_and_only_its_key_opens_it(
        kiosk: KioskContext, hub: HubProcess) -> None:
    before = _sign(kiosk, 1, "Cleargiven", "Clearfamily", "clear@example.org")  # sent in clear: before pairing
    paired(kiosk, hub)
    after = _sign(kiosk, 2, "Keptgiven", "Keptfamily", "kept@example.org")
    sent = _blobs(kiosk)[after]
    assert hub_engine(kiosk).run_until_idle(30).pending == 0
    stored = _hub_blobs(hub)
    # The kiosk's blob, byte for byte: the hub did not seal it a second time.
    assert stored[after] == sent
    # The clear upload was sealed once, to the same HPKE key: one format at rest.
    assert is_hub_sealed(stored[before])
    hub_key = hub.context.sealer.hpke
    for uuid, given in ((before, "Cleargiven"), (after, "Keptgiven")):
        assert json.loads(hub_key.open(uuid, stored[uuid]))["given_name"] == given
        with pytest.raises(SealedForHub):  # no other key opens it, not even the tablet's
            generate_private_key().open(uuid, stored[uuid])
        with pytest.raises(SealedForHub):
            kiosk.store.open_sealed(uuid, stored[uuid])
