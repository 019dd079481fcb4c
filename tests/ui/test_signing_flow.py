"""A supporter signs with taps only; what lands in the database is what they entered."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.models import SignatureRecord
from kiosk.runtime import KioskContext
from ui.kiosk_window import KioskWindow, Step
from ui.selftest import KioskDriver, draw_on_pad, fill_form, sign_through_screens, tap, type_text

SPANISH_SIGNER = {"given_name": "Íñigo", "family_name": "Muñoz Peña", "email": "inigo.pena@example.org",
                  "postal_code": "90011"}


def _rows(ctx: KioskContext) -> list[SignatureRecord]:
    with Session(ctx.store.engine) as session:
        return list(session.scalars(select(SignatureRecord)))


def test_spanish_signer_using_only_on_screen_keys_and_the_pad(window: KioskWindow, kiosk: KioskContext) -> None:
    sign_through_screens(window, SPANISH_SIGNER, consent=True, language="es")

    assert window.current_step() is Step.THANK_YOU
    assert window.screens.thank_you.heading.text() == "¡Gracias, Íñigo!"
    rows = _rows(kiosk)
    assert len(rows) == 1
    row = rows[0]
    assert row.language == "es"
    assert row.consent_updates is True
    assert row.consent_sha256 == kiosk.campaign.text("es").consent_sha256
    assert row.postal_code == "90011"
    personal = kiosk.store.personal(row.uuid)
    assert personal is not None
    assert personal.given_name == "Íñigo"
    assert personal.family_name == "Muñoz Peña"
    assert personal.email == "inigo.pena@example.org"
    assert personal.signature is not None
    assert len(personal.signature.strokes) == 2
    assert personal.signature.point_count() >= 10
    # Normalised to the pad: every point inside 0..1.
    assert all(0 <= p.x <= 1 and 0 <= p.y <= 1 for s in personal.signature.strokes for p in s)


def test_thank_you_shows_only_the_first_name_and_returns_by_itself(window: KioskWindow, qtbot) -> None:
    window.screens.thank_you.return_after_s = 1
    sign_through_screens(window, SPANISH_SIGNER, consent=False, language="en")
    shown = " ".join(w.text() for w in (window.screens.thank_you.heading, window.screens.thank_you.message,
                                       window.screens.thank_you.counter, window.screens.thank_you.countdown))
    assert "Íñigo" in shown
    assert "Muñoz" not in shown and "inigo.pena" not in shown and "90011" not in shown
    qtbot.waitUntil(lambda: window.current_step() is Step.WELCOME, timeout=4000)
    assert "Íñigo" not in window.screens.thank_you.heading.text()


def test_counter_counts_the_starting_count_plus_this_kiosks_signatures(window: KioskWindow,
                                                                       kiosk: KioskContext) -> None:
    start = kiosk.campaign.starting_count
    assert window.welcome.counter.text() == f"{start:,} signed"
    sign_through_screens(window, SPANISH_SIGNER, language="en")
    tap(window.screens.thank_you.done_button)
    assert window.current_step() is Step.WELCOME
    assert window.welcome.counter.text() == f"{start + 1:,} signed"
    assert window.welcome.progress.value() == start + 1
    assert window.welcome.progress.maximum() == kiosk.campaign.goal


def test_a_repeat_signer_is_thanked_like_anyone_and_counted_once_among_people(
        window: KioskWindow, kiosk: KioskContext) -> None:
    # Issue 13 changed this on purpose: "you have already signed" after the form was a
    # membership oracle. The same person again signs through to the usual thank-you.
    # Issue 22 changed it again: the repeat's signature is stored too (marked as a repeat),
    # so the count of signatures moves for it as for anyone; the person is counted once.
    sign_through_screens(window, SPANISH_SIGNER, language="es")
    tap(window.screens.thank_you.done_button)
    tap(window.welcome.language_buttons["es"])
    tap(window.welcome.start_button)
    tap(window.screens.petition.continue_button)
    fill_form(window, SPANISH_SIGNER)
    tap(window.screens.form.continue_button)  # nothing is looked up when leaving the form
    assert window.current_step() is Step.SIGNATURE
    draw_on_pad(window.screens.signature.pad)
    tap(window.screens.signature.continue_button)
    tap(window.screens.review.submit_button)

    assert window.current_step() is Step.THANK_YOU
    assert window.screens.thank_you.heading.text() == "¡Gracias, Íñigo!"
    assert "ya firmó" not in window.screens.thank_you.message.text()
    assert sorted(row.repeat for row in _rows(kiosk)) == [False, True]
    assert kiosk.store.counts().people == 1
    assert window.screens.form.values()["given_name"] == ""


def test_back_and_start_over_are_on_every_signing_screen(window: KioskWindow) -> None:
    driver = KioskDriver(window)
    tap(window.welcome.start_button)
    seen = [driver.step]
    assert driver.top_bar_offers_back_and_start_over()
    tap(window.screens.petition.continue_button)
    driver.fill_form(SPANISH_SIGNER)
    seen.append(driver.step)
    assert driver.top_bar_offers_back_and_start_over()
    driver.continue_from_form()
    seen.append(driver.step)
    assert driver.top_bar_offers_back_and_start_over()
    driver.draw()
    driver.continue_from_signature()
    seen.append(driver.step)
    assert driver.top_bar_offers_back_and_start_over()
    assert seen == [Step.PETITION, Step.FORM, Step.SIGNATURE, Step.REVIEW]
    tap(window.top_bar.back_button)
    assert window.current_step() is Step.SIGNATURE
    tap(window.top_bar.back_button)
    assert window.current_step() is Step.FORM


def test_required_signature_must_be_drawn(window: KioskWindow, kiosk: KioskContext) -> None:
    assert kiosk.campaign.signature_required
    tap(window.welcome.start_button)
    tap(window.screens.petition.continue_button)
    fill_form(window, SPANISH_SIGNER)
    tap(window.screens.form.continue_button)
    tap(window.screens.signature.continue_button)
    assert window.current_step() is Step.SIGNATURE
    assert window.screens.signature.error.isVisible()
    assert "sign in the box" in window.screens.signature.error.text()
    draw_on_pad(window.screens.signature.pad)
    assert not window.screens.signature.error.isVisible()
    tap(window.screens.signature.continue_button)
    assert window.current_step() is Step.REVIEW


def test_switching_language_keeps_what_was_typed(window: KioskWindow) -> None:
    tap(window.welcome.start_button)
    tap(window.screens.petition.continue_button)
    tap(window.screens.form.fields["given_name"])
    type_text(window.screens.form.keyboard, "Begoña")
    tap(window.top_bar.language_buttons["es"])
    assert window.screens.form.labels["given_name"].text() == "Nombre"
    assert window.screens.form.continue_button.text() == "Siguiente: firmar ➜"
    assert window.screens.form.fields["given_name"].text() == "Begoña"
    assert window.current_step() is Step.FORM
    tap(window.top_bar.language_buttons["en"])
    assert window.screens.form.labels["given_name"].text() == "First name"
    assert window.screens.form.fields["given_name"].text() == "Begoña"


def test_full_disk_keeps_the_form_and_allows_retry(window: KioskWindow, kiosk: KioskContext) -> None:
    from sqlalchemy import event

    # The database refuses every write (SQLite's own refusal, as when the disk is full or
    # the card turned read-only); the store reports it as StorageError.
    engine = kiosk.store.engine

    def refuse_writes(dbapi_connection, _record) -> None:
        dbapi_connection.execute("PRAGMA query_only = ON")

    event.listen(engine, "connect", refuse_writes)
    engine.dispose()
    tap(window.welcome.language_buttons["es"])
    tap(window.welcome.start_button)
    tap(window.screens.petition.continue_button)
    fill_form(window, SPANISH_SIGNER)
    tap(window.screens.form.continue_button)
    draw_on_pad(window.screens.signature.pad)
    tap(window.screens.signature.continue_button)
    tap(window.screens.review.submit_button)

    assert window.current_step() is Step.REVIEW
    assert "no se pudo guardar" in window.screens.review.error.text()
    assert window.screens.form.values()["given_name"] == "Íñigo"
    assert not window.screens.signature.pad.is_empty()

    event.remove(engine, "connect", refuse_writes)
    engine.dispose()
    assert _rows(kiosk) == []
    tap(window.screens.review.submit_button)
    assert window.current_step() is Step.THANK_YOU
    assert len(_rows(kiosk)) == 1


def test_a_campaign_may_make_the_drawn_signature_optional(qtbot, kiosk: KioskContext) -> None:
    import dataclasses

    kiosk.campaign = dataclasses.replace(kiosk.campaign, signature_required=False)
    w = KioskWindow(kiosk, windowed=True)
    qtbot.addWidget(w)
    w.show_kiosk()
    qtbot.waitExposed(w)
    try:
        sign_through_screens(w, SPANISH_SIGNER, language="es", draw=False)
        assert w.current_step() is Step.THANK_YOU, (w.screens.form.errors(), w.screens.form.values())
        rows = _rows(kiosk)
        assert len(rows) == 1 and rows[0].has_drawing is False
        assert "opcional" in w.screens.signature.hint.text()
    finally:
        w.release()


def test_the_review_shows_the_signer_as_it_will_be_stored(window: KioskWindow, kiosk: KioskContext) -> None:
    from PySide6.QtWidgets import QLabel

    tap(window.welcome.language_buttons["es"])
    tap(window.welcome.start_button)
    tap(window.screens.petition.continue_button)
    fill_form(window, {**SPANISH_SIGNER, "family_name": "Muñoz   Peña ", "phone": "213 555 0147"})
    tap(window.screens.form.continue_button)
    draw_on_pad(window.screens.signature.pad)
    tap(window.screens.signature.continue_button)
    assert window.current_step() is Step.REVIEW

    shown = {label.text() for label in window.screens.review.findChildren(QLabel)}
    # What the signer checks is what will be sealed: the name's spaces collapsed, the phone as dialled.
    assert "Íñigo Muñoz Peña" in shown and "+12135550147" in shown
    assert "Muñoz   Peña " not in " ".join(shown) and "213 555 0147" not in shown
