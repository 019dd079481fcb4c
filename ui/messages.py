"""Error codes from the core, worded for a person in the signer's language.

The core (``kiosk/``) returns codes only; this is where they become sentences. Every text
goes through Qt Linguist (context ``Messages``) so Spanish comes from the ``.ts`` files.
Messages never include what the signer typed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.errors import FieldError

_CONTEXT = "Messages"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


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


def already_signed_text() -> str:
    """Kind words for a repeat signer; reveals nothing stored."""
    return QCoreApplication.translate(
        "Messages",
        "Good news: you have already signed this petition. Thank you! Each person can sign once.")


def storage_error_text() -> str:
    """The database refused the write (full disk): nothing typed is lost, try again."""
    return QCoreApplication.translate(
        "Messages",
        "Your signature could not be saved right now. Nothing you typed was lost. "
        "Please tap \u201cSign the petition\u201d again, or ask a volunteer for help.")
