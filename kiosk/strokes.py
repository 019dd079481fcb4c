"""Drawn signatures as vector strokes.

A signature is a list of strokes; a stroke is a list of points with position, time and
pressure. Positions are normalised to the pad (0..1 on both axes, relative to the pad's
width and height at drawing time, plus the pad's aspect ratio) so that a resize or rotation
of the screen can never lose or distort what was drawn, and PDFs render it sharp at any
size.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

MAX_POINTS = 20_000  # a generous signature has ~1,500; beyond this is a stuck finger
SVG_WIDTH = 300.0
_SVG_HEAD = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w:.0f} {h:.0f}"><g fill="none" stroke="#000" '
             'stroke-width="2" stroke-linecap="round" stroke-linejoin="round">')
_SVG_TAIL = "</g></svg>"
_SVG_VIEWBOX = re.compile(r'viewBox="0 0 ([\d.]+) ([\d.]+)"')
_SVG_PATH = re.compile(r'<path d="M([^"]*)"/>')
# A point as to_json() rounds it: 1e-4 of the pad, pressure to 1e-3, time in whole ms.
_POINT_FORMAT = "[%.4f,%.4f,%d,%.3f]"


@dataclass(frozen=True)
class Point:
    """One sample: position (0..1 of the pad), milliseconds since the stroke began, pressure 0..1."""

    x: float
    y: float
    t: int = 0
    pressure: float = 0.5


Stroke = tuple[Point, ...]


@dataclass(frozen=True)
class Signature:
    """A drawn signature: strokes plus the pad's aspect ratio (width / height) when drawn."""

    strokes: tuple[Stroke, ...]
    aspect: float = 3.0

    @property
    def is_empty(self) -> bool:
        """True when nothing visible was drawn."""
        return sum(len(s) for s in self.strokes) < 2

    def point_count(self) -> int:
        """Total points over all strokes."""
        return sum(len(s) for s in self.strokes)

    def to_json(self) -> list[object]:
        """Compact JSON-ready form: [aspect, [[x, y, t, p], ...], ...]."""
        return [
            round(self.aspect, 4),
            *[
                [[round(p.x, 4), round(p.y, 4), p.t, round(p.pressure, 3)] for p in stroke]
                for stroke in self.strokes
            ],
        ]

    @classmethod
    def from_json(cls, data: Sequence[object]) -> Signature:
        """Inverse of :meth:`to_json`."""
        if not data:
            return cls(strokes=())
        aspect = float(data[0])  # type: ignore[arg-type]
        strokes = tuple(
            tuple(Point(float(x), float(y), int(t), float(p)) for x, y, t, p in stroke)  # type: ignore[attr-defined]
            for stroke in data[1:]
        )
        return cls(strokes=strokes, aspect=aspect)

    def to_svg(self, width: float = SVG_WIDTH) -> str:
        """An SVG document of the strokes, for the JSON sync protocol and previews."""
        if width == SVG_WIDTH:
            return self.encoded.svg
        return svg_from_json(self.to_json(), width) or ""

    @cached_property
    def encoded(self) -> EncodedDrawing:
        """The stored text of the strokes and the SVG drawn from it, computed once per signature.

        The points are formatted with one ``%`` per stroke (the same rounding as
        :meth:`to_json`, which ``round`` and ``json.dumps`` did point by point, twice, once for
        the text and once for the SVG); the SVG is drawn from the text parsed back, so it is
        exactly the drawing of what is stored.
        """
        strokes = []
        for stroke in self.strokes:
            flat = [value for p in stroke for value in (p.x, p.y, p.t, p.pressure)]
            strokes.append("[" + ",".join([_POINT_FORMAT] * len(stroke)) % tuple(flat) + "]")
        text = "[" + ",".join([json.dumps(round(self.aspect, 4)), *strokes]) + "]"
        return EncodedDrawing(text, svg_from_json(json.loads(text)) or "")


@dataclass(frozen=True)
class EncodedDrawing:
    """A signature as sealed: the strokes' JSON text and its SVG."""

    strokes_json: str
    svg: str


def clamp_points(points: Iterable[Point]) -> Stroke:
    """Keep points inside the pad and drop non-finite samples some touch drivers emit."""
    kept = []
    for p in points:
        if not (math.isfinite(p.x) and math.isfinite(p.y)):
            continue
        kept.append(Point(min(max(p.x, 0.0), 1.0), min(max(p.y, 0.0), 1.0), max(p.t, 0),
                          min(max(p.pressure, 0.0), 1.0)))
    return tuple(kept)


def svg_from_json(data: Sequence[object], width: float = SVG_WIDTH) -> str | None:
    """SVG of ``[aspect, [[x, y, t, p], ...], ...]`` (:meth:`Signature.to_json`); None if empty.

    Works on the stored form directly, with one format call per stroke instead of one per
    point: it runs for every signature recorded, and sync may send 10,000 in a row.
    """
    if not data:
        return None
    aspect = float(data[0])  # type: ignore[arg-type]
    height = width / aspect if aspect > 0 else width / 3
    paths = []
    for stroke in data[1:]:
        if not stroke:
            continue
        points: Sequence[Sequence[float]] = stroke  # type: ignore[assignment]
        flat = [value for p in points for value in (float(p[0]) * width, float(p[1]) * height)]
        coords = " L".join(["%.1f,%.1f"] * len(points)) % tuple(flat)
        paths.append(f'<path d="M{coords}"/>')
    return _SVG_HEAD.format(w=width, h=height) + "".join(paths) + _SVG_TAIL


def signature_from_svg(svg: str | None) -> Signature | None:
    """The strokes back from an SVG that :func:`svg_from_json` drew (what a hub receives).

    Times and pressure are not in the SVG (they stay 0 and 0.5); positions come back to the
    SVG's rounding (0.1 of 300 units), far finer than a printed sheet shows. None for no SVG,
    and for an SVG some other program drew in another shape, which this does not guess at.
    """
    if not svg:
        return None
    box = _SVG_VIEWBOX.search(svg)
    if box is None:
        return None
    width, height = float(box.group(1)), float(box.group(2))
    if width <= 0 or height <= 0:
        return None
    strokes = []
    try:
        for path in _SVG_PATH.findall(svg):
            pairs = (point.split(",") for point in path.split(" L"))
            strokes.append(tuple(Point(float(x) / width, float(y) / height) for x, y in pairs))
    except ValueError:
        return None
    return Signature(strokes=tuple(strokes), aspect=width / height)
