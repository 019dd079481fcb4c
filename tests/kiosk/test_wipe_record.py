"""A panic wipe leaves a record (issue 13, item 9): one purge-log row with its count, and the
record of destruction (the PDF, parsed back) shows it in English and Spanish, under a rule
of its own, with no personal data and without saying how the wipe was asked for."""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from pathlib import Path

import pdfplumber
import pytest

from kiosk.clock import utcnow
from kiosk.runtime import KioskContext
from kiosk.simulate import simulate
from kiosk.wipe import panic_wipe
from tests.kiosk.test_cli import cli
from tests.support import valid_signer

ROW = r"^(\d\d/\d\d/\d{4} \d\d:\d\d) (\d+) (.+?) (Tablet 4)$"


def _pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def _sync(kiosk: KioskContext, how_many: int | None = None) -> None:
    """Mark ``how_many`` of the waiting signatures (all by default) as confirmed by the server."""
    with sqlite3.connect(kiosk.store.path) as db:
        waiting = [u for (u,) in db.execute("SELECT uuid FROM signatures WHERE state = 'pending' ORDER BY uuid")]
    chosen = waiting if how_many is None else waiting[:how_many]
    kiosk.store.record_sync_results(utcnow(), {u: f"r-{i}" for i, u in enumerate(chosen)}, {}, {}, {})


def _purge_then_wipe(kiosk: KioskContext) -> None:
    """4 signatures synced and purged by the coordinator, then 9 more (2 of them synced) wiped."""
    store, campaign = kiosk.store, kiosk.campaign
    simulate(store, campaign, 4, seed=1, kiosk_label="Tablet 4")
    _sync(kiosk)
    assert store.purge_synced(utcnow()) == 4
    simulate(store, campaign, 7, seed=2, kiosk_label="Tablet 4")
    _sync(kiosk, 2)
    for n in range(2):  # two signed at the screen, with names a test can look for
        store.record(valid_signer(campaign, n, given_name="Wipeora", family_name=f"Recordson{n}",
                                  email=f"zz.record.{n}@example.org"), campaign, "es", True,
                     kiosk_label="Tablet 4")
    assert panic_wipe(kiosk) == 9


def test_the_wipe_writes_one_purge_log_row_with_its_count_and_nothing_personal(kiosk: KioskContext) -> None:
    _purge_then_wipe(kiosk)
    with sqlite3.connect(kiosk.store.path) as db:
        log = db.execute("SELECT count, rule, days, kiosk_id FROM purge_log ORDER BY id").fetchall()
        destroyed = db.execute("SELECT count(*) FROM signatures WHERE sealed IS NULL").fetchone()[0]
        every_row = repr(db.execute("SELECT * FROM purge_log").fetchall())
    assert [(n, rule, days) for n, rule, days, _ in log] == [(4, "manual", None), (9, "wipe", None)]
    assert {kiosk_id for *_, kiosk_id in log} == {kiosk.store.kiosk_id}
    assert sum(n for n, *_ in log) == destroyed == 13
    assert "Recordson" not in every_row and "@example" not in every_row
    # A second wipe finds nothing left to destroy: it adds no row claiming otherwise.
    assert panic_wipe(kiosk) == 0
    with sqlite3.connect(kiosk.store.path) as db:
        assert db.execute("SELECT count(*) FROM purge_log").fetchone()[0] == 2


def test_the_destruction_pdf_shows_the_wipe_in_english_and_spanish(kiosk: KioskContext, tmp_path: Path) -> None:
    _purge_then_wipe(kiosk)
    kiosk.close()
    english, spanish = tmp_path / "destruction.pdf", tmp_path / "destruccion.pdf"
    made = cli("export", "destruction", "--out", str(english))
    assert made.returncode == 0, made.stderr
    assert cli("export", "destruction", "--out", str(spanish), "--language", "es").returncode == 0

    text = _pdf_text(english)
    assert "The personal data of 13 signature records was destroyed on this device." in text
    assert re.search(r"^Records destroyed 13$", text, re.MULTILINE)
    assert [(n, rule) for _, n, rule, _ in re.findall(ROW, text, re.MULTILINE)] == [
        ("4", "By a coordinator (purge now)"), ("9", "All at once, by a wipe")]
    assert "also of signatures not yet sent, which can no longer be delivered" in " ".join(text.split())
    texto = _pdf_text(spanish)
    assert "En este dispositivo se destruyeron los datos personales de 13 registros de firmas." in texto
    assert [(n, rule) for _, n, rule, _ in re.findall(ROW, texto, re.MULTILINE)] == [
        ("4", "Por un coordinador (borrar ahora)"),
        ("9", "Todo a la vez, por un borrado total")]
    for document in (text, texto):
        for personal in ("Wipeora", "Recordson", "@example", "+1213"):
            assert personal not in document
        assert "duress" not in document.lower() and "coacción" not in document.lower()


def test_a_record_of_retention_purges_alone_does_not_mention_a_wipe(kiosk: KioskContext, tmp_path: Path) -> None:
    from kiosk.reports import export_destruction

    simulate(kiosk.store, kiosk.campaign, 3, seed=5, kiosk_label="Tablet 4")
    _sync(kiosk)
    assert kiosk.store.purge_synced(utcnow()) == 3
    out = tmp_path / "purges.pdf"
    export_destruction(kiosk.store, kiosk.campaign, out)
    text = " ".join(_pdf_text(out).split())
    assert "Records destroyed 3" in text
    assert "wipe" not in text


@pytest.mark.parametrize("language", ["vi", "zh-Hans", "zh-Hant", "ko", "tl", "ht"])
def test_the_wipe_is_told_in_each_drafted_language_not_in_english(kiosk: KioskContext, tmp_path: Path,
                                                                   language: str) -> None:
    from kiosk.languages import label_file
    from kiosk.reports import export_destruction

    labels = label_file(language)
    assert labels is not None
    _purge_then_wipe(kiosk)
    out = tmp_path / f"destruction_{language}.pdf"
    export_destruction(kiosk.store, kiosk.campaign, out, language=language)
    # Without spaces: a paragraph wraps anywhere in Chinese, and a table cell may wrap too.
    text = "".join(unicodedata.normalize("NFC", _pdf_text(out)).split())
    for key in ("destruction.what_wipe", "destruction.rule_wipe"):
        assert "".join(labels.table[key].split()) in text, key
    assert "Allatonce,byawipe" not in text and "Awipedestroyed" not in text
