"""The record of destruction: a PDF stating whose personal data this device destroyed, in counts.

What a coordinator can show a signer or a lawyer: how many signature records' personal
data (names, contact details, addresses, drawn signatures) were destroyed, when, on which
device and under which retention rule. It is read from ``purge_log``, which every purge
writes in its own transaction (sync/client/retention.py), as does a panic wipe (kiosk/wipe.py), and
names nobody. ``--since``/``--until`` select purges by their local day; an event filter does
not apply (a purge is per device).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib.units import inch
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer
from sqlalchemy import select

from kiosk.campaign import Campaign
from kiosk.models import PURGE_RULE_WIPE, PurgeLogEntry
from kiosk.reports.filters import ReportFilters
from kiosk.reports.fonts import REGULAR, register_fonts
from kiosk.reports.labels import DEFAULT_LANGUAGE, Labels
from kiosk.reports.output import atomic_output, check_writable
from kiosk.reports.progress import CancelCheck, ExportResult, ProgressCallback, Ticker
from kiosk.reports.snapshot import read_snapshot
from kiosk.reports.tally import _HEADING, _SUBTITLE, _TITLE, MARGIN, PAGE_SIZE, _footer, _para, _table
from kiosk.store import SignatureStore

RULES = ("immediate", "days", "manual", PURGE_RULE_WIPE)


@dataclass(frozen=True)
class Purge:
    """One purge as logged (local time)."""

    at: datetime
    count: int
    kiosk_id: str
    kiosk_label: str
    rule: str
    days: int | None


def read_purges(store: SignatureStore, filters: ReportFilters) -> list[Purge]:
    """The logged purges within the filters' days, oldest first."""
    log = PurgeLogEntry
    query = select(log.purged_at, log.count, log.kiosk_id, log.kiosk_label, log.rule, log.days).order_by(
        log.purged_at, log.id)
    start, end = filters.utc_bounds()
    if start is not None:
        query = query.where(log.purged_at >= start)
    if end is not None:
        query = query.where(log.purged_at < end)
    with read_snapshot(store) as conn:
        return [Purge(at.astimezone(), count, kiosk_id, label, rule, days)
                for at, count, kiosk_id, label, rule, days in conn.execute(query)]


def rule_text(labels: Labels, purge: Purge) -> str:
    """The retention rule a purge followed, in words."""
    rule = purge.rule if purge.rule in RULES else "manual"
    if rule == "days" and purge.days is not None:
        return labels.plural("destruction.rule_days", purge.days, days=labels.number(purge.days))
    return labels.format(f"destruction.rule_{rule}", days="?")


def build_story(purges: list[Purge], store: SignatureStore, campaign: Campaign, filters: ReportFilters,
                labels: Labels, generated: datetime) -> list[Flowable]:
    """The PDF's flowables: the statement, the facts, then one line per purge."""
    width = PAGE_SIZE[0] - 2 * MARGIN
    total = sum(p.count for p in purges)
    devices = sorted({p.kiosk_id for p in purges} or {store.kiosk_id})
    story: list[Flowable] = [
        _para(labels, labels["destruction.title"], _TITLE, bold=True),
        _para(labels, labels.plural("destruction.statement", total), _SUBTITLE),
        _para(labels, labels["destruction.what"]),
    ]
    if any(p.rule == PURGE_RULE_WIPE for p in purges):  # a wipe also took what had not been sent
        story.append(_para(labels, labels["destruction.what_wipe"]))
    story += [
        _para(labels, labels["destruction.kept"]),
        Spacer(1, 8),
    ]
    if purges:
        period = f"{labels.date_time(purges[0].at)} – {labels.date_time(purges[-1].at)}"
    else:
        period = labels["destruction.none"]
    filters_text = ("; ".join(labels.filter_parts(None, filters.since, filters.until))
                    or labels["destruction.all_purges"])
    facts = [
        [labels["destruction.records"], labels.number(total)],
        [labels["destruction.device"], ", ".join(devices)],
        [labels["tally.organization"], campaign.organization],
        [labels["destruction.period"], period],
        [labels["tally.filters"], filters_text],
        [labels["tally.generated"], f"{labels.date_time(generated)} ({labels['tally.time_zone']}: "
                                    f"{generated.tzname() or ''})"],
    ]
    story.append(_table(["", ""], facts, [1.9 * inch, width - 1.9 * inch], numeric_from=2, labels=labels))
    story.append(_para(labels, labels["destruction.each"], _HEADING, bold=True))
    rows = [[f"{labels.short_date(p.at.date())} {p.at:%H:%M}", p.count, rule_text(labels, p),
             p.kiosk_label or p.kiosk_id] for p in purges]
    story.append(_table([labels["destruction.col_when"], labels["destruction.col_records"],
                         labels["destruction.col_rule"], labels["destruction.col_device"]],
                        rows, [1.45 * inch, 0.85 * inch, 2.9 * inch, width - 5.2 * inch], numeric_from=1,
                        labels=labels))
    if not purges:
        story.append(_para(labels, labels["destruction.none"]))
    return story


def export_destruction(store: SignatureStore, campaign: Campaign, out_path: str | Path,
                       filters: ReportFilters | None = None, language: str | None = None,
                       progress: ProgressCallback | None = None, cancel: CancelCheck | None = None) -> ExportResult:
    """Write the record of destruction; ``signatures`` in the result is how many records' data went.

    A device that has destroyed nothing yet still gets a record saying so: that, too, is a
    fact a coordinator may need to show.
    """
    target = Path(out_path)
    filters = filters or ReportFilters()
    labels = Labels(language or DEFAULT_LANGUAGE, campaign.country)
    check_writable(target)
    register_fonts()
    ticker = Ticker(3, progress, cancel)
    purges = read_purges(store, filters)
    ticker.advance()
    generated = datetime.now().astimezone()

    def build(handle: Any, pages: int) -> int:
        doc = SimpleDocTemplate(handle, pagesize=PAGE_SIZE, leftMargin=MARGIN, rightMargin=MARGIN,
                                topMargin=MARGIN, bottomMargin=MARGIN, title=labels["destruction.title"],
                                author=campaign.organization, lang=labels.language,
                                initialFontName=REGULAR)
        footer = _footer(labels, pages)
        doc.build(build_story(purges, store, campaign, filters, labels, generated), onFirstPage=footer,
                  onLaterPages=footer)
        return int(doc.page)

    pages = build(io.BytesIO(), 0)  # the first pass only counts pages, so every footer says "of y"
    ticker.advance()
    with atomic_output(target) as handle:
        build(handle, pages)
        ticker.check()
    ticker.finish()
    return ExportResult(target, sum(p.count for p in purges), pages=pages)
