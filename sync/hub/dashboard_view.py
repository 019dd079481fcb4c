"""What the coordinator reads on the dashboard: local times with their zone, numbers the
reader's way (Babel, the language with the campaign's country), and the per-hour and
per-event figures as SVG charts drawn by the hub (no script or library from the internet:
a venue has none).

Everything here is built once per change and language (:mod:`sync.hub.live`) from the
counters, and sent to the page as one JSON document (:class:`~sync.hub.dashboard_models.DashboardFigures`).
"""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime, tzinfo

from babel import Locale
from babel.dates import format_datetime, format_time, get_timezone_name
from babel.numbers import format_decimal

from kiosk.reports.labels import Labels, reader_locale, right_to_left
from sync.hub.context import HubContext
from sync.hub.counted import form
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

# The chart is drawn at about the width of its card (a third of a laptop's screen, or a
# phone's), so its 13-unit text shows at 11 to 13 px rather than shrunk to an unreadable 7.
CHART_WIDTH = 400
LABEL_WIDTH, FIGURE_WIDTH = 150, 60
BAR_HEIGHT = 22
LABEL_CHARS = 18  # what fits the chart's label column at its font size
HOURS_SHOWN = 24  # the last day's hours: older ones are in the exports


_PLACEHOLDER_MONTH = re.compile(r"M\d\d")  # CLDR's stand-in where a language has no month names


def cldr_lacks_names(locale: Locale) -> bool:
    """Whether CLDR has no month and day names for the language (Haitian Creole's month is
    "M03" and its Monday "Mon"): its dates are then written from the kiosk's own label file."""
    return bool(_PLACEHOLDER_MONTH.fullmatch(str(locale.months["stand-alone"]["wide"][1])))


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


def _bars(rows: list[tuple[str, int]], locale: Locale, title: str, right_to_left: bool = False) -> str:
    """A horizontal bar chart, one bar a row, labels and figures as text (readable, searchable).

    Right to left (Arabic), the chart is the mirror image: labels at the right, bars growing
    leftwards. The SVG says its direction itself, so that "start" and "end" mean the same
    side whatever the page around it says.
    """
    if not rows:
        return ""
    top = max(n for _, n in rows) or 1
    room = CHART_WIDTH - LABEL_WIDTH - FIGURE_WIDTH
    height = BAR_HEIGHT * len(rows) + 4
    direction = "rtl" if right_to_left else "ltr"
    parts = [f'<svg class="chart" viewBox="0 0 {CHART_WIDTH} {height}" role="img" aria-label="{html.escape(title)}"'
             f' direction="{direction}" xmlns="http://www.w3.org/2000/svg" preserveAspectRatio="xMinYMin meet">']
    for index, (label, n) in enumerate(rows):
        y = index * BAR_HEIGHT + 2
        width = max(1, round(room * n / top))
        # A long event name is shortened in the chart (the table under it has it whole).
        short = label if len(label) <= LABEL_CHARS else label[:LABEL_CHARS - 1] + "…"
        if right_to_left:  # x of the label's left end, the bar's left end, the figure's right end
            label_x, bar_x, figure_x = CHART_WIDTH - LABEL_WIDTH + 8, CHART_WIDTH - LABEL_WIDTH - width, \
                CHART_WIDTH - LABEL_WIDTH - width - 6
        else:  # x of the label's right end, the bar's left end, the figure's left end
            label_x, bar_x, figure_x = LABEL_WIDTH - 8, LABEL_WIDTH, LABEL_WIDTH + width + 6
        parts.append(f'<text x="{label_x}" y="{y + 15}" text-anchor="end"><title>{html.escape(label)}</title>'
                     f'{html.escape(short)}</text>'
                     f'<rect x="{bar_x}" y="{y + 3}" width="{width}" height="{BAR_HEIGHT - 6}" rx="3"/>'
                     f'<text x="{figure_x}" y="{y + 15}" text-anchor="start">'
                     f"{html.escape(format_decimal(n, locale=locale))}</text>")
    parts.append("</svg>")
    return "".join(parts)


def dashboard_document(hub: HubContext, t: dict[str, str], lang: str) -> DashboardFigures:
    """The dashboard's figures for a reader of ``lang`` (counts only; device names are the coordinator's)."""
    locale = reader_locale(lang, hub.campaign.country)
    mirrored = right_to_left(lang)  # the one answer the PDFs and the page's dir= use too
    zone = local_zone()
    reads = reader_engine(hub.engine)  # never the write lock an upload waits for
    summary = summarize(reads, hub.campaign, detail=True)

    def number(n: int) -> str:
        return str(format_decimal(n, locale=locale))

    # Where CLDR has no names for the language, its dates come from the label file the PDFs
    # use too (no "Mon" or "M12" on a Haitian Creole page).
    labels = Labels(lang, hub.campaign.country) if cldr_lacks_names(locale) else None

    def hour_label(key: str) -> str:
        start = datetime.strptime(key, "%Y-%m-%dT%H:%M").replace(tzinfo=UTC).astimezone(zone)
        if labels is not None:
            return f"{labels.short_date(start.date())} {start:%H:%M}"
        return str(format_datetime(start, "EEE HH:mm", tzinfo=zone, locale=locale))

    def moment(when: datetime) -> str:
        if labels is not None:
            local = when.astimezone(zone)
            return f"{labels.date(local.date())} {local:%H:%M:%S}"
        return str(format_datetime(when, "medium", tzinfo=zone, locale=locale))

    hours = [(hour_label(r["hour"]), int(r["count"])) for r in summary.per_hour[-HOURS_SHOWN:]]
    events = [(r["event"] or t["no_event"], int(r["count"])) for r in summary.per_event]
    devices: list[DeviceRow] = []
    for d in list_devices(reads):
        seen = moment(d.last_seen_at) if d.last_seen_at else t["never"]
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
        people=number(summary.combined), here_phrase=form(t, "from_hub", summary.signatures, locale),
        people_phrase=form(t, "people", summary.combined, locale), per_kiosk=[
            KioskCount(label=r["label"], count=number(r["count"])) for r in summary.per_kiosk],
        per_event=[EventCount(event=label, count=number(n)) for label, n in events],
        per_hour=[HourCount(hour=label, count=number(n)) for label, n in hours],
        charts=Charts(hour=_bars(hours, locale, t["per_hour"], mirrored),
                      event=_bars(events, locale, t["per_event"], mirrored)),
        zone=zone_text, now=str(format_time(datetime.now(zone), "short", tzinfo=zone, locale=locale)),
        upstream=upstream, devices=devices, active_devices=sum(not d.revoked for d in devices),
    )
