"""Where the app finds its own files (translations, icons) wherever it runs: from a source checkout
(`resources/` beside `app/`), from an installed wheel (`app/resources/`, copied there by the build:
see installers/build_backend.py) or from a PyInstaller bundle (`resources/` beside the bundled `app`).
No Qt here: the command line and the build scripts use it too."""

from __future__ import annotations

from pathlib import Path

APP_ID = "regulars"  # the executable, the icon and the desktop entry's name
# The rendered icon sizes (scripts/make_icons.py writes them from the SVG source).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The folder that holds `translations/` and `icons/`."""
    installed = _PACKAGE / "resources"
    return installed if installed.is_dir() else _PACKAGE.parent / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def icon_file(kind: str, size: int | None = None) -> Path:
    """The application icon: kind "svg", "ico", "icns", or "png" with one of ICON_SIZES."""
    if kind == "png":
        if size not in ICON_SIZES:
            raise ValueError(f"no {size} px icon; the sizes are {ICON_SIZES}")
        return resources_dir() / "icons" / f"{APP_ID}-{size}.png"
    return resources_dir() / "icons" / f"{APP_ID}.{kind}"
