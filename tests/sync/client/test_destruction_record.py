"""A record of destruction: every purge is logged (counts only), and the PDF states how many
records' personal data were destroyed, when, on which device and under which rule (issue 14)."""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from datetime import timedelta
from pathlib import Path

import pdfplumber
import pytest

from kiosk.clock import utcnow
from kiosk.runtime import KioskContext
from kiosk.simulate import simulate
from sync.client.retention import RetentionMode, RetentionRule, apply_retention
from tests.kiosk.test_cli import cli
from tests.sync.helpers import json_config, make_engine
from tests.sync.servers.base import RunningServer


def _pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def _three_purges(kiosk: KioskContext, json_server: RunningServer) -> None:
    """7 purged at once after upload, 5 after 14 days, 3 by a coordinator."""
    simulate(kiosk.store, kiosk.campaign, 7, seed=1, kiosk_label="Tablet 2")
    immediate = RetentionRule(RetentionMode.IMMEDIATE)
    make_engine(kiosk, json_config(json_server.url), retention=immediate).run_until_idle(10)
    simulate(kiosk.store, kiosk.campaign, 5, seed=2, kiosk_label="Tablet 2")
    make_engine(kiosk, json_config(json_server.url), retention=RetentionRule(RetentionMode.MANUAL)).run_until_idle(10)
    rule = RetentionRule(RetentionMode.DAYS, 14)
    assert apply_retention(kiosk.store, rule, utcnow() + timedelta(days=14, seconds=1)) == 5
    simulate(kiosk.store, kiosk.campaign, 3, seed=3, kiosk_label="Tablet 2")
    make_engine(kiosk, json_config(json_server.url), retention=RetentionRule(RetentionMode.MANUAL)).run_until_idle(10)
    assert kiosk.store.purge_synced(utcnow()) == 3
    assert kiosk.store.purge_synced(utcnow()) == 0  # nothing destroyed: nothing logged


def test_each_purge_writes_one_log_row_with_count_rule_and_device(kiosk: KioskContext,
                                                                   json_server: RunningServer) -> None:
    _three_purges(kiosk, json_server)
    with sqlite3.connect(kiosk.store.path) as db:
        log = db.execute("SELECT count, rule, days, kiosk_id, kiosk_label FROM purge_log ORDER BY id").fetchall()
        destroyed = db.execute("SELECT count(*) FROM signatures WHERE sealed IS NULL").fetchone()[0]
    assert [(n, rule, days) for n, rule, days, _, _ in log] == [(7, "immediate", None), (5, "days", 14),
                                                                 (3, "manual", None)]  # in the order they ran
    assert {kiosk_id for *_, kiosk_id, _ in log} == {kiosk.store.kiosk_id}
    assert {label for *_, label in log} == {"Tablet 2"}
    assert sum(n for n, *_ in log) == destroyed == 15


def test_the_destruction_pdf_states_counts_times_device_and_rules_in_english_and_spanish(
        kiosk: KioskContext, json_server: RunningServer, tmp_path: Path, data_dir: Path) -> None:
    _three_purges(kiosk, json_server)
    kiosk_id = kiosk.store.kiosk_id
    kiosk.close()
    english, spanish = tmp_path / "destruction.pdf", tmp_path / "destruccion.pdf"
    made = cli("export", "destruction", "--out", str(english))
    assert made.returncode == 0, made.stderr
    assert "15 signatures" in made.stdout
    assert cli("export", "destruction", "--out", str(spanish), "--language", "es").returncode == 0

    text = _pdf_text(english)
    assert "Record of destruction of personal data" in text
    assert "The personal data of 15 signature records was destroyed on this device." in text
    assert re.search(r"^Records destroyed 15$", text, re.MULTILINE)
    assert kiosk_id in text
    rows = re.findall(r"^(\d\d/\d\d/\d{4} \d\d:\d\d) (\d+) (.+?) Tablet 2$", text, re.MULTILINE)
    # In time order: the 14-day purge ran (in this test's clock) two weeks after the other two.
    assert [(n, rule) for _, n, rule in rows] == [("7", "Immediately after confirmed upload"),
                                                  ("3", "By a coordinator (purge now)"),
                                                  ("5", "14 days after confirmed upload")]
    for name in ("Ana", "@example", "+1213"):  # no personal data, only counts
        assert name not in text

    texto = _pdf_text(spanish)
    assert "Constancia de destrucción de datos personales" in texto
    assert "En este dispositivo se destruyeron los datos personales de 15 registros de firmas." in texto
    assert re.search(r"^Registros destruidos 15$", texto, re.MULTILINE)
    filas = re.findall(r"^(\d\d/\d\d/\d{4} \d\d:\d\d) (\d+) (.+?) Tablet 2$", texto, re.MULTILINE)
    assert [(n, rule) for _, n, rule in filas] == [("7", "En cuanto se confirmó el envío"),
                                                   ("3", "Por un coordinador (borrar ahora)"),
                                                   ("5", "14 días después de confirmado el envío")]
    # The same moments, written day first in Spanish.
    assert [f"{w[3:5]}/{w[:2]}{w[5:]}" for w, _, _ in rows] == [when for when, _, _ in filas]


def test_a_device_that_destroyed_nothing_says_so(kiosk: KioskContext, tmp_path: Path) -> None:
    from kiosk.reports import export_destruction

    out = tmp_path / "nada.pdf"
    result = export_destruction(kiosk.store, kiosk.campaign, out, language="es")
    assert result.signatures == 0
    text = _pdf_text(out)
    assert "Todavía no se ha destruido ningún dato personal en este dispositivo." in text
    assert re.search(r"^Registros destruidos 0$", text, re.MULTILINE)


@pytest.mark.parametrize("language", ["vi", "zh-Hans", "zh-Hant", "ko", "tl", "ht"])
def test_the_destruction_record_is_in_each_drafted_language_not_english(kiosk: KioskContext, tmp_path: Path,
                                                                         language: str) -> None:
    from kiosk.languages import label_file
    from kiosk.reports import export_destruction

    labels = label_file(language)
    assert labels is not None
    out = tmp_path / f"destruction_{language}.pdf"
    export_destruction(kiosk.store, kiosk.campaign, out, language=language)
    text = unicodedata.normalize("NFC", _pdf_text(out))
    assert labels.table["destruction.title"] in text
    assert labels.table["destruction.records"] in text
    for english in ("Record of destruction", "Records destroyed", "No personal data has been destroyed"):
        assert english not in text
