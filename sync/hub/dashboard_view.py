"""What the coordinator reads on the dashboard: local times with their zone, numbers the
reader's way (Babel, the language with the campaign's country), and the per-hour and
per-event figures as SVG charts drawn by the hub (no script or library from the internet:
a venue has none).

Everything here is built once per change and language (:mod:`sync.hub.live`) from the
counters, and sent to the page as one JSON document (:class:`~sync.hub.dashboard_models.DashboardFigures`).
"""

from __future__ import annotations

import html
from datetime import UTC, datetime, tzinfo

from babel import Locale, UnknownLocaleError
from babel.dates import format_datetime, format_time, get_timezone_name
from babel.numbers import format_decimal

from sync.hub.context import HubContext
from sync.hub.dashboard_models import (
    Charts,
    DashboardFigures,
    DeviceRow,
    EventCount,
    HourCount,
    KioskCount,
    TargetBacklog,
)
from sync.hub.database import reader_engine
from sync.hub.devices import list_devices
from sync.hub.summary import summarize
from sync.hub.upstream import configured_targets

CHART_WIDTH = 600
BAR_HEIGHT = 22
LABEL_CHARS = 24  # what fits the chart's label column at its font size
HOURS_SHOWN = 24  # the last day's hours: older ones are in the exports


def reader_locale(lang: str, country: str) -> Locale:
    """The language with the campaign's country (es-US), or the language alone."""
    code = lang.replace("-", "_")  # zh-Hans -> zh_Hans, as Babel spells it
    for tag in (f"{code}_{country}", code, "en"):
        try:
            return Locale.parse(tag)
        except (UnknownLocaleError, ValueError):
            continue
    return Locale.parse("en")


def local_zone() -> tzinfo:
    """The hub machine's own zone: at a venue, the coordinator's laptop's."""
    zone = datetime.now().astimezone().tzinfo
    return zone if zone is not None else UTC


def zone_name(locale: Locale, zone: tzinfo) -> str:
    """The zone as a reader names it ("Pacific Time", or the offset's short name)."""
    try:
        return str(get_timezone_name(datetime.now(zone), width="short", locale=locale))
    except (LookupError, ValueError):
        return datetime.now(zone).tzname() or "UTC"


def _bars(rows: list[tuple[str, int]], locale: Locale, title: str) -> str:
    """A horizontal bar chart, one bar a row, labels and figures as text (readable, searchable)."""
    if not rows:
        return ""
    top = max(n for _, n in rows) or 1
    label_w, figure_w = 200, 90
    room = CHART_WIDTH - label_w - figure_w
    height = BAR_HEIGHT * len(rows) + 4
    parts = [f'<svg class="chart" viewBox="0 0 {CHART_WIDTH} {height}" role="img" aria-label="{html.escape(title)}"'
             f' xmlns="http://www.w3.org/2000/svg" preserveAspectRatio="xMinYMin meet">']
    for index, (label, n) in enumerate(rows):
        y = index * BAR_HEIGHT + 2
        width = max(1, round(room * n / top))
        # A long event name is shortened in the chart (the table under it has it whole).
        short = label if len(label) <= LABEL_CHARS else label[:LABEL_CHARS - 1] + "…"
        parts.append(f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end"><title>{html.escape(label)}</title>'
                     f'{html.escape(short)}</text>'
                     f'<rect x="{label_w}" y="{y + 3}" width="{width}" height="{BAR_HEIGHT - 6}" rx="3"/>'
                     f'<text x="{label_w + width + 6}" y="{y + 15}">{html.escape(format_decimal(n, locale=locale))}'
                     f"</text>")
    parts.append("</svg>")
    return "".join(parts)


def dashboard_document(hub: HubContext, t: dict[str, str], lang: str) -> DashboardFigures:
    """The dashboard's figures for a reader of ``lang`` (counts only; device names are the coordinator's)."""
    locale = reader_locale(lang, hub.campaign.country)
    zone = local_zone()
    reads = reader_engine(hub.engine)  # never the write lock an upload waits for
    summary = summarize(reads, hub.campaign, detail=True)

    def number(n: int) -> str:
        return str(format_decimal(n, locale=locale))

    def hour_label(key: str) -> str:
        start = datetime.strptime(key, "%Y-%m-%dT%H:%M").replace(tzinfo=UTC).astimezone(zone)
        return str(format_datetime(start, "EEE HH:mm", tzinfo=zone, locale=locale))

    hours = [(hour_label(r["hour"]), int(r["count"])) for r in summary.per_hour[-HOURS_SHOWN:]]
    events = [(r["event"] or t["no_event"], int(r["count"])) for r in summary.per_event]
    devices: list[DeviceRow] = []
    for d in list_devices(reads):
        seen = (str(format_datetime(d.last_seen_at, "medium", tzinfo=zone, locale=locale))
                if d.last_seen_at else t["never"])
        devices.append(DeviceRow(id=d.id, label=d.label, last_seen=seen, waiting=number(d.waiting),
                                 version=d.app_version, revoked=d.revoked_at is not None))
    targets = configured_targets(reads)
    by_name = {figures.name: figures for figures in summary.targets}
    upstream: list[TargetBacklog] = []
    for name in targets:
        figures = by_name.get(name)
        upstream.append(TargetBacklog(target=name, pending=number(figures.pending if figures else 0),
                                      synced=number(figures.synced if figures else 0),
                                      last_error=(figures.last_error if figures else None) or ""))
    zone_text = zone_name(locale, zone)
    return DashboardFigures(
        signed=number(summary.signed), goal=number(summary.goal), signatures=number(summary.signatures),
        people=number(summary.combined), per_kiosk=[
            KioskCount(label=r["label"], count=number(r["count"])) for r in summary.per_kiosk],
        per_event=[EventCount(event=label, count=number(n)) for label, n in events],
        per_hour=[HourCount(hour=label, count=number(n)) for label, n in hours],
        charts=Charts(hour=_bars(hours, locale, t["per_hour"]), event=_bars(events, locale, t["per_event"])),
        zone=zone_text, now=str(format_time(datetime.now(zone), "short", tzinfo=zone, locale=locale)),
        upstream=upstream, devices=devices, active_devices=sum(not d.revoked for d in devices),
    )
