"""The hub fuzzed over its whole contract (issues 22 and 23), bounded: no failure, no server error.

- The published contract, docs/openapi-json-v1.yaml, covers the four kiosk-facing operations
  (upload, totals, receipts, enrollment): schemathesis generates requests that fit it and
  requests that break it, sends them (with a real device token where one is needed) to one
  real hub on 127.0.0.1, and checks each answer: no 5xx, a status the contract lists, its
  headers, and the contract's body (a refusal is the Error schema, with a listed reason code).
- The dashboard's pages (not part of the protocol) are fuzzed by hand with hypothesis.

Each run is bounded (:data:`CONTRACT_CASES` examples an operation and mode, :data:`CASES` a hand
fuzz, no shrinking beyond a few
seconds), and the figures are printed: ``pytest -s`` shows how many cases ran and how many failed.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sync.hub.api_models import Enrollment, ReceiptQuery
from sync.hub.callers import read_model
from sync.hub.error_answers import Refused
from sync.hub.params import BadParameter, waiting_count
from sync.hub.protocol import OPENAPI
from tests.sync.hub.support import HubProcess

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is not installed (the test extra)")

CASES = 30
BOUNDED = settings(max_examples=CASES, deadline=None, derandomize=True, database=None,
                   suppress_health_check=list(HealthCheck))
# Per operation and mode: 40 cases an operation (20 that fit the contract, 20 that break it).
CONTRACT_CASES = 20
CONTRACT_BOUNDED = settings(BOUNDED, max_examples=CONTRACT_CASES)
JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                    max_leaves=12)


def _error_body(answer: requests.Response) -> bool:
    try:
        document = answer.json()
    except ValueError:
        return False
    return isinstance(document, dict) and isinstance(document.get("error"), str)


class Tally:
    """Cases sent and what went wrong with them (a description each, never stopping early)."""

    def __init__(self, name: str, least: int = CASES // 2) -> None:
        self.name = name
        self.least = least
        self.cases = 0
        self.failures: list[str] = []
        self.statuses: Counter[int] = Counter()

    def record(self, check: Callable[[], int], label: str) -> None:
        self.cases += 1
        try:
            self.statuses[check()] += 1
        except Exception as exc:  # every check's failure is collected, then reported together
            self.failures.append(f"{label}: {type(exc).__name__}: {str(exc)[:300]}")

    def report(self) -> None:
        print(f"\n{self.name}: {self.cases} cases, {len(self.failures)} failures, "
              f"answers by status {dict(sorted(self.statuses.items()))}")
        assert self.cases >= self.least
        assert not self.failures, "\n".join(self.failures[:10])


@pytest.fixture(scope="module")
def contract() -> Any:
    return schemathesis.openapi.from_path(str(OPENAPI))


OPERATIONS = [("/v1/signatures:batch", "POST"), ("/v1/totals", "GET"), ("/v1/receipts:query", "POST"),
              ("/v1/devices:enroll", "POST")]


def test_the_contract_covers_the_four_operations(contract: Any) -> None:
    listed = {(operation.path, operation.method.upper()) for operation in
              (result.ok() for result in contract.get_all_operations())}
    assert listed == set(OPERATIONS)


@pytest.mark.parametrize("mode", ["positive", "negative"])
@pytest.mark.parametrize(("path", "method"), OPERATIONS)
def test_every_operation_holds_its_contract(module_hub: HubProcess, module_device_token: str, contract: Any,
                                            path: str, method: str, mode: str) -> None:
    from schemathesis.checks import not_a_server_error
    from schemathesis.generation import GenerationMode
    from schemathesis.specs.openapi.checks import (
        content_type_conformance,
        response_headers_conformance,
        response_schema_conformance,
        status_code_conformance,
    )

    operation = contract[path][method]
    enrolling = path == "/v1/devices:enroll"
    # Enrollment is rate-limited per source: each try comes from an address of its own.
    sources = iter(f"127.0.{n // 250 + 30}.{n % 250 + 1}" for n in range(10_000))
    shared = module_hub.session()
    auth = {} if enrolling else {"Authorization": f"Bearer {module_device_token}"}
    campaign = module_hub.context.campaign.id
    tally = Tally(f"schemathesis {mode} {method} {path}", least=CONTRACT_CASES // 2)
    checks = [not_a_server_error, status_code_conformance, content_type_conformance,
              response_headers_conformance, response_schema_conformance]

    @CONTRACT_BOUNDED
    @given(case=operation.as_strategy(generation_mode=GenerationMode(mode)))
    def send(case: Any) -> None:
        if isinstance(case.body, dict) and "campaign" in case.body and mode == "positive":
            # The hub's own campaign, so the upload goes past the campaign check to the storing.
            case.body["campaign"] = campaign

        def check() -> int:
            session = module_hub.session(source=next(sources)) if enrolling else shared
            # verify=False: no CA vouches for the hub; the session's pin on its certificate does.
            answer = case.call(base_url=module_hub.url, session=session, headers=auth, timeout=30, verify=False)
            case.validate_response(answer, checks=checks)
            if mode == "negative" and isinstance(case.body, dict) and path == "/v1/signatures:batch":
                assert 400 <= answer.status_code < 500, answer.status_code  # what breaks the contract is refused
            return int(answer.status_code)

        tally.record(check, json.dumps(case.body, default=str)[:200] + " " + str(case.query)[:80])

    send()
    tally.report()


def _fuzz_http(name: str, send: Callable[[Any], requests.Response], allowed: set[int],
               error_body: bool = True) -> Callable[[Any], None]:
    """One hypothesis example: sent, and its answer checked (below 500, one of ``allowed``, and
    with ``error_body`` a refusal in the Error body; the dashboard's refusals are pages)."""
    tally = Tally(name)

    def one(value: Any) -> None:
        def check() -> int:
            answer = send(value)
            assert answer.status_code < 500 and answer.status_code in allowed, answer.status_code
            if answer.status_code >= 400 and error_body:
                assert _error_body(answer), answer.text[:200]
            return int(answer.status_code)

        tally.record(check, repr(value)[:200])

    one.tally = tally  # type: ignore[attr-defined]
    return one


def test_totals_take_any_waiting_value_without_a_server_error(module_hub: HubProcess,
                                                              module_device_token: str) -> None:
    session = module_hub.session()
    auth = {"Authorization": f"Bearer {module_device_token}"}
    one = _fuzz_http("GET /v1/totals?waiting=…", lambda value: session.get(
        module_hub.url + "/v1/totals", params={"waiting": value}, headers=auth, timeout=30), {200, 400})
    BOUNDED(given(st.text() | st.integers().map(str))(one))()
    one.tally.report()  # type: ignore[attr-defined]


def test_receipts_and_enrollment_take_any_bytes_without_a_server_error(module_hub: HubProcess,
                                                                     module_device_token: str) -> None:
    # Bytes the contract's generator never makes (not JSON, not UTF-8, JSON of any shape).
    sources = iter(f"127.0.{n // 250 + 2}.{n % 250 + 1}" for n in range(10_000))
    auth = {"Authorization": f"Bearer {module_device_token}", "Content-Type": "application/json"}
    bodies = st.binary(max_size=200) | JSON.map(lambda v: json.dumps(v).encode())

    def send(body: bytes) -> requests.Response:
        receipts = module_hub.session().post(module_hub.url + "/v1/receipts:query", data=body, headers=auth,
                                             timeout=30)
        assert receipts.status_code in {200, 400, 413} and (receipts.status_code == 200 or _error_body(receipts))
        return module_hub.session(source=next(sources)).post(module_hub.url + "/v1/devices:enroll", data=body,
                                                             timeout=30)

    one = _fuzz_http("POST any bytes to /v1/receipts:query and /v1/devices:enroll", send, {400, 403, 413, 429})
    BOUNDED(given(bodies)(one))()
    one.tally.report()  # type: ignore[attr-defined]


@BOUNDED
@given(st.text() | st.none())
def test_a_waiting_value_is_read_or_refused_never_anything_else(value: str | None) -> None:
    try:
        waiting = waiting_count(value)
    except BadParameter:
        return
    assert waiting is None or 0 <= waiting < 10**9


@BOUNDED
@given(st.binary(max_size=300) | JSON.map(lambda v: json.dumps(v).encode()))
def test_a_body_is_read_or_refused_with_a_listed_code_never_anything_else(body: bytes) -> None:
    from sync.protocol.reasons import is_reason

    for model in (ReceiptQuery, Enrollment):
        try:
            read_model(model, body)
        except Refused as refused:  # the one way to refuse; anything else fails the test
            assert refused.status == 400 and is_reason(refused.code), refused.code


def test_the_dashboards_parameters_take_any_value_without_a_server_error(module_hub: HubProcess) -> None:
    from sync.hub.auth import set_password

    password = "la-lucha-sigue-2026"
    set_password(module_hub.context.engine, password)
    session = module_hub.session(source="127.0.0.8")
    assert session.post(module_hub.url + "/login", data={"password": password}, timeout=10,
                        allow_redirects=False).status_code == 303
    paths = st.sampled_from(["/dashboard", "/api/summary", "/big", "/login", "/export/tally", "/export/csv",
                             "/export/sheets", "/export/other"])
    queries = st.dictionaries(st.sampled_from(["lang", "event", "since", "until", "kind"]),
                              st.text(max_size=30) | st.dates().map(str), max_size=4)
    one = _fuzz_http("GET dashboard pages ?lang, ?event, ?since, ?until", lambda request: session.get(
        module_hub.url + request[0], params=request[1], timeout=60, allow_redirects=False),
        {200, 303, 400, 404}, error_body=False)
    BOUNDED(given(st.tuples(paths, queries))(one))()
    one.tally.report()  # type: ignore[attr-defined]
