"""The PDF tally for organizers: totals, by event, by day and hour, by canvasser, places, languages.

Small and built with platypus (a few pages); the numbers come from
:mod:`kiosk.reports.tally_data`, i.e. straight from SQL aggregates, so they equal what
``status --json`` and the database say.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from kiosk.campaign import Campaign
from kiosk.reports.errors import NothingToExport
from kiosk.reports.filters import ReportFilters
from kiosk.reports.fonts import BOLD, REGULAR, draw_text, markup, paragraph, register_fonts, text_width
from kiosk.reports.labels import DEFAULT_LANGUAGE, Labels
from kiosk.reports.output import atomic_output, check_writable
from kiosk.reports.progress import CancelCheck, ExportResult, ProgressCallback, Ticker
from kiosk.reports.source import ReportSource, as_source
from kiosk.reports.tally_data import TALLY_STEPS, TallyData
from kiosk.store import SignatureStore

PAGE_SIZE = LETTER
MARGIN = 0.7 * inch
BAR_COLOUR = colors.HexColor("#2f6f4f")
GRID_COLOUR = colors.HexColor("#b8b8b8")
HEADER_FILL = colors.HexColor("#e8efe9")
CHART_HEIGHT = 1.7 * inch
MAX_DAY_LABELS = 16  # beyond this, label every n-th day so the labels stay legible
CELL_PADDING = 4  # points left and right of every cell's text
# Rounding in reportlab's line breaking: a word exactly as wide as its cell may still wrap.
WORD_FIT_SLACK = 1.0

_BODY = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=12)
_CELL = ParagraphStyle("cell", parent=_BODY, fontSize=9, leading=11)
_NUMBER = ParagraphStyle("number", parent=_CELL, alignment=TA_RIGHT)
_HEAD_CELL = ParagraphStyle("head", parent=_CELL, fontSize=7.5, leading=9.5)
_HEAD_NUMBER = ParagraphStyle("head_number", parent=_HEAD_CELL, alignment=TA_RIGHT)
# A right-to-left table is the left-to-right one in a mirror: words start at the right edge
# of their cells, numbers line up on the left.
_MIRRORED = {style.name: ParagraphStyle(f"{style.name}_rtl", parent=style,
                                        alignment=TA_LEFT if style.alignment == TA_RIGHT else TA_RIGHT)
             for style in (_CELL, _NUMBER, _HEAD_CELL, _HEAD_NUMBER)}
_TITLE = ParagraphStyle("title", parent=_BODY, fontName=BOLD, fontSize=18, leading=22, spaceAfter=4)
_SUBTITLE = ParagraphStyle("subtitle", parent=_BODY, fontSize=12, leading=15, spaceAfter=8)
_HEADING = ParagraphStyle("heading", parent=_BODY, fontName=BOLD, fontSize=12.5, leading=16,
                          spaceBefore=12, spaceAfter=5)


def _footer(labels: Labels, pages: int) -> Callable[[Canvas, Any], None]:
    """A page callback that writes "Page x of y" (and the labels' draft notice)."""

    def draw(canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        number = canvas.getPageNumber()
        draw_text(canvas, PAGE_SIZE[0] / 2, MARGIN / 2, labels.footer(number, pages), 8.5,
                  align="center", rtl=labels.right_to_left)
        canvas.restoreState()

    return draw


class BarChart(Flowable):
    """Vertical bars with their values on top and a label under each (every n-th if crowded)."""

    def __init__(self, bars: list[tuple[str, int]], width: float, number: Callable[[int], str],
                 height: float = CHART_HEIGHT, label_every: int = 1) -> None:
        super().__init__()
        self.bars = bars
        self.number = number
        self.width = width
        self.height = height
        self.label_every = max(1, label_every)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        peak = max((value for _, value in self.bars), default=0) or 1
        label_band, value_band = 14.0, 11.0
        plot_height = self.height - label_band - value_band
        slot = self.width / max(len(self.bars), 1)
        bar_width = slot * 0.72
        canvas.setStrokeColor(GRID_COLOUR)
        canvas.line(0, label_band, self.width, label_band)
        value_size = min(7.5, max(5.0, slot * 0.32))
        for index, (label, value) in enumerate(self.bars):
            x = index * slot + (slot - bar_width) / 2
            bar_height = plot_height * value / peak
            canvas.setFillColor(BAR_COLOUR)
            if value:
                canvas.rect(x, label_band, bar_width, bar_height, stroke=0, fill=1)
            canvas.setFillColor(colors.black)
            if value and slot >= 10:
                draw_text(canvas, x + bar_width / 2, label_band + bar_height + 2, self.number(value), value_size,
                          align="center")
            if index % self.label_every == 0:
                draw_text(canvas, x + bar_width / 2, 3, label, min(7.5, max(5.0, slot * 0.45)), align="center")


def _event_cell(name: str, place: str, labels: Labels) -> Paragraph:
    """An event's name with its place on a smaller second line."""
    text = markup(name)
    if place:
        text += f'<br/><font size="7.5" color="#4a4a48">{markup(place)}</font>'
    return Paragraph(text, _MIRRORED[_CELL.name] if labels.right_to_left else _CELL)


def _table(header: list[str], rows: list[list[Any]], widths: list[float], numeric_from: int,
           labels: Labels) -> Table:
    def cell(value: Any, column: int, bold: bool = False) -> Flowable:
        if isinstance(value, Paragraph):
            return value
        text = value if isinstance(value, str) else labels.number(value)
        if bold:
            style = _HEAD_NUMBER if column >= numeric_from else _HEAD_CELL
        else:
            style = _NUMBER if column >= numeric_from else _CELL
        if labels.right_to_left:
            style = _MIRRORED[style.name]
        return paragraph(text, style, bold, labels.right_to_left)

    def reading_order(cells: list[Any]) -> list[Any]:
        # Arabic reads a table's first column at the right: the columns run right to left.
        return list(reversed(cells)) if labels.right_to_left else cells

    data = [reading_order([cell(h, i, bold=True) for i, h in enumerate(header)])]
    data += [reading_order([cell(v, i) for i, v in enumerate(row)]) for row in rows]
    table = Table(data, colWidths=reading_order(fit_header_words(header, widths)), repeatRows=1,
                  hAlign="RIGHT" if labels.right_to_left else "LEFT")
    table.setStyle(TableStyle([
        # Every cell sets its font before its flowable draws, even an empty one: without this
        # each table would reference reportlab's unembedded Helvetica.
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID_COLOUR),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]))
    return table


def fit_header_words(header: list[str], widths: list[float]) -> list[float]:
    """Column widths in which no header word is split ("Signature-s"): a column too narrow
    for its longest header word (in the header's bold type) takes the room from the column
    with the most to spare, so the table keeps its width."""
    need = [max((text_width(word, _HEAD_CELL.fontSize, bold=True) for word in title.split()), default=0.0)
            + 2 * CELL_PADDING + WORD_FIT_SLACK for title in header]
    fitted = list(widths)
    for column, wanted in enumerate(need):
        short = wanted - fitted[column]
        if short <= 0:
            continue
        donor = max(range(len(fitted)), key=lambda i: fitted[i] - need[i])
        spare = fitted[donor] - need[donor]
        if donor == column or spare <= 0:
            continue
        moved = min(short, spare)
        fitted[column] += moved
        fitted[donor] -= moved
    return fitted


def _reading_order(bars: list[tuple[str, int]], labels: Labels) -> list[tuple[str, int]]:
    """A chart's bars as the reader reads time: from the right in Arabic, like its tables."""
    return list(reversed(bars)) if labels.right_to_left else bars


def _para(labels: Labels, text: str, style: ParagraphStyle = _BODY, bold: bool = False) -> Flowable:
    # In the document's direction: an Arabic paragraph reads from the right, its first word Latin or not.
    return paragraph(text, style, bold, labels.right_to_left)


def _day_range(days: tuple[tuple[date, int], ...]) -> list[tuple[date, int]]:
    if not days:
        return []
    counts = dict(days)
    first, last = days[0][0], days[-1][0]
    span = (last - first).days + 1
    return [(first + timedelta(days=i), counts.get(first + timedelta(days=i), 0)) for i in range(span)]


def _filters_text(filters: ReportFilters, labels: Labels) -> str:
    if filters.is_empty:
        return labels["tally.no_filters"]
    return "; ".join(labels.filter_parts(filters.event, filters.since, filters.until))


def build_story(data: TallyData, campaign: Campaign, filters: ReportFilters, labels: Labels,
                generated: datetime) -> list[Flowable]:
    """The tally's flowables."""
    text = campaign.text(labels.language)
    width = PAGE_SIZE[0] - 2 * MARGIN
    story: list[Flowable] = [
        _para(labels, labels["tally.title"], _TITLE, bold=True),
        _para(labels, text.title, _SUBTITLE),
    ]
    period = (f"{labels.date_time(data.first)} – {labels.date_time(data.last)}"
              if data.first and data.last else labels["tally.period_none"])
    zone = generated.tzname() or ""
    zone_key = "tally.time_zone_hub" if data.where == "hub" else "tally.time_zone"
    facts = [
        [labels["tally.organization"], campaign.organization],
        [labels["tally.target"], text.target],
        [labels["tally.period"], period],
        [labels["tally.filters"], _filters_text(filters, labels)],
        [labels["tally.generated"], f"{labels.date_time(generated)} ({labels[zone_key]}: {zone})"],
    ]
    story.append(_table(["", ""], facts, [1.6 * inch, width - 1.6 * inch], numeric_from=2, labels=labels))

    story.append(_para(labels, labels["tally.totals"], _HEADING, bold=True))
    totals = [
        # Both figures: signatures (what the kiosks and the public counted) and people.
        [labels["tally.collected"], data.signatures, ""],
        [labels["tally.people"], data.people, ""],
        [labels["tally.synced"], data.synced, labels.percent(data.synced, data.total)],
        [labels["tally.waiting"], data.waiting, labels.percent(data.waiting, data.total)],
        [labels["tally.rejected"], data.rejected, labels.percent(data.rejected, data.total)],
        *([[labels["tally.not_sent"], data.not_sent, labels.percent(data.not_sent, data.total)]]
          if data.not_sent else []),
        # Opt-ins per channel: email updates and text messages are separate consents.
        [labels["tally.opted_in_email"], data.opted_in, labels.percent(data.opted_in, data.total)],
        [labels["tally.opted_in_sms"], data.opted_in_sms, labels.percent(data.opted_in_sms, data.total)],
        [labels["tally.purged"], data.purged, labels.percent(data.purged, data.total)],
    ]
    story.append(_table(["", labels["col.count"], labels["col.share"]], totals,
                        [3.2 * inch, 1.4 * inch, 1.4 * inch], numeric_from=1, labels=labels))
    if filters.is_empty:
        earlier = campaign.starting_count
        story.append(Spacer(1, 6))
        story.append(_para(labels, f"{labels['tally.progress']}: " + labels.format(
            "tally.progress_text", earlier=labels.number(earlier), collected=labels.number(data.total),
            total=labels.number(earlier + data.total), goal=labels.number(campaign.goal),
            share=labels.percent(earlier + data.total, campaign.goal))))

    story.append(_para(labels, labels["tally.by_event"], _HEADING, bold=True))
    event_rows = [[_event_cell(e.name or labels["tally.no_event"], e.place, labels), e.date, e.canvasser, e.count,
                   e.synced, e.waiting, e.opted_in] for e in data.events]
    story.append(_table([labels["col.event"], labels["col.date"], labels["col.canvasser"], labels["col.count"],
                         labels["col.synced"], labels["col.waiting"], labels["col.opted_in"]],
                        event_rows, [2.3 * inch, 0.86 * inch, 0.98 * inch, 0.72 * inch, 0.74 * inch, 0.8 * inch,
                                     0.74 * inch], numeric_from=3, labels=labels))

    days = _day_range(data.days)
    story.append(CondPageBreak(CHART_HEIGHT + 1.2 * inch))
    story.append(_para(labels, labels["tally.by_day"], _HEADING, bold=True))
    if days:
        every = -(-len(days) // MAX_DAY_LABELS)
        # The axis in the reader's order (CLDR): 3/12 is March 12 in English and Chinese,
        # 12/3 in Spanish; a Chinese reader must not get the day first.
        story.append(BarChart(_reading_order([(labels.month_day(d), n) for d, n in days], labels), width,
                              labels.number, label_every=every))
        story.append(Spacer(1, 6))
        story.append(_table([labels["col.day"], labels["col.count"]],
                            [[labels.date(d), n] for d, n in days if n], [2.4 * inch, 1.2 * inch], numeric_from=1,
                            labels=labels))

    story.append(CondPageBreak(CHART_HEIGHT + 1.2 * inch))
    story.append(_para(labels, labels["tally.by_hour"], _HEADING, bold=True))
    story.append(BarChart(_reading_order([(f"{h}", n) for h, n in enumerate(data.hours)], labels), width,
                          labels.number))
    story.append(Spacer(1, 6))
    story.append(_table([labels["col.hour"], labels["col.count"]],
                        [[f"{h:02d}:00–{h:02d}:59", n] for h, n in enumerate(data.hours) if n],
                        [2.4 * inch, 1.2 * inch], numeric_from=1, labels=labels))

    def section(title: str, table: Table) -> None:
        story.append(KeepTogether([_para(labels, title, _HEADING, bold=True), table]))

    section(labels["tally.by_canvasser"], _table(
        [labels["col.canvasser"], labels["col.kiosk"], labels["col.count"]],
        [[c or labels["tally.no_label"], k or labels["tally.no_label"], n] for c, k, n in data.canvassers],
        [2.8 * inch, 2.4 * inch, 1.2 * inch], numeric_from=2, labels=labels))
    section(labels["tally.top_postal"], _table(
        [labels["col.postal"], labels["col.count"], labels["col.share"]],
        [[code or labels["tally.none"], n, labels.percent(n, data.total)] for code, n in data.postal_codes],
        [2.4 * inch, 1.2 * inch, 1.2 * inch], numeric_from=1, labels=labels))
    section(labels["tally.languages"], _table(
        [labels["col.language"], labels["col.count"], labels["col.share"]],
        [[labels.language_name(code), n, labels.percent(n, data.total)] for code, n in data.languages],
        [2.4 * inch, 1.2 * inch, 1.2 * inch], numeric_from=1, labels=labels))
    if data.rejections:
        section(labels["tally.rejections"], _table(
            [labels["col.reason"], labels["col.count"]],
            [[reason or labels["tally.none"], n] for reason, n in data.rejections],
            [4.4 * inch, 1.2 * inch], numeric_from=1, labels=labels))
    return story


def export_tally(store: SignatureStore | ReportSource, campaign: Campaign, out_path: str | Path,
                 filters: ReportFilters | None = None, language: str | None = None,
                 progress: ProgressCallback | None = None, cancel: CancelCheck | None = None) -> ExportResult:
    """Write the tally PDF for the signatures matching ``filters``.

    ``store`` is a kiosk's store or any :class:`~kiosk.reports.source.ReportSource` (the hub's).

    Raises :class:`NothingToExport` (no file written) when nothing matches, and the other
    :mod:`kiosk.reports.errors` codes for an unwritable path, a full disk or a cancel.
    """
    target = Path(out_path)
    filters = filters or ReportFilters()
    labels = Labels(language or DEFAULT_LANGUAGE, campaign.country)
    check_writable(target)
    register_fonts()
    ticker = Ticker(TALLY_STEPS + 3, progress, cancel)
    with as_source(store).snapshot() as view:
        data = view.tally(campaign.id, filters, step=ticker.advance)
    if data.total == 0:
        raise NothingToExport()
    generated = datetime.now().astimezone()
    story = build_story(data, campaign, filters, labels, generated)
    # Two passes: the first only counts pages, so every footer can say "of y".
    pages = _build(io.BytesIO(), story, labels, campaign, _footer(labels, 0))
    ticker.advance()
    story = build_story(data, campaign, filters, labels, generated)
    with atomic_output(target) as handle:
        _build(handle, story, labels, campaign, _footer(labels, pages))
        ticker.check()
    ticker.finish()
    return ExportResult(target, data.total, pages=pages)


def _build(handle: Any, story: list[Flowable], labels: Labels, campaign: Campaign,
           footer: Callable[[Canvas, Any], None]) -> int:
    doc = SimpleDocTemplate(handle, pagesize=PAGE_SIZE, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN,
                            title=f"{labels['tally.title']} — {campaign.text(labels.language).title}",
                            author=campaign.organization, lang=labels.language,
                            initialFontName=REGULAR)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return int(doc.page)
