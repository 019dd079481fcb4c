"""The hub's error answers: always the contract's Error body, ``{"error": code, "reason": code}``.

Every refusal, whether a route's (:class:`Refused`, raised from a route or a dependency) or
the framework's own (an unknown path, a wrong method, a request it cannot read, an
unexpected failure), is answered here in the protocol's form, with a code from the
protocol's one list (sync/protocol/reasons.py), so a client reads one shape whatever went
wrong (one exception: a coordinator's page asked without a session sends the browser to the
login page, :class:`LoginRequired`). Nothing a client sent is echoed, and nothing of a
failure's text (which could hold a signer's value) is logged beyond its type.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.routing import APIRoute
from starlette.exceptions import HTTPException

from sync.protocol.reasons import Reason

log = logging.getLogger(__name__)

_CODES = {400: Reason.BAD_REQUEST, 401: Reason.UNAUTHORIZED, 403: Reason.FORBIDDEN, 404: Reason.NOT_FOUND,
          405: Reason.METHOD_NOT_ALLOWED, 413: Reason.BODY_TOO_LARGE, 415: Reason.UNSUPPORTED_MEDIA_TYPE,
          429: Reason.TOO_MANY_REQUESTS, 503: Reason.STORAGE_UNAVAILABLE}


class Refused(Exception):
    """A request the hub refuses: answered ``status`` with the Error body of ``code``."""

    def __init__(self, status: int, code: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(code)
        self.status = status
        self.code = code
        self.headers = headers


class LoginRequired(Refused):
    """No live coordinator session (sync/hub/callers.py). A route that answers data is refused 401
    with the Error body; a route that answers a page, or sends the browser to one (its
    ``response_class``), sends the browser to the login page instead."""

    def __init__(self) -> None:
        super().__init__(401, Reason.LOGIN_REQUIRED)


LOGIN_PAGE = "/login"
BROWSER_ANSWERS = (HTMLResponse, RedirectResponse)


def _answers_a_browser(request: Request) -> bool:
    route = request.scope.get("route")
    answer = route.response_class if isinstance(route, APIRoute) else None
    return isinstance(answer, type) and issubclass(answer, BROWSER_ANSWERS)


def error(status: int, code: str, headers: dict[str, str] | None = None) -> JSONResponse:
    """A protocol error answer: a short code under both keys the kiosk reads."""
    return JSONResponse({"error": code, "reason": code}, status_code=status, headers=headers)


def add_error_handlers(app: FastAPI) -> None:
    """Answer refusals and the framework's own errors with the Error body."""

    async def refused(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, Refused)
        return error(exc.status, exc.code, exc.headers)

    async def login_required(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, LoginRequired)
        if _answers_a_browser(request):
            return RedirectResponse(LOGIN_PAGE, status_code=303)
        return error(exc.status, exc.code, exc.headers)

    async def http_error(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, HTTPException)
        headers = dict(exc.headers) if exc.headers else None  # e.g. Allow, for a 405
        code = _CODES.get(exc.status_code, Reason.BAD_REQUEST if exc.status_code < 500 else Reason.INTERNAL_ERROR)
        return error(exc.status_code, code, headers)

    async def invalid_request(_request: Request, _exc: Exception) -> JSONResponse:
        return error(400, Reason.BAD_REQUEST)

    async def failure(_request: Request, exc: Exception) -> JSONResponse:
        log.error("hub request failed: %s", type(exc).__name__)
        return error(500, Reason.INTERNAL_ERROR)

    app.add_exception_handler(Refused, refused)
    app.add_exception_handler(LoginRequired, login_required)
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid_request)
    app.add_exception_handler(Exception, failure)
