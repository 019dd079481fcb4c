"""The hub's key and its recovery kit: made, lost, restored, and the old records open again.

Real parts throughout: a hub process the kiosk's real engine syncs to, ``petition-kiosk hub
recovery-kit`` / ``restore-key`` as child processes, the PDF parsed back (and its QR code
decoded where zxing-cpp is installed), the test keyring the hub keeps its key in, and the
Action Network double receiving the names the restored hub forwards.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

import keyring
import pytest

from kiosk.runtime import KioskContext
from kiosk.secrets import SERVICE
from kiosk.simulate import simulate
from sync.hub.recovery import KitRefused, kit_from_text, open_key, seal_key
from tests.sync.helpers import PETITION, TOKEN
from tests.sync.hub.support import (
    HubProcess,
    cli,
    forward_to,
    hub_engine,
    hub_people,
    paired,
    upstream_states,
    wait_for,
)
from tests.sync.servers.osdi_server import start_osdi_server

PASSPHRASE = "seven tired ravens sing loudly"
SIGNED = 6


def _account(hub_id: str) -> str:
    return f"data-key:hub-{hub_id}"  # where kiosk.secrets.DataKeyStore keeps the hub's key


def _stored_key(hub_id: str) -> bytes | None:
    encoded = keyring.get_password(SERVICE, _account(hub_id))
    return base64.b64decode(encoded) if encoded else None


def _hub_args(hub: HubProcess) -> list[str]:
    return ["--data-dir", str(hub.data_dir)]


def _pdf_text_and_qr(pdf: Path) -> tuple[str, str | None]:
    """The page's text, and what its QR code says (None where no decoder is installed)."""
    import pdfplumber

    with pdfplumber.open(pdf) as document:
        assert len(document.pages) == 1
        text = document.pages[0].extract_text() or ""
    try:
        import pypdfium2
        import zxingcpp
    except ImportError:
        return text, None
    page = pypdfium2.PdfDocument(str(pdf))[0]
    image = page.render(scale=3).to_pil()
    found = zxingcpp.read_barcodes(image)
    assert len(found) == 1
    return text, found[0].text


def test_a_lost_key_comes_back_from_the_kit_and_the_old_records_open_again(
        tmp_path: Path, kiosk: KioskContext) -> None:
    hub = HubProcess(tmp_path / "hub").start()
    hub_id = hub.context.hub_id
    original = _stored_key(hub_id)
    assert original is not None
    paired(kiosk, hub)
    simulate(kiosk.store, kiosk.campaign, SIGNED, seed=31)
    assert hub_engine(kiosk).run_until_idle(60).pending == 0
    # The paired kiosk sealed them to the hub and cannot open them: the names, as the hub
    # read them with its key before losing it.
    names = sorted(p["given_name"] for p in hub_people(hub).values())
    assert len(names) == SIGNED
    hub.stop()

    # The kit: a printable page and a small file, both holding the same encrypted key.
    secret_file = tmp_path / "passphrase.txt"
    secret_file.write_text(PASSPHRASE + "\n")
    pdf = tmp_path / "hub-key.pdf"
    made = cli("hub", "recovery-kit", "--out", str(pdf), "--passphrase-file", str(secret_file), *_hub_args(hub))
    assert made.returncode == 0, made.stderr
    document = json.loads(pdf.with_suffix(".json").read_text())
    assert document["hub_id"] == hub_id and "restore-key" in document["restore"]
    text, qr = _pdf_text_and_qr(pdf)
    assert "".join(document["kit"].split()) in "".join(text.split())  # every group printed, in order
    assert "apart from the hub" in text and "lejos del centro" in text
    assert "loses the signers' names" in text
    assert PASSPHRASE not in text and PASSPHRASE not in json.dumps(document)
    if qr is not None:
        assert qr == document["kit"]
    assert open_key(kit_from_text(document["kit"]), PASSPHRASE).data_key == original

    # The key store loses the key: the hub refuses to start rather than seal under a new one.
    keyring.delete_password(SERVICE, _account(hub_id))
    refused = cli("hub", "status", *_hub_args(hub))
    assert refused.returncode == 1 and "restore-key" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1 and "Traceback" not in refused.stderr
    assert _stored_key(hub_id) is None

    # A wrong passphrase: one line, nothing written.
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("nine happy crows sing softly\n")
    attempt = cli("hub", "restore-key", "--kit", str(pdf.with_suffix(".json")), "--passphrase-file", str(wrong),
                  *_hub_args(hub))
    assert attempt.returncode == 1
    assert attempt.stderr.strip() == ("petition-kiosk: that passphrase does not open this recovery kit; "
                                      "nothing was changed")
    assert _stored_key(hub_id) is None

    # The kit typed in from paper (any case, dashes for spaces) with the right passphrase.
    typed = tmp_path / "typed.txt"
    typed.write_text(document["kit"].lower().replace(" ", "-") + "\n")
    restored = cli("hub", "restore-key", "--kit", str(typed), "--passphrase-file", str(secret_file), *_hub_args(hub))
    assert restored.returncode == 0, restored.stderr
    assert _stored_key(hub_id) == original

    # The restored hub opens its old records: the forwarder sends their names upstream.
    again = HubProcess(hub.data_dir).start()
    try:
        with start_osdi_server(tmp_path / "osdi.sqlite3", TOKEN, PETITION) as osdi:
            forward_to(again, "osdi", osdi.url, TOKEN, PETITION)
            assert wait_for(lambda: upstream_states(again).get("synced", 0) >= SIGNED, 120)
            assert sorted(p["given_name"] for p in osdi.app.people()) == names  # type: ignore[attr-defined]
    finally:
        again.stop()


def test_a_different_key_is_kept_unless_replace_is_asked_for(tmp_path: Path) -> None:
    hub = HubProcess(tmp_path / "hub")
    hub_id = hub.context.hub_id  # opens the hub: a fresh one makes its key
    original = _stored_key(hub_id)
    assert original is not None
    hub.stop()
    secret_file = tmp_path / "passphrase.txt"
    secret_file.write_text(PASSPHRASE + "\n")
    pdf = tmp_path / "kit.pdf"
    assert cli("hub", "recovery-kit", "--out", str(pdf), "--passphrase-file", str(secret_file),
               *_hub_args(hub)).returncode == 0
    other = base64.b64encode(bytes(32)).decode()
    keyring.set_password(SERVICE, _account(hub_id), other)

    kit_args = ["hub", "restore-key", "--kit", str(pdf.with_suffix(".json")), "--passphrase-file", str(secret_file),
                *_hub_args(hub)]
    kept = cli(*kit_args)
    assert kept.returncode == 1 and "already holds a different key" in kept.stderr and "--replace" in kept.stderr
    assert keyring.get_password(SERVICE, _account(hub_id)) == other
    replaced = cli(*kit_args, "--replace")
    assert replaced.returncode == 0, replaced.stderr
    assert _stored_key(hub_id) == original


def test_a_kit_opens_only_with_its_passphrase_and_only_as_its_hubs_key() -> None:
    hub_id = "5b0f3c1e-8d2a-4a47-9c1e-2f4f0d6b7a10"
    key = bytes(range(32))
    kit = seal_key(hub_id, key, PASSPHRASE, log2_n=12)  # a small scrypt cost: this test checks the format
    assert open_key(kit, PASSPHRASE).data_key == key and open_key(kit, PASSPHRASE).hub_id == hub_id
    with pytest.raises(KitRefused) as wrong:
        open_key(kit, PASSPHRASE + "!")
    assert wrong.value.detail == "wrong_passphrase"
    # The hub id is bound as associated data: the same bytes claiming another hub do not open.
    forged = bytearray(kit)
    forged[36] ^= 1  # inside the hub id
    import hashlib

    forged[-4:] = hashlib.sha256(bytes(forged[:-4])).digest()[:4]
    with pytest.raises(KitRefused):
        open_key(bytes(forged), PASSPHRASE)
    # A typo on paper is told apart from a wrong passphrase.
    typo = bytearray(kit)
    typo[50] ^= 0x10
    with pytest.raises(KitRefused) as mistyped:
        open_key(bytes(typo), PASSPHRASE)
    assert mistyped.value.detail == "kit_unreadable"
    assert key not in kit


@pytest.mark.parametrize(("lang", "words"), [
    ("en", "losing both the key store and the recovery kit loses the data"),
    ("es", "si se pierden el almacén de claves y el kit de recuperación, se pierden los datos"),
])
def test_the_dashboard_says_losing_both_loses_the_data(hub: HubProcess, lang: str, words: str) -> None:
    import html

    from sync.hub.auth import set_password

    set_password(hub.context.engine, "la-lucha-sigue-2026")
    session = hub.session()
    assert session.post(hub.url + "/login", data={"password": "la-lucha-sigue-2026"}, timeout=10).status_code == 200
    page = session.get(f"{hub.url}/dashboard?lang={lang}", timeout=10)
    assert page.status_code == 200
    assert words in html.unescape(page.text) and "hub recovery-kit" in page.text
