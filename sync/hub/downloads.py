"""The dashboard's export downloads: the tally, the signature sheets and the CSV, across every kiosk.

The document is written by kiosk/reports (through :mod:`sync.hub.export`) in a worker thread
of the web server, never on its event loop, into a private temporary folder in the hub's
data dir; the answer streams that file and deletes it once sent (it holds names). A folder
a killed hub left behind is swept at the next download. The file is named after the
campaign, the document and the day. Nothing about the signers is logged.
"""

from __future__ import annotations

import html
import shutil
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from starlette.background import BackgroundTask

from kiosk.reports import BadFilter, ExportError, NothingToExport, ReportFilters, UnknownEvent
from sync.hub.context import HubContext
from sync.hub.date_fields import date_fields
from sync.hub.export import HUB_EXPORTS, export_file_name, export_from_hub

EXPORTS_DIR_NAME = "exports"
STALE_AFTER_S = 3600  # no download takes an hour; older folders were left by a killed hub
MEDIA_TYPES = {"tally": "application/pdf", "sheets": "application/pdf", "csv": "text/csv; charset=utf-8"}
HTTP_BAD_REQUEST, HTTP_NOT_FOUND, HTTP_UNAVAILABLE = 400, 404, 503

Page = Callable[[str, str, str], str]  # (language, title, body) -> the dashboard's HTML page


def export_form(t: dict[str, str], lang: str, country: str) -> str:
    """The dashboard's "Exports" section: optional filters and one button per document.

    The dates are chosen as the coordinator's language writes them (:mod:`sync.hub.date_fields`)
    and sent as ISO days.
    """
    e = html.escape
    today = datetime.now().astimezone().date()
    buttons = " ".join(f'<button type="submit" id="export-{kind}" formaction="/export/{kind}">'
                       f'{e(t["export_" + kind])}</button>' for kind in HUB_EXPORTS)
    return (f'<section><h2>{e(t["exports"])}</h2><form method="get" action="/export/tally" id="exports">'
            f'<input type="hidden" name="lang" value="{e(lang)}">'
            f'<p><label>{e(t["export_event"])}<br><input name="event" id="export-event"></label></p>'
            f'<div class="dates">{date_fields("since", t["export_since"], t, lang, country, today)}'
            f'{date_fields("until", t["export_until"], t, lang, country, today)}</div>'
            f"<p>{buttons}</p><p>{e(t['export_help'])}</p></form></section>")


def exports_folder(hub: HubContext) -> Path:
    """Where downloads are written before they are sent (owner only, in the hub's data dir)."""
    folder = hub.directory / EXPORTS_DIR_NAME
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def _sweep(folder: Path, now: float) -> None:
    for entry in folder.iterdir():
        try:
            if now - entry.stat().st_mtime > STALE_AFTER_S:
                shutil.rmtree(entry, ignore_errors=True)
        except OSError:
            continue  # another hub process removed it first


def _message(page: Page, t: dict[str, str], lang: str, key: str, status: int) -> HTMLResponse:
    e = html.escape
    body = (f'<main><section><h2>{e(t["exports"])}</h2><p class="error" id="export-message">{e(t[key])}</p>'
            f'<p><a href="/dashboard?lang={e(lang)}">{e(t["export_back"])}</a></p></section></main>')
    return HTMLResponse(page(lang, t["exports"], body), status_code=status)


def download_export(hub: HubContext, kind: str, t: dict[str, str], lang: str, page: Page, event: str | None,
                    since: str | None, until: str | None) -> Response:
    """Write one export and answer with it, or with the reason in the coordinator's language.

    Blocking work: the web app calls it in its thread pool.
    """
    if kind not in HUB_EXPORTS:
        return JSONResponse({"error": "unknown_export"}, status_code=HTTP_NOT_FOUND)
    try:
        filters = ReportFilters.parse(event, since, until)
    except BadFilter:
        return _message(page, t, lang, "export_bad_filter", HTTP_BAD_REQUEST)
    folder = exports_folder(hub)
    _sweep(folder, time.time())
    work = Path(tempfile.mkdtemp(dir=folder))
    name = export_file_name(hub.campaign, kind, datetime.now().astimezone().date())
    try:
        # The sheets go to the target: in the campaign's target_language, whatever language
        # the coordinator reads the dashboard in; the tally and the CSV follow the dashboard.
        export_from_hub(hub, kind, work / name, filters, None if kind == "sheets" else lang)
    except UnknownEvent:
        shutil.rmtree(work, ignore_errors=True)
        return _message(page, t, lang, "export_unknown_event", HTTP_NOT_FOUND)
    except NothingToExport:
        shutil.rmtree(work, ignore_errors=True)
        return _message(page, t, lang, "export_nothing", HTTP_NOT_FOUND)
    except ExportError:  # a full disk or an unwritable data dir on the hub
        shutil.rmtree(work, ignore_errors=True)
        return _message(page, t, lang, "export_failed", HTTP_UNAVAILABLE)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return FileResponse(work / name, media_type=MEDIA_TYPES[kind], filename=name,
                        headers={"Cache-Control": "no-store"},
                        background=BackgroundTask(shutil.rmtree, work, ignore_errors=True))
