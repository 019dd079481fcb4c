"""The hub's error answers: always the contract's Error body, ``{"error": code, "reason": code}``.

FastAPI answers an unknown path, a wrong method or an unexpected failure with its own shapes
(``{"detail": ...}``, plain text); the handlers here give every such answer the protocol's
form instead, so a client reads one shape whatever went wrong. Codes are short and fixed:
nothing a client sent is echoed, and nothing of a failure's text (which could hold a
signer's value) is logged beyond its type.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

log = logging.getLogger(__name__)

_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
          405: "method_not_allowed", 413: "body_too_large", 429: "too_many_requests"}


def error(status: int, code: str, headers: dict[str, str] | None = None) -> JSONResponse:
    """A protocol error answer: a short code under both keys the kiosk reads."""
    return JSONResponse({"error": code, "reason": code}, status_code=status, headers=headers)


def add_error_handlers(app: FastAPI) -> None:
    """Answer the framework's own errors with the Error body."""

    async def http_error(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, HTTPException)
        headers = dict(exc.headers) if exc.headers else None  # e.g. Allow, for a 405
        return error(exc.status_code, _CODES.get(exc.status_code, f"http_{exc.status_code}"), headers)

    async def invalid_request(_request: Request, _exc: Exception) -> JSONResponse:
        return error(400, "bad_request")

    async def failure(_request: Request, exc: Exception) -> JSONResponse:
        log.error("hub request failed: %s", type(exc).__name__)
        return error(500, "internal_error")

    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid_request)
    app.add_exception_handler(Exception, failure)
