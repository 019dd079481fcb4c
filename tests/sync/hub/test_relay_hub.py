"""A seized event hub opens nobody (issue 22): relay mode, and a standalone hub after delivery and purge.

Real hub processes on 127.0.0.1, each with its own key store (the campaign hub's keyring, a relay
event hub's keyring file, a standalone event hub's protected file store), and a real kiosk whose
sync engine uploads to the event hub. The thief takes the event hub's data dir and its key store
and tries every key found there on every stored blob.
"""

from __future__ import annotations

import base64
import binascii
import configparser
import http.server
import json
import os
import shutil
import sqlite3
import ssl
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import keyring
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from keyrings.alt.file import PlaintextKeyring

from kiosk.crypto import Sealer
from kiosk.errors import KioskError
from kiosk.hpke_seal import (
    MATERIAL_BYTES,
    HubPrivateKey,
    derive_private_key,
    generate_private_key,
    is_hub_sealed,
    private_key_from_material,
)
from kiosk.runtime import KioskContext
from kiosk.trust import SealingTrust, binding_message
from sync.client.pairing import KEY_UNSIGNED, PairingError, load_pairing, pair
from sync.hub.dashboard import exposure_statement, texts
from sync.hub.upstream import UpstreamTarget, save_target
from tests.support import valid_signer
from tests.sync.hub.support import REPO, HubProcess, enroll_over_http, hub_engine, hub_people, paired, wait_for

SIGNERS = 8
RELAYED_EVENT = ("Vigilia en La Placita", "Iglesia de la Placita, Los Angeles")


@dataclass
class Machine:
    """One hub's machine: its data dir and the environment its key store lives in."""

    home: Path
    env: dict[str, str]
    hub: HubProcess

    @contextmanager
    def inside(self) -> Iterator[None]:
        """This test process, as this machine (its key store), for a moment."""
        previous = keyring.get_keyring()
        with pytest.MonkeyPatch.context() as patch:
            for name, value in self.env.items():
                patch.setenv(name, value)
            if "PETITION_KIOSK_KEY_STORE" not in self.env:
                patch.delenv("PETITION_KIOSK_KEY_STORE", raising=False)
            keyring.set_keyring(PlaintextKeyring())
            try:
                yield
            finally:
                keyring.set_keyring(previous)

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "ui.cli", *args, "--data-dir", str(self.hub.data_dir)],
                              cwd=REPO, capture_output=True, text=True, timeout=60, check=False,
                              env={**os.environ, **self.env})

    def start(self) -> HubProcess:
        with self.inside():
            self.hub.start()
            _ = self.hub.context  # opened with this machine's key store, kept
        return self.hub


def machine(root: Path, name: str, file_store: bool = False) -> Machine:
    home = root / name
    env = {"PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
           "XDG_DATA_HOME": str(home / "xdg-data"), "XDG_CONFIG_HOME": str(home / "xdg-config")}
    if file_store:
        env["PETITION_KIOSK_KEY_STORE"] = "file"
    return Machine(home, env, HubProcess(home / "hub", extra_env=env))


def given_names(hub: HubProcess) -> set[str]:
    """Every name the hub's key opens among the records it holds."""
    return {p["given_name"] for p in hub_people(hub).values()}


def _sign(kiosk: KioskContext, n: int, who: str, event_id: int | None = None) -> str:
    given = f"{who}given{n}"
    signer = valid_signer(kiosk.campaign, n, given_name=given, family_name=f"{who}family{n}",
                          email=f"{who.lower()}{n}@example.org", phone=f"+1213555{7000 + n}")
    kiosk.store.record(signer, kiosk.campaign, "es", consent_updates=True, event_id=event_id)
    return given


def places(hub: HubProcess, event: str) -> list[str]:
    """The place kept in clear with each of ``event``'s signatures at ``hub``."""
    with sqlite3.connect(hub.data_dir / "hub.sqlite3") as db:
        return [str(place) for (place,) in db.execute("SELECT event_place FROM hub_signatures WHERE event = ?",
                                                      (event,))]


def purged_rows(hub: HubProcess) -> int:
    with sqlite3.connect(hub.data_dir / "hub.sqlite3") as db:
        return int(db.execute("SELECT count(*) FROM hub_signatures WHERE purged_at IS NOT NULL").fetchone()[0])


# -- the thief -----------------------------------------------------------------------------
def _decodings(data: bytes, depth: int = 0) -> Iterator[bytes]:
    """``data`` and whatever base64 it holds, token by token (a keyring file base64-encodes our base64)."""
    yield data
    if depth >= 3:
        return
    for token in data.replace(b"=\n", b"\n").replace(b" = ", b"\n").split():
        for candidate in (token, token.rstrip(b"=") + b"=" * (-len(token.rstrip(b"=")) % 4)):
            try:
                decoded = base64.b64decode(candidate, validate=True)
            except (binascii.Error, ValueError):
                continue
            if decoded:
                yield from _decodings(decoded, depth + 1)


def every_key(*folders: Path) -> set[bytes]:
    """Every secret-looking value in every file of ``folders`` (key store files, keyring, data dir, database rows)."""
    found: set[bytes] = set()
    for folder in folders:
        for path in folder.rglob("*"):
            if not path.is_file():
                continue
            if path.suffix in (".sqlite3", ".db"):
                with sqlite3.connect(path) as db:  # every value of every row, the hub's key/value table too
                    for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall():
                        for row in db.execute(f'SELECT * FROM "{table}"'):
                            for value in row:
                                if isinstance(value, str) and value:
                                    found.update(_decodings(value.encode()))
                continue
            if path.suffix == ".cfg":  # a keyring file: values base64, wrapped over lines
                entries = configparser.RawConfigParser()
                entries.read(path)
                for section in entries.sections():
                    for _, value in entries.items(section):
                        found.update(_decodings("".join(value.split()).encode()))
            found.update(_decodings(path.read_bytes()))
    return {k for k in found if len(k) >= 16}


def _openers(keys: set[bytes]) -> list[HubPrivateKey | Sealer]:
    openers: list[HubPrivateKey | Sealer] = []
    for key in keys:
        openers.append(derive_private_key(key))  # a hub's key derived from a data key, as hubs once did
        if len(key) == MATERIAL_BYTES:
            openers.append(private_key_from_material(key))  # an opening key as kept
        if len(key) == 32:
            openers.append(Sealer(key))  # a data key (AES-GCM rows)
    return openers


def opened_by(keys: set[bytes], blobs: dict[str, bytes]) -> set[str]:
    """The UUIDs of the blobs some key opens."""
    openers = _openers(keys)
    opened = set()
    for uuid, blob in blobs.items():
        for opener in openers:
            try:
                opener.open(uuid, blob)
            except (KioskError, ValueError):
                continue
            opened.add(uuid)
            break
    return opened


def seized(hub: HubProcess, home: Path, into: Path) -> tuple[Path, dict[str, bytes], int]:
    """A copy of the hub's data dir (the database copied live, as a thief would) and its key store;
    the copy's folder, its blobs by UUID, and how many rows still carry a contact hash."""
    into.mkdir()
    for store in ("xdg-data", "xdg-config"):  # the keyring's file, the protected file store
        if (home / store).exists():
            shutil.copytree(home / store, into / store)
    shutil.copytree(hub.data_dir, into / "hub", ignore=shutil.ignore_patterns("hub.sqlite3*"))
    with sqlite3.connect(hub.data_dir / "hub.sqlite3") as live, sqlite3.connect(into / "hub" / "hub.sqlite3") as copy:
        live.backup(copy)
    with sqlite3.connect(into / "hub" / "hub.sqlite3") as db:
        blobs = {u: bytes(b) for u, b in db.execute("SELECT uuid, sealed FROM hub_signatures")}
        hashed = db.execute("SELECT count(*) FROM hub_signatures WHERE email_hash IS NOT NULL "
                            "OR phone_hash IS NOT NULL").fetchone()[0]
    return into, blobs, int(hashed)


# -- a man in the middle with the event hub's own certificate --------------------------------
class SwappingProxy:
    """Presents the event hub's certificate, forwards enrollment to it, and rewrites the answer."""

    def __init__(self, hub: HubProcess, rewrite: Any) -> None:
        target, certificate = hub, hub.context.certificate

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length", "0")))
                answer = target.session().post(target.url + self.path, data=body, timeout=10,
                                               headers={"Content-Type": "application/json"})
                document = rewrite(answer.json()) if answer.status_code == 200 else answer.json()
                raw = json.dumps(document).encode()
                self.send_response(answer.status_code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(certificate.cert_path, certificate.key_path)
        self.server.socket = context.wrap_socket(self.server.socket, server_side=True)
        self.url = f"https://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _attacker_binding(public_b64: str) -> dict[str, str]:
    """The attacker's own certificate signing the attacker's key (a binding that verifies, by a stranger)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "not the campaign hub")])
    now = datetime.now(UTC)
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                   .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=1))
                   .not_valid_after(now + timedelta(days=30)).sign(key, hashes.SHA256()))
    der = certificate.public_bytes(serialization.Encoding.DER)
    signature = key.sign(binding_message(public_b64), ec.ECDSA(hashes.SHA256()))
    return {"certificate": base64.b64encode(der).decode(), "signature": base64.b64encode(signature).decode()}


@pytest.fixture(scope="module")
def campaign_machine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Machine]:
    """The campaign server, shared by this file's tests (each checks only its own signers there)."""
    campaign = machine(tmp_path_factory.mktemp("campaign"), "campaign-server")
    campaign.start()
    yield campaign
    campaign.hub.stop()


def test_a_seized_relay_event_hub_opens_nobody_and_the_campaign_hub_opens_everyone(
        tmp_path: Path, kiosk: KioskContext, campaign_machine: Machine) -> None:
    campaign = campaign_machine.hub
    event = machine(tmp_path, "event-laptop")
    with campaign_machine.inside():
        code = campaign.pair_code()
        campaign_key = campaign.context.sealer.public_b64
    # The event hub pairs with the campaign hub before the event (before any kiosk pairs with it).
    done = event.cli("hub", "upstream", "--relay", "--url", campaign.url, "--code", code)
    assert done.returncode == 0, done.stderr
    assert "destroyed" in done.stdout
    event.start()
    try:
        assert event.hub.context.relay is not None and not event.hub.context.sealer.can_open

        # A kiosk paired with the event hub seals to the campaign hub's key, pinned through the chain.
        paired(kiosk, event.hub)
        assert kiosk.store.sealing_key() == campaign_key
        pin = SealingTrust(kiosk.key_store, kiosk.data_dir, kiosk.store.kiosk_id).load()
        assert pin is not None
        assert pin.hub_certificate_sha256 == event.hub.context.certificate.sha256
        assert pin.relay_certificate_sha256 == event.hub.context.certificate.sha256
        assert pin.signer_certificate_sha256 == campaign.context.certificate.sha256

        # The campaign server is out of reach during the event: the signatures wait on the event hub.
        campaign.process.terminate()  # type: ignore[union-attr]
        campaign.process.wait(10)  # type: ignore[union-attr]
        vigil = kiosk.store.find_or_create_event(*RELAYED_EVENT)
        names = {_sign(kiosk, n, "Relay", vigil) for n in range(SIGNERS)}
        assert hub_engine(kiosk).run_until_idle(30).pending == 0
        assert places(event.hub, RELAYED_EVENT[0]) == [RELAYED_EVENT[1]] * SIGNERS

        # The thief takes the event hub's data dir and key store, and tries every key on every blob.
        copy, blobs, hashed = seized(event.hub, event.home, tmp_path / "seized-relay")
        assert len(blobs) == SIGNERS and all(is_hub_sealed(b) for b in blobs.values())
        keys = every_key(copy)
        assert keys  # the key store held something: its data key, the device token, the relay pin…
        assert opened_by(keys, blobs) == set()  # 0 of N open
        assert hashed == 0  # and no contact hash to test guesses against
        assert not list((copy / "xdg-data").rglob("*opening*")) and b"hub-opening-key" not in b"".join(
            p.read_bytes() for p in copy.rglob("*.cfg"))
        statement = exposure_statement(event.hub.context, texts()["en"])
        assert "holds no key that opens them" in statement and f"{SIGNERS} sealed signatures wait" in statement

        # The same thief with the campaign server's key store opens every one: the harness works.
        assert opened_by(every_key(campaign_machine.home / "xdg-data"), blobs) == set(blobs)

        # The campaign server back: the event hub relays the blobs unopened, the campaign hub opens all N,
        # and the event hub purges them at once (its retention default).
        campaign.start()
        assert wait_for(lambda: names <= given_names(campaign), 60)
        assert wait_for(lambda: purged_rows(event.hub) == SIGNERS, 60)
        # The event's place went on with them, in the json upstream (for Action Network's kiosk_event_place).
        assert places(campaign, RELAYED_EVENT[0]) == [RELAYED_EVENT[1]] * SIGNERS
    finally:
        event.hub.stop()


def test_a_swapped_campaign_key_in_the_relays_answer_is_refused(
        tmp_path: Path, kiosk: KioskContext, campaign_machine: Machine) -> None:
    event = machine(tmp_path, "event-laptop")
    with campaign_machine.inside():
        code = campaign_machine.hub.pair_code()
    assert event.cli("hub", "upstream", "--relay", "--url", campaign_machine.hub.url, "--code", code).returncode == 0
    event.start()
    attacker = generate_private_key().public_b64
    rewrites = {
        # the key swapped, the campaign hub's signature left as it was
        "key": lambda d: {**d, "hpke_public_key": attacker},
        # the key swapped and signed by another certificate than the campaign hub the event hub vouched for
        "key and signer": lambda d: {**d, "hpke_public_key": attacker,
                                     "hpke_public_key_binding": _attacker_binding(attacker)},
    }
    try:
        for what, rewrite in rewrites.items():
            proxy = SwappingProxy(event.hub, rewrite)
            try:
                with pytest.raises(PairingError) as refused:
                    pair(kiosk.data_dir, proxy.url, event.hub.pair_code(), "Tablet", kiosk.key_store,
                         kiosk.store.kiosk_id, sealing=kiosk.store)
            finally:
                proxy.close()
            assert refused.value.code == KEY_UNSIGNED, what
            assert not kiosk.store.sealing_key() and load_pairing(kiosk.data_dir) is None, what
        # Unaltered, the same chain is accepted.
        paired(kiosk, event.hub)
        with campaign_machine.inside():
            assert kiosk.store.sealing_key() == campaign_machine.hub.context.sealer.public_b64
    finally:
        event.hub.stop()


def test_a_standalone_event_hub_after_delivery_and_purge_opens_nobody(
        tmp_path: Path, kiosk: KioskContext, campaign_machine: Machine) -> None:
    event = machine(tmp_path, "standalone-laptop", file_store=True)
    event.start()
    try:
        token = enroll_over_http(campaign_machine.hub, "127.0.0.7", "Event hub")
        with event.inside():
            from kiosk.secrets import set_upstream_token

            set_upstream_token(event.hub.context.hub_id, "campaign", token)
            pin = campaign_machine.hub.context.certificate.sha256
            save_target(event.hub.context.engine, UpstreamTarget(
                "campaign", "json", campaign_machine.hub.url, pinned_sha256=pin, backoff_base_s=0.05,
                backoff_cap_s=0.5))
        paired(kiosk, event.hub)  # sealed to the event hub's own key
        names = {_sign(kiosk, n, "Standalone") for n in range(SIGNERS)}
        assert hub_engine(kiosk).run_until_idle(30).pending == 0
        # Delivered to the campaign hub (which holds every name), then purged here at once.
        assert wait_for(lambda: names <= given_names(campaign_machine.hub), 60)

        assert wait_for(lambda: purged_rows(event.hub) == SIGNERS, 60)
        copy, blobs, hashed = seized(event.hub, event.home, tmp_path / "seized-standalone")
        assert len(blobs) == SIGNERS
        keys = every_key(copy)
        # This hub does hold an opening and a contact key (it is no relay)...
        assert list((copy / "xdg-config").rglob("hub-opening-key-*")) and list((copy / "xdg-config").rglob(
            "hub-contact-key-*"))
        assert opened_by(keys, blobs) == set()  # ...and they open 0 of N
        assert hashed == 0  # no contact hash survived the purge
    finally:
        event.hub.stop()
