"""The dashboard's static files (sync/hub/web/*.css, *.js, and the app's shipped fonts), read
once and served from memory.

They are read when the app is made, never per request: a page or a ``/static/<name>``
request costs no disk read. Each is served with a strong ETag (its SHA-256) and a
Cache-Control that lets a browser keep it for a while and then revalidate; a matching
``If-None-Match`` is answered 304 with no body.

The fonts are the files the kiosk's screens and PDFs use (resources/fonts): a coordinator's
laptop without Chinese, Korean or Arabic fonts showed those pages as boxes. page.css names
them with ``@font-face`` rules, one ``unicode-range`` per script, so a browser fetches a face
only when a page has a character it draws.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import threading
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from sync.hub.error_answers import Refused
from sync.protocol.reasons import Reason

WEB = Path(__file__).resolve().parent / "web"
MEDIA_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".ttf": "font/ttf"}
CACHE_CONTROL = "public, max-age=300, must-revalidate"  # a restarted hub's new files reach browsers soon


COMPRESSED_TYPES = {".ttf"}  # worth gzip (about half the size); the small text files are not
GZIP_LEVEL = 6


@dataclass(frozen=True)
class Asset:
    """One static file's bytes, media type and ETag."""

    body: bytes
    media_type: str
    etag: str
    compressible: bool = False


class StaticAssets:
    """Every static file of sync/hub/web, read once."""

    def __init__(self, *folders: Path) -> None:
        self._assets: dict[str, Asset] = {}
        for folder in folders or (WEB, shipped_fonts_dir()):
            for path in sorted(folder.iterdir()):
                if path.suffix in MEDIA_TYPES:
                    body = path.read_bytes()
                    self._assets[path.name] = Asset(body, MEDIA_TYPES[path.suffix],
                                                    f'"{hashlib.sha256(body).hexdigest()[:32]}"',
                                                    path.suffix in COMPRESSED_TYPES)
        # A font is gzipped at its first request, not at start (a hub that never serves Chinese
        # never spends the quarter second), and kept.
        self._gzipped: dict[str, bytes] = {}
        self._gzip_lock = threading.Lock()

    def names(self) -> list[str]:
        """The files held, by name."""
        return sorted(self._assets)

    def text(self, name: str) -> str:
        """A file's text (for a page that inlines it)."""
        return self._assets[name].body.decode("utf-8")

    def answer(self, name: str, if_none_match: str | None, accept_encoding: str | None = None) -> Response:
        """The file (a font gzipped for a browser that takes it), or 304 when the browser's copy
        is current; an unknown name is a 404. May take a moment the first time a font is asked
        for gzipped: call it off the event loop."""
        asset = self._assets.get(name)
        if asset is None:
            raise Refused(404, Reason.NOT_FOUND)
        body, etag, headers = asset.body, asset.etag, {"Cache-Control": CACHE_CONTROL}
        if asset.compressible:
            headers["Vary"] = "Accept-Encoding"
            if _takes_gzip(accept_encoding):
                # Its own ETag: each encoding is a representation of its own (RFC 9110, 8.8.3).
                body, etag = self._gzip(name, asset.body), asset.etag[:-1] + '-gzip"'
                headers["Content-Encoding"] = "gzip"
        headers["ETag"] = etag
        if if_none_match is not None and etag in {tag.strip() for tag in if_none_match.split(",")}:
            return Response(status_code=304, headers={k: v for k, v in headers.items() if k != "Content-Encoding"})
        return Response(body, media_type=asset.media_type, headers=headers)

    def _gzip(self, name: str, body: bytes) -> bytes:
        with self._gzip_lock:
            packed = self._gzipped.get(name)
            if packed is None:
                packed = self._gzipped[name] = gzip.compress(body, GZIP_LEVEL, mtime=0)
            return packed


def _takes_gzip(accept_encoding: str | None) -> bool:
    """Whether an Accept-Encoding header admits gzip (``gzip;q=0`` refuses it)."""
    for part in (accept_encoding or "").split(","):
        coding, _, params = part.strip().partition(";")
        if coding.strip().lower() in ("gzip", "x-gzip"):
            return params.replace(" ", "").lower() not in ("q=0", "q=0.0", "q=0.00", "q=0.000")
    return False


def shipped_fonts_dir() -> Path:
    """The fonts the app ships (resources/fonts; also inside the frozen bundle)."""
    return Path(str(resources.files("resources").joinpath("fonts")))


@functools.cache
def static_assets() -> StaticAssets:
    """This process's static files (read at the first call: the app's, at start-up)."""
    return StaticAssets()


router = APIRouter()


@router.get("/static/{name}", include_in_schema=False)
async def static_file(name: str, request: Request) -> Response:
    """One static file, from memory (read at start-up: :func:`static_assets`)."""
    # Off the event loop: a font's first gzip takes up to a quarter second.
    answer: Response = await run_in_threadpool(static_assets().answer, name, request.headers.get("if-none-match"),
                                               request.headers.get("accept-encoding"))
    return answer
