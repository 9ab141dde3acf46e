"""Opening shop files from the window, with the owner's choices when something is in the way: a file
already open elsewhere (offer read-only), a file from a newer version (read-only, said so), a damaged
file (moved aside, then the newest good backup offered with its date). Also the first start, which
creates the default shop file with the demo shop."""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.models.db import DamagedFileError, NotAShopFileError, ShopFileError
from app.services import backups, formatting
from app.services.errors import UserError
from app.services.shop import Shop, ShopInUseError, create_shop, open_shop
from app.ui import language
from app.ui.application import SHOP_SUFFIX
from app.ui.dialogs import ask, error_text, inform, warn


def ui_locale() -> str:
    """The number and date format that goes with the interface language (for messages about files,
    before any shop's own locale is known)."""
    return "vi_VN" if language.current_language() == "vi" else "en_GB"


def demo_available() -> bool:
    return importlib.util.find_spec("app.services.demo") is not None


def create_first_shop(path: Path) -> Shop:
    """The default shop file on first start: the demo shop when the demo module is installed."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        if demo_available():
            from app.services import demo

            return demo.create_demo_shop(path)
        return create_shop(path, name=QCoreApplication.translate("ShopFiles", "My shop"))
    finally:
        QGuiApplication.restoreOverrideCursor()


def _looks_like_shop(path: Path) -> bool:
    return path.suffix == SHOP_SUFFIX or backups.backup_folder(path).is_dir()


def open_interactively(parent: QWidget | None, path: Path) -> Shop | None:
    """Opens `path`, asking the owner what to do when it is in use or damaged; None when it stays
    closed (the owner was told why)."""
    path = Path(path)
    title = QCoreApplication.translate("ShopFiles", "Open shop file")
    try:
        shop = open_shop(path)
    except ShopInUseError:
        if not ask(parent, title,
                   QCoreApplication.translate("ShopFiles", "The shop file {name} is already open in another window.").format(name=path.name),
                   QCoreApplication.translate("ShopFiles", "Open read-only"),
                   informative=QCoreApplication.translate("ShopFiles", "Read-only, you can see everything but change nothing.")):
            return None
        try:
            shop = open_shop(path, read_only=True)
        except (UserError, ShopFileError) as exc:
            warn(parent, title, error_text(exc))
            return None
    except (DamagedFileError, NotAShopFileError) as exc:
        if isinstance(exc, NotAShopFileError) and not _looks_like_shop(path):
            warn(parent, title, QCoreApplication.translate("ShopFiles", "The file {name} is not a Regulars shop file.").format(name=path.name))
            return None
        return recover_damaged(parent, path)
    except (UserError, ShopFileError, OSError) as exc:
        warn(parent, title, error_text(exc))
        return None
    if shop.read_only_reason:
        inform(parent, title, QCoreApplication.translate("ShopFiles",
            "The shop file {name} was saved by a newer version of Regulars. It is open read-only: "
            "update Regulars to change it.").format(name=path.name))
    return shop


def recover_damaged(parent: QWidget | None, path: Path) -> Shop | None:
    """Moves a damaged shop file aside, then offers its newest good backup."""
    title = QCoreApplication.translate("ShopFiles", "Damaged shop file")
    moved = backups.move_aside(path)
    backup = backups.newest_good_backup(path)
    logging.getLogger(__name__).warning("damaged shop file moved aside; newest good backup: %s",
                                        f"{backup.created:%Y-%m-%d %H:%M}" if backup else "none")
    damaged = QCoreApplication.translate("ShopFiles", "The shop file {name} is damaged. It has been moved aside as {moved}.").format(
        name=path.name, moved=moved.name)
    if backup is None:
        warn(parent, title, damaged + "\n\n" + QCoreApplication.translate("ShopFiles", "There is no good backup of it to restore."))
        return None
    when = formatting.datetime(backup.created, ui_locale())
    if not ask(parent, title, damaged, QCoreApplication.translate("ShopFiles", "Restore the backup"), QCoreApplication.translate("ShopFiles", "Do not restore"),
               icon=QMessageBox.Icon.Warning,
               informative=QCoreApplication.translate("ShopFiles", "The newest good backup is from {date}. Restore it?").format(date=when)):
        return None
    try:
        backups.restore_file(backup.path, path)
        logging.getLogger(__name__).info("recovered the shop file from its backup of %s", f"{backup.created:%Y-%m-%d %H:%M}")
        return open_shop(path)
    except (UserError, ShopFileError) as exc:
        warn(parent, title, error_text(exc))
        return None

