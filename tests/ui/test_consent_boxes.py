"""Two consent boxes, both unticked: email updates, and text messages once a phone is typed;
and a signature-only campaign signed by taps (issue 14)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.campaign import parse_campaign
from kiosk.models import SignatureRecord
from kiosk.runtime import KioskContext
from tests.support import signature_only_campaign_toml
from ui.kiosk_window import KioskWindow, Step
from ui.selftest import KioskDriver, fill_form, sign_through_screens, tap, type_text

SIGNER = {"given_name": "Íñigo", "family_name": "Peña", "email": "inigo@example.org",
          "phone": "213 555 0147", "postal_code": "90011"}


def _rows(ctx: KioskContext) -> list[SignatureRecord]:
    with Session(ctx.store.engine) as session:
        return list(session.scalars(select(SignatureRecord)))


def test_the_text_box_appears_only_with_a_phone_and_both_start_unticked_in_spanish(
        window: KioskWindow, kiosk: KioskContext, spanish: None) -> None:
    tap(window.welcome.language_buttons["es"])
    tap(window.welcome.start_button)
    tap(window.screens.petition.continue_button)
    form = window.screens.form
    es = kiosk.campaign.text("es")
    assert form.consent.isVisible() and not form.consent.isChecked()
    assert form.consent_text.text() == es.consent_email
    assert not form.sms_consent.isVisible(), "no phone yet: nothing to text"
    fill_form(window, {"phone": "213 555 0147"})
    assert form.sms_consent.isVisible() and not form.sms_consent.isChecked()
    shown = form.sms_consent_text.text()
    assert shown == es.consent_sms
    for words in ("Red Nacional de Jornaleros", "frecuencia de los mensajes varía", "tarifas de mensajes y datos",
                  "STOP", "HELP"):
        assert words in shown
    assert form.sms_consent.accessibleName() == "Acepto recibir mensajes de texto"
    assert form.consent.accessibleName() == "Acepto recibir noticias por correo electrónico"
    tap(form.sms_consent_text)  # the words toggle the box too
    assert form.sms_consent_given()
    # The phone erased: the box goes, unticked, and a new phone shows it unticked again.
    form.fields["phone"].clear()
    assert not form.sms_consent.isVisible() and not form.sms_consent_given()
    tap(form.fields["phone"])
    type_text(form.keyboard, "2135550147")
    assert form.sms_consent.isVisible() and not form.sms_consent.isChecked()


@pytest.mark.parametrize(("email_box", "sms_box"), [(False, True), (True, False), (False, False)])
def test_each_box_is_recorded_as_ticked_with_the_hash_of_the_spanish_wording(
        window: KioskWindow, kiosk: KioskContext, spanish: None, email_box: bool, sms_box: bool) -> None:
    sign_through_screens(window, SIGNER, consent=email_box, sms_consent=sms_box, language="es")
    assert window.current_step() is Step.THANK_YOU
    (row,) = _rows(kiosk)
    es = kiosk.campaign.text("es")
    assert (row.consent_email, row.consent_sms, row.consent_updates) == (email_box, sms_box, email_box)
    assert row.consent_email_sha256 == es.consent_email_sha256
    assert row.consent_sms_sha256 == es.consent_sms_sha256  # shown (a phone was given), ticked or not
    # The next person finds both boxes unticked (and no text box until they type a phone).
    assert not window.screens.form.consent.isChecked() and not window.screens.form.sms_consent.isChecked()
    assert not window.screens.form.sms_consent.isVisibleTo(window.screens.form)


def test_the_review_screen_shows_each_answer_in_spanish(window: KioskWindow, spanish: None) -> None:
    tap(window.welcome.language_buttons["es"])
    tap(window.welcome.start_button)
    tap(window.screens.petition.continue_button)
    fill_form(window, SIGNER)
    tap(window.screens.form.sms_consent)
    driver = KioskDriver(window)
    driver.continue_from_form()
    driver.draw()
    driver.continue_from_signature()
    assert driver.step is Step.REVIEW
    layout = window.screens.review.details
    shown = {layout.itemAt(r, layout.ItemRole.LabelRole).widget().text():
             layout.itemAt(r, layout.ItemRole.FieldRole).widget().text() for r in range(layout.rowCount())}
    assert shown["Noticias por correo"] == "No"
    assert shown["Mensajes de texto"] == "Sí"


def test_no_phone_means_no_text_consent_and_no_text_hash(window: KioskWindow, kiosk: KioskContext) -> None:
    sign_through_screens(window, {k: v for k, v in SIGNER.items() if k != "phone"}, consent=True,
                         sms_consent=True, language="en")
    (row,) = _rows(kiosk)
    assert (row.consent_email, row.consent_sms, row.consent_sms_sha256) == (True, False, None)


@pytest.fixture
def signature_only_window(qtbot, kiosk: KioskContext) -> Iterator[KioskWindow]:
    kiosk.campaign = parse_campaign(signature_only_campaign_toml().encode(), "sig-only.toml")
    w = KioskWindow(kiosk, windowed=True)
    w.show_kiosk()
    qtbot.waitExposed(w)
    yield w
    w.release()
    w.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_signature_only_campaign_is_signed_by_taps_with_name_zip_and_drawing(
        signature_only_window: KioskWindow, kiosk: KioskContext, spanish: None) -> None:
    window = signature_only_window
    assert set(window.screens.form.fields) == {"given_name", "family_name", "postal_code"}
    sign_through_screens(window, {"given_name": "Íñigo", "family_name": "Peña", "postal_code": "90011"},
                         consent=True, language="es")
    assert window.current_step() is Step.THANK_YOU
    assert window.screens.thank_you.heading.text() == "¡Gracias, Íñigo!"
    (row,) = _rows(kiosk)
    assert (row.email_hash, row.phone_hash, row.postal_code, row.has_drawing) == (None, None, "90011", True)
    assert (row.consent_email, row.consent_sms, row.consent_email_sha256, row.consent_sms_sha256) == (
        False, False, None, None), "no box was shown, so nothing was agreed to"
    personal = kiosk.store.personal(row.uuid)
    assert personal is not None and (personal.email, personal.phone) == ("", "")
    assert personal.signature is not None
    assert kiosk.store.counts(kiosk.campaign.id).total == 1


def _outline_contrast(box) -> float:  # type: ignore[no-untyped-def]
    """The strongest contrast between the rendered box's outline and the cream around it, read
    from pixels along the middle row across the indicator's left edge (WCAG 1.4.11)."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    from ui.style import contrast_ratio

    option = QStyleOptionButton()
    box.initStyleOption(option)
    indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    image = box.grab().toImage()
    y = indicator.center().y()
    around = QColor(image.pixel(max(indicator.left() - 3, 0), y)) if indicator.left() >= 3 \
        else QColor(image.pixel(indicator.right() + 3, y))
    edge = [QColor(image.pixel(x, y)) for x in range(indicator.left(), indicator.left() + 6)]
    return max(contrast_ratio(pixel.name(), around.name()) for pixel in edge)


def test_the_consent_boxes_outline_stands_out_from_the_cream(window: KioskWindow) -> None:
    driver = KioskDriver(window)
    driver.start()
    assert driver.step is Step.FORM
    fill_form(window, {"phone": "213 555 0147"})
    form = window.screens.form
    for box in (form.consent, form.sms_consent):
        assert box.isVisible()
        assert _outline_contrast(box) >= 3.0, "unticked: a pale square on cream"
        tap(box)
        assert box.isChecked()
        assert _outline_contrast(box) >= 3.0, "ticked"
