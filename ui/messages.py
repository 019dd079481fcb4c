"""The message registry: the core's codes worded for each audience, in one place.

The core (``kiosk/``, ``sync/``) returns codes only; this is where they become sentences, one
section per reader:
- **signer** (the kiosk screens, the signer's language): :class:`~kiosk.errors.FieldError`
  codes, a repeat signer, a refused write, and why the kiosk cannot start;
- **coordinator** (the admin area, the coordinator's language): every
  :class:`~sync.upstream.errors.SyncCode` and every export error;
- **operator** (the command line, and the coordinator's technical line on the start-failure
  screen): :func:`operator_line`, one line per failure keyed by the core's error classes. The
  command line prints it in plain English on purpose (what an IT volunteer searches for); its
  translations (context ``Operator``) are there for a screen that shows the line.

Translated texts go through Qt Linguist (context ``Messages``, in ``kiosk_<lang>.ts``);
``tests/ui/test_messages.py`` proves every code has a message in every language the UI has.
Messages never include what the signer typed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kiosk.campaign import CampaignError
from kiosk.errors import (
    ConfigError,
    FieldError,
    KeyFileExposed,
    KeyFileInDataDir,
    KeyMismatch,
    KeyStoreUnavailable,
    KioskError,
    StorageError,
)
from sync.upstream.errors import SyncCode

__all__ = ["OPERATOR_CONTEXT", "export_error_text", "failure_code", "field_error_text", "hub_sync_code_texts",
           "operator_line", "reject_reason_text", "start_problem_text", "storage_error_text", "sync_code_text",
           "sync_code_texts"]

_CONTEXT = "Messages"
OPERATOR_CONTEXT = "Operator"

# Qt reads each language's layout direction from this entry (Arabic: "RTL", the rest "LTR").
# Marked here only so lupdate keeps it in every kiosk_<lang>.ts: an entry without a source
# line is marked vanished on each run, and lrelease leaves vanished entries out.
LAYOUT_DIRECTION = QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION")


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


# -- signer -------------------------------------------------------------------------------


def field_error_text(code: FieldError, field: str = "") -> str:
    """The message shown next to a field for ``code``."""
    # Each text is a literal in its own translate() call, like sync_code_texts(): lupdate reads only those.
    if code is FieldError.REQUIRED:
        required = {
            "given_name": QCoreApplication.translate("Messages", "Please enter your first name."),
            "family_name": QCoreApplication.translate("Messages", "Please enter your last name."),
            "email": QCoreApplication.translate("Messages", "Please enter your email address."),
            "phone": QCoreApplication.translate("Messages", "Please enter your phone number."),
            "postal_code": QCoreApplication.translate("Messages", "Please enter your ZIP code."),
            "address": QCoreApplication.translate("Messages", "Please enter your street address."),
        }
        return required.get(field) or QCoreApplication.translate("Messages", "This field is required.")
    texts = {
        FieldError.TOO_LONG: QCoreApplication.translate("Messages", "This is too long. Please shorten it."),
        FieldError.INVALID_EMAIL: QCoreApplication.translate(
            "Messages", "This email address doesn't look right. Example: name@example.com"),
        FieldError.INVALID_PHONE: QCoreApplication.translate(
            "Messages", "This phone number doesn't look right. Example: 213 555 0123"),
        FieldError.INVALID_POSTAL_CODE: QCoreApplication.translate(
            "Messages", "A ZIP code has 5 digits, for example 90011."),
        FieldError.CONTACT_REQUIRED: QCoreApplication.translate(
            "Messages", "Please give an email address or a phone number so we can count your signature."),
        FieldError.SIGNATURE_REQUIRED: QCoreApplication.translate(
            "Messages", "Please sign in the box with your finger."),
    }
    return texts.get(code) or _t(str(code))


def storage_error_text() -> str:
    """The database refused the write (full disk): nothing typed is lost, try again."""
    return QCoreApplication.translate(
        "Messages",
        "Your signature could not be saved right now. Nothing you typed was lost. "
        "Please tap \u201cSign the petition\u201d again, or ask a volunteer for help.")


def start_problem_text(code: str) -> str:
    """Why the kiosk cannot take signatures, for the canvasser (``code``: a KioskError code)."""
    from kiosk.trust import PinRecordChanged, SealingKeyChanged, SealingKeyNotPinned  # with the keyring

    texts: dict[type[KioskError], str] = {
        KeyStoreUnavailable: QCoreApplication.translate(
            "Messages", "This device has no safe place to keep the key that protects signatures."),
        SealingKeyChanged: QCoreApplication.translate(
            "Messages", "The key this kiosk locks signatures with was changed on this device. To keep "
                        "signers safe, it takes no signatures until it is paired with its hub again."),
        SealingKeyNotPinned: QCoreApplication.translate(
            "Messages", "This kiosk must be paired with its hub again before it takes signatures."),
        PinRecordChanged: QCoreApplication.translate(
            "Messages", "The coordinator PIN's record was changed on this device. To keep signers safe, "
                        "this kiosk takes no signatures and its admin area stays closed."),
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


def reject_reason_text(code: str) -> str:
    """Why a server refused a signature (a code of sync/protocol/reasons.py, as the kiosk kept it), in words."""
    from sync.protocol.reasons import INVALID_FIELD, Reason, invalid_field_name

    if code.startswith(INVALID_FIELD):
        return QCoreApplication.translate(
            "Messages", "the server could not accept one of its fields (%1)").replace("%1", invalid_field_name(code))
    if code.startswith("http_"):
        return QCoreApplication.translate("Messages", "the server refused it (HTTP %1)").replace(
            "%1", code.removeprefix("http_"))
    unreadable = QCoreApplication.translate("Messages", "the server could not read what was sent")
    no_reason = QCoreApplication.translate("Messages", "the server refused it without giving a reason")
    not_allowed = QCoreApplication.translate("Messages", "the server does not allow this signature")
    no_door = QCoreApplication.translate("Messages", "the server does not take signatures at this address")
    troubled = QCoreApplication.translate("Messages", "the server was busy or had a problem")
    refused_token = QCoreApplication.translate("Messages", "the server refused this kiosk's token")
    too_large = QCoreApplication.translate("Messages", "too large for the server, even on its own")
    texts: dict[str, str] = {
        Reason.REJECTED: no_reason, Reason.UNKNOWN: no_reason, Reason.BAD_REQUEST: no_reason,
        Reason.VALIDATION_FAILED: no_reason, Reason.INVALID_JSON: unreadable,
        Reason.INVALID_SIGNATURE: QCoreApplication.translate("Messages", "the drawn signature was refused"),
        Reason.INVALID_PERSON: QCoreApplication.translate("Messages", "the name was refused"),
        Reason.INVALID_NAME: QCoreApplication.translate("Messages", "the name was refused"),
        Reason.INVALID_EMAIL: QCoreApplication.translate("Messages", "the email address was refused"),
        Reason.INVALID_PHONE: QCoreApplication.translate("Messages", "the phone number was refused"),
        Reason.INVALID_POSTAL_CODE: QCoreApplication.translate("Messages", "the ZIP code was refused"),
        Reason.INVALID_ADDRESS: QCoreApplication.translate("Messages", "the street address was refused"),
        Reason.INVALID_CONSENT: QCoreApplication.translate("Messages", "the consent answers were refused"),
        Reason.INVALID_EVENT: QCoreApplication.translate("Messages", "the event name was refused"),
        Reason.INVALID_EVENT_PLACE: QCoreApplication.translate("Messages", "the event's place was refused"),
        Reason.MISSING_FIELD: QCoreApplication.translate("Messages", "a required field was missing"),
        Reason.TOO_LONG: QCoreApplication.translate("Messages", "a field was too long"),
        Reason.TOO_LARGE: too_large, Reason.BODY_TOO_LARGE: too_large, Reason.TOO_MANY_SIGNATURES: too_large,
        Reason.DUPLICATE_PERSON: QCoreApplication.translate("Messages", "the server already has this person"),
        Reason.BLOCKED: not_allowed, Reason.BLOCKED_BY_SERVER: not_allowed, Reason.NOT_ALLOWED: not_allowed,
        Reason.CAMPAIGN_CLOSED: QCoreApplication.translate("Messages", "the campaign no longer takes signatures"),
        Reason.UNKNOWN_CAMPAIGN: QCoreApplication.translate("Messages", "the server does not know this campaign"),
        Reason.SEALED_UNREADABLE: QCoreApplication.translate(
            "Messages", "the hub could not open the sealed record (it was sealed to another key)"),
        Reason.SEALED_NOT_BASE64: QCoreApplication.translate("Messages", "the sealed record was damaged on the way"),
        Reason.UNAUTHORIZED: refused_token, Reason.FORBIDDEN: refused_token, Reason.LOGIN_REQUIRED: refused_token,
        Reason.NOT_FOUND: no_door, Reason.METHOD_NOT_ALLOWED: no_door, Reason.UNSUPPORTED_MEDIA_TYPE: no_door,
        Reason.TOO_MANY_REQUESTS: troubled, Reason.STORAGE_UNAVAILABLE: troubled, Reason.INTERNAL_ERROR: troubled,
        Reason.RELAY_KEY_UNVERIFIED: troubled,  # the relay hub's coordinator sees why on its side
        Reason.PAIRING_CODE_INVALID: QCoreApplication.translate("Messages", "the pairing code was refused"),
        Reason.PAIRING_CODE_EXPIRED: QCoreApplication.translate("Messages", "the pairing code was refused"),
    }
    return texts.get(code, no_reason)


def export_error_text(code: str, detail: str = "") -> str:
    """Why an export saved nothing, for the coordinator (``code``: an ExportError or KioskError code)."""
    from kiosk.reports import errors as export  # the reports load reportlab: only once an export failed

    if code == export.NothingToExport.code and detail == "all_purged":
        return QCoreApplication.translate(
            "Messages", "Nothing to put on signature sheets: the personal data of every matching signature "
                        "was purged after upload. Nothing was saved.")
    texts: dict[type[KioskError], str] = {
        export.NothingToExport: QCoreApplication.translate(
            "Messages", "No signatures match these filters. Nothing was saved."),
        export.ExportUnwritable: QCoreApplication.translate(
            "Messages", "Cannot save there: the folder does not exist or is read-only. Choose another place."),
        export.ExportDiskFull: QCoreApplication.translate(
            "Messages", "The disk is full. Nothing was saved; free some space or choose another place."),
        export.ExportCancelled: QCoreApplication.translate("Messages", "Export cancelled. Nothing was saved."),
        export.UnknownEvent: QCoreApplication.translate("Messages", "That event no longer exists."),
        export.BadFilter: QCoreApplication.translate("Messages", "The first day is after the last day."),
        export.SealedOnTablet: QCoreApplication.translate(
            "Messages", "This tablet seals every signature for the hub and cannot open names. Make signature "
                        "sheets and the spreadsheet from the hub's dashboard; the tally works here."),
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


# -- operator -------------------------------------------------------------------------------
# Templates marked for lupdate (QT_TRANSLATE_NOOP, typed as returning object: hence str()) and
# filled in with %1, %2 …: the English line is the template itself, so the command line needs
# no translator.


def _kiosk_error_lines() -> dict[type[KioskError], str]:
    from kiosk.hpke_seal import BadPublicKey, SealedForHub  # the cipher: only once something failed
    from kiosk.signature import PayloadUnreadable
    from kiosk.trust import PinRecordChanged, SealingKeyChanged, SealingKeyNotPinned

    return {
        PayloadUnreadable: str(QT_TRANSLATE_NOOP(
            "Operator", "a record opened but does not read as a signature (damaged, or not this campaign's); "
                        "it was left as it is")),
        SealingKeyChanged: str(QT_TRANSLATE_NOOP(
            "Operator", "the sealing key in the database is not the one pinned in the key store at pairing, so "
                        "no signature is sealed to it; pair this kiosk with its hub again "
                        "(petition-kiosk pair --hub URL --code CODE)")),
        SealingKeyNotPinned: str(QT_TRANSLATE_NOOP(
            "Operator", "the database names a hub sealing key that the key store never pinned (a kiosk paired "
                        "before keys were pinned, or a key written in), so no signature is sealed to it; pair "
                        "this kiosk with its hub again (petition-kiosk pair --hub URL --code CODE)")),
        PinRecordChanged: str(QT_TRANSLATE_NOOP(
            "Operator", "the coordinator PIN's record in the database does not match its check in the key "
                        "store (edited or deleted on the disk), so the admin area stays closed; see "
                        "docs/hub.md, 'What the tablet trusts', to choose a new PIN")),
        KeyStoreUnavailable: str(QT_TRANSLATE_NOOP(
            "Operator", "no secure key store (OS keyring) is available, so signatures cannot be collected; "
                        "to keep the data key in a protected file instead, set PETITION_KIOSK_KEY_STORE=file")),
        KeyFileExposed: str(QT_TRANSLATE_NOOP(
            "Operator", "the key file %1 can be read by other users, so signatures will not be collected; "
                        "make it private with: chmod 600 %1")),
        KeyFileInDataDir: str(QT_TRANSLATE_NOOP(
            "Operator", "the data key file would be inside the data dir, beside the signatures it protects, so "
                        "signatures cannot be collected; keep the config dir (or PETITION_KIOSK_KEY_FILE) outside "
                        "the data dir (PETITION_KIOSK_DATA_DIR or --data-dir)")),
        KeyMismatch: str(QT_TRANSLATE_NOOP(
            "Operator", "the data key for this kiosk is missing or wrong; restore it before collecting")),
        StorageError: str(QT_TRANSLATE_NOOP("Operator", "the signature database could not be written or checked")),
        ConfigError: str(QT_TRANSLATE_NOOP(
            "Operator", "the settings file was unreadable; defaults are in use and the old file was kept")),
        CampaignError: str(QT_TRANSLATE_NOOP("Operator", "campaign file %1: field '%2' is %3")),
        SealedForHub: str(QT_TRANSLATE_NOOP(
            "Operator", "this record is sealed for the hub: this kiosk holds no key that opens it; "
                        "read it on the hub")),
        BadPublicKey: str(QT_TRANSLATE_NOOP(
            "Operator", "the hub's sealing key is not a valid public key: nothing was changed; "
                        "pair this kiosk again")),
    }


def _export_error_lines() -> dict[type[KioskError], str]:
    from kiosk.reports import errors as export  # the reports load reportlab: only once an export failed

    return {
        export.ExportUnwritable: str(QT_TRANSLATE_NOOP(
            "Operator", "cannot write %1: the folder does not exist, is read-only, or the path is a folder")),
        export.ExportDiskFull: str(QT_TRANSLATE_NOOP(
            "Operator", "the disk is full: %1 was not written (nothing half-written was left behind)")),
        export.NothingToExport: str(QT_TRANSLATE_NOOP(
            "Operator", "no signatures match these filters: nothing was written")),
        export.ExportCancelled: str(QT_TRANSLATE_NOOP("Operator", "the export was cancelled: nothing was written")),
        export.UnknownEvent: str(QT_TRANSLATE_NOOP("Operator", "there is no event named '%1' on this kiosk")),
        export.SealedOnTablet: str(QT_TRANSLATE_NOOP(
            "Operator", "this kiosk seals every signature for its hub and cannot open names: make sheets "
                        "and CSV on the hub (petition-kiosk hub export); the tally works here")),
    }


# The export problems whose line depends on the detail, not only on the class.
_ALL_PURGED = str(QT_TRANSLATE_NOOP(
    "Operator", "every matching signature's personal data was purged after upload, so there is nothing to put "
                "on signature sheets: nothing was written"))
_SINCE_AFTER_UNTIL = str(QT_TRANSLATE_NOOP("Operator", "--since is after --until: no day can match"))
_NOT_A_DATE = str(QT_TRANSLATE_NOOP("Operator", "--%1 must be a date written YYYY-MM-DD"))
_UNEXPECTED = str(QT_TRANSLATE_NOOP("Operator", "unexpected %1"))


def _is_export_error(exc: KioskError) -> bool:
    """Whether ``exc`` is an export's error, without loading the reports (and reportlab) to ask:
    an export error can only exist once its module was imported."""
    errors = sys.modules.get("kiosk.reports.errors")
    return errors is not None and isinstance(exc, errors.ExportError)


def _fill(template: str, translated: bool, *values: str) -> str:
    text = QCoreApplication.translate(OPERATOR_CONTEXT, template) if translated else template
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", value)
    return text


def failure_code(exc: BaseException) -> str:
    """What names ``exc`` in the log and picks its start-problem text: a core error's code, else its type."""
    return exc.code if isinstance(exc, KioskError) else type(exc).__name__


def operator_line(exc: BaseException, translated: bool = False) -> str:
    """One line for a person about ``exc``, from codes and non-personal details only.

    Plain English unless ``translated`` (then in the language installed for the UI). A code
    without a line of its own is named in words, never hidden.
    """
    if isinstance(exc, CampaignError):
        line = _fill(_kiosk_error_lines()[CampaignError], translated, str(exc.file), exc.field_name,
                     exc.problem.value.replace("_", " "))
        return f"{line} ({exc.hint})" if exc.hint else line
    if not isinstance(exc, KioskError):
        return _fill(_UNEXPECTED, translated, type(exc).__name__)
    if _is_export_error(exc):
        from kiosk.reports.errors import BadFilter, NothingToExport
        if exc.code == NothingToExport.code and exc.detail == "all_purged":
            return _fill(_ALL_PURGED, translated)
        if isinstance(exc, BadFilter):
            if exc.detail == "since>until":
                return _fill(_SINCE_AFTER_UNTIL, translated)
            return _fill(_NOT_A_DATE, translated, exc.detail)
        export_lines = {kind.code: line for kind, line in _export_error_lines().items()}
        if exc.code in export_lines:
            return _fill(export_lines[exc.code], translated, exc.detail)
        return exc.code.replace("_", " ")
    by_code = {kind.code: line for kind, line in _kiosk_error_lines().items()}
    if exc.code in (KeyFileExposed.code, KeyStoreUnavailable.code):  # the detail is in the line, or says nothing
        return _fill(by_code[exc.code], translated, exc.detail)
    base = _fill(by_code[exc.code], translated) if exc.code in by_code else exc.code.replace("_", " ")
    return f"{base} ({exc.detail})" if exc.detail else base
