"""The message registry: every code the core returns has words in every language the UI has."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from kiosk import errors as kiosk_errors
from kiosk import hpke_seal, signature, trust
from kiosk.campaign import CampaignError, CampaignProblem
from kiosk.errors import FieldError, KioskError
from kiosk.reports import errors as export_errors
from kiosk.runtime import KioskContext
from sync.client.status import META_LAST_ERROR
from sync.protocol.reasons import Reason
from sync.upstream.errors import SyncCode
from ui.admin.panel import AdminPanel
from ui.i18n import SOURCE_LANGUAGE, LanguageSwitcher, ui_languages
from ui.messages import (
    export_error_text,
    field_error_text,
    hub_sync_code_texts,
    operator_line,
    reject_reason_text,
    start_problem_text,
    sync_code_text,
    sync_code_texts,
)

FIELDS = ("given_name", "family_name", "email", "phone", "postal_code", "address", "")
# The start-up failures a canvasser can meet (AlreadySigned and ConfigError never stop the kiosk).
START_PROBLEMS = [kiosk_errors.KeyStoreUnavailable, kiosk_errors.KeyMismatch, kiosk_errors.StorageError,
                  trust.SealingKeyChanged, trust.SealingKeyNotPinned, trust.PinRecordChanged]
# Every way an export can end with nothing saved (the base class is the generic "export failed").
EXPORT_PROBLEMS = [*export_errors.ExportError.__subclasses__(), kiosk_errors.KeyMismatch, kiosk_errors.StorageError]


def _shows_a_bare_code(key: str, text: str) -> bool:
    # A one-word code ("timeout", "required") may be a word of the sentence; "no_result" never is.
    code = key.split(":")[1]
    return not text.strip() or text.strip() == code or ("_" in code and code in text)


def _all_texts() -> dict[str, str]:
    texts = {f"field:{code}:{field}": field_error_text(code, field) for code in FieldError for field in FIELDS}
    texts |= {f"sync:{code}": sync_code_text(code.value) for code in SyncCode}
    texts |= {f"hub:{code}": sync_code_text(code.value, hub_device=True) for code in hub_sync_code_texts()}
    texts |= {f"start:{kind.code}": start_problem_text(kind.code) for kind in START_PROBLEMS}
    texts |= {f"export:{kind.code}": export_error_text(kind.code) for kind in EXPORT_PROBLEMS}
    texts["export:export_nothing_matches:all_purged"] = export_error_text("export_nothing_matches", "all_purged")
    # Every reason code of the protocol's one list, and its two families with a variable part.
    texts |= {f"reason:{code.value}": reject_reason_text(code.value) for code in Reason}
    texts["reason:invalid_field"] = reject_reason_text("invalid:signatures.0.uuid")
    texts["reason:http_4xx"] = reject_reason_text("http_422")
    return texts


@pytest.fixture
def english(qtbot: QtBot) -> dict[str, str]:
    switcher = LanguageSwitcher((SOURCE_LANGUAGE,), SOURCE_LANGUAGE)
    texts = _all_texts()
    del switcher
    return texts


@pytest.fixture(params=[lang for lang in ui_languages() if lang != SOURCE_LANGUAGE])
def other_language(request: pytest.FixtureRequest, qtbot: QtBot) -> Iterator[str]:
    switcher = LanguageSwitcher((request.param, SOURCE_LANGUAGE), request.param)
    yield request.param
    switcher.set_language(SOURCE_LANGUAGE)


def test_every_sync_code_is_in_the_registry() -> None:
    assert set(sync_code_texts()) == set(SyncCode)


def test_every_code_has_words_not_the_code_in_english(english: dict[str, str]) -> None:
    for key, text in english.items():
        assert not _shows_a_bare_code(key, text), key


def test_every_code_is_translated_in_every_other_language(english: dict[str, str], other_language: str) -> None:
    translated = _all_texts()
    untranslated = sorted(key for key, text in translated.items()
                          if text == english[key] or _shows_a_bare_code(key, text))
    assert untranslated == [], other_language


def test_every_export_problem_has_its_own_words() -> None:
    generic = export_error_text("export_failed")
    assert len(EXPORT_PROBLEMS) >= 8
    assert len({export_error_text(kind.code) for kind in EXPORT_PROBLEMS} | {generic}) == len(EXPORT_PROBLEMS) + 1


def test_start_problems_cover_every_kiosk_error_that_stops_the_kiosk() -> None:
    generic = start_problem_text("something_else")
    for kind in START_PROBLEMS:
        assert issubclass(kind, KioskError) and start_problem_text(kind.code) != generic


def test_the_coordinator_never_reads_a_bare_code(qtbot: QtBot, kiosk: KioskContext) -> None:
    # A kiosk whose sending is set up (where it is not, the page says that instead of a problem).
    kiosk.settings.set("sync_kind", "json")
    kiosk.settings.set("sync_url", "https://petitions.example.org")
    kiosk.settings.save()
    kiosk.store.set_meta(META_LAST_ERROR, SyncCode.NO_RESULT.value)
    panel = AdminPanel(kiosk, None)
    qtbot.addWidget(panel)
    try:
        panel.sync_page.refresh()
        shown = panel.sync_page.last_result.text()
        assert "Last problem: the server did not say what became of some signatures" in shown
        assert "no_result" not in shown
    finally:
        panel.shutdown()


# -- operator: one line per failure of the core (the command line, the start-failure detail) --

# One of each, with the non-personal details the core gives them (a path, an event name, a field).
OPERATOR_PROBLEMS: list[BaseException] = [
    kiosk_errors.KeyStoreUnavailable(), kiosk_errors.KeyFileExposed("/home/kiosk/.config/data.key"),
    kiosk_errors.KeyFileInDataDir("/data/data.key"), kiosk_errors.KeyMismatch(),
    kiosk_errors.StorageError("disk I/O error"), kiosk_errors.ConfigError("settings.toml"),
    CampaignError("demo.toml", "goal", CampaignProblem.WRONG_TYPE, "a whole number"),
    export_errors.ExportUnwritable("/media/usb/tally.pdf"), export_errors.ExportDiskFull("/media/usb/tally.pdf"),
    export_errors.NothingToExport(), export_errors.NothingToExport("all_purged"), export_errors.ExportCancelled(),
    export_errors.UnknownEvent("Rally"), export_errors.BadFilter("since"), export_errors.BadFilter("since>until"),
    export_errors.SealedOnTablet(), hpke_seal.SealedForHub(), hpke_seal.BadPublicKey(),
    trust.SealingKeyChanged("changed"), trust.SealingKeyNotPinned(), trust.PinRecordChanged("removed"),
    signature.PayloadUnreadable(),
    ValueError("never shown"),
]


def _kiosk_error_classes(base: type[KioskError] = KioskError) -> set[type[KioskError]]:
    found: set[type[KioskError]] = set()
    for kind in base.__subclasses__():
        found |= {kind} | _kiosk_error_classes(kind)
    return found


def _operator_lines(translated: bool) -> dict[str, str]:
    return {f"{type(exc).__name__}:{getattr(exc, 'detail', '')}": operator_line(exc, translated=translated)
            for exc in OPERATOR_PROBLEMS}


def test_every_error_class_of_the_core_has_an_operator_line() -> None:
    # The sync package's errors are worded by the sync and pairing pages and commands.
    core = {kind for kind in _kiosk_error_classes() if kind.__module__.startswith("kiosk.")}
    generic = {export_errors.ExportError}  # the base: only its subclasses are ever raised
    assert core - generic <= {type(exc) for exc in OPERATOR_PROBLEMS}
    for exc in OPERATOR_PROBLEMS:
        line = operator_line(exc)
        code = getattr(exc, "code", "")
        assert line and (not code or (line != code.replace("_", " ") and code not in line)), (exc, line)
        assert "never shown" not in line  # an unexpected error is named by its type only


def test_the_operator_line_is_plain_english_by_default(spanish: None) -> None:
    # The command line prints the line an IT volunteer searches for, whatever is installed.
    assert operator_line(export_errors.UnknownEvent("Rally")) == "there is no event named 'Rally' on this kiosk"
    key_file = "/home/kiosk/.config/data.key"
    assert operator_line(kiosk_errors.KeyFileExposed(key_file)) == (
        f"the key file {key_file} can be read by other users, so signatures will not be collected; "
        f"make it private with: chmod 600 {key_file}")


def test_every_operator_line_is_translated_to_spanish(qtbot: QtBot) -> None:
    english = _operator_lines(translated=True)  # no translator installed: the English templates
    switcher = LanguageSwitcher(("es", SOURCE_LANGUAGE), "es")
    try:
        spanish = _operator_lines(translated=True)
    finally:
        switcher.set_language(SOURCE_LANGUAGE)
    assert english == _operator_lines(translated=False)
    assert sorted(key for key in english if spanish[key] == english[key]) == []
    assert spanish["UnknownEvent:Rally"] == "no hay ningún evento llamado 'Rally' en este quiosco"


def test_every_operator_line_is_translated_in_every_other_language(other_language: str) -> None:
    """The start-failure screen shows the coordinator this line in the kiosk's language."""
    english = _operator_lines(translated=False)
    translated = _operator_lines(translated=True)
    assert sorted(key for key in english if translated[key] == english[key]) == [], other_language
    # The details the core gives, and the setting or command to use, come through as they are.
    assert "Rally" in translated["UnknownEvent:Rally"]
    assert "PETITION_KIOSK_KEY_STORE=file" in translated["KeyStoreUnavailable:"]
    assert translated["KeyFileExposed:/home/kiosk/.config/data.key"].count("/home/kiosk/.config/data.key") == 2
    assert "chmod 600" in translated["KeyFileExposed:/home/kiosk/.config/data.key"]
