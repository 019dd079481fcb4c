"""Campaign files: the demo campaign is complete in both languages; broken files say what is wrong."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from kiosk.campaign import CampaignError, CampaignProblem, load_campaign

SHIPPED = ("en", "es", "vi", "zh-Hans", "zh-Hant", "ko", "tl", "ht", "ar")
DRAFTS = SHIPPED[2:]
SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "petition-end-s-comm.txt"


def test_demo_campaign_is_complete_in_english_and_spanish() -> None:
    campaign = load_campaign()
    assert campaign.id == "end-s-comm"
    assert campaign.organization == "National Day Laborer Organizing Network"
    assert campaign.starting_count == 1600
    assert campaign.goal > campaign.starting_count
    assert campaign.languages[:2] == ("en", "es")  # the file's order: Spanish right after English
    assert set(campaign.languages) == set(SHIPPED)
    en, es = campaign.text("en"), campaign.text("es")
    assert "Secure Communities" in en.title and "Comunidades Seguras" in es.title
    assert en.target == "President Obama" and es.target == "Presidente Obama"
    assert en.letter.startswith("Dear President Obama")
    assert es.letter.startswith("Estimado presidente Obama")
    assert "Abandon S-Comm." in en.letter and "Abandone S-Comm." in es.letter
    # Every paragraph of the petition exists in Spanish, not a summary.
    for field in ("petition", "letter"):
        assert getattr(es, field).count("\n\n") == getattr(en, field).count("\n\n")
    assert en.consent_sha256 != es.consent_sha256
    # Email and texts are asked separately, each wording with its own hash.
    assert len({en.consent_email_sha256, en.consent_sms_sha256, es.consent_email_sha256,
                es.consent_sms_sha256}) == 4
    for sms, sender in ((en.consent_sms, "National Day Laborer Organizing Network"),
                        (es.consent_sms, "Red Nacional de Jornaleros y Jornaleras")):
        assert sender in sms and "STOP" in sms and "HELP" in sms
    assert "Message frequency varies" in en.consent_sms and "Message and data rates may apply" in en.consent_sms
    assert "frecuencia de los mensajes varía" in es.consent_sms and "tarifas de mensajes y datos" in es.consent_sms
    assert "text message" not in en.consent_email and "mensaje de texto" not in es.consent_email


def test_an_old_campaign_file_with_one_consent_asks_it_as_email_and_never_texts(tmp_path: Path) -> None:
    text = VALID.read_text("utf-8")
    for lang in ("en", "es"):
        start = text.index("consent_email = ", text.index(f"[text.{lang}]"))
        sms_start = text.index("consent_sms = ", start)
        sms_end = text.index("\n", sms_start) + 1
        text = text[:sms_start] + text[sms_end:]
    text = text.replace("consent_email = ", "consent = ")
    campaign = load_campaign(str(write(tmp_path, text)))
    bundled = load_campaign()
    assert campaign.text("es").consent_email == bundled.text("es").consent_email
    assert campaign.text("es").consent_email_sha256 == bundled.text("es").consent_email_sha256
    assert campaign.asks_email_consent()
    assert not campaign.asks_sms_consent("es", "+12135550100")
    assert bundled.asks_sms_consent("es", "+12135550100") and not bundled.asks_sms_consent("es", " ")


def test_signature_only_campaign_hides_email_and_phone(tmp_path: Path) -> None:
    from tests.support import signature_only_campaign_toml

    campaign = load_campaign(str(write(tmp_path, signature_only_campaign_toml())))
    assert campaign.signature_only and not campaign.contact_required
    assert not campaign.asks_email_consent() and not campaign.asks_sms_consent("en", "+12135550100")
    assert not load_campaign().signature_only


@pytest.mark.parametrize("language", DRAFTS)
def test_each_drafted_language_has_every_paragraph_and_is_marked_as_a_draft(language: str) -> None:
    campaign = load_campaign()
    en, text = campaign.text("en"), campaign.text(language)
    assert text is not campaign.text(campaign.default_language)
    for field in ("title", "summary", "petition", "letter", "consent_email", "consent_sms", "target"):
        assert getattr(text, field) and getattr(text, field) != getattr(en, field), field
    for field in ("petition", "letter"):
        assert getattr(text, field).count("\n\n") == getattr(en, field).count("\n\n"), field
    assert "287(g)" in text.letter  # names and numbers come through untranslated
    raw = tomllib.loads(VALID.read_text(encoding="utf-8"))["text"][language]
    assert raw["review_status"] == "draft"  # never presented as reviewed
    sms = raw["consent_sms"]
    assert "NDLON" in sms and "STOP" in sms and "HELP" in sms
    # The tables carry consent_email and consent_sms only; the email one is the consent shown as "consent".
    assert "consent" not in raw and raw["consent_email"] == text.consent


@pytest.mark.skipif(not SEED.exists(), reason="shared seed not present")
def test_english_text_is_the_real_petition() -> None:
    seed = SEED.read_text("utf-8").replace('"', "“")
    en = load_campaign().text("en")
    first_sentence = "Any day now the Department of Homeland Security will announce"
    assert first_sentence in seed and first_sentence in en.petition
    assert "ended, not mended" in en.petition


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "broken.toml"
    path.write_text(text, encoding="utf-8")
    return path


VALID = Path(__file__).resolve().parents[2] / "resources" / "campaigns" / "end-s-comm.toml"


@pytest.mark.parametrize(
    ("mutate", "field", "problem"),
    [
        (lambda s: s.replace("goal = 5000", 'goal = "lots"'), "goal", CampaignProblem.WRONG_TYPE),
        (lambda s: s.replace("goal = 5000\n", ""), "goal", CampaignProblem.MISSING),
        (lambda s: s.replace('given_name = "required"', 'given_name = "maybe"'), "fields.given_name",
         CampaignProblem.BAD_VALUE),
        (lambda s: s.replace('kind = "osdi"', 'kind = "fax"'), "sync.kind", CampaignProblem.BAD_VALUE),
        (lambda s: s.replace('consent_email = "Sí,', 'konsent_email = "Sí,'), "text.es.consent_email",
         CampaignProblem.MISSING),
        (lambda s: s.replace("Responda STOP", "Responda ALTO"), "text.es.consent_sms", CampaignProblem.BAD_VALUE),
        (lambda s: s.replace('contact = "email_or_phone"', 'contact = "none"').replace(
            'email = "optional"', 'email = "required"'), "fields.email", CampaignProblem.BAD_VALUE),
        (lambda s: s.replace('id = "end-s-comm"', 'id = "end-s-comm'), "-", CampaignProblem.SYNTAX),
    ],
)
def test_broken_campaign_names_file_field_and_problem(tmp_path: Path, mutate, field: str, problem) -> None:
    path = write(tmp_path, mutate(VALID.read_text("utf-8")))
    with pytest.raises(CampaignError) as caught:
        load_campaign(str(path))
    assert caught.value.file == str(path)
    assert caught.value.field_name == field
    assert caught.value.problem is problem


def test_missing_campaign_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(CampaignError) as caught:
        load_campaign(str(tmp_path / "nope.toml"))
    assert caught.value.problem is CampaignProblem.NOT_FOUND


def test_unknown_bundled_id_lists_the_known_ones() -> None:
    with pytest.raises(CampaignError) as caught:
        load_campaign("no-such-campaign")
    assert "end-s-comm" in caught.value.hint


def _cannot_read_cwd_prefix() -> list[str] | None:
    """A command prefix under which the working directory below is unreadable, or None.

    root reads every folder, so as root the child drops the capabilities that let it
    (setpriv, from util-linux); anyone else is simply refused by the folder's mode.
    """
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    drop = "-dac_override,-dac_read_search"
    return [setpriv, f"--bounding-set={drop}", f"--inh-caps={drop}"]


def test_kiosk_starts_from_a_folder_it_cannot_read(tmp_path: Path) -> None:
    """`runuser -u kiosk petition-kiosk` from an admin's home: the demo campaign still loads."""
    prefix = _cannot_read_cwd_prefix()
    if prefix is None:
        pytest.skip("running as root without setpriv: no way to make a folder unreadable")
    locked = tmp_path / "locked"
    locked.mkdir()
    env = {**os.environ, "PETITION_KIOSK_DATA_DIR": str(tmp_path / "data"),
           "PETITION_KIOSK_KEY_STORE": "file", "QT_QPA_PLATFORM": "offscreen"}
    code = "import sys; from ui.cli.main import main; sys.exit(main(['status', '--json']))"
    # The child locks its own working directory, then runs the kiosk's command line in it.
    locking = ["sh", "-c", 'chmod 000 . && exec "$@"', "sh", sys.executable, "-c", code]
    try:
        done = subprocess.run([*prefix, *locking], cwd=locked, env=env,
                              capture_output=True, text=True, timeout=120, check=False)
    finally:
        locked.chmod(0o700)
    assert "Permission" not in done.stderr and done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["campaign"] == "end-s-comm"


# How each community's own press names the program (the English name stays only in
# Tagalog, as Filipino-American papers write it), and how each opens "Any day now".
PROGRAM_NAMES = {"es": "Comunidades Seguras", "vi": "Cộng đồng An toàn", "zh-Hans": "安全社区",
                 "zh-Hant": "安全社區", "ko": "안전한 지역사회", "ht": "Kominote ki an Sekirite",
                 "ar": "المجتمعات الآمنة", "tl": "Secure Communities"}
WORD_FOR_WORD = {"ar": "في أي يوم الآن", "vi": "Bất cứ ngày nào", "ht": "Nenpòt jou kounye a",
                 "tl": "Anumang araw ngayon"}


@pytest.mark.parametrize("language", sorted(PROGRAM_NAMES))
def test_each_title_names_the_program_as_its_community_does(language: str) -> None:
    campaign = load_campaign()
    text = campaign.text(language)
    assert PROGRAM_NAMES[language] in text.title
    if language != "tl":
        assert "Secure Communities" not in text.title
    assert not any(phrase in text.petition for phrase in WORD_FOR_WORD.values())
    # Revised, and still drafts until a native speaker signs them off.
    shipped = Path(__file__).resolve().parents[2] / "resources" / "campaigns" / "end-s-comm.toml"
    table = tomllib.loads(shipped.read_text(encoding="utf-8"))["text"][language]
    assert (table.get("review_status") == "draft") == (language in DRAFTS)
