"""``petition-kiosk hub export`` and the dashboard's downloads: two kiosks upload to a real hub
process, one person signs at both, and the tally, the sheets and the CSV (kiosk/reports' own)
come back across every kiosk with that person once, in English and Spanish, filtered, and with
the same one-line errors as the kiosk's ``export``. Only a logged-in coordinator downloads."""

from __future__ import annotations

import csv
import io
import os
import re
import uuid as uuid_module
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pdfplumber
import pytest

from kiosk.campaign import Campaign
from kiosk.ledger import PendingSignature, record_batch
from kiosk.runtime import KioskContext, open_kiosk
from kiosk.secrets import get_device_token
from sync.hub.auth import set_password
from tests.pdf_fonts import assert_prints_anywhere
from tests.support import valid_signer
from tests.sync.hub.support import HubProcess, cli, hub_engine, hub_people, paired, wait_for

PASSWORD = "la-lucha-sigue-2026"
FIRST_DAY, SECOND_DAY = date(2026, 11, 20), date(2026, 11, 21)
# (given, family, email) per kiosk; Dolores signs at both, with the same email.
AT_TABLET_1 = [("Ana", "Muñoz", "ana@example.org"), ("Beatriz", "Quispe", "beatriz@example.org"),
               ("Carmen", "Oyelaran", "carmen@example.org"), ("Dolores", "Huerta", "dolores@example.org")]
AT_TABLET_2 = [("Ernesto", "Galarza", "ernesto@example.org"), ("Fabiola", "Cabeza", "fabiola@example.org"),
               ("Dolores", "Huerta", "dolores@example.org")]
DISTINCT = len(AT_TABLET_1) + len(AT_TABLET_2) - 1
STROKES_EACH = 2  # tests.support.drawn_signature
TEXTS_OK, TEXTS_PHONE = "Ernesto", "+12135550142"  # the one signer who agreed to text messages
PLACES = {"Plaza rally": "Plaza de la Raza, Lincoln Park"}  # the church hall's place was left blank


def _record(kiosk: KioskContext, people: list[tuple[str, str, str]], event: str, day: date) -> list[str]:
    event_id = kiosk.store.find_or_create_event(event, PLACES.get(event, ""))
    noon = datetime(day.year, day.month, day.day, 12).astimezone()  # local noon: the local day is `day`
    items = [PendingSignature(valid_signer(kiosk.campaign, given_name=g, family_name=f, email=e,
                                           phone=TEXTS_PHONE if g == TEXTS_OK else ""), "es", True,
                              event_id, noon.replace(minute=i), consent_sms=g == TEXTS_OK)
             for i, (g, f, e) in enumerate(people)]
    assert record_batch(kiosk.store, kiosk.campaign, items) == len(people)
    return sorted(kiosk.store.all_uuids())


@dataclass
class Uploaded:
    """What the two kiosks sent."""

    hub: HubProcess
    campaign: Campaign
    first_uuids: list[str]
    second_uuids: list[str]
    second_dolores: str


@contextmanager
def uploading(kiosk: KioskContext, hub: HubProcess, tmp_path: Path) -> Iterator[Uploaded]:
    """Tablet 1 (``kiosk``) and a second kiosk pair with ``hub`` and upload; Dolores signs at both."""
    second = open_kiosk(tmp_path / "kiosk-2")
    try:
        paired(kiosk, hub, "Tablet 1")
        paired(second, hub, "Tablet 2")
        first_uuids = _record(kiosk, AT_TABLET_1, "Plaza rally", FIRST_DAY)
        assert hub_engine(kiosk).run_until_idle(30).pending == 0  # Tablet 1's Dolores reaches the hub first
        second_uuids = _record(second, AT_TABLET_2, "Church hall", SECOND_DAY)
        assert hub_engine(second).run_until_idle(30).pending == 0
        # A paired kiosk seals to the hub and cannot open its own records: ask the hub who is who.
        people = hub_people(hub)
        dolores = [u for u in second_uuids if people[u]["given_name"] == "Dolores"]
        yield Uploaded(hub, kiosk.campaign, first_uuids, second_uuids, dolores[0])
    finally:
        second.close()


@pytest.fixture
def uploaded(kiosk: KioskContext, hub: HubProcess, tmp_path: Path) -> Iterator[Uploaded]:
    with uploading(kiosk, hub, tmp_path) as done:
        yield done


def _export(hub: HubProcess, kind: str, out: Path, *options: str) -> tuple[int, str, str]:
    done = cli("hub", "export", kind, "--out", str(out), *options, "--data-dir", str(hub.data_dir),
               *(["--database", hub.database] if hub.database else []))
    return done.returncode, done.stdout, done.stderr


def _pdf_text(data: bytes | Path) -> str:
    with pdfplumber.open(io.BytesIO(data) if isinstance(data, bytes) else data) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def _csv_rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def _files_under(folder: Path) -> list[str]:
    """The files left under ``folder``. os.walk, not rglob: the hub removes an export's folder
    while this looks, and rglob raised on a folder gone between its listing and its reading."""
    return [name for _folder, _subfolders, names in os.walk(folder) for name in names]


def _line(text: str, start: str) -> str:
    found = [line for line in text.splitlines() if line.startswith(start)]
    assert found, f"no line starting {start!r}"
    return found[0]


def test_the_tally_counts_a_person_at_two_kiosks_once_with_per_kiosk_and_event_counts(
        uploaded: Uploaded, tmp_path: Path) -> None:
    out = tmp_path / "tally.pdf"
    code, stdout, stderr = _export(uploaded.hub, "tally", out)
    assert code == 0, stderr
    assert f"{DISTINCT} signatures" in stdout
    text = _pdf_text(out)
    # Issue 22: both figures. Every signature the kiosks collected (Dolores's second too, the
    # figure the kiosks and the public saw), and the people, Dolores once.
    assert _line(text, "Collected") == f"Collected {DISTINCT + 1}"
    people = "People (a repeat signer counted once)"
    assert _line(text, people) == f"{people} {DISTINCT}"
    # By canvasser and kiosk: the hub knows no canvasser, and Dolores is Tablet 1's.
    assert _line(text, "(not set) Tablet 1") == "(not set) Tablet 1 4"
    assert _line(text, "(not set) Tablet 2") == "(not set) Tablet 2 2"
    assert re.search(r"^Plaza rally .*\b4 4 0 4$", text, re.M), text
    assert re.search(r"^Church hall .*\b2 2 0 2$", text, re.M), text
    assert _line(text, "November 20, 2026") == "November 20, 2026 4"  # by day, in the hub's time zone
    assert _line(text, "November 21, 2026") == "November 21, 2026 2"
    assert _line(text, "12:00–12:59") == f"12:00–12:59 {DISTINCT}"  # by hour: everyone signed at noon
    # The share as CLDR writes it for en-US (Babel): "16.7%", no longer Python's "16.7 %".
    assert _line(text, "Opted in to text messages") == "Opted in to text messages 1 16.7%"
    assert "Times are local to this hub" in text  # the hub's clock, not one kiosk's
    assert "Huerta" not in text  # a tally carries counts, never a name
    assert_prints_anywhere(out, "en")  # every font embedded, a title and /Lang (issue 26 item 8)


def test_the_sheets_list_each_person_once_with_their_drawing(uploaded: Uploaded, tmp_path: Path) -> None:
    out = tmp_path / "sheets.pdf"
    code, _, stderr = _export(uploaded.hub, "sheets", out, "--language", "es")
    assert code == 0, stderr
    text = _pdf_text(out)
    for given, family, _ in AT_TABLET_1 + AT_TABLET_2:
        assert f"{given} {family}" in text
    assert text.count("Dolores Huerta") == 1
    assert f"{DISTINCT} firmas" in text  # the Spanish cover's count
    assert_prints_anywhere(out, "es")
    with pdfplumber.open(out) as pdf:
        # Each person's two-stroke drawing is vector ink on the rows page: the SVG the kiosk sent, redrawn.
        assert len(pdf.pages[-1].curves) == STROKES_EACH * DISTINCT
    assert "sin firma dibujada" not in text


def test_the_csv_keeps_the_first_received_copy_of_a_repeat_signer(uploaded: Uploaded, tmp_path: Path) -> None:
    out = tmp_path / "all.csv"
    code, _, stderr = _export(uploaded.hub, "csv", out)
    assert code == 0, stderr
    rows = _csv_rows(out.read_bytes())
    assert len(rows) == DISTINCT
    assert sorted(r["first_name"] for r in rows) == sorted({g for g, _, _ in AT_TABLET_1 + AT_TABLET_2})
    dolores = [r for r in rows if r["first_name"] == "Dolores"]
    assert len(dolores) == 1 and dolores[0]["kiosk"] == "Tablet 1" and dolores[0]["event"] == "Plaza rally"
    # The place travelled with each signature (json v1 event_place) and is kept beside the event.
    assert {(r["event"], r["event_place"]) for r in rows} == {("Plaza rally", PLACES["Plaza rally"]),
                                                                ("Church hall", "")}
    assert dolores[0]["kiosk_signature_id"] in uploaded.first_uuids
    assert uploaded.second_dolores not in {r["kiosk_signature_id"] for r in rows}
    assert {r["kiosk_signature_id"] for r in rows} <= set(uploaded.first_uuids) | set(uploaded.second_uuids)
    assert {r["sync_state"] for r in rows} == {"synced"}  # on the hub, which forwards nowhere here
    assert [r["opted_in_to_texts"] for r in rows if r["first_name"] == TEXTS_OK] == ["yes"]


def test_filters_pick_an_event_or_days(uploaded: Uploaded, tmp_path: Path) -> None:
    code, _, stderr = _export(uploaded.hub, "csv", tmp_path / "hall.csv", "--event", "Church hall")
    assert code == 0, stderr
    hall = _csv_rows((tmp_path / "hall.csv").read_bytes())
    assert sorted(r["first_name"] for r in hall) == ["Ernesto", "Fabiola"]  # Dolores counted at the plaza

    code, _, stderr = _export(uploaded.hub, "csv", tmp_path / "first.csv", "--until", FIRST_DAY.isoformat())
    assert code == 0, stderr
    assert len(_csv_rows((tmp_path / "first.csv").read_bytes())) == len(AT_TABLET_1)

    code, _, stderr = _export(uploaded.hub, "tally", tmp_path / "second.pdf", "--since", SECOND_DAY.isoformat(),
                              "--language", "es")
    assert code == 0, stderr
    text = _pdf_text(tmp_path / "second.pdf")
    # Issue 22: three signatures on the second day (Dolores's second too), two people there.
    assert _line(text, "Recogidas") == "Recogidas 3"
    assert _line(text, "Personas") == "Personas (quien firmó dos veces cuenta una vez) 2"


def test_bad_input_gets_one_clear_line_and_writes_nothing(uploaded: Uploaded, tmp_path: Path) -> None:
    code, stdout, stderr = _export(uploaded.hub, "tally", tmp_path / "missing" / "tally.pdf")
    assert code == 1 and stdout == ""
    assert stderr.strip().count("\n") == 0 and "cannot write" in stderr and "Traceback" not in stderr
    assert not (tmp_path / "missing").exists()

    code, _, stderr = _export(uploaded.hub, "sheets", tmp_path / "x.pdf", "--event", "Nowhere")
    assert code == 1 and "'Nowhere'" in stderr and stderr.count("\n") == 1
    code, _, stderr = _export(uploaded.hub, "csv", tmp_path / "x.csv", "--since", "2026-13-01")
    assert code == 2 and "YYYY-MM-DD" in stderr
    code, _, stderr = _export(uploaded.hub, "csv", tmp_path / "x.csv", "--since", "2030-01-01")
    assert code == 1 and "no signatures match" in stderr
    assert not list(tmp_path.glob("x.*"))
    for given, family, email in AT_TABLET_1:
        assert given not in stderr and family not in stderr and email not in stderr


FOREIGN_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100" viewBox="0 0 800 200">'
               '<g transform="translate(20,0)"><path d="M10 100 C 90 0, 180 200, 260 100 S 420 0, 500 100"/>'
               '<circle cx="650" cy="100" r="40"/></g></svg>')


def test_sheets_redraw_an_svg_another_program_sent(kiosk: KioskContext, hub: HubProcess, tmp_path: Path) -> None:
    """The protocol is public: a drawing from some other sender is still drawn, and a broken one
    costs only its own drawing, never the export."""
    paired(kiosk, hub)
    token = get_device_token(kiosk.store.kiosk_id)
    signatures = [{
        "uuid": str(uuid_module.uuid4()), "signed_at": f"2026-11-28T17:0{n}:05.123Z", "event": "Rally",
        "language": "en", "postal_code": "90057",
        "person": {"given_name": given, "family_name": "Otero", "email": f"{given.lower()}@example.org", "phone": "",
                   "address": ""},
        "consent": {"updates": False, "text_sha256": "a" * 64}, "signature_svg": svg,
    } for n, (given, svg) in enumerate((("Gloria", FOREIGN_SVG), ("Hector", "<svg><path d='M1 1 L")))]
    answer = hub.session().post(hub.url + "/v1/signatures:batch", timeout=30, headers={
        "Authorization": f"Bearer {token}"}, json={"kiosk_id": "other-app", "campaign": kiosk.campaign.id,
                                                    "signatures": signatures})
    assert [r["status"] for r in answer.json()["results"]] == ["accepted", "accepted"]
    code, _, stderr = _export(hub, "sheets", tmp_path / "s.pdf")
    assert code == 0, stderr
    text = _pdf_text(tmp_path / "s.pdf")
    assert "Gloria Otero" in text and "Hector Otero" in text
    assert text.count("(no drawn signature)") == 1  # Hector's unreadable SVG only
    with pdfplumber.open(tmp_path / "s.pdf") as pdf:
        assert len(pdf.pages[-1].curves) == 2  # the wave and the circle, each one stroke


def test_days_and_hours_follow_the_hubs_half_hour_time_zone(kiosk: KioskContext, hub: HubProcess, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """India is UTC+5:30: 18:10 UTC is 23:40 one day, 18:45 UTC is 00:15 the next."""
    paired(kiosk, hub)
    for n, (hour, minute) in enumerate(((18, 10), (18, 45))):
        kiosk.store.record(valid_signer(kiosk.campaign, n), kiosk.campaign, "en", False,
                           signed_at=datetime(2026, 11, 20, hour, minute, tzinfo=UTC))
    assert hub_engine(kiosk).run_until_idle(30).pending == 0
    monkeypatch.setenv("TZ", "Asia/Kolkata")  # the export's process only (cli() passes the environment)
    code, _, stderr = _export(hub, "tally", tmp_path / "t.pdf")
    assert code == 0, stderr
    text = _pdf_text(tmp_path / "t.pdf")
    assert _line(text, "November 20, 2026") == "November 20, 2026 1"
    assert _line(text, "November 21, 2026") == "November 21, 2026 1"
    assert _line(text, "23:00–23:59") == "23:00–23:59 1" and _line(text, "00:00–00:59") == "00:00–00:59 1"
    code, _, stderr = _export(hub, "csv", tmp_path / "d.csv", "--since", "2026-11-21")
    assert code == 0, stderr
    assert len(_csv_rows((tmp_path / "d.csv").read_bytes())) == 1


def test_the_same_exports_from_a_hub_on_postgresql(kiosk: KioskContext, tmp_path: Path,
                                                   postgres_cluster: object) -> None:
    database = postgres_cluster.new_database()  # type: ignore[attr-defined]
    hub = HubProcess(tmp_path / "pg-hub", database=database).start()
    try:
        with uploading(kiosk, hub, tmp_path) as done:
            code, _, stderr = _export(done.hub, "tally", tmp_path / "tally.pdf")
            assert code == 0, stderr
            text = _pdf_text(tmp_path / "tally.pdf")
            # Issue 22: the signatures (Dolores's second too) and the people (Dolores once).
            assert _line(text, "Collected") == f"Collected {DISTINCT + 1}"
            people = "People (a repeat signer counted once)"
            assert _line(text, people) == f"{people} {DISTINCT}"
            assert _line(text, "(not set) Tablet 1") == "(not set) Tablet 1 4"
            assert _line(text, "November 20, 2026") == "November 20, 2026 4"  # by day, in the hub's time zone
            assert _line(text, "Opted in to text messages") == "Opted in to text messages 1 16.7%"
            code, _, stderr = _export(done.hub, "csv", tmp_path / "all.csv")
            assert code == 0, stderr
            rows = _csv_rows((tmp_path / "all.csv").read_bytes())
            assert len(rows) == DISTINCT
            assert [r["kiosk"] for r in rows if r["first_name"] == "Dolores"] == ["Tablet 1"]
            code, _, stderr = _export(done.hub, "sheets", tmp_path / "day2.pdf", "--since", SECOND_DAY.isoformat())
            assert code == 0, stderr
            day2 = _pdf_text(tmp_path / "day2.pdf")
            assert "Ernesto Galarza" in day2 and "Fabiola Cabeza" in day2 and "Dolores" not in day2
            assert "Ana Muñoz" not in day2
    finally:
        hub.stop()


# -- the dashboard's downloads ----------------------------------------------------------------


def _logged_in(hub: HubProcess) -> object:
    set_password(hub.context.engine, PASSWORD)
    session = hub.session()
    answer = session.post(hub.url + "/login", data={"password": PASSWORD}, timeout=30, allow_redirects=False)
    assert answer.status_code == 303
    return session


def test_a_coordinator_downloads_every_export_in_spanish(uploaded: Uploaded) -> None:
    hub = uploaded.hub
    session = _logged_in(hub)
    page = session.get(hub.url + "/dashboard?lang=es", timeout=30)  # type: ignore[attr-defined]
    assert "Hoja de firmas (PDF)" in page.text and 'formaction="/export/sheets"' in page.text

    tally = session.get(hub.url + "/export/tally?lang=es", timeout=120)  # type: ignore[attr-defined]
    assert tally.status_code == 200 and tally.headers["content-type"] == "application/pdf"
    today = datetime.now().astimezone().date().isoformat()
    assert f'filename="end-s-comm-tally-{today}.pdf"' in tally.headers["content-disposition"]
    text = _pdf_text(tally.content)
    # Issue 22: the signatures (Dolores's second too) and the people (Dolores once).
    assert "Recuento de firmas" in text and _line(text, "Recogidas") == f"Recogidas {DISTINCT + 1}"
    assert _line(text, "Personas") == f"Personas (quien firmó dos veces cuenta una vez) {DISTINCT}"
    assert "Horas locales de este centro" in text

    sheets = session.get(hub.url + "/export/sheets?lang=es", timeout=120)  # type: ignore[attr-defined]
    assert sheets.status_code == 200 and _pdf_text(sheets.content).count("Dolores Huerta") == 1
    # Delivery sheets are in the target's language (English here), not the dashboard's Spanish.
    assert f"{DISTINCT} signatures on the following pages." in _pdf_text(sheets.content)

    hall = session.get(hub.url + "/export/csv", params={"event": "Church hall"}, timeout=120)  # type: ignore[attr-defined]
    assert hall.status_code == 200 and hall.headers["content-type"].startswith("text/csv")
    assert sorted(r["first_name"] for r in _csv_rows(hall.content)) == ["Ernesto", "Fabiola"]
    # No export is left behind on the hub once it was sent (removed just after the last byte).
    assert wait_for(lambda: not _files_under(hub.data_dir / "exports"), 10)

    nothing = session.get(hub.url + "/export/csv?lang=es&since=2030-01-01", timeout=60)  # type: ignore[attr-defined]
    assert nothing.status_code == 404 and "Ninguna firma" in nothing.text
    bad = session.get(hub.url + "/export/csv?until=someday", timeout=60)  # type: ignore[attr-defined]
    assert bad.status_code == 400 and "YYYY-MM-DD" in bad.text


def test_a_device_token_cannot_download_an_export(uploaded: Uploaded, kiosk: KioskContext) -> None:
    hub = uploaded.hub
    set_password(hub.context.engine, PASSWORD)
    token = get_device_token(kiosk.store.kiosk_id)
    assert token
    session = hub.session()
    for kind in ("tally", "sheets", "csv"):
        answer = session.get(f"{hub.url}/export/{kind}", headers={"Authorization": f"Bearer {token}"}, timeout=30)
        assert answer.status_code == 401
        assert b"Huerta" not in answer.content and answer.headers["content-type"].startswith("application/json")
    assert session.get(f"{hub.url}/export/tally", timeout=30).status_code == 401
