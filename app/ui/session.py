"""The shop that the window shows: the current-shop accessor, its undo stack, and the formatting of
its figures in the shop's currency and locale.

    from app.ui import session
    shop = session.current_shop()        # app.services.shop.Shop, or None before the first open
    session.fmt().money(row_revenue)     # stored thousandths -> "1.234.567 ₫"

Only the main window replaces the shop (`set_current_shop`); that announces `Changes(shop=True)`.
The shop's connection belongs to the GUI thread: workers open their own (see app.ui.workers).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QUndoStack

from app.models import settings as shop_settings
from app.services import formatting
from app.services.changes import Changes
from app.services.shop import Shop
from app.ui.events import events


@dataclass(frozen=True)
class ShopFormat:
    """Formats stored values (money in thousandths, sale times in seconds) for display."""

    currency: str = "VND"
    locale: str = "vi_VN"

    def money(self, stored: int | None) -> str:
        return formatting.stored_money(stored, self.currency, self.locale)

    def date(self, stored_seconds: int | None) -> str:
        return formatting.stored_date(stored_seconds, self.locale)

    def number(self, value: float | int | None, decimals: int = 0) -> str:
        return formatting.number(value, decimals, self.locale)

    def quantity(self, value: float | int | None) -> str:
        """3 -> "3", 2.5 -> "2,5" (Vietnamese): no trailing zeros."""
        if value is None:
            return ""
        value = float(value)
        if value.is_integer():
            return self.number(value, 0)
        return self.number(value, 3).rstrip("0").rstrip(formatting.style(self.locale).decimal)


class _Session:
    def __init__(self) -> None:
        self.shop: Shop | None = None
        self.format = ShopFormat()
        self.undo_stack: QUndoStack | None = None


_session = _Session()


def current_shop() -> Shop | None:
    return _session.shop


def fmt() -> ShopFormat:
    return _session.format


def qt_date_format() -> str:
    """The shop's date format for Qt's date editors ("dd/MM/yyyy" for vi_VN)."""
    return (formatting.style(_session.format.locale).date_format
            .replace("%d", "dd").replace("%m", "MM").replace("%Y", "yyyy"))


def undo_stack() -> QUndoStack:
    """The undo stack of the current shop (cleared whenever the shop changes)."""
    if _session.undo_stack is None:
        _session.undo_stack = QUndoStack()
    return _session.undo_stack


def is_writable() -> bool:
    return _session.shop is not None and not _session.shop.read_only


def reload_settings() -> None:
    """Re-reads currency and locale from the shop file (after a settings change)."""
    shop = _session.shop
    if shop is None:
        _session.format = ShopFormat()
        return
    values = shop_settings.get_all(shop.conn)
    _session.format = ShopFormat(currency=values["currency"] or "VND", locale=values["locale"] or "vi_VN")


def set_current_shop(shop: Shop | None, *, announce: bool = True) -> Shop | None:
    """Makes `shop` current, clears the undo history, announces that the whole shop changed
    (`shop_changed`, then `changed`) unless `announce` is False (the caller's operation announces
    it); returns the previous shop, which the caller closes (after any worker on it has finished)."""
    previous = _session.shop
    _session.shop = shop
    reload_settings()
    undo_stack().clear()
    if announce:
        events.announce(Changes(shop=True))
    return previous


# Connected first, so that every tab reading the format on settings_changed sees the new one.
events.settings_changed.connect(reload_settings)
