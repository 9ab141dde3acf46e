"""The owner's own shop, kept apart from the demo: importing from the demo shop (banner, Ctrl+I, a
dropped file) or "Start an empty shop" asks the shop's name and currency, creates a new shop file
in the data folder and opens it (it becomes the shop opened at start-up); File > Open demo shop
brings the demo back. The demo file itself is never imported into."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from app.models import db
from app.services import demo, own_shop
from app.services.errors import UserError
from app.services.shop import Shop
from app.ui import application, session, shop_files
from app.ui.dialogs import NewShopDialog, error_text, warn


def is_demo_open() -> bool:
    shop = session.current_shop()
    return shop is not None and demo.is_demo(shop.conn)


def _currency_from(paths: list[str]) -> str | None:
    """The currency the first sales file suggests (None when it does not say or cannot be read)."""
    if not paths:
        return None
    from app.services import importing

    try:
        return own_shop.currency_hint(importing.open_source(paths[0]))
    except (UserError, OSError):
        return None


def ask_own_shop(parent: QWidget, paths: list[str] | None = None, *, for_import: bool = True) -> Shop | None:
    """Asks the new shop's name and currency (preset from the sales file where it says), creates the
    shop file in the data folder and makes it the current shop; None when the owner cancelled."""
    if for_import:
        intro = QCoreApplication.translate("OwnShop", "Your sales go into a shop file of your own, so that they never mix with "
                                   "the made-up customers of the demo. The demo stays as it is (File > Open demo shop).")
    else:
        intro = QCoreApplication.translate("OwnShop", "An empty shop file of your own, ready for your sales. The demo stays as it "
                                   "is (File > Open demo shop).")
    dialog = NewShopDialog(parent, name=QCoreApplication.translate("OwnShop", "My shop"), currency=_currency_from(paths or []),
                           intro=intro, title=QCoreApplication.translate("OwnShop", "Your own shop"))
    dialog.setObjectName("own_shop_dialog")
    if not dialog.exec():
        return None
    try:
        shop = own_shop.create_own_shop(application.data_folder(), dialog.name(), dialog.currency(), dialog.locale())
    except (UserError, db.ShopFileError, OSError) as exc:
        warn(parent, QCoreApplication.translate("OwnShop", "Your own shop"), error_text(exc))
        return None
    parent.window().set_shop(shop)  # type: ignore[attr-defined]  # the main window
    return shop


def open_demo_shop(window) -> Shop | None:
    """Opens the demo shop: the one the first start made, or a new one when it is gone (or was
    emptied by an older version)."""
    folder = application.data_folder()
    candidates = [application.default_shop_path(), *sorted(folder.glob(f"demo*{application.SHOP_SUFFIX}"))]
    current = session.current_shop()
    for path in candidates:
        if current is not None and current.path.resolve() == path.resolve():
            if demo.is_demo(current.conn):
                return current
            continue
        if not path.exists():
            continue
        shop = shop_files.open_interactively(window, path)
        if shop is None:
            return None
        if demo.is_demo(shop.conn):
            window.set_shop(shop)
            return shop
        shop.close()
    path = candidates[0] if not candidates[0].exists() else own_shop.new_shop_path(folder, "demo")
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        shop = demo.create_demo_shop(path)
    except (UserError, db.ShopFileError, OSError) as exc:
        warn(window, QCoreApplication.translate("OwnShop", "Open demo shop"), error_text(exc))
        return None
    finally:
        QGuiApplication.restoreOverrideCursor()
    window.set_shop(shop)
    return shop
