"""Error codes the core returns instead of sentences.

The core never words a message for a person: ``ui/`` turns each code into text in the
signer's or operator's language. Keeping codes here makes the vocabulary one list that the
translation tests can walk.
"""

from __future__ import annotations

from enum import StrEnum


class FieldError(StrEnum):
    """Why one form field was refused."""

    REQUIRED = "required"
    TOO_LONG = "too_long"
    INVALID_EMAIL = "invalid_email"
    INVALID_PHONE = "invalid_phone"
    INVALID_POSTAL_CODE = "invalid_postal_code"
    CONTACT_REQUIRED = "contact_required"
    SIGNATURE_REQUIRED = "signature_required"


class KioskError(Exception):
    """Base for failures the operator must see as one clear line.

    ``code`` is stable and machine-readable; ``detail`` carries only non-personal context
    (a file name, a field name), never signer data.
    """

    code = "kiosk_error"

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail)
        self.detail = detail


class KeyStoreUnavailable(KioskError):
    """No secure place for the data key: collection must not start."""

    code = "key_store_unavailable"


class KeyFileExposed(KeyStoreUnavailable):
    """The opt-in key file can be read by other users: it is not used until it is 0600.

    ``detail`` is the file's path (never its contents).
    """

    code = "key_file_exposed"
class KeyFileInDataDir(KeyStoreUnavailable):
    """The file key store was chosen, but its key file would sit inside the data dir.

    A key beside the data it protects would hand both to whoever copies the folder, so the
    store refuses; the cause is where the paths point, not a missing keyring.
    """

    code = "key_file_in_data_dir"


class KeyMismatch(KioskError):
    """The key at hand cannot open this database's records (wrong or replaced key)."""

    code = "key_mismatch"


class StorageError(KioskError):
    """The database could not be opened, verified or written (full disk, corruption)."""

    code = "storage_error"


class ConfigError(KioskError):
    """The settings file is unreadable; defaults were used and the file kept aside."""

    code = "config_error"
