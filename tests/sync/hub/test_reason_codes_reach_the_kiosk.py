"""A refusal's reason code travels from the hub to the kiosk's admin area, kept and in words.

The hub refuses with a code from the protocol's one list (sync/protocol/reasons.py); the
kiosk's real json adapter, talking to a real hub on 127.0.0.1, keeps that code (before, it
stored ``invalid:signatures.0.uuid``, ``invalid:body`` and ``invalid_json`` as ``unknown``),
and the admin area's overview shows it as a sentence, in the coordinator's language.
"""

from __future__ import annotations

from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from kiosk.reports.dashboard import Dashboard
from kiosk.runtime import KioskContext
from kiosk.signature import ClearColumns, Consent, Person
from sync.protocol import Outgoing
from sync.protocol.reasons import Reason
from sync.upstream.adapters.json_batch import JsonBatchAdapter
from sync.upstream.target import SyncConfig
from tests.sync.hub.support import HubProcess
from ui.admin.overview_page import OverviewPage
from ui.i18n import SOURCE_LANGUAGE, LanguageSwitcher


def _outgoing(uuid: str, campaign: str) -> Outgoing:
    columns = ClearColumns(uuid, campaign, "kiosk-1", datetime(2026, 11, 28, 17, 4, 5, tzinfo=UTC), "Rally", "es",
                           "90057")
    return Outgoing(columns, Consent(False, None, False, None), Person("Ana", "Ruiz", "", "", ""), None)


def test_the_hubs_reason_code_is_kept_by_the_kiosk(module_hub: HubProcess, module_device_token: str) -> None:
    config = SyncConfig(kind="json", url=module_hub.url, pinned_sha256=module_hub.context.certificate.sha256)
    adapter = JsonBatchAdapter(config, module_device_token)
    try:
        # A UUID the contract refuses: the hub answers 400 invalid:signatures.0.uuid for the one record.
        result = adapter.send([_outgoing("not-a-uuid", module_hub.context.campaign.id)])
    finally:
        adapter.close()
    assert result.rejected == {"not-a-uuid": "invalid:signatures.0.uuid"}


def test_a_reason_code_reaches_the_admin_area_in_words(qtbot: QtBot, kiosk: KioskContext) -> None:
    switcher = LanguageSwitcher(("es", SOURCE_LANGUAGE), "es")
    try:
        page = OverviewPage(kiosk)
        qtbot.addWidget(page)
        page.numbers = Dashboard(rejected=3, rejection_reasons=(
            ("invalid:signatures.0.uuid", 1), (Reason.INVALID_POSTAL_CODE.value, 1), (Reason.INVALID_JSON.value, 1)))
        page.retranslate()
        shown = page.reasons.text()
        assert "el servidor no pudo aceptar uno de sus campos (uuid): 1" in shown
        assert "el código postal fue rechazado: 1" in shown
        assert "el servidor no pudo leer lo que se envió: 1" in shown
        assert "invalid" not in shown
    finally:
        switcher.set_language(SOURCE_LANGUAGE)
