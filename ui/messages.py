"""The message registry: the core's codes worded for each audience, in one place.

The core (``kiosk/``, ``sync/``) returns codes only; this is where they become sentences, one
section per reader:
- **signer** (the kiosk screens, the signer's language): :class:`~kiosk.errors.FieldError`
  codes, a repeat signer, a refused write, and why the kiosk cannot start;
- **coordinator** (the admin area, the coordinator's language): every
  :class:`~sync.errors.SyncCode` and every export error;
- **operator** (the command line and logs, plain English an IT volunteer can search for):
  :func:`operator_line`, kept in :mod:`ui.error_lines`.

Translated texts go through Qt Linguist (context ``Messages``, in ``kiosk_<lang>.ts``);
``tests/ui/test_messages.py`` proves every code has a message in every language the UI has.
Messages never include what the signer typed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kiosk.errors import FieldError, KeyMismatch, KeyStoreUnavailable, KioskError, StorageError
from sync.errors import SyncCode
from ui.error_lines import describe as operator_line

__all__ = ["export_error_text", "field_error_text", "hub_sync_code_texts", "operator_line", "start_problem_text",
           "storage_error_text", "sync_code_text", "sync_code_texts"]

_CONTEXT = "Messages"

# Qt reads each language's layout direction from this entry (Arabic: "RTL", the rest "LTR").
# Marked here only so lupdate keeps it in every kiosk_<lang>.ts: an entry without a source
# line is marked vanished on each run, and lrelease leaves vanished entries out.
LAYOUT_DIRECTION = QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION")


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


# -- signer -------------------------------------------------------------------------------


def field_error_text(code: FieldError, field: str = "") -> str:
    """The message shown next to a field for ``code``."""
    if code is FieldError.REQUIRED:
        if field == "given_name":
            return QCoreApplication.translate("Messages", "Please enter your first name.")
        if field == "family_name":
            return QCoreApplication.translate("Messages", "Please enter your last name.")
        if field == "email":
            return QCoreApplication.translate("Messages", "Please enter your email address.")
        if field == "phone":
            return QCoreApplication.translate("Messages", "Please enter your phone number.")
        if field == "postal_code":
            return QCoreApplication.translate("Messages", "Please enter your ZIP code.")
        if field == "address":
            return QCoreApplication.translate("Messages", "Please enter your street address.")
        return QCoreApplication.translate("Messages", "This field is required.")
    if code is FieldError.TOO_LONG:
        return QCoreApplication.translate("Messages", "This is too long. Please shorten it.")
    if code is FieldError.INVALID_EMAIL:
        return QCoreApplication.translate(
            "Messages", "This email address doesn't look right. Example: name@example.com")
    if code is FieldError.INVALID_PHONE:
        return QCoreApplication.translate(
            "Messages", "This phone number doesn't look right. Example: 213 555 0123")
    if code is FieldError.INVALID_POSTAL_CODE:
        return QCoreApplication.translate("Messages", "A ZIP code has 5 digits, for example 90011.")
    if code is FieldError.CONTACT_REQUIRED:
        return QCoreApplication.translate(
            "Messages", "Please give an email address or a phone number so we can count your signature.")
    if code is FieldError.SIGNATURE_REQUIRED:
        return QCoreApplication.translate("Messages", "Please sign in the box with your finger.")
    return _t(str(code))


def storage_error_text() -> str:
    """The database refused the write (full disk): nothing typed is lost, try again."""
    return QCoreApplication.translate(
        "Messages",
        "Your signature could not be saved right now. Nothing you typed was lost. "
        "Please tap \u201cSign the petition\u201d again, or ask a volunteer for help.")


def start_problem_text(code: str) -> str:
    """Why the kiosk cannot take signatures, for the canvasser (``code``: a KioskError code)."""
    texts: dict[type[KioskError], str] = {
        KeyStoreUnavailable: QCoreApplication.translate(
            "Messages", "This device has no safe place to keep the key that protects signatures."),
        KeyMismatch: QCoreApplication.translate(
            "Messages", "The key that protects the signatures on this device is missing or wrong."),
        StorageError: QCoreApplication.translate(
            "Messages", "The signature database on this device could not be opened."),
    }
    by_code = {kind.code: text for kind, text in texts.items()}
    return by_code.get(code) or QCoreApplication.translate(
        "Messages", "Something this kiosk needs to keep signatures safe is not working.")


# -- coordinator ----------------------------------------------------------------------------


def sync_code_texts() -> dict[SyncCode, str]:
    """Every sync code in words for the coordinator, in the current language."""
    # Each text is spelled out in its own translate() call: lupdate reads only literal strings, and a
    # wrapper taking a variable made it drop these from the .ts files (so lrelease left them out).
    return {
        SyncCode.TIMEOUT: QCoreApplication.translate("Messages", "the server did not answer in time"),
        SyncCode.CONNECTION: QCoreApplication.translate("Messages", "no connection to the server"),
        SyncCode.TLS: QCoreApplication.translate("Messages", "the server's certificate could not be verified"),
        SyncCode.SERVER_ERROR: QCoreApplication.translate("Messages", "the server had an error"),
        SyncCode.RATE_LIMITED: QCoreApplication.translate("Messages", "the server asked us to slow down"),
        SyncCode.BAD_RESPONSE: QCoreApplication.translate("Messages", "the server's answer was not understood"),
        SyncCode.NO_RESULT: QCoreApplication.translate(
            "Messages", "the server did not say what became of some signatures; they will be sent again"),
        SyncCode.AUTH_FAILED: QCoreApplication.translate("Messages", "the token was refused: enter a new one"),
        SyncCode.NO_TOKEN: QCoreApplication.translate("Messages", "no token is saved"),
        SyncCode.NOT_FOUND: QCoreApplication.translate("Messages", "the petition id is wrong"),
        SyncCode.NOT_CONFIGURED: QCoreApplication.translate("Messages", "no server is set up"),
        SyncCode.INSECURE_URL: QCoreApplication.translate("Messages", "the address must start with https://"),
        SyncCode.CA_BUNDLE_MISSING: QCoreApplication.translate("Messages", "the certificate file is missing"),
        SyncCode.SEAL_UNREADABLE: QCoreApplication.translate(
            "Messages", "some signatures could not be opened with this kiosk's key; they are kept"),
        SyncCode.REJECTED: QCoreApplication.translate("Messages", "the server refused some signatures"),
    }


def export_error_text(code: str, detail: str = "") -> str:
    """Why an export saved nothing, for the coordinator (``code``: an ExportError or KioskError code)."""
    from kiosk.reports.errors import (  # the reports load reportlab: only once an export failed
        BadFilter,
        ExportCancelled,
        ExportDiskFull,
        ExportUnwritable,
        NothingToExport,
        UnknownEvent,
    )

    if code == NothingToExport.code and detail == "all_purged":
        return QCoreApplication.translate(
            "Messages", "Nothing to put on signature sheets: the personal data of every matching signature "
                        "was purged after upload. Nothing was saved.")
    texts: dict[type[KioskError], str] = {
        NothingToExport: QCoreApplication.translate(
            "Messages", "No signatures match these filters. Nothing was saved."),
        ExportUnwritable: QCoreApplication.translate(
            "Messages", "Cannot save there: the folder does not exist or is read-only. Choose another place."),
        ExportDiskFull: QCoreApplication.translate(
            "Messages", "The disk is full. Nothing was saved; free some space or choose another place."),
        ExportCancelled: QCoreApplication.translate("Messages", "Export cancelled. Nothing was saved."),
        UnknownEvent: QCoreApplication.translate("Messages", "That event no longer exists."),
        BadFilter: QCoreApplication.translate("Messages", "The first day is after the last day."),
        KeyMismatch: QCoreApplication.translate(
            "Messages", "The data key of this kiosk is missing or wrong, so signatures cannot be opened."),
        StorageError: QCoreApplication.translate("Messages", "The signature database could not be read."),
    }
    by_code = {kind.code: text for kind, text in texts.items()}
    return by_code.get(code) or QCoreApplication.translate(
        "Messages", "The export failed (%1). Nothing was saved.").replace("%1", code)


def hub_sync_code_texts() -> dict[SyncCode, str]:
    """The codes that mean something else on a kiosk paired with a hub, in the current language.

    A paired kiosk's token came from the hub at pairing: a refused or missing one means the
    hub no longer accepts this kiosk (revoked from the dashboard), and only pairing again
    mends it, never typing a token.
    """
    return {
        SyncCode.AUTH_FAILED: QCoreApplication.translate(
            "Messages", "the hub no longer accepts this kiosk: pair it with the hub again"),
        SyncCode.NO_TOKEN: QCoreApplication.translate(
            "Messages", "this kiosk's hub token is missing: pair it with the hub again"),
    }


def sync_code_text(code: str, hub_device: bool = False) -> str:
    """A sync code (as stored in the status) in words; an unknown one is named, never shown bare.

    ``hub_device``: the kiosk is paired with a hub (see :func:`hub_sync_code_texts`).
    """
    try:
        known = SyncCode(code)
        return (hub_sync_code_texts().get(known) if hub_device else None) or sync_code_texts()[known]
    except ValueError:
        return QCoreApplication.translate("Messages", "an unexpected problem (%1)").replace("%1", code)
