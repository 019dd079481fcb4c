"""Small facts of what the osdi adapter sends, and the double's strictness that the consent tests rely on."""

from __future__ import annotations

import json

import requests

from sync.upstream.adapters.osdi_body import source_code
from sync.upstream.adapters.postal import split_address
from tests.sync.helpers import PETITION, TOKEN
from tests.sync.servers.base import RunningServer
from tests.sync.servers.osdi_server import OsdiApp


def test_source_codes_stay_readable_in_every_script() -> None:
    assert source_code("Plácita") == "kiosk-placita"
    assert source_code("광화문 집회") == "kiosk-gwanghwamun-jibhoe"
    assert source_code("Ñuñoa / Peñalolén 2026") == "kiosk-nunoa-penalolen-2026"
    assert source_code("") == "kiosk"


def test_one_address_line_is_split_into_action_network_fields_or_kept_whole() -> None:
    split = split_address("500 S Broadway Apt 2, Los Angeles, CA 90013", "US")
    assert (split.address_lines, split.locality, split.region, split.postal_code) == (
        ("500 S Broadway Apt 2",), "Los Angeles", "CA", "90013")
    # Not an address the parser can read with confidence: whole, and no guessed city.
    vague = split_address("behind the church, 2nd floor", "US")
    assert (vague.address_lines, vague.locality, vague.region) == (("behind the church, 2nd floor",), "", "")
    assert split_address("", "US").address_lines == ()


def _post(server: RunningServer, path: str, document: dict[str, object]) -> requests.Response:
    return requests.post(server.url + path, data=json.dumps(document), timeout=5,
                         headers={"OSDI-API-Token": TOKEN, "Content-Type": "application/json"})


def test_the_double_subscribes_a_new_person_sent_unsubscribed_to_the_signature_helper(
        osdi_server: RunningServer) -> None:
    """What made the old path unsafe, modelled: the signature helper ignores "unsubscribed"."""
    app: OsdiApp = osdi_server.app  # type: ignore[assignment]
    person = {"email_addresses": [{"address": "new@example.org", "status": "unsubscribed"}]}
    assert _post(osdi_server, f"/petitions/{PETITION}/signatures/",
                 {"person": person, "identifiers": ["petition_kiosk:u-1"]}).ok
    assert app.person_by_kiosk_id("u-1")["email_status"] == "subscribed"
    # The person signup helper documents "unsubscribed": there it holds, and a signature with
    # no status afterwards leaves it alone.
    person = {"email_addresses": [{"address": "other@example.org", "status": "unsubscribed"}]}
    assert _post(osdi_server, "/people/", {"person": person}).ok
    assert _post(osdi_server, f"/petitions/{PETITION}/signatures/",
                 {"person": {"email_addresses": [{"address": "other@example.org"}]},
                  "identifiers": ["petition_kiosk:u-2"]}).ok
    assert app.person_by_kiosk_id("u-2")["email_status"] == "unsubscribed"
