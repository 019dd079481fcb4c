"""The coordinator's dashboard and the public big-number page (routes added to the app).

Server-rendered pages that poll a JSON endpoint every second, so a number changes within
two seconds of an upload without any state in the hub process. The coordinator logs in with
the password set by ``hub set-password`` (scrypt; a source that keeps failing is slowed
down, see :mod:`sync.hub.auth`); the session cookie is
Secure, HttpOnly and SameSite=Strict. A device token opens none of this: only the cookie
does. The public page and its endpoint give counts only, never a name. The coordinator's
exports (tally, sheets, CSV across every kiosk) are written in a worker thread and sent as
a file download (:mod:`sync.hub.downloads`).
"""

from __future__ import annotations

import functools
import html
import json
import tomllib
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from sync.hub.auth import (
    close_session,
    has_password,
    login_wait,
    note_failure,
    note_success,
    open_session,
    password_matches,
    session_valid,
)
from sync.hub.context import HubContext
from sync.hub.devices import list_devices, new_pairing_code, revoke
from sync.hub.downloads import download_export, export_form
from sync.hub.retention import exposure
from sync.hub.static import static_assets
from sync.hub.summary import summarize
from sync.hub.tags_notice import tags_notice_html
from sync.hub.throttle import source_of

WEB = Path(__file__).resolve().parent / "web"
COOKIE = "hub_session"
LANG_COOKIE = "hub_lang"
POLL_MS = 1000
MAX_FORM_BYTES = 4096


@functools.cache
def texts() -> dict[str, dict[str, str]]:
    """Every language's words for the dashboard."""
    with (WEB / "text.toml").open("rb") as handle:
        return tomllib.load(handle)


def pick_language(request: Request) -> str:
    """``?lang=`` first, then the language cookie, then the browser's Accept-Language."""
    known = texts()
    for candidate in (request.query_params.get("lang"), request.cookies.get(LANG_COOKIE)):
        if candidate in known:
            return candidate
    for part in request.headers.get("accept-language", "").split(","):
        code = part.split(";")[0].strip()[:2].lower()
        if code in known:
            return code
    return "en"


def _page(lang: str, title: str, body: str, script: str = "", config: dict[str, Any] | None = None) -> str:
    css = static_assets().text("page.css")  # read once at start-up (sync/hub/static.py)
    if script:
        # The page's settings as JSON (escaped for a script element), then the script file.
        settings = json.dumps(config or {}).replace("<", "\\u003c")
        script = f"const CONFIG = {settings};\n" + static_assets().text(script)
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width,initial-scale=1"><title>{html.escape(title)}</title>'
            f"<style>{css}</style></head><body>{body}<script>{script}</script></body></html>")


def _qr_svg(text: str) -> str:
    import io

    import segno

    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="svg", scale=4, xmldecl=False, svgns=True)
    return buffer.getvalue().decode("utf-8")


def _summary_document(hub: HubContext) -> dict[str, Any]:
    summary = summarize(hub.engine, hub.campaign, detail=True)
    devices = [{"id": d.id, "label": d.label, "last_seen": d.last_seen_at.isoformat(timespec="seconds")
                if d.last_seen_at else None, "waiting": d.waiting, "version": d.app_version,
                "revoked": d.revoked_at is not None} for d in list_devices(hub.engine)]
    return {"campaign": summary.campaign, "goal": summary.goal, "combined": summary.combined, "total": summary.total,
            "signatures": summary.signatures, "signed": summary.signed,
            "per_kiosk": summary.per_kiosk, "per_event": summary.per_event, "per_hour": summary.per_hour,
            "upstream": {"pending": summary.upstream_pending, "synced": summary.upstream_synced,
                         "last_error": summary.upstream_last_error}, "devices": devices}


def add_dashboard(app: FastAPI, hub: HubContext) -> None:
    """Add the dashboard's routes to ``app``."""

    def remember_language(response: Response, request: Request, lang: str) -> Response:
        if request.query_params.get("lang") == lang:
            response.set_cookie(LANG_COOKIE, lang, max_age=365 * 86400, secure=True, httponly=True, samesite="strict")
        return response

    async def logged_in(request: Request) -> bool:
        # Only the session cookie counts: an Authorization header (a device token) is ignored.
        cookie = request.cookies.get(COOKIE, "")
        return bool(cookie) and await run_in_threadpool(session_valid, hub.engine, cookie)

    def login_page(lang: str, message: str = "", status: int = 200) -> HTMLResponse:
        t = texts()[lang]
        note = t["no_password"] if not has_password(hub.engine) else message
        body = (f'<form class="login" method="post" action="/login?lang={lang}">'
                f'<h1>{html.escape(t["login_title"])}</h1>'
                f'<p class="error" id="message">{html.escape(note)}</p>'
                f'<label>{html.escape(t["password"])}<br><input type="password" name="password" id="password" '
                f'autocomplete="current-password" required></label><p><button id="login" type="submit">'
                f'{html.escape(t["log_in"])}</button> <a href="/login?lang={t["language_code"]}">'
                f'{html.escape(t["language"])}</a></p></form>')
        return HTMLResponse(_page(lang, t["login_title"], body), status_code=status)

    @app.get("/login")
    async def login_form(request: Request) -> Response:
        lang = pick_language(request)
        return remember_language(await run_in_threadpool(login_page, lang), request, lang)

    @app.post("/login")
    async def login(request: Request) -> Response:
        lang = pick_language(request)
        t = texts()[lang]
        body = await request.body()
        password = parse_qs(body[:MAX_FORM_BYTES].decode("utf-8", "replace")).get("password", [""])[0]

        source = source_of(request.client.host if request.client else None)

        def check() -> Response:
            wait = login_wait(hub.engine, source)
            if wait:
                refused = login_page(lang, t["too_many"], 429)
                refused.headers["Retry-After"] = str(wait)
                return refused
            if not password_matches(hub.engine, password):
                note_failure(hub.engine, source)
                return login_page(lang, t["wrong_password"], 401)
            note_success(hub.engine, source)
            response = RedirectResponse(f"/dashboard?lang={lang}", status_code=303)
            response.set_cookie(COOKIE, open_session(hub.engine), secure=True, httponly=True, samesite="strict")
            return response

        answer: Response = await run_in_threadpool(check)
        return answer

    @app.post("/logout")
    async def logout(request: Request) -> Response:
        await run_in_threadpool(close_session, hub.engine, request.cookies.get(COOKIE, ""))
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(COOKIE)
        return response

    @app.get("/dashboard")
    async def dashboard(request: Request) -> Response:
        if not await logged_in(request):
            return RedirectResponse("/login", status_code=303)
        lang = pick_language(request)
        return remember_language(HTMLResponse(await run_in_threadpool(_dashboard_html, hub, request, lang)),
                                 request, lang)

    @app.get("/api/summary")
    async def summary(request: Request) -> Response:
        if not await logged_in(request):
            return JSONResponse({"error": "login_required"}, status_code=401)
        return JSONResponse(await run_in_threadpool(_summary_document, hub), headers={"Cache-Control": "no-store"})

    @app.post("/devices/{device_id}/revoke")
    async def revoke_device(device_id: str, request: Request) -> Response:
        if not await logged_in(request):
            return RedirectResponse("/login", status_code=303)
        await run_in_threadpool(revoke, hub.engine, device_id)
        return RedirectResponse("/dashboard", status_code=303)

    @app.get("/export/{kind}")
    async def export(kind: str, request: Request) -> Response:
        # Sheets and CSV hold every signer's name: the session cookie only, never a device token.
        if not await logged_in(request):
            return JSONResponse({"error": "login_required"}, status_code=401)
        lang = pick_language(request)
        query = request.query_params
        answer: Response = await run_in_threadpool(download_export, hub, kind, texts()[lang], lang, _page,
                                                   query.get("event"), query.get("since"), query.get("until"))
        return answer

    @app.get("/big")
    async def big(request: Request) -> Response:
        lang = pick_language(request)
        t = texts()[lang]
        body = (f'<div class="big"><div class="number" id="big">…</div>'
                f'<div class="caption">{html.escape(t["big_caption"])}</div></div>')
        return HTMLResponse(_page(lang, t["title"], body, "big.js", {"lang": lang, "poll": POLL_MS}))

    @app.get("/api/big")
    async def big_number() -> Response:
        summary = await run_in_threadpool(summarize, hub.engine, hub.campaign)
        # Counts only: nothing here may ever name a signer, a kiosk or an event. Signatures,
        # never people: the public must not learn whether a person signed before.
        return JSONResponse({"combined": summary.signed, "goal": summary.goal},
                            headers={"Cache-Control": "no-store"})


def exposure_statement(hub: HubContext, t: dict[str, str]) -> str:
    """What this hub could reveal if seized now, in the coordinator's words (counts only)."""
    seen = exposure(hub.engine)
    key = "exposure_final" if not seen.forwards else ("exposure_kept_now" if seen.days == 0 else "exposure_kept_days")
    return t[key].format(openable=seen.openable, purged=seen.purged, days=seen.days)


def _dashboard_html(hub: HubContext, request: Request, lang: str) -> str:
    t = texts()[lang]
    e = html.escape
    base = f"https://{request.headers.get('host', '')}"
    code, expires = new_pairing_code(hub.engine, hub.certificate.sha256)
    qr = _qr_svg(f"petition-kiosk-hub:{base}?code={code}")

    def table(ident: str, *heads: str) -> str:
        header = "".join(f"<th>{e(t[h])}</th>" for h in heads)
        return f"<table><thead><tr>{header}</tr></thead><tbody id=\"{ident}\"></tbody></table>"

    body = f"""
<header><strong>{e(t["title"])} — {e(hub.campaign.id)}</strong>
<span><a href="/dashboard?lang={t["language_code"]}" id="switch-language">{e(t["language"])}</a>
<form method="post" action="/logout" style="display:inline"><button>{e(t["log_out"])}</button></form></span></header>
<main>
<section><h2>{e(t["total"])}</h2><p class="total" id="total">…</p>
<p>{e(t["toward_goal"])} <span id="goal"></span> · <span id="here"></span> {e(t["from_hub"])}</p>
<p><span id="people"></span> {e(t["people"])}</p></section>
<section><h2>{e(t["pair_title"])}</h2><div class="qr">{qr}</div>
<p>{e(t["address"])}: <span class="code" id="pair-url">{e(base)}</span><br>{e(t["code"])}:
<span class="code" id="pair-code">{e(code)}</span> ({expires:%H:%M} UTC)</p><p>{e(t["pair_help"])}</p>
<p><a href="/dashboard?lang={lang}">{e(t["new_code"])}</a></p></section>
<section><h2>{e(t["upstream"])}</h2>
<p><span id="up-pending"></span> {e(t["upstream_pending"])} · <span id="up-synced"></span> {e(t["upstream_synced"])} ·
{e(t["upstream_error"])}: <span id="up-error"></span></p></section>
{tags_notice_html(hub.engine, t)}
<section><h2>{e(t["per_kiosk"])}</h2>{table("per-kiosk", "kiosk", "count")}</section>
<section><h2>{e(t["per_event"])}</h2>{table("per-event", "event", "count")}</section>
<section><h2>{e(t["per_hour"])}</h2>{table("per-hour", "hour", "count")}</section>
<section><h2>{e(t["devices"])}</h2>{table("devices", "label", "last_seen", "waiting", "version", "revoke")}</section>
{export_form(t, lang)}
<section><h2>{e(t["exposure_title"])}</h2><p id="exposure">{e(exposure_statement(hub, t))}</p>
<p class="warning" id="key-warning">{e(t["key_warning"])}</p></section>
</main>"""
    return _page(lang, t["title"], body, "dashboard.js", {"texts": t, "lang": lang, "poll": POLL_MS})
