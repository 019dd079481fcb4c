"""No route of the hub can forget who may call it, and the dashboard's JSON is typed.

Read from the app itself, not by calling URLs one by one: every route's dependency tree
(FastAPI's ``route.dependant``) must hold the coordinator's dependency, unless the route is
on a short, named list of public ones, or is a paired kiosk's, which must hold the device's
instead. A route added tomorrow without either fails here before any browser finds it open.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import fastapi.routing
import pytest
from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.openapi.utils import get_openapi

from sync.hub.app import create_app
from sync.hub.callers import current_coordinator, current_device
from sync.hub.context import open_hub

#: Open to anyone, on purpose: the login door, the public big number (counts only), the static
#: files, the process's health, the published contract, and pairing (the code is the credential).
PUBLIC = {
    ("GET", "/login"), ("POST", "/login"), ("POST", "/logout"),
    ("GET", "/big"), ("GET", "/api/big"), ("GET", "/api/big/stream"),
    ("GET", "/static/{name}"), ("GET", "/healthz"), ("GET", "/openapi.json"), ("HEAD", "/openapi.json"),
    ("POST", "/v1/devices:enroll"),
}
#: The json protocol v1 a paired kiosk speaks: its device token, never the coordinator's cookie.
DEVICE = {("POST", "/v1/signatures:batch"), ("GET", "/v1/totals"), ("POST", "/v1/receipts:query")}
#: The JSON the hub's own pages read (the coordinator's and the big number's), each with its model.
PAGES_JSON = {("/api/summary", "get"): "DashboardFigures", ("/api/pair-code", "post"): "PairingCodeShown",
                    ("/api/big", "get"): "BigNumber"}


@pytest.fixture
def app(tmp_path: Path) -> Iterator[FastAPI]:
    hub = open_hub(tmp_path / "hub")
    yield create_app(hub)
    hub.close()


def _calls(dependant: Dependant) -> Iterator[Callable[..., Any]]:
    for sub in dependant.dependencies:
        if sub.call is not None:
            yield sub.call
        yield from _calls(sub)


def _served_routes(app: FastAPI) -> list[Any]:
    """Every route as the app serves it. FastAPI 0.16x keeps an included router as one node of
    ``app.routes`` and flattens it with ``iter_route_contexts`` (with the include's dependencies
    added); older releases copied each route into ``app.routes``."""
    flatten = getattr(fastapi.routing, "iter_route_contexts", None)
    return list(flatten(app.routes)) if flatten is not None else list(app.routes)


def _operations(app: FastAPI) -> Iterator[tuple[set[tuple[str, str]], set[Callable[..., Any]] | None]]:
    """Each route's (method, path) pairs and, for a FastAPI route, every dependency it runs."""
    routes = _served_routes(app)
    assert len(routes) > 10  # the flattening found the routers' routes, not only the app's own
    for route in routes:
        path: str = getattr(route, "path", "") or ""
        methods: set[str] = getattr(route, "methods", None) or set()
        assert methods, f"a route without methods cannot be checked: {route!r}"
        dependant = getattr(route, "dependant", None)
        calls = set(_calls(dependant)) if isinstance(dependant, Dependant) else None
        yield {(method, path) for method in methods}, calls


def unguarded(app: FastAPI) -> list[str]:
    """The routes that take neither the coordinator's nor (a kiosk's) the device's dependency."""
    found = []
    for operations, calls in _operations(app):
        if operations <= PUBLIC:
            continue
        wanted = current_device if operations <= DEVICE else current_coordinator
        if calls is None or wanted not in calls:
            found.append(", ".join(sorted(f"{method} {path}" for method, path in operations)))
    return found


def test_every_route_but_the_named_public_ones_takes_the_coordinator(app: FastAPI) -> None:
    assert unguarded(app) == []
    seen = set().union(*(operations for operations, _ in _operations(app)))
    # The lists name real routes: a renamed route cannot hide behind a stale entry.
    assert (PUBLIC | DEVICE) - seen == set()
    for operations, calls in _operations(app):
        if calls is not None and operations <= PUBLIC | DEVICE:
            # The login page and the public number open without a session, and a kiosk's
            # routes never take the coordinator's cookie for a device token.
            assert current_coordinator not in calls, operations
    # Pages, data and downloads of the coordinator's, all covered (not only what was there today).
    guarded = {path for operations, calls in _operations(app) if calls and current_coordinator in calls
               for _, path in operations}
    assert {"/dashboard", "/api/summary", "/api/summary/stream", "/api/pair-code", "/devices/{device_id}/revoke",
            "/export/{kind}"} <= guarded


def test_a_route_added_without_the_coordinator_is_caught(app: FastAPI) -> None:
    async def signatures() -> dict[str, str]:
        return {}

    app.add_api_route("/api/signatures", signatures)
    assert unguarded(app) == ["GET /api/signatures"]


def _has_a_type(schema: Any) -> bool:
    """Every value of the schema says what it is (an untyped ``Any`` field's schema is ``{}``)."""
    if not isinstance(schema, dict):
        return True
    if not ({"type", "$ref", "anyOf", "oneOf", "allOf", "const", "enum"} & set(schema)):
        return False
    nested = [*schema.get("properties", {}).values(), *schema.get("anyOf", []), *schema.get("oneOf", [])]
    if "items" in schema:
        nested.append(schema["items"])
    return all(_has_a_type(part) for part in nested)


def test_the_dashboards_json_is_typed_and_stays_out_of_the_kiosks_contract(app: FastAPI) -> None:
    document = get_openapi(title="hub, every route", version="0", routes=app.routes)
    schemas = document["components"]["schemas"]
    for (path, method), model in PAGES_JSON.items():
        answer = document["paths"][path][method]["responses"]["200"]["content"]["application/json"]["schema"]
        assert answer == {"$ref": f"#/components/schemas/{model}"}
    for name in ("DashboardFigures", "PairingCodeShown", "BigNumber", "DeviceRow", "KioskCount", "TargetBacklog"):
        assert _has_a_type(schemas[name]), name
    # The streams say what they send.
    stream = document["paths"]["/api/summary/stream"]["get"]["responses"]["200"]["content"]
    assert set(stream) == {"text/event-stream"}
    # The served contract (docs/openapi-json-v1.yaml) is the kiosk-facing protocol only.
    assert all(path.startswith("/v1/") for path in app.openapi()["paths"])
