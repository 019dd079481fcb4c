"""The coordinator's exports: the tally, the signature sheets and the CSV, across every kiosk.

The route takes the coordinator's session (:data:`~sync.hub.callers.Coordinator`, on the
router): sheets and CSV hold every signer's name, so never a device token. The document is
written off the event loop and sent as a download (sync/hub/downloads.py); a filter it
cannot read, or nothing to export, is answered by a page in the coordinator's language.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response

from sync.hub.callers import Coordinator, Hub, on_worker
from sync.hub.dashboard import Language, render_page, texts
from sync.hub.downloads import download_export

router = APIRouter(dependencies=[Coordinator])

Filter = Annotated[str | None, Query()]


@router.get("/export/{kind}")
async def export(kind: str, hub: Hub, lang: Language, event: Filter = None, since: Filter = None,
                 until: Filter = None) -> Response:
    """``kind`` (tally, sheets or csv) as a file, limited to one event and a span of days if asked."""
    return await on_worker(lambda: download_export(hub, kind, texts()[lang], lang, render_page, event, since, until))
