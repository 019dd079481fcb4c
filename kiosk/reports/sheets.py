"""Signature sheets for delivery to the petition's target.

The cover carries the petition's title and the letter to the target, and says how many
signatures follow and how many were purged after upload. Then numbered rows: name, city or
ZIP, date and the drawn signature, rendered from its strokes as vector paths. Rows are
drawn straight onto the canvas page by page (one platypus Table of 10,000 rows would take
seconds to lay out), records are streamed from one database snapshot and opened one at a
time, so memory stays flat however many signatures there are.
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, Spacer

from kiosk.campaign import Campaign
from kiosk.reports.errors import NothingToExport
from kiosk.reports.filters import ReportFilters
from kiosk.reports.fonts import BOLD, REGULAR, draw_text, fit_size, paragraph, register_fonts, text_width
from kiosk.reports.labels import Labels
from kiosk.reports.output import atomic_output, check_writable
from kiosk.reports.progress import CancelCheck, ExportResult, ProgressCallback, Ticker
from kiosk.reports.sealed_check import refuse_names_if_sealed
from kiosk.reports.source import ReportSource, ReportView, as_source
from kiosk.signature import PersonalData
from kiosk.store import SignatureStore
from kiosk.strokes import Signature

PAGE_WIDTH, PAGE_HEIGHT = LETTER
MARGIN = 0.6 * inch
FOOTER_BAND = 0.45 * inch
HEADER_BAND = 0.75 * inch
ROW_HEIGHT = 0.62 * inch
NAME_SIZE, NAME_MIN_SIZE = 10.5, 6.5
CELL_SIZE = 9.0
HEADING_SIZE = 8.0
INK_WIDTH = 0.9
RULE = colors.HexColor("#9a9a9a")
INK = colors.HexColor("#10204a")
CELL_PADDING = 4.0
SIGNATURE_PADDING = 3.0
MIN_SEGMENT_PT = 0.35  # below half the ink width (Manhattan distance, points)


@dataclass(frozen=True)
class Column:
    """One column of the rows: where it starts and how wide it is (points)."""

    key: str
    x: float
    width: float


def _columns() -> tuple[Column, ...]:
    widths = (("sheets.col_number", 0.42), ("sheets.col_name", 2.55), ("sheets.col_place", 1.2),
              ("sheets.col_date", 0.95), ("sheets.col_signature", 0.0))
    x = MARGIN
    usable = PAGE_WIDTH - 2 * MARGIN
    out = []
    for key, width_in in widths:
        width = width_in * inch if width_in else usable - (x - MARGIN)
        out.append(Column(key, x, width))
        x += width
    return tuple(out)


COLUMNS = _columns()


def mirrored(columns: tuple[Column, ...]) -> tuple[Column, ...]:
    """The same columns in a mirror, for a right-to-left language: the first at the right."""
    return tuple(Column(column.key, PAGE_WIDTH - column.x - column.width, column.width) for column in columns)
ROWS_TOP = PAGE_HEIGHT - MARGIN - HEADER_BAND
ROWS_PER_PAGE = int((ROWS_TOP - MARGIN - FOOTER_BAND) // ROW_HEIGHT)

_BODY = ParagraphStyle("sheet_body", fontName=REGULAR, fontSize=10, leading=13.5, spaceAfter=6)
_TITLE = ParagraphStyle("sheet_title", parent=_BODY, fontName=BOLD, fontSize=17, leading=21, spaceAfter=10)
_META = ParagraphStyle("sheet_meta", parent=_BODY, fontSize=10.5, leading=14, spaceAfter=2)
_SUMMARY = ParagraphStyle("sheet_summary", parent=_BODY, fontName=BOLD, fontSize=10.5, leading=14)


@dataclass(frozen=True)
class SheetRow:
    """What one numbered row shows."""

    number: int
    name: str
    place: str
    day: str
    signature: Signature | None


def draw_signature(canvas: Canvas, signature: Signature, x: float, y: float, width: float, height: float) -> None:
    """Stroke ``signature`` as vector paths, centred in the box, keeping its aspect ratio.

    The path operators are written directly (``addLiteral``): one formatted string per
    signature instead of a Python call per point, which is most of the cost of a sheet.
    """
    aspect = signature.aspect if signature.aspect > 0 else 3.0
    drawn_width = min(width, height * aspect)
    drawn_height = drawn_width / aspect
    left = x + (width - drawn_width) / 2
    top = y + (height + drawn_height) / 2  # pad y grows downwards, PDF y upwards
    ops: list[str] = []
    for stroke in signature.strokes:
        if not stroke:
            continue
        first = stroke[0]
        last_x, last_y = left + first.x * drawn_width, top - first.y * drawn_height
        ops.append(f"{last_x:.2f} {last_y:.2f} m")
        if len(stroke) == 1:  # a dot: a zero-length line shows as a round blot
            ops.append(f"{last_x + 0.01:.2f} {last_y:.2f} l")
            continue
        final = len(stroke) - 1
        for index, point in enumerate(stroke[1:], start=1):
            px, py = left + point.x * drawn_width, top - point.y * drawn_height
            # Samples closer than a fraction of the ink's width are invisible at any zoom
            # level a printed sheet is read at; skipping them keeps the file small.
            if index != final and abs(px - last_x) + abs(py - last_y) < MIN_SEGMENT_PT:
                continue
            ops.append(f"{px:.2f} {py:.2f} l")
            last_x, last_y = px, py
    if ops:
        ops.append("S")
        canvas.addLiteral(" ".join(ops))


def _place(person: PersonalData, postal_code: str) -> str:
    return postal_code or person.address


class SheetWriter:
    """Draws the cover and the rows onto a canvas, with "Page x of y" on every page."""

    def __init__(self, canvas: Canvas, labels: Labels, campaign: Campaign, total_pages: int) -> None:
        self.canvas = canvas
        self.labels = labels
        self.campaign = campaign
        self.total_pages = total_pages
        self.page = 0
        self.right_to_left = labels.right_to_left
        self.columns = mirrored(COLUMNS) if self.right_to_left else COLUMNS

    def _cell_text(self, column: Column, baseline: float, text: str, size: float, bold: bool = False,
                   towards_end: bool = False, own_words: bool = False) -> None:
        """``text`` from the reading edge of ``column`` (its left, or its right in Arabic);
        ``towards_end`` puts it at the other edge (a row number, lined up like a figure).
        ``own_words``: the document's words (a heading), in its direction; a signer's data
        keeps its own."""
        at_right = self.right_to_left != towards_end
        rtl = own_words and self.right_to_left
        if at_right:
            draw_text(self.canvas, column.x + column.width - CELL_PADDING, baseline, text, size, bold, align="right",
                      rtl=rtl)
        else:
            draw_text(self.canvas, column.x + CELL_PADDING, baseline, text, size, bold, rtl=rtl)

    def _footer(self) -> None:
        self.page += 1
        self.canvas.setFillColor(colors.black)
        footer = self.labels.footer(self.page, self.total_pages, draft_mark=False)  # sheets go to the target
        draw_text(self.canvas, PAGE_WIDTH / 2, MARGIN, footer, 8.5, align="center", rtl=self.right_to_left)

    def draw_cover(self, flowables: list[Flowable]) -> int:
        """Lay the cover out over as many pages as it needs; return that count."""
        pages = 0
        while flowables:
            frame = _cover_frame()
            first, before = flowables[0], len(flowables)
            frame.addFromList(flowables, self.canvas)
            if flowables and flowables[0] is first and len(flowables) == before:
                flowables.pop(0)  # too big even for an empty page: drop it rather than loop
            self._footer()
            self.canvas.showPage()
            pages += 1
        return pages

    def _page_header(self) -> None:
        canvas = self.canvas
        title = self.campaign.text(self.labels.language).title
        heading_top = PAGE_HEIGHT - MARGIN - 12
        usable = PAGE_WIDTH - 2 * MARGIN
        title_size = fit_size(title, usable, 10.5, 6.0, bold=True)
        if self.right_to_left:
            draw_text(canvas, PAGE_WIDTH - MARGIN, heading_top, title, title_size, bold=True, align="right", rtl=True)
        else:
            draw_text(canvas, MARGIN, heading_top, title, title_size, bold=True)
        y = ROWS_TOP + 6
        for column in self.columns:
            label = self.labels[column.key]
            size = fit_size(label, column.width - 2 * CELL_PADDING, HEADING_SIZE, 5.5, bold=True)
            self._cell_text(column, y, label, size, bold=True, own_words=True)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.8)
        canvas.line(MARGIN, ROWS_TOP, PAGE_WIDTH - MARGIN, ROWS_TOP)

    def draw_rows(self, rows: Iterator[SheetRow], ticker: Ticker) -> None:
        """Draw every row, a page at a time."""
        canvas = self.canvas
        slot = 0
        for row in rows:
            if slot == 0:
                self._page_header()
            top = ROWS_TOP - slot * ROW_HEIGHT
            self._draw_row(row, top)
            slot += 1
            if slot == ROWS_PER_PAGE:
                self._footer()
                canvas.showPage()
                slot = 0
            ticker.advance()
        if slot:
            self._footer()
            canvas.showPage()

    def _draw_row(self, row: SheetRow, top: float) -> None:
        canvas = self.canvas
        bottom = top - ROW_HEIGHT
        baseline = bottom + ROW_HEIGHT / 2 - 3.5
        number, name, place, day, drawing = self.columns
        canvas.setFillColor(colors.black)
        self._cell_text(number, baseline, self.labels.number(row.number), CELL_SIZE, towards_end=True)
        self._draw_name(row.name, name, baseline)
        self._cell_text(place, baseline, row.place, fit_size(row.place, place.width - 2 * CELL_PADDING, CELL_SIZE, 6.0))
        self._cell_text(day, baseline, row.day, CELL_SIZE)
        if row.signature is not None and not row.signature.is_empty:
            canvas.setStrokeColor(INK)
            canvas.setLineWidth(INK_WIDTH)
            draw_signature(canvas, row.signature, drawing.x + SIGNATURE_PADDING, bottom + SIGNATURE_PADDING,
                           drawing.width - 2 * SIGNATURE_PADDING, ROW_HEIGHT - 2 * SIGNATURE_PADDING)
        else:
            canvas.setFillColor(colors.grey)
            self._cell_text(drawing, baseline, self.labels["sheets.no_drawing"], 8, own_words=True)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, bottom, PAGE_WIDTH - MARGIN, bottom)

    def _draw_name(self, text: str, column: Column, baseline: float) -> None:
        room = column.width - 2 * CELL_PADDING
        size = fit_size(text, room, NAME_SIZE, NAME_MIN_SIZE)
        if text_width(text, size) <= room or " " not in text:
            self._cell_text(column, baseline, text, size)
            return
        # A very long name: two lines, split at the space nearest the middle.
        middle = len(text) // 2
        cut = min((i for i, ch in enumerate(text) if ch == " "), key=lambda i: abs(i - middle))
        for line, offset in ((text[:cut], 5.5), (text[cut + 1:], -5.5)):
            line_size = fit_size(line, room, NAME_MIN_SIZE + 1, 5.0)
            self._cell_text(column, baseline + offset, line, line_size)


def _cover_frame() -> Frame:
    return Frame(MARGIN, MARGIN + FOOTER_BAND, PAGE_WIDTH - 2 * MARGIN, PAGE_HEIGHT - 2 * MARGIN - FOOTER_BAND,
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, showBoundary=0)


def _filters_line(filters: ReportFilters, labels: Labels) -> str:
    parts = labels.filter_parts(filters.event, filters.since, filters.until)
    return f"{labels['tally.filters']}: " + "; ".join(parts) if parts else ""


def cover_flowables(campaign: Campaign, labels: Labels, listed: int, purged: int,
                    filters: ReportFilters) -> list[Flowable]:
    """Title, addressee, the letter, and what the sheets contain."""
    text = campaign.text(labels.language)
    rtl = labels.right_to_left  # every paragraph here is in the document's language and direction
    story: list[Flowable] = [
        paragraph(text.title, _TITLE, bold=True, rtl=rtl),
        paragraph(f"{labels['sheets.to']}: {text.target}", _META, rtl=rtl),
        paragraph(f"{labels['sheets.from']}: {campaign.organization}", _META, rtl=rtl),
        Spacer(1, 10),
    ]
    for letter_paragraph in text.letter.split("\n\n"):
        if letter_paragraph.strip():
            story.append(paragraph(" ".join(letter_paragraph.split()), _BODY, rtl=rtl))
    story.append(Spacer(1, 10))
    story.append(paragraph(labels.plural("sheets.count", listed), _SUMMARY, bold=True, rtl=rtl))
    story.append(paragraph(labels.plural("sheets.purged", purged) if purged
                           else labels["sheets.none_purged"], _BODY, rtl=rtl))
    line = _filters_line(filters, labels)
    if line:
        story.append(paragraph(line, _BODY, rtl=rtl))
    return story


def _count_cover_pages(campaign: Campaign, labels: Labels, listed: int, purged: int,
                       filters: ReportFilters) -> int:
    scratch = Canvas(io.BytesIO(), pagesize=LETTER)
    writer = SheetWriter(scratch, labels, campaign, total_pages=0)
    return writer.draw_cover(cover_flowables(campaign, labels, listed, purged, filters))


def _rows(view: ReportView, campaign_id: str, filters: ReportFilters, labels: Labels) -> Iterator[SheetRow]:
    rows = view.rows(campaign_id, filters, personal_only=True)
    for number, row in enumerate((r for r in rows if r.person is not None), start=1):
        person = row.person
        assert person is not None  # filtered above; keeps the type checker honest
        name = " ".join(part for part in (person.given_name, person.family_name) if part)
        yield SheetRow(number, name, _place(person, row.postal_code),
                       labels.short_date(row.signed_at.astimezone().date()), person.signature)


def export_sheets(store: SignatureStore | ReportSource, campaign: Campaign, out_path: str | Path,
                  filters: ReportFilters | None = None, language: str | None = None,
                  progress: ProgressCallback | None = None, cancel: CancelCheck | None = None) -> ExportResult:
    """Write the signature sheets PDF for the signatures matching ``filters``.

    ``store`` is a kiosk's store or any :class:`~kiosk.reports.source.ReportSource` (the hub's).
    ``language`` defaults to the campaign's ``target_language``; the sheets never carry the
    draft-translation notice (that belongs on the coordinator's own documents).
    Only records whose personal data is still held are listed; the cover counts the rest.
    Raises :class:`NothingToExport` when no listed record matches (detail ``all_purged``
    when matching records exist but were all purged).
    """
    refuse_names_if_sealed(store, campaign)
    target = Path(out_path)
    filters = filters or ReportFilters()
    # Sheets go to the target: printed in the language they read unless the coordinator chose.
    labels = Labels(language or campaign.target_language, campaign.country)
    check_writable(target)
    register_fonts()
    with as_source(store).snapshot() as view:
        counts = view.counts(campaign.id, filters)
        listed, purged = counts.listed, counts.purged
        if listed == 0:
            raise NothingToExport("all_purged" if purged else "")
        cover_pages = _count_cover_pages(campaign, labels, listed, purged, filters)
        total_pages = cover_pages + math.ceil(listed / ROWS_PER_PAGE)
        ticker = Ticker(listed, progress, cancel)
        with atomic_output(target) as handle:
            text = campaign.text(labels.language)
            canvas = Canvas(handle, pagesize=LETTER, pageCompression=1, lang=labels.language)
            canvas.setTitle(f"{labels['sheets.heading']} — {text.title}")
            canvas.setAuthor(campaign.organization)
            canvas.setLineCap(1)
            canvas.setLineJoin(1)
            writer = SheetWriter(canvas, labels, campaign, total_pages)
            writer.draw_cover(cover_flowables(campaign, labels, listed, purged, filters))
            writer.draw_rows(_rows(view, campaign.id, filters, labels), ticker)
            canvas.save()
    ticker.finish()
    return ExportResult(target, listed, pages=writer.page, purged=purged)

