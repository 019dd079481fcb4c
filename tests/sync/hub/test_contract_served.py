"""The hub serves the contract it publishes: ``/openapi.json`` equals docs/openapi-json-v1.yaml.

"Agree" is meant strictly: both are parsed to JSON values (the YAML file with PyYAML, the
served document as JSON) and must be equal as wholes: the same paths, methods, statuses,
headers, request and response schemas, components and texts. Anything less (comparing only
paths and statuses, say) would let a schema drift between what the hub checks and what a
server author reads. The file is generated from the same models (``python -m
sync.hub.contract``), so a model change that was not published fails here.
"""

from __future__ import annotations

import json
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate

from sync.hub.contract import PUBLISHED, published_text
from sync.protocol.reasons import Reason, is_reason
from tests.sync.hub.support import HubProcess


def _as_json(document: Any) -> Any:
    return json.loads(json.dumps(document, sort_keys=True))


def test_the_served_contract_is_the_published_file(module_hub: HubProcess) -> None:
    served = module_hub.session().get(module_hub.url + "/openapi.json", timeout=10)
    assert served.status_code == 200
    published = yaml.safe_load(PUBLISHED.read_text(encoding="utf-8"))
    assert _as_json(served.json()) == _as_json(published)
    validate(published)  # a valid OpenAPI 3.1 document
    # Byte for byte what the generator writes: the file was regenerated after the last model change.
    assert PUBLISHED.read_text(encoding="utf-8") == published_text()


def test_every_endpoint_and_every_refusal_is_in_the_contract() -> None:
    document = yaml.safe_load(PUBLISHED.read_text(encoding="utf-8"))
    statuses = {(path, method): set(operation["responses"]) for path, item in document["paths"].items()
                for method, operation in item.items()}
    assert statuses == {
        ("/v1/signatures:batch", "post"): {"200", "400", "401", "403", "404", "413", "429", "503"},
        ("/v1/totals", "get"): {"200", "400", "401", "503"},
        ("/v1/receipts:query", "post"): {"200", "400", "401", "413", "503"},
        ("/v1/devices:enroll", "post"): {"200", "400", "403", "413", "429", "503"},
    }
    for item in document["paths"].values():
        for operation in item.values():
            for status, answer in operation["responses"].items():
                if status != "200":
                    assert answer["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Error"}
    assert "MethodNotAllowed" in document["components"]["responses"]


def test_a_wrong_method_answers_the_error_schema_not_the_frameworks(module_hub: HubProcess) -> None:
    document = yaml.safe_load(PUBLISHED.read_text(encoding="utf-8"))
    error = Draft202012Validator({"$ref": "#/components/schemas/Error", "components": document["components"]})
    for path in ("/v1/signatures:batch", "/v1/devices:enroll", "/v1/totals"):
        method = "get" if path != "/v1/totals" else "post"
        answer = module_hub.session().request(method, module_hub.url + path, timeout=10)
        assert answer.status_code == 405
        body = answer.json()
        assert list(error.iter_errors(body)) == [] and body["error"] == Reason.METHOD_NOT_ALLOWED


def test_the_reason_codes_are_one_list() -> None:
    document = yaml.safe_load(PUBLISHED.read_text(encoding="utf-8"))
    listed = document["components"]["schemas"]["Error"]["properties"]["error"]["anyOf"][0]["enum"]
    assert set(listed) == {reason.value for reason in Reason}
    assert is_reason("invalid:signatures.12.uuid") and is_reason("invalid:secret")
    # Only the contract's field names may follow "invalid:": no value a signer typed.
    assert not is_reason("invalid:maria") and not is_reason("invalid:signatures.0.maria lopez")


def test_static_files_are_served_from_memory_with_an_etag(module_hub: HubProcess) -> None:
    session = module_hub.session()
    first = session.get(module_hub.url + "/static/page.css", timeout=10)
    assert first.status_code == 200 and first.headers["content-type"].startswith("text/css")
    assert "max-age" in first.headers["cache-control"] and first.headers["etag"]
    again = session.get(module_hub.url + "/static/page.css", headers={"If-None-Match": first.headers["etag"]},
                        timeout=10)
    assert again.status_code == 304 and again.content == b""
    missing = session.get(module_hub.url + "/static/nothing.js", timeout=10)
    assert missing.status_code == 404 and missing.json()["error"] == Reason.NOT_FOUND


def test_a_body_valid_against_the_contract_is_never_refused_as_an_invalid_body(
        module_hub: HubProcess, module_device_token: str) -> None:
    # "AAAAA" fits the contract's pattern; contentEncoding is an annotation (2020-12), so the
    # body is valid, and the hub refuses it after decoding, with a reason of its own.
    document = yaml.safe_load(PUBLISHED.read_text(encoding="utf-8"))
    signature = {"uuid": "3f1b6a8e-2c4d-4e5f-8a9b-0c1d2e3f4a5b", "signed_at": "2026-11-28T17:04:05.123Z",
                 "event": "", "language": "es", "postal_code": "90057",
                 "consent": {"updates": False, "text_sha256": ""}, "sealed": "AAAAA"}
    batch = {"kiosk_id": "k-1", "campaign": module_hub.context.campaign.id, "signatures": [signature]}
    schema = {"$ref": "#/components/schemas/Batch", "components": document["components"]}
    assert list(Draft202012Validator(schema).iter_errors(batch)) == []
    answer = module_hub.session().post(module_hub.url + "/v1/signatures:batch", json=batch, timeout=10,
                                       headers={"Authorization": f"Bearer {module_device_token}"})
    assert answer.status_code == 400 and answer.json()["error"] == Reason.SEALED_NOT_BASE64
