"""What a printer needs from a PDF, read back with pypdf: embedded fonts, a title and a language.

A font a PDF only names (the standard 14: Helvetica, Courier, Times, Symbol …) is drawn with
whatever the printing computer substitutes; every font must carry its own program instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pypdf import PdfReader

STANDARD_14 = {
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica", "Helvetica-Bold",
    "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman", "Times-Bold", "Times-Italic",
    "Times-BoldItalic", "Symbol", "ZapfDingbats",
}
EMBEDDED_KEYS = ("/FontFile", "/FontFile2", "/FontFile3")


@dataclass(frozen=True)
class PdfFacts:
    """Fonts (base name -> embedded?), title and /Lang of one PDF."""

    fonts: dict[str, bool]
    title: str
    lang: str


def _descriptor(font: Any) -> Any:
    descriptor = font.get("/FontDescriptor")
    if descriptor is None and "/DescendantFonts" in font:  # a Type0 (composite) font
        descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
    return descriptor.get_object() if descriptor is not None else None


def _walk(resources: Any, fonts: dict[str, bool], seen: set[int]) -> None:
    if resources is None:
        return
    resources = resources.get_object()
    for font_ref in (resources.get("/Font") or {}).values():
        font = font_ref.get_object()
        descriptor = _descriptor(font)
        base = str(font.get("/BaseFont", "")).lstrip("/")
        # A subset's name is "ABCDEF+Name": the standard name is what follows the tag.
        fonts[base] = descriptor is not None and any(key in descriptor for key in EMBEDDED_KEYS)
    for xobject_ref in (resources.get("/XObject") or {}).values():
        xobject = xobject_ref.get_object()
        if id(xobject) not in seen:
            seen.add(id(xobject))
            _walk(xobject.get("/Resources"), fonts, seen)


def pdf_facts(path: Path) -> PdfFacts:
    """Every font on every page (and in the forms they draw), the document title and /Lang."""
    reader = PdfReader(path)
    fonts: dict[str, bool] = {}
    for page in reader.pages:
        _walk(page.get("/Resources"), fonts, set())
    metadata = reader.metadata
    title = str(metadata.title or "") if metadata is not None else ""
    lang = str(reader.trailer["/Root"].get("/Lang", ""))
    return PdfFacts(fonts, title, lang)


def assert_prints_anywhere(path: Path, language: str) -> None:
    """Every font embedded, none a bare standard-14 name, a title, and ``language`` as /Lang."""
    facts = pdf_facts(path)
    assert facts.fonts, f"{path.name}: no fonts found"
    unembedded = sorted(name for name, embedded in facts.fonts.items() if not embedded)
    assert not unembedded, f"{path.name}: fonts not embedded: {unembedded}"
    standard = sorted(name for name in facts.fonts if name.split("+")[-1] in STANDARD_14)
    assert not standard, f"{path.name}: standard fonts referenced: {standard}"
    assert facts.title.strip(), f"{path.name}: no title"
    assert facts.lang == language, f"{path.name}: /Lang is {facts.lang!r}, not {language!r}"
