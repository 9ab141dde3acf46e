"""Renders the application icon from its SVG source (resources/icons/regulars.svg) into every file the
platforms need, written beside it: regulars-<size>.png for each size in app.paths.ICON_SIZES (the
window, the Linux launcher and the .deb), regulars.ico (Windows) and regulars.icns (macOS).
Run it after changing the SVG:

    python scripts/make_icons.py
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.paths import ICON_SIZES, icon_file  # noqa: E402

ICO_SIZES = [s for s in ICON_SIZES if s <= 256]  # the ICO format stops at 256


def render_png(svg: Path, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def main() -> int:
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["make_icons", "-platform", "offscreen"])  # noqa: F841
    svg = icon_file("svg")
    images = {}
    for size in ICON_SIZES:
        png = render_png(svg, size)
        icon_file("png", size).write_bytes(png)
        images[size] = Image.open(io.BytesIO(png)).convert("RGBA")
    largest = images[max(ICON_SIZES)]
    largest.save(icon_file("ico"), format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=[images[s] for s in ICO_SIZES])
    largest.save(icon_file("icns"), format="ICNS", append_images=[images[s] for s in ICON_SIZES])
    print(f"wrote {len(ICON_SIZES)} PNG sizes, {icon_file('ico').name} and {icon_file('icns').name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
