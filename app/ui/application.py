"""Application set-up: the QApplication with its names and icon, the per-computer settings (QSettings:
window geometry, recent files, language, the owner's own shop) and the data folder where the first start
puts the demo shop and where the owner's own shops are created."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app.paths import APP_ID, ICON_SIZES, icon_file

APP_NAME = "Regulars"
SHOP_SUFFIX = ".regulars"
DEFAULT_SHOP_NAME = f"shop{SHOP_SUFFIX}"
MAX_RECENT = 8


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    # No organisation name: the data folder is ~/.local/share/Regulars (AppDataLocation).
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName("")
    # Wayland and the task bars match the window with the installed regulars.desktop by this name.
    QApplication.setDesktopFileName(APP_ID)
    QApplication.setWindowIcon(application_icon())
    return app


def data_folder() -> Path:
    """The app's data folder (~/.local/share/Regulars on Linux): the default shop and the log."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def log_folder() -> Path:
    return data_folder() / "logs"
def application_icon() -> QIcon:
    """The icon of every window, in each rendered size (the 16 px one is drawn for 16 px, not scaled)."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = icon_file("png", size)
        if path.exists():
            icon.addFile(str(path))
    return icon


def settings() -> QSettings:
    return QSettings(APP_NAME, APP_NAME)


def default_shop_path() -> Path:
    return data_folder() / DEFAULT_SHOP_NAME


def owner_shop() -> Path | None:
    """The owner's own shop opened last (never the demo): the shop to open at start-up."""
    value = settings().value("owner_shop", "")
    return Path(value) if value else None


def set_owner_shop(path: Path) -> None:
    settings().setValue("owner_shop", str(Path(path).resolve()))


def recent_files() -> list[Path]:
    value = settings().value("recent_files", [])
    if isinstance(value, str):  # QSettings gives a plain string for a one-item list
        value = [value]
    return [Path(v) for v in value or [] if v]


def remember_recent(path: Path) -> list[Path]:
    path = Path(path).resolve()
    paths = [path] + [p for p in recent_files() if p != path]
    paths = paths[:MAX_RECENT]
    settings().setValue("recent_files", [str(p) for p in paths])
    return paths


def forget_recent(path: Path) -> None:
    path = Path(path).resolve()
    settings().setValue("recent_files", [str(p) for p in recent_files() if p != path])
