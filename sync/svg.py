"""SVG of a drawn signature straight from its sealed JSON form, for the json protocol.

Same output as :meth:`kiosk.strokes.Signature.to_svg` (a test holds them equal), without
building a ``Point`` object per sample first: syncing 10,000 signatures of ~100 points each
spends most of its CPU here, and the Qt screen shares the interpreter with it.
"""

from __future__ import annotations

from collections.abc import Sequence

DEFAULT_WIDTH = 300.0
_HEAD = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w:.0f} {h:.0f}"><g fill="none" stroke="#000" ' \
        'stroke-width="2" stroke-linecap="round" stroke-linejoin="round">'
_TAIL = "</g></svg>"


def svg_from_strokes(data: Sequence[object], width: float = DEFAULT_WIDTH) -> str | None:
    """``[aspect, [[x, y, t, p], ...], ...]`` (``Signature.to_json``) as SVG; None if empty."""
    if not data:
        return None
    aspect = float(data[0])  # type: ignore[arg-type]
    height = width / aspect if aspect > 0 else width / 3
    paths = []
    for stroke in data[1:]:
        if not stroke:
            continue
        points: Sequence[Sequence[float]] = stroke  # type: ignore[assignment]
        # One format call per stroke instead of one per point: the same "%.1f" rounding,
        # a fraction of the interpreter work.
        flat = [value for p in points for value in (float(p[0]) * width, float(p[1]) * height)]
        coords = " L".join(["%.1f,%.1f"] * len(points)) % tuple(flat)
        paths.append(f'<path d="M{coords}"/>')
    return _HEAD.format(w=width, h=height) + "".join(paths) + _TAIL
