"""The recovery kit's printable page (reportlab): the kit as text in groups and as a QR code.

In English and Spanish on one page, since the coordinator who restores a hub may read either.
The page carries the encrypted key only; the passphrase is never printed. It is set in the
app's own embedded fonts (:mod:`kiosk.reports.fonts`), so it prints the same on any printer.
"""

from __future__ import annotations

import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import segno
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas

from kiosk.reports.fonts import BOLD, REGULAR, register_fonts
from sync.hub.recovery import kit_text

MARGIN = 0.75 * inch
QR_SIZE = 2.6 * inch
GROUPS_PER_LINE = 8
BODY_FONT = (REGULAR, 10)
# Base32 has no 0/1/8/9, so the bold sans face reads unambiguously without a monospace font.
KIT_FONT = (BOLD, 12)
LINES = {
    "title": ("Petition Kiosk hub: key recovery kit",
              "Centro de Petition Kiosk: kit de recuperación de la clave"),
    "apart": ("Keep this page apart from the hub, somewhere safe. It holds the hub's key, encrypted under a "
              "passphrase that is not printed here.",
              "Guarde esta hoja lejos del centro, en un lugar seguro. Contiene la clave del centro, cifrada con "
              "una frase de contraseña que no está impresa aquí."),
    "lose": ("Losing both the hub's key store and this kit loses the signers' names for good.",
             "Si se pierden el almacén de claves del centro y este kit, los nombres de los firmantes se pierden "
             "para siempre."),
    "restore": ("To restore: petition-kiosk hub restore-key --kit FILE (the kit's .json file, or a text file "
                "with the text below typed in), then type the passphrase.",
                "Para restaurar: petition-kiosk hub restore-key --kit ARCHIVO (el archivo .json del kit, o un "
                "archivo de texto con el texto de abajo), y escriba la frase de contraseña."),
}


def _wrapped(canvas: Canvas, text: str, x: float, y: float, width: float, font: tuple[str, int]) -> float:
    """Draw ``text`` wrapped to ``width``; the y below it."""
    from reportlab.lib.utils import simpleSplit

    canvas.setFont(*font)
    for line in simpleSplit(text, font[0], font[1], width):
        canvas.drawString(x, y, line)
        y -= font[1] * 1.35
    return y - 4


def _qr(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """The QR code of ``text`` as vector squares, its lower left corner at (x, y)."""
    matrix = segno.make(text, error="m").matrix
    border = 4  # the quiet zone a scanner needs, in modules
    module = size / (len(matrix) + 2 * border)
    canvas.setFillColorRGB(0, 0, 0)
    for row, bits in enumerate(matrix):
        for column, bit in enumerate(bits):
            if bit:
                canvas.rect(x + (column + border) * module, y + size - (row + border + 1) * module,
                            module, module, stroke=0, fill=1)


def write_page(out: Path, hub_id: str, campaign_id: str, kit: bytes, now: datetime | None = None) -> Path:
    """Write the page to ``out`` (atomically: a finished file or none)."""
    width, height = LETTER
    text = kit_text(kit)
    descriptor, temporary = tempfile.mkstemp(prefix=".recovery-", suffix=".part", dir=out.parent)
    os.close(descriptor)
    try:
        register_fonts()
        canvas = Canvas(temporary, pagesize=LETTER, lang="en")  # opens in REGULAR (fonts.py)
        canvas.setTitle("Hub key recovery kit")
        y = height - MARGIN
        for english, spanish in (LINES["title"],):
            y = _wrapped(canvas, english, MARGIN, y, width - 2 * MARGIN, (BOLD, 16))
            y = _wrapped(canvas, spanish, MARGIN, y, width - 2 * MARGIN, (BOLD, 13))
        y = _wrapped(canvas, f"Hub / Centro: {hub_id}    Campaign / Campaña: {campaign_id}    "
                     f"{(now or datetime.now(UTC)):%Y-%m-%d}", MARGIN, y, width - 2 * MARGIN, BODY_FONT)
        for key in ("apart", "lose", "restore"):
            for words in LINES[key]:
                y = _wrapped(canvas, words, MARGIN, y, width - 2 * MARGIN, BODY_FONT)
        groups = text.split(" ")
        y -= 6
        canvas.setFont(*KIT_FONT)
        for start in range(0, len(groups), GROUPS_PER_LINE):
            canvas.drawString(MARGIN, y, " ".join(groups[start:start + GROUPS_PER_LINE]))
            y -= KIT_FONT[1] * 1.5
        _qr(canvas, text, (width - QR_SIZE) / 2, max(MARGIN, y - QR_SIZE - 12), QR_SIZE)
        canvas.showPage()
        canvas.save()
        os.replace(temporary, out)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return out
