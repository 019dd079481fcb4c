"""The signature pad: smooth, speed-sensitive strokes from finger, mouse or stylus.

Strokes are kept as vectors (:class:`kiosk.strokes.Point`, normalised 0..1) inside a
drawing area of fixed aspect ratio (:data:`PAD_ASPECT`) centred in the widget. Because the
area keeps its shape, a resize or a rotation of the tablet rescales the signature
without losing or distorting anything, and every paint is rebuilt from the vectors, never
from a pixmap. Curves run through the midpoints between samples (quadratic Béziers) and
the line thins as the finger speeds up, like ink.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.strokes import MAX_POINTS, Point, Signature, clamp_points

PAD_ASPECT = 3.0           # width / height of the drawing area, the same as the PDF box
AREA_MARGIN_PX = 6
MIN_SAMPLE_DISTANCE_PX = 1.5  # ignore jitter from a resting finger
# Pen width as a fraction of the area's height, so it scales with the pad.
MAX_WIDTH_FRACTION = 0.022
MIN_WIDTH_FRACTION = 0.008
FAST_PX_PER_MS = 2.5       # at or above this speed the line is thinnest
WIDTH_SMOOTHING = 0.6      # share of the previous width kept, so width changes glide
DEFAULT_PRESSURE = 0.5
INK = QColor("#102040")
PAPER = QColor("#FFFFFF")
GUIDE = QColor("#6B675E")
PLACEHOLDER = QColor("#4A4A48")


def stroke_widths(points: list[QPointF], times: list[int], pressures: list[float], height: float) -> list[float]:
    """Pen width per segment: thinner when fast, thicker with stylus pressure."""
    top, bottom = MAX_WIDTH_FRACTION * height, MIN_WIDTH_FRACTION * height
    widths: list[float] = []
    previous = (top + bottom) / 2
    for i in range(1, len(points)):
        distance = math.dist((points[i].x(), points[i].y()), (points[i - 1].x(), points[i - 1].y()))
        elapsed = max(times[i] - times[i - 1], 1)
        speed = min(distance / elapsed / FAST_PX_PER_MS, 1.0)
        target = top - (top - bottom) * speed
        target *= 0.5 + pressures[i]  # 0.5 (mouse, finger) leaves it unchanged
        previous = WIDTH_SMOOTHING * previous + (1 - WIDTH_SMOOTHING) * target
        widths.append(previous)
    return widths


class SignaturePad(QWidget):
    """Draw a signature; read it back as a :class:`Signature` of normalised strokes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, read_only: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self._strokes: list[list[Point]] = []
        self._current: list[Point] | None = None
        self._stroke_started = 0.0
        self._read_only = read_only
        self._placeholder = ""
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, not read_only)
        # A signature is drawn as the hand moves, in every language: an Arabic (mirrored)
        # layout must never flip the pad or its strokes.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(300, 100)

    # -- public API -------------------------------------------------------------------

    def signature(self) -> Signature | None:
        """What was drawn, or None if nothing visible was."""
        strokes = tuple(clamp_points(s) for s in self._strokes if s)
        signature = Signature(strokes=tuple(s for s in strokes if s), aspect=PAD_ASPECT)
        return None if signature.is_empty else signature

    def set_signature(self, signature: Signature | None) -> None:
        """Show ``signature`` (the review screen's read-only copy)."""
        self._strokes = [list(s) for s in signature.strokes] if signature else []
        self._current = None
        self.update()

    def clear(self) -> None:
        """Erase everything drawn."""
        self._strokes = []
        self._current = None
        self.update()
        self.changed.emit()

    def is_empty(self) -> bool:
        """Nothing visible drawn yet."""
        return self.signature() is None

    def set_placeholder(self, text: str) -> None:
        """Hint shown in the empty pad ("Sign here")."""
        self._placeholder = text
        self.update()

    def drawing_area(self) -> QRectF:
        """The fixed-aspect rectangle that strokes are normalised to."""
        available = QRectF(self.rect()).adjusted(AREA_MARGIN_PX, AREA_MARGIN_PX, -AREA_MARGIN_PX, -AREA_MARGIN_PX)
        width = min(available.width(), available.height() * PAD_ASPECT)
        height = width / PAD_ASPECT
        return QRectF(available.center().x() - width / 2, available.center().y() - height / 2, width, height)

    # -- input --------------------------------------------------------------------------

    def _to_point(self, position: QPointF, pressure: float) -> Point:
        area = self.drawing_area()
        elapsed = int((time.monotonic() - self._stroke_started) * 1000)
        return Point((position.x() - area.left()) / area.width(), (position.y() - area.top()) / area.height(),
                     elapsed, pressure)

    def _begin(self, position: QPointF, pressure: float = DEFAULT_PRESSURE) -> None:
        if self._read_only:
            return
        self._stroke_started = time.monotonic()
        self._current = [self._to_point(position, pressure)]
        self._strokes.append(self._current)
        self.update()

    def _extend(self, position: QPointF, pressure: float = DEFAULT_PRESSURE) -> None:
        if self._current is None or sum(len(s) for s in self._strokes) >= MAX_POINTS:
            return
        point = self._to_point(position, pressure)
        last = self._current[-1]
        area = self.drawing_area()
        if math.hypot((point.x - last.x) * area.width(), (point.y - last.y) * area.height()) < MIN_SAMPLE_DISTANCE_PX:
            return
        self._current.append(point)
        self.update()

    def _end(self) -> None:
        if self._current is None:
            return
        if len(self._current) == 1:
            # A tap is a dot (the i of "Martínez"): keep it visible as a tiny stroke.
            p = self._current[0]
            self._current.append(Point(p.x + 0.002, p.y, p.t + 1, p.pressure))
        self._current = None
        self.update()
        self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._extend(event.position())
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._end()
        event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position(), event.pressure())
        elif kind == QEvent.Type.TabletMove:
            self._extend(event.position(), event.pressure())
        elif kind == QEvent.Type.TabletRelease:
            self._end()
        event.accept()  # no synthesized mouse events: one stroke, not two

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
            assert isinstance(event, QTouchEvent)
            points = event.points()
            if kind == QEvent.Type.TouchBegin and points:
                self._begin(points[0].position())
            elif kind == QEvent.Type.TouchUpdate and points:
                self._extend(points[0].position())
            else:
                self._end()
            event.accept()
            return True
        return super().event(event)

    # -- painting -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self.drawing_area()
        painter.fillRect(area, PAPER)
        painter.setPen(QPen(GUIDE, 2))
        painter.drawRect(area)
        baseline = area.top() + area.height() * 0.75
        painter.setPen(QPen(GUIDE, 2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(area.left() + area.width() * 0.05, baseline),
                         QPointF(area.right() - area.width() * 0.05, baseline))
        if not any(self._strokes) and self._placeholder:
            painter.setPen(PLACEHOLDER)
            font = painter.font()
            font.setPixelSize(max(int(area.height() * 0.12), 14))
            painter.setFont(font)
            painter.drawText(area.adjusted(0, 0, 0, -area.height() * 0.3), Qt.AlignmentFlag.AlignCenter,
                             self._placeholder)
        for stroke in self._strokes:
            self._paint_stroke(painter, stroke, area)
        painter.end()

    def _paint_stroke(self, painter: QPainter, stroke: list[Point], area: QRectF) -> None:
        if not stroke:
            return
        points = [QPointF(area.left() + p.x * area.width(), area.top() + p.y * area.height()) for p in stroke]
        if len(points) == 1:
            points.append(points[0])
        widths = stroke_widths(points, [p.t for p in stroke] + [stroke[-1].t] * (len(points) - len(stroke)),
                         [p.pressure for p in stroke] + [DEFAULT_PRESSURE] * (len(points) - len(stroke)),
                         area.height())
        pen = QPen(INK)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)

        def mid(a: QPointF, b: QPointF) -> QPointF:
            return QPointF((a.x() + b.x()) / 2, (a.y() + b.y()) / 2)

        start = points[0]
        for i in range(1, len(points)):
            end = mid(points[i], points[i + 1]) if i + 1 < len(points) else points[i]
            segment = QPainterPath(start)
            if i + 1 < len(points):
                segment.quadTo(points[i], end)
            else:
                segment.lineTo(end)
            pen.setWidthF(widths[i - 1])
            painter.strokePath(segment, pen)
            start = end
