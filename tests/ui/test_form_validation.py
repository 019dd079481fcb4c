"""Invalid input: the message appears next to the field in the signer's language; nothing is saved."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from kiosk.runtime import KioskContext
from ui.kiosk_window import KioskWindow, Step
from ui.selftest import fill_form, tap


def _submit_form(window: KioskWindow, language: str, values: dict[str, str]) -> None:
    tap(window.welcome.language_buttons[language])
    tap(window.welcome.start_button)
    tap(window.screens.petition.continue_button)
    fill_form(window, values)
    tap(window.screens.form.continue_button)


BAD = {"given_name": "Ana", "family_name": "Muñoz", "email": "ana@@example", "postal_code": "9001"}


def test_invalid_email_and_zip_in_spanish(window: KioskWindow, kiosk: KioskContext) -> None:
    _submit_form(window, "es", BAD)
    assert window.current_step() is Step.FORM
    email_error = window.screens.form.error_labels["email"]
    zip_error = window.screens.form.error_labels["postal_code"]
    assert email_error.isVisible() and zip_error.isVisible()
    assert email_error.text().startswith("Este correo electrónico no parece correcto")
    assert zip_error.text() == "El código postal tiene 5 dígitos, por ejemplo 90011."
    assert not window.screens.form.error_labels["given_name"].isVisible()
    # Next to the field: directly below it in the same column.
    QApplication.processEvents()  # let the layout place the newly shown messages
    email_field = window.screens.form.fields["email"]
    assert abs(email_error.geometry().left() - email_field.geometry().left()) < 5
    assert email_error.geometry().top() >= email_field.geometry().bottom()
    assert kiosk.store.counts().total == 0


def test_invalid_email_and_zip_in_english(window: KioskWindow, kiosk: KioskContext) -> None:
    _submit_form(window, "en", BAD)
    assert window.screens.form.error_labels["email"].text().startswith("This email address doesn't look right")
    assert window.screens.form.error_labels["postal_code"].text() == "A ZIP code has 5 digits, for example 90011."
    assert kiosk.store.counts().total == 0


def test_messages_follow_a_language_switch_and_the_typed_text_stays(window: KioskWindow) -> None:
    _submit_form(window, "en", BAD)
    tap(window.top_bar.language_buttons["es"])
    form = window.screens.form
    assert form.error_labels["postal_code"].text() == "El código postal tiene 5 dígitos, por ejemplo 90011."
    assert window.screens.form.values()["email"] == "ana@@example"


def test_missing_contact_and_name_are_explained(window: KioskWindow, kiosk: KioskContext) -> None:
    _submit_form(window, "es", {"family_name": "Muñoz", "postal_code": "90011"})
    assert window.screens.form.error_labels["given_name"].text() == "Por favor, escriba su nombre."
    assert window.screens.form.contact_error.isVisible()
    assert "correo electrónico o un teléfono" in window.screens.form.contact_error.text()
    assert kiosk.store.counts().total == 0


def test_correcting_the_fields_lets_the_signer_continue(window: KioskWindow) -> None:
    _submit_form(window, "es", BAD)
    window.screens.form.fields["email"].clear()
    window.screens.form.fields["postal_code"].clear()
    fill_form(window, {"email": "ana@example.org", "postal_code": "90011"})
    tap(window.screens.form.continue_button)
    assert window.current_step() is Step.SIGNATURE
