"""Settings declared once: typed attributes, ranges and choices from the declaration, change notices."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.settings import SETTINGS, RetentionMode, Settings, SyncKind, load_settings


def test_settings_read_as_typed_attributes_with_their_defaults(data_dir: Path) -> None:
    settings, problem = load_settings(data_dir)
    assert problem is None
    assert settings.inactivity_timeout_s == 90 and isinstance(settings.inactivity_timeout_s, int)
    assert settings.retention is RetentionMode.DAYS
    assert settings.sync_kind is SyncKind.CAMPAIGN
    assert settings.larger_text is False
    assert set(SETTINGS) == {"kiosk_label", "canvasser", "current_event_id", "default_language",
                             "inactivity_timeout_s", "retention", "retention_days", "sync_kind", "sync_url",
                             "sync_petition_id", "sync_ca_bundle", "key_store", "pin_hash", "larger_text",
                             "speech_volume"}


def test_a_hand_edited_file_falls_back_per_setting(data_dir: Path) -> None:
    path = data_dir / "settings.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"inactivity_timeout_s": 100_000, "retention": "forever", "retention_days": 3,
                                "sync_kind": "json", "larger_text": "yes"}), encoding="utf-8")
    settings, _ = load_settings(data_dir)
    assert settings.inactivity_timeout_s == 90  # out of the declared range
    assert settings.retention is RetentionMode.DAYS  # not one of the choices
    assert settings.retention_days == 3
    assert settings.sync_kind is SyncKind.JSON
    assert settings.larger_text is False


def test_values_outside_the_declaration_are_refused(data_dir: Path) -> None:
    settings, _ = load_settings(data_dir)
    for name, value in (("inactivity_timeout_s", 0), ("inactivity_timeout_s", "90"), ("retention", "forever"),
                        ("sync_kind", "ftp"), ("larger_text", 1), ("retention_days", True)):
        with pytest.raises(ValueError, match=name):
            settings.set(name, value)
    assert Settings.inactivity_timeout_s.maximum == 900  # the admin area's spin box reads this


def test_a_save_announces_exactly_what_changed_and_the_file_agrees(data_dir: Path) -> None:
    settings, _ = load_settings(data_dir)
    heard: list[frozenset[str]] = []
    unsubscribe = settings.subscribe(heard.append)
    settings.sync_url = "https://petitions.example.org"
    settings.inactivity_timeout_s = 90  # the value it had: no change
    settings.retention = RetentionMode.IMMEDIATE
    assert heard == []  # nothing announced before it is saved
    settings.save()
    assert heard == [frozenset({"sync_url", "retention"})]
    settings.save()
    assert len(heard) == 1  # a save that changed nothing says nothing
    unsubscribe()
    settings.kiosk_label = "Tablet 3"
    settings.save()
    assert len(heard) == 1
    again, _ = load_settings(data_dir)
    assert (again.sync_url, again.retention, again.kiosk_label) == (
        "https://petitions.example.org", RetentionMode.IMMEDIATE, "Tablet 3")
