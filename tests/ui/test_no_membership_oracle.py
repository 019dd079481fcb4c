"""Issue 13: nothing a person at the kiosk sees says whether a contact already signed.

The adversary of the security review typed a known signer's email or phone with any name and
read "you have already signed" before drawing. Here the same probe, tapped as a person would,
meets the very screens, in the same order, with the same texts, as a probe with a contact the
kiosk has never seen; and the counts stay right (a person is a full name with a contact).
"""

from __future__ import annotations

import re

from kiosk.runtime import KioskContext
from ui.kiosk_window import KioskWindow, Step
from ui.selftest import KioskDriver, tap

SIGNER = {"given_name": "Íñigo", "family_name": "Muñoz Peña", "email": "inigo.pena@example.org",
          "phone": "2135550147", "postal_code": "90011"}
COUNTER = re.compile(r"\d[\d,]*")


def walk(driver: KioskDriver, values: dict[str, str]) -> list[tuple[Step, list[str]]]:
    """Sign from the welcome screen to the thank-you, reading the screen after every step."""
    window = driver.window
    seen = [(driver.step, driver.screen_texts())]
    driver.start(language="es")
    seen.append((driver.step, driver.screen_texts()))
    driver.fill_form(values)
    driver.continue_from_form()
    seen.append((driver.step, driver.screen_texts()))
    driver.draw()
    driver.continue_from_signature()
    seen.append((driver.step, driver.screen_texts()))
    tap(window.screens.review.submit_button)
    seen.append((driver.step, driver.screen_texts()))
    tap(window.screens.thank_you.done_button)
    seen.append((driver.step, driver.screen_texts()))
    return seen


def masked(seen: list[tuple[Step, list[str]]], typed: dict[str, str]) -> list[tuple[Step, list[str]]]:
    """The screens with what this probe typed, and the running count, replaced by placeholders."""
    def mask(text: str) -> str:
        for name, value in typed.items():
            text = text.replace(value, f"<{name}>")
        return COUNTER.sub("#", text)
    return [(step, [mask(t) for t in texts]) for step, texts in seen]


def test_a_known_email_or_phone_with_any_name_looks_like_an_unknown_contact(
        window: KioskWindow, kiosk: KioskContext) -> None:
    driver = KioskDriver(window)
    walk(driver, SIGNER)
    assert kiosk.store.counts().total == 1
    probes = {
        "known email": {"given_name": "Otra", "family_name": "Persona", "email": SIGNER["email"],
                        "postal_code": "90011"},
        "unknown email": {"given_name": "Otra", "family_name": "Persona", "email": "nadie.nunca@example.org",
                          "postal_code": "90011"},
        "known phone": {"given_name": "Otra", "family_name": "Persona", "phone": SIGNER["phone"],
                        "postal_code": "90011"},
        "unknown phone": {"given_name": "Otra", "family_name": "Persona", "phone": "2135550999",
                          "postal_code": "90011"},
    }
    screens = {label: masked(walk(driver, values), values) for label, values in probes.items()}
    assert screens["known email"] == screens["unknown email"]
    assert screens["known phone"] == screens["unknown phone"]
    steps = [step for step, _ in screens["known email"]]
    assert steps == [Step.WELCOME, Step.FORM, Step.SIGNATURE, Step.REVIEW, Step.THANK_YOU, Step.WELCOME]
    thank_you = " ".join(screens["known email"][4][1])
    assert "¡Gracias, <given_name>!" in thank_you and "Su firma quedó guardada" in thank_you
    assert "Íñigo" not in thank_you
    # "Otra Persona" is a person of her own with each contact: four new signatures.
    assert kiosk.store.counts().total == 5
    start = kiosk.campaign.starting_count
    assert f"{start + 5:,}" in window.welcome.counter.text()


def test_the_same_person_again_is_thanked_alike_and_counted_once_among_people(
        window: KioskWindow, kiosk: KioskContext) -> None:
    driver = KioskDriver(window)
    first = walk(driver, SIGNER)
    # The same person, typed a little differently (case, no accents): same screens, same order.
    again = dict(SIGNER, given_name="INIGO", family_name="munoz pena")
    second = walk(driver, again)
    assert [s for s, _ in first] == [s for s, _ in second]
    names = ("given_name", "family_name")
    assert masked(first, {k: SIGNER[k] for k in names}) == masked(second, {k: again[k] for k in names})
    # Issue 22 changed this on purpose: the running count used not to move for the very same
    # person (an oracle for whoever knew the full name and the contact). Now the repeat's
    # signature is stored, marked, and the count of signatures moves for it like for anyone;
    # the person is counted once among the people (the coordinator's figure).
    counts = kiosk.store.counts()
    assert (counts.total, counts.people) == (2, 1)
    start = kiosk.campaign.starting_count
    assert f"{start + 2:,}" in window.welcome.counter.text()
    kept = [p.given_name for u in kiosk.store.all_uuids() if (p := kiosk.store.personal(u))]
    assert "Íñigo" in kept  # the first signature is kept


def test_a_family_sharing_one_phone_keeps_both_signatures(window: KioskWindow, kiosk: KioskContext) -> None:
    driver = KioskDriver(window)
    ana = {"given_name": "Ana", "family_name": "Pérez", "phone": "2135550147", "postal_code": "90011"}
    luis = dict(ana, given_name="Luis")
    walk(driver, ana)
    walk(driver, luis)
    assert kiosk.store.counts().total == 2
    names = sorted(p.given_name for u in kiosk.store.all_uuids() if (p := kiosk.store.personal(u)))
    assert names == ["Ana", "Luis"]
