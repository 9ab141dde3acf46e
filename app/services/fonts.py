"""The fonts every PDF, SVG and PNG of the app is drawn with: DejaVu Sans (regular, bold, oblique, bold
oblique), which covers every Vietnamese letter and ships with matplotlib, so nothing extra is installed.
Registered once with reportlab as a family (so <b> and <i> work in Paragraphs); `text_width` measures with
the same metrics the PDF uses, and `printable` replaces characters the font lacks (emoji) with a visible
placeholder instead of an invisible glyph."""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

from app.models.text import nfc

FAMILY = "DejaVuSans"
FACES = {  # reportlab font name -> file name
    "DejaVuSans": "DejaVuSans.ttf",
    "DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique": "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique": "DejaVuSans-BoldOblique.ttf",
}
PLACEHOLDER = "\u25a1"  # WHITE SQUARE, which DejaVu Sans has
_IGNORABLE = frozenset({0xFE0E, 0xFE0F, 0x200D})  # emoji presentation selectors and joiners: nothing to print


def font_dir() -> Path:
    spec = importlib.util.find_spec("matplotlib")  # found without importing matplotlib (~0.1 s)
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover - matplotlib is a dependency
        raise RuntimeError("matplotlib, whose DejaVu fonts the PDFs embed, is not installed")
    return Path(spec.submodule_search_locations[0]) / "mpl-data" / "fonts" / "ttf"


def font_path(name: str = FAMILY) -> Path:
    return font_dir() / FACES[name]


@functools.cache
def register() -> str:
    """Registers the DejaVu Sans family with reportlab (once per process); returns the family name."""
    from reportlab import rl_config
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    rl_config.useA85 = 0  # images embedded as binary: ASCII85 makes them 25% bigger and slower to write
    for name, file in FACES.items():
        pdfmetrics.registerFont(TTFont(name, str(font_dir() / file)))
    pdfmetrics.registerFontFamily(FAMILY, normal="DejaVuSans", bold="DejaVuSans-Bold",
                                  italic="DejaVuSans-Oblique", boldItalic="DejaVuSans-BoldOblique")
    for bold, italic, name in ((0, 0, "DejaVuSans"), (1, 0, "DejaVuSans-Bold"), (0, 1, "DejaVuSans-Oblique"),
                               (1, 1, "DejaVuSans-BoldOblique")):
        addMapping(FAMILY, bold, italic, name)
    return FAMILY


@functools.cache
def _covered(name: str) -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    register()
    return frozenset(pdfmetrics.getFont(name).face.charToGlyph)


def printable(text: str | None, font: str = FAMILY) -> str:
    """NFC text in which every character the font cannot draw is the placeholder (line breaks kept)."""
    covered = _covered(font)
    return "".join(ch if ord(ch) in covered or ch in "\n\t" else PLACEHOLDER
                   for ch in nfc(text) if ord(ch) not in _IGNORABLE)


def text_width(text: str, size: float, font: str = FAMILY) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    register()
    return stringWidth(text, font, size)


def wrap(text: str, width: float, size: float, font: str = FAMILY, max_lines: int | None = None) -> list[str]:
    """Greedy word wrap measured with the font's own metrics; words longer than a line are cut by
    characters; explicit line breaks are kept. With `max_lines`, the last kept line ends with an ellipsis.
    Cached: a canvas re-lays out the same texts after every edit."""
    return list(_wrap(text or "", float(width), float(size), font, max_lines))


@functools.lru_cache(maxsize=20000)
def _wrap(text: str, width: float, size: float, font: str, max_lines: int | None) -> tuple[str, ...]:
    lines: list[str] = []
    for paragraph in printable(text, font).split("\n"):
        words = paragraph.split()
        if not words:
            lines.append("")
            continue
        line = ""
        for word in words:
            candidate = f"{line} {word}" if line else word
            if text_width(candidate, size, font) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            while text_width(word, size, font) > width and len(word) > 1:
                cut = len(word) - 1
                while cut > 1 and text_width(word[:cut], size, font) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    while len(lines) > 1 and lines[-1] == "":
        lines.pop()
    if max_lines is not None and len(lines) > max_lines:
        kept = lines[:max_lines]
        last = kept[-1]
        while last and text_width(last + "…", size, font) > width:
            last = last[:-1]
        kept[-1] = last + "…"
        return tuple(kept)
    return tuple(lines)
