"""One line for a person about a failure, from codes and non-personal details only.

Used by the command line (every failure is one line on stderr) and by the kiosk window's
start-failure screen (the line for the coordinator). Plain English on purpose: it is what an
IT volunteer searches for; the signer-facing words are translated in the screens.
"""

from __future__ import annotations

from kiosk.campaign import CampaignError
from kiosk.errors import KioskError


def describe(exc: BaseException) -> str:
    """One line for a person; built from codes and non-personal details only."""
    if isinstance(exc, CampaignError):
        return f"campaign file {exc.file}: field '{exc.field_name}' is {exc.problem.value.replace('_', ' ')}" + (
            f" ({exc.hint})" if exc.hint else "")
    messages = {
        "key_store_unavailable": (
            "no secure key store (OS keyring) is available, so signatures cannot be collected; "
            "to keep the data key in a protected file instead, set PETITION_KIOSK_KEY_STORE=file"),
        "key_file_in_data_dir": (
            "the data key file would be inside the data dir, beside the signatures it protects, so "
            "signatures cannot be collected; keep the config dir (or PETITION_KIOSK_KEY_FILE) outside "
            "the data dir (PETITION_KIOSK_DATA_DIR or --data-dir)"),
        "key_mismatch": "the data key for this kiosk is missing or wrong; restore it before collecting",
        "storage_error": "the signature database could not be written or checked",
        "config_error": "the settings file was unreadable; defaults are in use and the old file was kept",
    }
    if isinstance(exc, KioskError) and exc.code == "key_file_exposed":
        return (f"the key file {exc.detail} can be read by other users, so signatures will not be "
                f"collected; make it private with: chmod 600 {exc.detail}")
    if isinstance(exc, KioskError):
        base = messages.get(exc.code, exc.code.replace("_", " "))
        return f"{base} ({exc.detail})" if exc.detail and exc.code != "key_store_unavailable" else base
    return f"unexpected {type(exc).__name__}"
