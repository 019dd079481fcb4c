"""A seized tablet in sealed mode reveals nobody, even with its whole key store.

The tablet is paired (a real hub key pair: the public half is what pairing keeps), 200
canary signers are recorded, and then everything an adversary takes from a running tablet
is copied: the data dir (database, -wal, -shm), the config dir and every keyring entry the
kiosk wrote. With all of it, every key found is tried against every blob the ways the
kiosk's own code would use it: no canary comes out. A control record made before pairing
(solo mode) *is* opened by the same attack, so the attack is known to work.
"""

from __future__ import annotations

import base64
import binascii
import configparser
import contextlib
import json
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pdfplumber
import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from kiosk.campaign import CampaignError
from kiosk.crypto import Sealer
from kiosk.errors import KioskError
from kiosk.hpke_seal import SealedForHub, derive_private_key, is_hub_sealed
from kiosk.reports import SealedOnTablet, export_csv, export_sheets, export_tally
from kiosk.runtime import KioskContext, open_kiosk
from kiosk.secrets import set_device_token
from tests.support import choose_coordinator_pin, valid_signer

ROOT = Path(__file__).resolve().parents[2]
SIGNERS = 200
CONTROL_NAME = "Controlina"
# Every label the kiosk and hub derive keys with (kiosk/crypto.py, kiosk/contact_keys.py, sync/hub/context.py).
LABELS = (b"record-seal", b"key-check", b"contact-hmac", b"hub-contact-hmac")


def canary(i: int) -> tuple[str, str, str, str]:
    """(given name, family name, email, phone digits) of canary signer ``i``."""
    return f"Qzcanary{i:03d}x", f"Yvfamily{i:03d}w", f"zz.canary.{i:03d}@example.org", f"213555{1000 + i:04d}"


@pytest.fixture(params=["keyring", "file"])
def sealed_kiosk(request: pytest.FixtureRequest, data_dir: Path, monkeypatch: pytest.MonkeyPatch,
                 ) -> Iterator[KioskContext]:
    """A kiosk (its data key in the keyring, or in the opt-in key file) paired with a hub."""
    if request.param == "file":
        monkeypatch.setenv("PETITION_KIOSK_KEY_STORE", "file")
    ctx = open_kiosk(data_dir)
    choose_coordinator_pin(ctx)
    yield ctx
    ctx.close()


def _pair(ctx: KioskContext) -> bytes:
    """What pairing leaves on the tablet: the hub's public key and a device token. The hub's secret."""
    hub_data_key = bytes(range(32))
    hub_key = derive_private_key(hub_data_key)
    ctx.store.set_sealing_key(hub_key.public_b64)
    set_device_token(ctx.store.kiosk_id, "device-token-abcdefghijklmnopqrstuvwxyz012345", ctx.key_store)
    return hub_data_key


def _record(ctx: KioskContext) -> None:
    for i in range(SIGNERS):
        given, family, email, phone = canary(i)
        signer = valid_signer(ctx.campaign, i, given_name=given, family_name=family, email=email,
                              phone=f"({phone[:3]}) {phone[3:6]}-{phone[6:]}")
        ctx.store.record(signer, ctx.campaign, "es", consent_updates=i % 2 == 0)


def _seize(ctx: KioskContext, tmp_path: Path) -> Path:
    """Copy what a thief takes from the running tablet: data dir, config dir, keyring files."""
    loot = tmp_path / "loot"
    shutil.copytree(ctx.data_dir, loot / "data")
    shutil.copytree(tmp_path / "home", loot / "home")  # XDG config (key file) and data (keyring)
    return loot


def _strings_in(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _strings_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings_in(item)


def _expand(text: str) -> set[bytes]:
    """Every byte string ``text`` may encode: itself, base64, hex, and whatever JSON inside holds."""
    found = {text.encode()}
    for decode in (base64.b64decode, base64.urlsafe_b64decode, bytes.fromhex):
        with contextlib.suppress(binascii.Error, ValueError):
            found.add(decode(text.strip()) if decode is bytes.fromhex else decode(text.strip() + "=="))
    try:
        document = json.loads(text)
    except ValueError:
        return found
    for inner in _strings_in(document):
        if inner != text:
            found |= _expand(inner)
    return found


def _candidate_keys(loot: Path) -> set[bytes]:
    """Every secret-looking value in the seized files outside the database."""
    texts: list[str] = []
    for path in (loot / "home").rglob("*"):
        if not path.is_file():
            continue
        raw = path.read_bytes()
        texts.append(raw.decode("utf-8", "replace"))
        if path.suffix == ".cfg":  # keyrings.alt: base64 of each stored password
            config = configparser.RawConfigParser()
            config.read_string(raw.decode("utf-8"))
            for section in config.sections():
                for _, value in config.items(section):
                    texts.append(value)
                    texts.extend(b.decode("utf-8", "replace") for b in _expand(value))
    for path in (loot / "data").iterdir():
        if path.is_file() and not path.name.startswith("signatures.sqlite3"):
            texts.append(path.read_bytes().decode("utf-8", "replace"))
    keys: set[bytes] = set()
    for text in texts:
        keys |= {b for b in _expand(text) if 16 <= len(b) <= 64}
    return keys


def _attempts(key: bytes) -> list[object]:
    """Ways to use ``key``: the kiosk's own opener, the hub's derivation, and raw AES-GCM."""
    ways: list[object] = []
    if len(key) == 32:
        ways.append(Sealer(key))
    ways.append(derive_private_key(key))
    raw = [key] + [HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=label).derive(key)
                   for label in LABELS]
    ways.extend(AESGCM(k) for k in raw if len(k) in (16, 24, 32))
    return ways


def _try_open(way: object, uuid: str, blob: bytes) -> bytes | None:
    try:
        if isinstance(way, Sealer):
            return way.open(uuid, blob)
        if isinstance(way, AESGCM):
            for aad in (uuid.encode(), None):
                try:
                    return way.decrypt(blob[1:13], blob[13:], aad)
                except InvalidTag:
                    continue
            return None
        opened: bytes = way.open(uuid, blob)  # type: ignore[attr-defined]
        return opened
    except (KioskError, InvalidTag, ValueError):
        return None


def test_a_seized_sealed_tablet_with_its_key_store_reveals_no_canary(
        sealed_kiosk: KioskContext, tmp_path: Path) -> None:
    ctx = sealed_kiosk
    control = valid_signer(ctx.campaign, 9999, given_name=CONTROL_NAME, family_name="Solo")
    ctx.store.record(control, ctx.campaign, "es", consent_updates=True)  # before pairing: solo mode
    _pair(ctx)
    assert ctx.store.sealed_mode(ctx.campaign)
    _record(ctx)

    loot = _seize(ctx, tmp_path)
    raw_files = [p for p in (loot / "data").iterdir() if p.name.startswith("signatures.sqlite3")]
    assert {p.name for p in raw_files} >= {"signatures.sqlite3", "signatures.sqlite3-wal"}
    raw = b"".join(p.read_bytes() for p in raw_files)
    for i in range(SIGNERS):
        for secret in canary(i):
            assert secret.encode() not in raw and secret.encode("utf-16-le") not in raw, secret

    with sqlite3.connect(loot / "data" / "signatures.sqlite3") as db:
        rows = db.execute("SELECT uuid, sealed, email_hash, phone_hash FROM signatures").fetchall()
    assert len(rows) == SIGNERS + 1
    sealed_rows = [(u, bytes(b)) for u, b, _, _ in rows if is_hub_sealed(bytes(b))]
    assert len(sealed_rows) == SIGNERS
    # No contact hash on the tablet for a sealed row: nothing to brute-force later.
    assert all(e is None and p is None for u, b, e, p in rows if is_hub_sealed(bytes(b)))

    keys = _candidate_keys(loot)
    ways = [way for key in keys for way in _attempts(key)]
    opened = [text for uuid, blob in ((u, bytes(b)) for u, b, _, _ in rows) for way in ways
              if (text := _try_open(way, uuid, blob)) is not None]
    # The attack works: it finds the data key and opens the solo record made before pairing …
    assert any(CONTROL_NAME.encode() in text for text in opened)
    # … and nothing else: every record it opened is the control.
    assert all(CONTROL_NAME.encode() in text for text in opened)
    assert not any(b"Qzcanary" in text or b"zz.canary" in text for text in opened)


def test_on_a_sealed_tablet_the_tally_counts_and_the_named_exports_are_refused(
        sealed_kiosk: KioskContext, tmp_path: Path) -> None:
    ctx = sealed_kiosk
    hub_data_key = _pair(ctx)
    _record(ctx)
    # The tablet itself cannot open its records …
    uuid = next(ctx.store.all_uuids())
    with pytest.raises(SealedForHub):
        ctx.store.personal(uuid)
    # … the hub can (its key derived from its data key), and finds the signer there.
    with sqlite3.connect(ctx.store.path) as db:
        blob = db.execute("SELECT sealed FROM signatures WHERE uuid = ?", (uuid,)).fetchone()[0]
    assert json.loads(derive_private_key(hub_data_key).open(uuid, bytes(blob)))["given_name"].startswith("Qzcanary")

    out = tmp_path / "tally.pdf"
    assert export_tally(ctx.store, ctx.campaign, out).signatures == SIGNERS
    with pdfplumber.open(out) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert f"Collected {SIGNERS}" in text
    for export in (export_sheets, export_csv):
        with pytest.raises(SealedOnTablet):
            export(ctx.store, ctx.campaign, tmp_path / "named.out")
    assert not list(tmp_path.glob("named.out*"))

    for kind, suffix in (("sheets", "pdf"), ("csv", "csv")):
        done = subprocess.run([sys.executable, "-m", "ui.cli", "--data-dir", str(ctx.data_dir), "export", kind,
                               "--out", str(tmp_path / f"cli.{suffix}")],
                              cwd=ROOT, capture_output=True, text=True, timeout=300)
        assert done.returncode == 1
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and "seals every signature for its hub" in lines[0], done.stderr
        assert "Traceback" not in done.stderr
        assert not (tmp_path / f"cli.{suffix}").exists()


def test_a_sealed_record_moved_to_another_uuid_does_not_open(sealed_kiosk: KioskContext) -> None:
    ctx = sealed_kiosk
    hub_key = derive_private_key(_pair(ctx))
    first = ctx.store.record(valid_signer(ctx.campaign, 1), ctx.campaign, "es", consent_updates=True)
    second = ctx.store.record(valid_signer(ctx.campaign, 2), ctx.campaign, "es", consent_updates=True)
    with sqlite3.connect(ctx.store.path) as db:
        blobs = dict(db.execute("SELECT uuid, sealed FROM signatures").fetchall())
    assert json.loads(hub_key.open(first, bytes(blobs[first])))["email"] == "ana1@example.org"
    with pytest.raises(SealedForHub):
        hub_key.open(second, bytes(blobs[first]))
    with pytest.raises(SealedForHub):
        hub_key.open(first.upper(), bytes(blobs[first]))


def test_rows_waiting_before_pairing_stay_solo_sealed_and_new_rows_are_sealed(kiosk: KioskContext) -> None:
    before = kiosk.store.record(valid_signer(kiosk.campaign, 1), kiosk.campaign, "es", consent_updates=True)
    assert not kiosk.store.sealed_mode(kiosk.campaign)
    _pair(kiosk)
    after = kiosk.store.record(valid_signer(kiosk.campaign, 2), kiosk.campaign, "es", consent_updates=True)
    personal = kiosk.store.personal(before)
    assert personal is not None and personal.email == "ana1@example.org"
    with pytest.raises(SealedForHub):
        kiosk.store.personal(after)
    assert kiosk.store.counts().pending == 2


def test_a_campaign_file_naming_a_public_key_seals_without_a_hub(data_dir: Path, tmp_path: Path) -> None:
    hub_key = derive_private_key(b"k" * 32)
    bundled = (ROOT / "resources" / "campaigns" / "end-s-comm.toml").read_text("utf-8")
    path = tmp_path / "sealed-campaign.toml"
    path.write_text(bundled + f'\n[sealing]\npublic_key = "{hub_key.public_b64}"\n', "utf-8")
    ctx = open_kiosk(data_dir, campaign=str(path))
    try:
        record_id = ctx.store.record(valid_signer(ctx.campaign, 3), ctx.campaign, "es", consent_updates=True)
        assert ctx.store.sealed_mode(ctx.campaign)
        with sqlite3.connect(ctx.store.path) as db:
            blob = bytes(db.execute("SELECT sealed FROM signatures").fetchone()[0])
        assert json.loads(hub_key.open(record_id, blob))["email"] == "ana3@example.org"
    finally:
        ctx.close()
    path.write_text(bundled + '\n[sealing]\npublic_key = "bm90IGEga2V5"\n', "utf-8")
    with pytest.raises(CampaignError) as refused:
        open_kiosk(data_dir, campaign=str(path), open_store=False)
    assert refused.value.field_name == "sealing.public_key"
