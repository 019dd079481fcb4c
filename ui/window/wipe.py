"""The panic wipe, as the window asks for it: the duress PIN, or the admin area's confirmed button.

The erasing itself is :func:`kiosk.wipe.panic_wipe`. The screen does not change for it: after
the duress PIN the pad says what it says for any wrong PIN, and Cancel leads back to the usual
welcome screen with the usual count; so a wipe that fails is only logged (by its code), and the
coordinator can try again from the admin area.
"""

from __future__ import annotations

import logging

from kiosk.errors import KioskError
from kiosk.runtime import KioskContext

log = logging.getLogger(__name__)


def wipe_personal_data(ctx: KioskContext) -> None:
    """Erase all personal data now; the signer on screen is the caller's to forget first."""
    from kiosk.wipe import panic_wipe  # the store's module: loaded once the store is open, not at start

    try:
        panic_wipe(ctx)
    except KioskError as exc:  # the disk refused: the data may still be there, retry from admin
        log.error("panic wipe failed: %s", exc.code)
