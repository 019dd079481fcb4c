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
import hashlib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import Response

from sync.hub.error_answers import Refused
from sync.protocol.reasons import Reason

WEB = Path(__file__).resolve().parent / "web"
MEDIA_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".ttf": "font/ttf"}
CACHE_CONTROL = "public, max-age=300, must-revalidate"  # a restarted hub's new files reach browsers soon


@dataclass(frozen=True)
class Asset:
    """One static file's bytes, media type and ETag."""

    body: bytes
    media_type: str
    etag: str


class StaticAssets:
    """Every static file of sync/hub/web, read once."""

    def __init__(self, *folders: Path) -> None:
        self._assets: dict[str, Asset] = {}
        for folder in folders or (WEB, shipped_fonts_dir()):
            for path in sorted(folder.iterdir()):
                if path.suffix in MEDIA_TYPES:
                    body = path.read_bytes()
                    self._assets[path.name] = Asset(body, MEDIA_TYPES[path.suffix],
                                                    f'"{hashlib.sha256(body).hexdigest()[:32]}"')

    def names(self) -> list[str]:
        """The files held, by name."""
        return sorted(self._assets)

    def text(self, name: str) -> str:
        """A file's text (for a page that inlines it)."""
        return self._assets[name].body.decode("utf-8")

    def answer(self, name: str, if_none_match: str | None) -> Response:
        """The file, or 304 when the browser's copy is current; an unknown name is a 404."""
        asset = self._assets.get(name)
        if asset is None:
            raise Refused(404, Reason.NOT_FOUND)
        headers = {"ETag": asset.etag, "Cache-Control": CACHE_CONTROL}
        if if_none_match is not None and asset.etag in {tag.strip() for tag in if_none_match.split(",")}:
            return Response(status_code=304, headers=headers)
        return Response(asset.body, media_type=asset.media_type, headers=headers)


def shipped_fonts_dir() -> Path:
    """The fonts the app ships (resources/fonts; also inside the frozen bundle)."""
    return Path(str(resources.files("resources").joinpath("fonts")))


@functools.cache
def static_assets() -> StaticAssets:
    """This process's static files (read at the first call: :func:`add_static_files`, at start-up)."""
    return StaticAssets()


def add_static_files(app: FastAPI) -> None:
    """Serve ``/static/<name>`` from memory (the files are read now, once)."""
    assets = static_assets()

    @app.get("/static/{name}", include_in_schema=False)
    async def static_file(name: str, request: Request) -> Response:
        return assets.answer(name, request.headers.get("if-none-match"))
