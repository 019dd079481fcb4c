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
    (a file name, a field name), never signer data. Each family of errors (the store's, the
    exports', the trust pins', the hub's) declares its codes the same way, in the class
    statement: ``class NothingToExport(ExportError, code="export_nothing_matches")``.
    """

    code = "kiosk_error"

    def __init_subclass__(cls, code: str = "", **kwargs: object) -> None:
        """Give the subclass its ``code``; one that names none keeps its parent's."""
        super().__init_subclass__(**kwargs)
        if code:
            cls.code = code

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail)
        self.detail = detail


class KeyStoreUnavailable(KioskError, code="key_store_unavailable"):
    """No secure place for the data key: collection must not start."""


class KeyFileExposed(KeyStoreUnavailable, code="key_file_exposed"):
    """The opt-in key file can be read by other users: it is not used until it is 0600.

    ``detail`` is the file's path (never its contents).
    """


class KeyFileInDataDir(KeyStoreUnavailable, code="key_file_in_data_dir"):
    """The file key store was chosen, but its key file would sit inside the data dir.

    A key beside the data it protects would hand both to whoever copies the folder, so the
    store refuses; the cause is where the paths point, not a missing keyring.
    """


class KeyMismatch(KioskError, code="key_mismatch"):
    """The key at hand cannot open this database's records (wrong or replaced key)."""


class StorageError(KioskError, code="storage_error"):
    """The database could not be opened, verified or written (full disk, corruption)."""


class ConfigError(KioskError, code="config_error"):
    """The settings file is unreadable; defaults were used and the file kept aside."""
