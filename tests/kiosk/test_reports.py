"""Exports end to end: simulate, export all three, parse them back, compare with the database.

The PDFs are read with pdfplumber (text as a reader's PDF viewer would copy it), the CSV
with the csv module; the expected numbers come from plain SQL on the database file and
from ``petition-kiosk status --json``, never from the report code under test.
"""

from __future__ import annotations

import csv
import json
import re
import sqlite3
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pdfplumber
import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session

from kiosk.models import SignatureRecord, SyncState
from kiosk.reports import (
    BadFilter,
    ExportCancelled,
    ExportUnwritable,
    NothingToExport,
    ReportFilters,
    UnknownEvent,
    export_csv,
    export_sheets,
    export_tally,
)
from kiosk.reports.csv_export import ACTION_NETWORK_COLUMNS, neutralise
from kiosk.runtime import KioskContext
from kiosk.simulate import simulate
from tests.support import valid_signer
from ui import cli

# Names in every script the issue lists; each must come back out of the PDF as itself.
PLANTED = [
    ("José", "Peña Ibáñez"),          # Spanish
    ("Nguyễn", "Thị Hằng"),           # Vietnamese
    ("Rosemène", "Saint-Fleur"),      # Haitian Creole
    ("Ñora", "Magbanua"),             # Tagalog
    ("Małgorzata", "Żółkiewska"),     # Polish
    ("Γιώργος", "Παπαδόπουλος"),      # Greek
    ("Олена", "Шевченко"),            # Cyrillic
    ("秀英", "王"),                    # Chinese
]
ARABIC = [("فاطمة", "منصور"), ("سلامة", "حداد")]  # the second has the lam-alef ligature
EVENTS = {"Plaza rally": 24, "Church hall": 17, "Job center": 11}
PRESENTATION_FORMS = range(0xFB50, 0xFF00)


@pytest.fixture
def campaign_data(kiosk: KioskContext) -> KioskContext:
    """Three events of synthetic signers, the planted names, and some synced/rejected/purged rows."""
    for seed, (name, count) in enumerate(EVENTS.items(), start=1):
        assert simulate(kiosk.store, kiosk.campaign, count, seed=seed, event_name=name, kiosk_label="Tablet 2") == count
    plaza = kiosk.store.find_or_create_event("Plaza rally")
    signed = datetime.now(UTC) - timedelta(hours=1)
    for n, (given, family) in enumerate(PLANTED + ARABIC):
        signer = valid_signer(kiosk.campaign, 1000 + n, given_name=given, family_name=family)
        kiosk.store.record(signer, kiosk.campaign, "es", consent_updates=True, event_id=plaza,
                           kiosk_label="Tablet 2", signed_at=signed)
    uuids = sorted(kiosk.store.all_uuids())
    with Session(kiosk.store.engine) as session, session.begin():
        session.execute(update(SignatureRecord).where(SignatureRecord.uuid.in_(uuids[:9]))
                        .values(state=SyncState.SYNCED, synced_at=signed))
        session.execute(update(SignatureRecord).where(SignatureRecord.uuid.in_(uuids[9:12]))
                        .values(state=SyncState.REJECTED, last_error="invalid_email"))
        # Purged after upload: synced rows whose personal data is gone (never a planted name).
        planted = _planted_uuids(kiosk)
        purge = [u for u in uuids[:9] if u not in planted][:4]
        session.execute(update(SignatureRecord).where(SignatureRecord.uuid.in_(purge))
                        .values(sealed=None, purged_at=signed))
    return kiosk


def _planted_uuids(kiosk: KioskContext) -> set[str]:
    names = {given for given, _ in PLANTED + ARABIC}
    found = set()
    for uuid in kiosk.store.all_uuids():
        person = kiosk.store.personal(uuid)
        if person and person.given_name in names:
            found.add(uuid)
    return found


def _db(kiosk: KioskContext) -> sqlite3.Connection:
    return sqlite3.connect(kiosk.store.path)


def _pdf_text(path: Path) -> tuple[list[str], int]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages], len(pdf.pages)


def _number(text: str, label: str) -> int:
    match = re.search(rf"^{re.escape(label)}\s+([\d,]+)", text, re.MULTILINE)
    assert match, f"{label!r} not found"
    return int(match.group(1).replace(",", ""))


def test_tally_numbers_equal_database_and_status(campaign_data: KioskContext, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "tally.pdf"
    result = export_tally(campaign_data.store, campaign_data.campaign, out)
    pages, count = _pdf_text(out)
    text = "\n".join(pages)

    assert cli.main(["status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    with _db(campaign_data) as db:
        by_state = dict(db.execute("SELECT state, count(*) FROM signatures GROUP BY state").fetchall())
        opted = db.execute("SELECT count(*) FROM signatures WHERE consent_updates").fetchone()[0]
        purged = db.execute("SELECT count(*) FROM signatures WHERE sealed IS NULL").fetchone()[0]
        per_event = db.execute(
            "SELECT e.name, count(*), sum(s.state='synced'), sum(s.state='pending'), sum(s.consent_updates) "
            "FROM signatures s JOIN events e ON e.id = s.event_id GROUP BY e.name").fetchall()
        top_zip = db.execute("SELECT postal_code, count(*) c FROM signatures GROUP BY postal_code "
                             "ORDER BY c DESC, postal_code LIMIT 1").fetchone()

    total = sum(by_state.values())
    assert result.signatures == total == status["total"] == 52 + len(PLANTED) + len(ARABIC)
    assert _number(text, "Collected") == status["total"]
    assert _number(text, "Synced to the server") == status["synced"] == by_state["synced"] == 9
    assert _number(text, "Waiting to sync") == status["pending"] == by_state["pending"]
    assert _number(text, "Rejected by the server") == status["rejected"] == by_state["rejected"] == 3
    assert _number(text, "Opted in to email updates") == opted
    assert _number(text, "Personal data purged after upload") == purged == 4
    status_events = {e["name"]: e["count"] for e in status["events"]}
    for name, n, synced, waiting, opted_in in per_event:
        assert status_events[name] == n
        assert re.search(rf"^{re.escape(name)}\s+{n}\s+{synced}\s+{waiting}\s+{opted_in}$", text, re.MULTILINE), name
    assert re.search(rf"^{top_zip[0]}\s+{top_zip[1]}\s", text, re.MULTILINE)
    # By day (local days) and by language, counted here from the raw rows.
    with _db(campaign_data) as db:
        stamps = [row[0] for row in db.execute("SELECT signed_at FROM signatures")]
        languages = dict(db.execute("SELECT language, count(*) FROM signatures GROUP BY language").fetchall())
    days: dict[str, int] = {}
    for stamp in stamps:
        day = datetime.fromisoformat(stamp).replace(tzinfo=UTC).astimezone().date()
        label = f"{day:%B} {day.day}, {day.year}"
        days[label] = days.get(label, 0) + 1
    for label, n in days.items():
        assert re.search(rf"^{label}\s+{n}$", text, re.MULTILINE), label
    names = {"en": "English", "es": "Spanish"}
    for code, n in languages.items():
        assert re.search(rf"^{names[code]}\s+{n}\s", text, re.MULTILINE), code
    assert f"Page 1 of {count}" in pages[0] and f"Page {count} of {count}" in pages[-1]
    assert "invalid_email" in text  # rejected with its reason


def test_tally_filtered_by_event_counts_only_that_event(campaign_data: KioskContext, tmp_path: Path) -> None:
    out = tmp_path / "tally.pdf"
    export_tally(campaign_data.store, campaign_data.campaign, out, ReportFilters(event="Church hall"))
    text = "\n".join(_pdf_text(out)[0])
    assert _number(text, "Collected") == EVENTS["Church hall"]
    assert "Plaza rally" not in text


def test_tally_in_spanish(campaign_data: KioskContext, tmp_path: Path) -> None:
    out = tmp_path / "recuento.pdf"
    export_tally(campaign_data.store, campaign_data.campaign, out, language="es")
    pages, count = _pdf_text(out)
    text = "\n".join(pages)
    assert "Recuento de firmas" in text
    assert _number(text, "Recogidas") == 52 + len(PLANTED) + len(ARABIC)
    assert f"Página 1 de {count}" in pages[0]
    assert "Collected" not in text


def test_sheets_list_every_held_name_as_itself(campaign_data: KioskContext, tmp_path: Path) -> None:
    out = tmp_path / "sheets.pdf"
    result = export_sheets(campaign_data.store, campaign_data.campaign, out)
    pages, count = _pdf_text(out)
    text = "\n".join(pages)
    total = 52 + len(PLANTED) + len(ARABIC)
    assert result.signatures == total - 4 and result.purged == 4
    assert campaign_data.campaign.text("en").title.split(":")[0] in pages[0]
    assert "We demand that you immediately terminate" in pages[0]  # the letter to the target
    assert f"{total - 4} signatures on the following pages." in pages[0]
    assert "4 further signatures were collected" in pages[0]
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {count}" in page
    for given, family in PLANTED:
        assert f"{given} {family}" in text, f"{given} {family}"
    # Arabic is drawn shaped (joined presentation forms) in visual order; a PDF viewer copies
    # it out in that order. Reversing a line and undoing the presentation forms (NFKC) gives
    # the logical text back, which must equal the name as typed.
    lines = [line for page in pages for line in page.splitlines()]
    for given, family in ARABIC:
        name = f"{given} {family}"
        shaped = [line for line in lines if unicodedata.normalize("NFKC", line[::-1]).find(name) >= 0]
        assert shaped, name
        assert any(ord(ch) in PRESENTATION_FORMS for ch in shaped[0]), "Arabic was not joined"
    # Row numbers run 1..n without gaps.
    numbers = [int(m.group(1)) for m in re.finditer(r"^(\d+) ", text, re.MULTILINE)]
    assert sorted(n for n in numbers if n <= total - 4)[-1] == total - 4


def test_sheets_in_spanish_and_filtered(campaign_data: KioskContext, tmp_path: Path) -> None:
    out = tmp_path / "hojas.pdf"
    result = export_sheets(campaign_data.store, campaign_data.campaign, out,
                           ReportFilters(event="Job center"), language="es")
    pages, count = _pdf_text(out)
    with _db(campaign_data) as db:
        held, purged = db.execute(
            "SELECT sum(s.sealed IS NOT NULL), sum(s.sealed IS NULL) FROM signatures s "
            "JOIN events e ON e.id = s.event_id WHERE e.name = 'Job center'").fetchone()
    assert (result.signatures, result.purged) == (held, purged)
    assert held + purged == EVENTS["Job center"]
    assert "Fin a S-Comm" in pages[0] and "Para: Presidente Obama" in pages[0]
    assert f"{held} firmas en las páginas siguientes." in pages[0]
    assert f"Página {count} de {count}" in pages[-1]
    assert "Nombre" in pages[1] and "Firma" in pages[1]


def test_sheets_draw_signatures_as_vectors(campaign_data: KioskContext, tmp_path: Path) -> None:
    out = tmp_path / "sheets.pdf"
    export_sheets(campaign_data.store, campaign_data.campaign, out, ReportFilters(event="Church hall"))
    with pdfplumber.open(out) as pdf:
        curves = pdf.pages[1].curves + pdf.pages[1].lines
        images = pdf.pages[1].images
    # Each signature is a stroked path (many points), not a picture.
    assert not images
    assert sum(1 for c in curves if len(c.get("pts", [])) > 10) >= 5


def test_csv_round_trips_with_the_same_rows(campaign_data: KioskContext, tmp_path: Path) -> None:
    out = tmp_path / "signatures.csv"
    result = export_csv(campaign_data.store, campaign_data.campaign, out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM that makes Excel read UTF-8
    assert b"\r\n" in raw
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == result.signatures == len(list(campaign_data.store.all_uuids()))
    assert list(rows[0])[:len(ACTION_NETWORK_COLUMNS)] == list(ACTION_NETWORK_COLUMNS)
    by_uuid = {row["kiosk_signature_id"]: row for row in rows}
    with _db(campaign_data) as db:
        facts = db.execute("SELECT uuid, postal_code, language, state, consent_updates, consent_email_sha256,"
                           " consent_sms, consent_sms_sha256 FROM signatures").fetchall()
    for uuid, postal, language, state, consent, email_hash, sms, sms_hash in facts:
        row = by_uuid[uuid]
        person = campaign_data.store.personal(uuid)
        assert row["zip_code"] == postal and row["language"] == language
        assert row["opted_in_to_email"] == ("yes" if consent else "no")
        assert row["email_consent_text_sha256"] == (email_hash or "")
        assert row["opted_in_to_texts"] == ("yes" if sms else "no")
        assert row["text_consent_text_sha256"] == (sms_hash or "")
        assert row["sync_state"] == {"pending": "waiting", "synced": "synced", "rejected": "rejected"}[state]
        if person is None:
            assert row["personal_data_purged"] == "yes" and row["first_name"] == row["email"] == ""
        else:
            assert (row["first_name"], row["last_name"], row["email"], row["phone_number"]) == (
                person.given_name, person.family_name, person.email, person.phone)
    names = {(r["first_name"], r["last_name"]) for r in rows}
    assert set(PLANTED + ARABIC) <= names


@pytest.mark.parametrize("language", ["es", "ar", "zh-Hans"])
def test_csv_header_in_every_language_is_the_english_one(campaign_data: KioskContext, tmp_path: Path,
                                                         language: str) -> None:
    headers = {}
    for code in ("en", language):
        out = tmp_path / f"signatures-{code}.csv"
        export_csv(campaign_data.store, campaign_data.campaign, out, language=code)
        with out.open(encoding="utf-8-sig", newline="") as handle:
            headers[code] = next(csv.reader(handle))
    assert headers[language] == headers["en"]
    assert headers[language][:3] == ["first_name", "last_name", "email"]
    assert "opted_in_to_email" in headers[language] and "acepta_correo" not in headers[language]


def test_csv_neutralises_formulas_but_not_phone_numbers(kiosk: KioskContext, tmp_path: Path) -> None:
    signer = valid_signer(kiosk.campaign, 1, given_name="=HYPERLINK(\"http://x\")", family_name="@Ruiz")
    kiosk.store.record(signer, kiosk.campaign, "en", False)
    out = tmp_path / "s.csv"
    export_csv(kiosk.store, kiosk.campaign, out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        row = next(csv.DictReader(handle))
    assert row["first_name"] == "'=HYPERLINK(\"http://x\")" and row["last_name"] == "'@Ruiz"
    assert neutralise("+12135550100") == "+12135550100"


def test_date_filters_are_local_days(kiosk: KioskContext, tmp_path: Path) -> None:
    today = datetime.now().astimezone()
    for n, days_ago in enumerate((0, 0, 3)):
        kiosk.store.record(valid_signer(kiosk.campaign, n), kiosk.campaign, "en", False,
                           signed_at=(today - timedelta(days=days_ago)).astimezone(UTC))
    out = tmp_path / "t.csv"
    assert export_csv(kiosk.store, kiosk.campaign, out, ReportFilters(since=today.date())).signatures == 2
    assert export_csv(kiosk.store, kiosk.campaign, out,
                      ReportFilters(until=today.date() - timedelta(days=1))).signatures == 1
    with pytest.raises(NothingToExport):
        export_csv(kiosk.store, kiosk.campaign, out, ReportFilters(since=today.date() + timedelta(days=1)))


def test_bad_filters(kiosk: KioskContext) -> None:
    with pytest.raises(BadFilter):
        ReportFilters.parse(since="28/11/2026")
    with pytest.raises(BadFilter):
        ReportFilters.parse(since="2026-11-28", until="2026-11-01")


@pytest.mark.parametrize("export", [export_tally, export_sheets, export_csv])
def test_zero_matching_signatures_writes_nothing(kiosk: KioskContext, tmp_path: Path, export) -> None:
    out = tmp_path / "empty.out"
    with pytest.raises(NothingToExport):
        export(kiosk.store, kiosk.campaign, out)
    assert list(tmp_path.iterdir()) == [tmp_path / "data"] or not out.exists()
    assert not out.exists()


def test_unknown_event_is_its_own_error(campaign_data: KioskContext, tmp_path: Path) -> None:
    with pytest.raises(UnknownEvent):
        export_tally(campaign_data.store, campaign_data.campaign, tmp_path / "t.pdf", ReportFilters(event="Nowhere"))


@pytest.mark.parametrize("export", [export_tally, export_sheets, export_csv])
def test_unwritable_paths(campaign_data: KioskContext, tmp_path: Path, export) -> None:
    with pytest.raises(ExportUnwritable):
        export(campaign_data.store, campaign_data.campaign, tmp_path / "no" / "such" / "dir" / "x.pdf")
    with pytest.raises(ExportUnwritable):
        export(campaign_data.store, campaign_data.campaign, tmp_path)  # a folder, not a file


def test_cancel_leaves_no_file_and_keeps_an_older_one(campaign_data: KioskContext, tmp_path: Path) -> None:
    out = tmp_path / "sheets.pdf"
    out.write_bytes(b"%PDF- yesterday's complete export")
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))

    with pytest.raises(ExportCancelled):
        export_sheets(campaign_data.store, campaign_data.campaign, out, progress=progress,
                      cancel=lambda: len(seen) >= 10)
    assert out.read_bytes() == b"%PDF- yesterday's complete export"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    assert seen and seen[-1][0] < seen[-1][1]


def test_progress_reaches_the_total(campaign_data: KioskContext, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export_sheets(campaign_data.store, campaign_data.campaign, tmp_path / "s.pdf",
                  progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] == 52 + len(PLANTED) + len(ARABIC) - 4
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_export_does_not_block_a_signer(campaign_data: KioskContext, tmp_path: Path) -> None:
    """A signature recorded while an export is running is stored at once (no write lock held)."""
    recorded: list[str] = []

    def progress(done: int, total: int) -> None:
        if done == 1 and not recorded:
            signer = valid_signer(campaign_data.campaign, 9999)
            started = datetime.now()
            recorded.append(campaign_data.store.record(signer, campaign_data.campaign, "en", False))
            assert (datetime.now() - started).total_seconds() < 2

    result = export_sheets(campaign_data.store, campaign_data.campaign, tmp_path / "s.pdf", progress=progress)
    assert recorded
    # The export is a snapshot: the newcomer is not half-included.
    assert result.signatures == 52 + len(PLANTED) + len(ARABIC) - 4


@pytest.fixture
def nearly_full_disk(tmp_path: Path):
    """A real 64 KiB tmpfs with only a few KiB left (needs root, as the CI machine is)."""
    import shutil
    import subprocess

    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    if shutil.which("mount") is None or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount_point)],
            capture_output=True).returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (not root)")
    try:
        (mount_point / "filler").write_bytes(b"\0" * 56 * 1024)
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


@pytest.mark.parametrize("export", [export_tally, export_sheets, export_csv])
def test_full_disk_leaves_no_half_written_file(campaign_data: KioskContext, nearly_full_disk: Path,
                                               export) -> None:
    from kiosk.reports import ExportDiskFull

    out = nearly_full_disk / "export.out"
    with pytest.raises(ExportDiskFull):
        export(campaign_data.store, campaign_data.campaign, out)
    assert sorted(p.name for p in nearly_full_disk.iterdir()) == ["filler"]


def test_cli_export_messages_and_exit_codes(campaign_data: KioskContext, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "t.pdf"
    data = ["--data-dir", str(campaign_data.data_dir)]
    assert cli.main([*data, "export", "tally", "--out", str(out), "--event", "Plaza rally"]) == 0
    assert "wrote" in capsys.readouterr().out and out.exists()
    assert cli.main([*data, "export", "csv", "--out", str(tmp_path / "x.csv"), "--since", "yesterday"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
    assert cli.main([*data, "export", "sheets", "--out", str(tmp_path / "nope" / "s.pdf")]) == 1
    err = capsys.readouterr().err
    assert "cannot write" in err and len(err.strip().splitlines()) == 1
    assert cli.main([*data, "export", "csv", "--out", str(tmp_path / "e.csv"), "--since", "2099-01-01"]) == 1
    assert "no signatures match" in capsys.readouterr().err
    assert not (tmp_path / "e.csv").exists()


def test_days_and_hours_follow_a_half_hour_time_zone(kiosk: KioskContext, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """India is UTC+5:30: 18:10 UTC is 23:40 one day, 18:45 UTC is 00:15 the next."""
    import time as time_module

    monkeypatch.setenv("TZ", "Asia/Kolkata")
    time_module.tzset()
    try:
        for n, (hour, minute) in enumerate(((18, 10), (18, 45))):
            kiosk.store.record(valid_signer(kiosk.campaign, n), kiosk.campaign, "en", False,
                               signed_at=datetime(2026, 11, 20, hour, minute, tzinfo=UTC))
        out = tmp_path / "t.pdf"
        export_tally(kiosk.store, kiosk.campaign, out)
        text = "\n".join(_pdf_text(out)[0])
        assert re.search(r"^November 20, 2026\s+1$", text, re.MULTILINE)
        assert re.search(r"^November 21, 2026\s+1$", text, re.MULTILINE)
        assert re.search(r"^23:00–23:59\s+1$", text, re.MULTILINE)
        assert re.search(r"^00:00–00:59\s+1$", text, re.MULTILINE)
        # The date filter uses the same local days.
        assert export_csv(kiosk.store, kiosk.campaign, tmp_path / "d.csv",
                          ReportFilters.parse(since="2026-11-21")).signatures == 1
    finally:
        monkeypatch.undo()
        time_module.tzset()


def test_tally_and_csv_show_opt_ins_per_channel_in_english_and_spanish(kiosk: KioskContext, tmp_path: Path) -> None:
    campaign = kiosk.campaign
    answers = [(True, True), (True, False), (False, True), (False, False), (True, True), (False, False)]
    for n, (email, sms) in enumerate(answers):
        signer = valid_signer(campaign, n, phone=f"+1213555{n + 100:04d}" if n != 5 else "")
        kiosk.store.record(signer, campaign, "es", email, consent_sms=sms)
    uuids = sorted(kiosk.store.all_uuids())
    with Session(kiosk.store.engine) as session, session.begin():
        session.execute(update(SignatureRecord).where(SignatureRecord.uuid == uuids[0])
                        .values(state=SyncState.NOT_SENT, last_error="no_contact"))
    with _db(kiosk) as db:
        email_yes, sms_yes = db.execute("SELECT sum(consent_email), sum(consent_sms) FROM signatures").fetchone()
    assert (email_yes, sms_yes) == (3, 3)
    for language, email_label, sms_label, not_sent_label in (
            ("en", "Opted in to email updates", "Opted in to text messages", "Not sent upstream (no contact)"),
            ("es", "Aceptaron noticias por correo", "Aceptaron mensajes de texto",
             "No enviadas al servidor (sin contacto)")):
        out = tmp_path / f"tally-{language}.pdf"
        export_tally(kiosk.store, campaign, out, language=language)
        text = "\n".join(_pdf_text(out)[0])
        assert _number(text, email_label) == email_yes
        assert _number(text, sms_label) == sms_yes
        assert _number(text, not_sent_label) == 1
    out = tmp_path / "firmas.csv"
    export_csv(kiosk.store, campaign, out, language="es")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    es = campaign.text("es")
    # Column names stay Action Network's and the kiosk's English ones; the cells are Spanish.
    assert sorted((r["opted_in_to_email"], r["opted_in_to_texts"]) for r in rows) == sorted(
        ("sí" if e else "no", "sí" if s else "no") for e, s in answers)
    assert {r["email_consent_text_sha256"] for r in rows} == {es.consent_email_sha256}
    assert {r["text_consent_text_sha256"] for r in rows} == {es.consent_sms_sha256, ""}
    assert "no enviada (sin contacto)" in {r["sync_state"] for r in rows}


def test_signature_only_signers_are_on_the_sheets_and_in_the_spanish_tally(kiosk: KioskContext,
                                                                          tmp_path: Path) -> None:
    from kiosk.campaign import parse_campaign
    from tests.support import signature_only_campaign_toml

    campaign = parse_campaign(signature_only_campaign_toml().encode(), "sig-only.toml")
    names = [("Rosa", "Quispe"), ("Juan", "Mamani"), ("Lucía", "Condori")]
    uuids = [kiosk.store.record(valid_signer(campaign, n, given_name=g, family_name=f, email="", phone=""),
                                campaign, "es", False) for n, (g, f) in enumerate(names)]
    with Session(kiosk.store.engine) as session, session.begin():
        session.execute(update(SignatureRecord).where(SignatureRecord.uuid.in_(uuids))
                        .values(state=SyncState.NOT_SENT, last_error="no_contact"))
    sheets = tmp_path / "hojas.pdf"
    assert export_sheets(kiosk.store, campaign, sheets, language="es").signatures == 3
    sheet_text = "\n".join(_pdf_text(sheets)[0])
    for given, family in names:
        assert f"{given} {family}" in sheet_text
    tally = tmp_path / "recuento.pdf"
    export_tally(kiosk.store, campaign, tally, language="es")
    text = "\n".join(_pdf_text(tally)[0])
    assert _number(text, "No enviadas al servidor (sin contacto)") == 3
    assert _number(text, "Aceptaron noticias por correo") == 0
def _logical(line: str) -> str:
    """A PDF line of shaped, visually ordered Arabic back in logical order (see above)."""
    return unicodedata.normalize("NFKC", line[::-1])


@pytest.mark.parametrize(("language", "title", "total", "footer"), [
    ("zh-Hans", "签名统计", "已收集", "翻译草稿，等待母语人士审核。"),
    ("zh-Hant", "簽名統計", "已收集", "翻譯草稿，等待母語人士審核。"),
    ("ko", "서명 집계", "수집됨", "번역 초안이며, 원어민의 검토를 기다리고 있습니다."),
    ("vi", "Bảng tổng kết chữ ký", "Đã thu", "Bản dịch nháp, đang chờ người bản ngữ duyệt lại."),
])
def test_cli_tally_in_each_script_comes_back_as_that_script(
        campaign_data: KioskContext, tmp_path: Path, language: str, title: str, total: str, footer: str) -> None:
    out = tmp_path / f"tally_{language}.pdf"
    data = ["--data-dir", str(campaign_data.data_dir)]
    assert cli.main([*data, "export", "tally", "--out", str(out), "--language", language]) == 0
    pages, _count = _pdf_text(out)
    text = unicodedata.normalize("NFC", "\n".join(pages))
    assert title in text
    assert _number(text, total) == 52 + len(PLANTED) + len(ARABIC)
    assert campaign_data.campaign.text(language).target in text  # the campaign's own text, not English
    assert footer in pages[0]  # a draft says so on every page
    assert "Collected" not in text


def test_cli_tally_and_sheets_in_arabic_come_back_as_arabic(campaign_data: KioskContext, tmp_path: Path) -> None:
    data = ["--data-dir", str(campaign_data.data_dir)]
    tally, sheets = tmp_path / "tally_ar.pdf", tmp_path / "sheets_ar.pdf"
    assert cli.main([*data, "export", "tally", "--out", str(tally), "--language", "ar"]) == 0
    assert cli.main([*data, "export", "sheets", "--out", str(sheets), "--language", "ar"]) == 0
    pages, _count = _pdf_text(tally)
    lines = [_logical(line) for page in pages for line in page.splitlines()]
    assert any("حصيلة التواقيع" in line for line in lines)
    assert any("ترجمة مسودة بانتظار مراجعة متحدث أصلي باللغة." in line for line in lines)
    assert any("الرئيس أوباما" in line for line in lines)  # the Arabic target
    assert any(ord(ch) in PRESENTATION_FORMS for page in pages for ch in page), "Arabic was not joined"
    assert "Signature tally" not in "\n".join(pages)
    pages, _count = _pdf_text(sheets)
    lines = [_logical(line) for page in pages for line in page.splitlines()]
    assert any("إلى: الرئيس أوباما" in line for line in lines)
    assert any("في الصفحات التالية" in line for line in lines)
    # A wrapped Arabic paragraph reads top to bottom: its first words are on its first line.
    first = next(i for i, line in enumerate(lines) if "نطالبكم بإنهاء" in line)
    later = next(i for i, line in enumerate(lines) if "الانتهاكات نفسها" in line)
    assert first < later
    for given, family in ARABIC:
        assert any(f"{given} {family}" in line for line in lines)
    text = "\n".join(pages)
    for given, family in PLANTED:  # Latin and Chinese names stay themselves on an Arabic sheet
        assert f"{given} {family}" in text or f"{family} {given}" in text, f"{given} {family}"


def test_reviewed_languages_print_no_draft_notice(campaign_data: KioskContext, tmp_path: Path) -> None:
    out = tmp_path / "recuento.pdf"
    export_tally(campaign_data.store, campaign_data.campaign, out, language="es")
    pages, _count = _pdf_text(out)
    assert "Borrador" not in "\n".join(pages) and "Draft" not in "\n".join(pages)


def test_arabic_brackets_and_quotes_face_the_right_way_and_latin_keeps_its_order() -> None:
    from kiosk.reports.fonts import visual

    # Drawn left to right: the closing « of the quote is leftmost, Latin and digits read as typed.
    shown = unicodedata.normalize("NFKC", visual("أرسل «نعم» إلى NDLON (رقم 287)"))
    assert shown == "(287 مقر) NDLON ىلإ «معن» لسرأ"
    assert unicodedata.normalize("NFKC", visual("Ana (فاطمة) signed")) == "Ana (ةمطاف) signed"


def test_chinese_paragraphs_wrap_between_characters_not_only_at_spaces(campaign_data: KioskContext,
                                                                        tmp_path: Path) -> None:
    out = tmp_path / "sheets_zh.pdf"
    export_sheets(campaign_data.store, campaign_data.campaign, out, language="zh-Hans")
    pages, _count = _pdf_text(out)
    lines = pages[0].splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("我们要求您立即终止"))
    last = next(i for i, line in enumerate(lines) if "滥权行为" in line)
    # The paragraph fills two full lines; broken only at its spaces it took four ragged ones.
    assert last - first + 1 <= 2, lines[first:last + 1]
