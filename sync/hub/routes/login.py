"""The coordinator's door: the login page, the login itself and the logout.

Public by necessity (this is where a session is made). The password is the one set by
``hub set-password`` (scrypt); a source that keeps failing is slowed down, and past a cap
every source is (sync/hub/auth.py). The session cookie is Secure, HttpOnly and
SameSite=Strict, which is what keeps another site's form from acting with it. A device token
opens nothing here: it is not a password, and an Authorization header is never read.
"""

from __future__ import annotations

from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from sync.hub.auth import close_session, login_wait, note_failure, note_success, open_session, password_matches
from sync.hub.callers import SESSION_COOKIE, Hub, on_worker
from sync.hub.dashboard import Language, login_page, remember_language, texts
from sync.hub.throttle import source_of

MAX_FORM_BYTES = 4096

router = APIRouter()


@router.get("/login", response_class=HTMLResponse)
async def login_form(request: Request, hub: Hub, lang: Language) -> Response:
    """The login page in the reader's language."""
    return remember_language(await on_worker(lambda: login_page(hub, lang)), request, lang)


@router.post("/login", response_class=HTMLResponse)
async def login(request: Request, hub: Hub, lang: Language) -> Response:
    """A session cookie and the dashboard for the right password; the page again, saying why, otherwise."""
    t = texts()[lang]
    body = await request.body()
    password = parse_qs(body[:MAX_FORM_BYTES].decode("utf-8", "replace")).get("password", [""])[0]

    source = source_of(request.client.host if request.client else None)

    def check() -> Response:
        wait = login_wait(hub.engine, source)
        if wait:
            refused = login_page(hub, lang, t["too_many"], 429)
            refused.headers["Retry-After"] = str(wait)
            return refused
        if not password_matches(hub.engine, password):
            note_failure(hub.engine, source)
            return login_page(hub, lang, t["wrong_password"], 401)
        note_success(hub.engine, source)
        response = RedirectResponse(f"/dashboard?lang={lang}", status_code=303)
        response.set_cookie(SESSION_COOKIE, open_session(hub.engine), secure=True, httponly=True, samesite="strict")
        return response

    return await on_worker(check)


@router.post("/logout", response_class=RedirectResponse, status_code=303)
async def logout(request: Request, hub: Hub) -> Response:
    """Ends the session (whatever cookie came, live or not) and shows the login page."""
    await on_worker(lambda: close_session(hub.engine, request.cookies.get(SESSION_COOKIE, "")))
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE)
    return response
