"""Synthetic signers for training, demos and load tests.

Realistic on purpose: the people are distinct, most write in Spanish, names come from the
communities the demo campaign serves (Latin American, Haitian, Filipino, Vietnamese, Polish,
Greek, Ukrainian/Russian, Chinese and Arab families among them), each has an email or a
phone number, and each draws a signature. They are spread over a few events and hours.
"""

from __future__ import annotations

import hashlib
import math
import random
from datetime import UTC, datetime, timedelta

from kiosk.campaign import Campaign
from kiosk.ledger import PendingSignature, record_batch
from kiosk.store import SignatureStore
from kiosk.strokes import Point, Signature
from kiosk.validation import CleanSigner

BATCH_SIZE = 500
KIOSK_SEED_BYTES = 4  # a seed short enough to read in the output line and type back as --seed
# The synthetic events fall on this many days, the last of them yesterday.
EVENT_DAYS = 3

# (given names, family names, language the signer picks, weight)
NAME_POOLS: tuple[tuple[tuple[str, ...], tuple[str, ...], str, int], ...] = (
    (("María", "José", "Íñigo", "Ana Sofía", "Jesús", "Guadalupe", "Begoña", "Martín", "Nayeli", "Ramón"),
     ("Muñoz", "Hernández", "López", "Peña", "Ibáñez", "García Márquez", "Núñez", "Cortés"), "es", 50),
    (("Wilner", "Jean-Baptiste", "Fabiola", "Rosemène", "Jèrôme"),
     ("Désir", "Pierre-Louis", "Bien-Aimé", "Joseph", "Saint-Fleur"), "en", 6),
    (("Maricel", "Jun-Jun", "Ligaya", "Rodrigo", "Ñora"),
     ("Dela Cruz", "Bautista", "Magbanua", "Santos"), "en", 6),
    (("Nguyễn", "Thúy", "Phương", "Đức", "Hằng"),
     ("Trần", "Lê", "Phạm", "Hoàng", "Vũ"), "en", 6),
    (("Łukasz", "Małgorzata", "Zofia", "Wojciech"),
     ("Wiśniewski", "Dąbrowska", "Żółkiewski", "Kowalczyk"), "en", 4),
    (("Γιώργος", "Ελένη", "Δημήτρης"), ("Παπαδόπουλος", "Οικονόμου", "Καραγιάννη"), "en", 3),
    (("Олена", "Дмитро", "Наталья"), ("Шевченко", "Коваленко", "Иванова"), "en", 3),
    (("伟", "秀英", "明"), ("王", "李", "陈"), "en", 3),
    (("محمد", "فاطمة", "يوسف"), ("العلي", "حداد", "منصور"), "en", 3),
    (("James", "Keisha", "Emily", "Tyrone", "Sarah"), ("Johnson", "Williams", "O'Brien", "Smith"), "en", 16),
)
EVENTS = (
    ("MacArthur Park rally", "MacArthur Park, Los Angeles"),
    ("Day labor center open house", "Pasadena Community Job Center"),
    ("Sunday mass at La Placita", "Our Lady Queen of Angels Church"),
)
ZIP_CODES = ("90057", "90011", "90026", "90004", "91103", "90012", "90033", "90022", "90255")
EMAIL_DOMAINS = ("example.org", "example.com", "example.net")


def synthetic_signature(rng: random.Random) -> Signature:
    """A plausible drawn signature: a few smooth strokes with timing and pressure."""
    strokes = []
    x = rng.uniform(0.05, 0.2)
    for _ in range(rng.randint(1, 3)):
        points = []
        phase = rng.uniform(0, math.tau)
        width = rng.uniform(0.15, 0.35)
        for i in range(rng.randint(25, 60)):
            step = i / 10
            points.append(Point(
                x=min(0.98, x + width * step / 6),
                y=0.5 + 0.28 * math.sin(step * 2.1 + phase) * math.cos(step * 0.7),
                t=i * 12,
                pressure=0.4 + 0.2 * math.sin(step),
            ))
        strokes.append(tuple(points))
        x = min(0.8, x + width + 0.03)
    return Signature(strokes=tuple(strokes), aspect=3.0)


SyntheticSigner = tuple[CleanSigner, str, bool, int, datetime]


def synthetic_signers(count: int, seed: int, start: datetime | None = None,
                      now: datetime | None = None) -> list[SyntheticSigner]:
    """``count`` distinct signers: (signer, language, consent, event index, signed_at).

    The events are on the :data:`EVENT_DAYS` days that ended before ``now`` (default: the
    current time), between 9:00 and 19:00 UTC, so no signature is ever dated in the future,
    whatever the hour it is made.
    """
    rng = random.Random(seed)
    if start is None:
        midnight = (now or datetime.now(UTC)).astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
        start = midnight - timedelta(days=EVENT_DAYS)
    weights = [pool[3] for pool in NAME_POOLS]
    people = []
    for i in range(count):
        givens, families, language, _ = rng.choices(NAME_POOLS, weights=weights)[0]
        given, family = rng.choice(givens), rng.choice(families)
        # The index keeps every contact distinct even when names repeat.
        if rng.random() < 0.7:
            email, phone = f"signer{seed}.{i}@{rng.choice(EMAIL_DOMAINS)}", ""
        else:
            email, phone = "", f"+1213{(seed * 7919 + i) % 10_000_000:07d}"
        event_index = rng.randrange(len(EVENTS))
        signed_at = start + timedelta(days=event_index % EVENT_DAYS, hours=rng.randint(9, 18),
                                      minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
        signer = CleanSigner(given, family, email, phone, rng.choice(ZIP_CODES), "",
                             synthetic_signature(rng))
        people.append((signer, language if rng.random() < 0.9 else "en", rng.random() < 0.6,
                       event_index, signed_at))
    return people


def seed_for_kiosk(kiosk_id: str) -> int:
    """The default seed of ``kiosk_id``: stable on one kiosk, different from kiosk to kiosk.

    Three training kiosks each run ``simulate`` with no ``--seed``; with one fixed default
    they all made the same people, and the hub counted them once (a dashboard of 200, not
    600). A seed from the kiosk's own id makes each kiosk's people its own.
    """
    return int.from_bytes(hashlib.sha256(kiosk_id.encode("utf-8")).digest()[:KIOSK_SEED_BYTES], "big")


def simulate(store: SignatureStore, campaign: Campaign, count: int, seed: int = 1,
             event_name: str | None = None, kiosk_label: str = "") -> int:
    """Record ``count`` synthetic signers; return how many were added."""
    if event_name:
        event_ids = [store.find_or_create_event(event_name)]
    else:
        event_ids = [store.find_or_create_event(name, place) for name, place in EVENTS]
    languages = set(campaign.languages)
    added = 0
    batch: list[PendingSignature] = []
    for signer, language, consent, event_index, signed_at in synthetic_signers(count, seed):
        batch.append(PendingSignature(
            signer, language if language in languages else campaign.default_language, consent,
            event_ids[event_index % len(event_ids)], signed_at, kiosk_label))
        if len(batch) >= BATCH_SIZE:
            added += record_batch(store, campaign, batch)
            batch = []
    if batch:
        added += record_batch(store, campaign, batch)
    return added
