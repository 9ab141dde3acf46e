"""File > Shop settings…: the shop's name, currency, number and date style (following the currency's
usual style unless chosen), the reference date for recency and whether returns count against a
customer's value. A new currency for a shop with sales is confirmed first: it changes how amounts
are shown, never the stored amounts. Saved through `app.ui.operations` (settings and, when needed,
segments are announced as changed)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QWidget

from app.services import business_settings
from app.ui import operations, session
from app.ui.dialogs import NewShopDialog, ask


class ShopSettingsDialog(NewShopDialog):
    def __init__(self, parent: QWidget | None, current: business_settings.ShopSettings):
        super().__init__(parent, name=current.name, currency=current.currency)
        self.setObjectName("shop_settings_dialog")
        self.locale_combo.setCurrentIndex(max(0, self.locale_combo.findData(current.locale)))
        self.recency_combo = QComboBox()
        self.recency_combo.addItem("", "last_sale")
        self.recency_combo.addItem("", "today")
        self.recency_combo.setCurrentIndex(max(0, self.recency_combo.findData(current.recency_reference)))
        self.returns_box = QCheckBox()
        self.returns_box.setChecked(current.returns_count)
        self.returns_note = QLabel()
        self.returns_note.setWordWrap(True)
        self.recency_label = QLabel()
        self.form.addRow(self.recency_label, self.recency_combo)
        self.form.addRow("", self.returns_box)
        self.form.addRow("", self.returns_note)
        self.setMinimumWidth(520)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Shop settings"))
        if not hasattr(self, "recency_combo"):
            return  # called by the base class before these widgets exist
        self.recency_label.setText(self.tr("Recency counted to:"))
        self.recency_combo.setItemText(0, self.tr("the day after the last sale"))
        self.recency_combo.setItemText(1, self.tr("today"))
        self.returns_box.setText(self.tr("Returns count against a customer's value"))
        self.returns_note.setText(self.tr(
            "On (the default): a customer's spend is what they bought less what they returned, so a customer "
            "who returned everything is not a VIP. Off: purchases alone, as in the published analyses of the "
            "UCI Online Retail data."))

    def chosen(self) -> business_settings.ShopSettings:
        return business_settings.ShopSettings(self.name(), self.currency(), self.locale(),
                                              self.recency_combo.currentData(), self.returns_box.isChecked())


def edit_shop_settings(window) -> bool:
    """Shows the dialog and saves what the owner chose; True when something was saved."""
    shop = session.current_shop()
    if shop is None or shop.read_only:
        return False
    dialog = ShopSettingsDialog(window, business_settings.load(shop.conn))
    if not dialog.exec():
        return False
    return save_shop_settings(window, dialog.chosen())


def save_shop_settings(window, chosen: business_settings.ShopSettings) -> bool:
    shop = session.current_shop()
    if shop is None:
        return False
    if business_settings.currency_change_needs_confirmation(shop.conn, chosen.currency) and not ask(
            window, QCoreApplication.translate("ShopSettingsDialog", "Shop settings"),
            QCoreApplication.translate("ShopSettingsDialog", "Show this shop's amounts in {currency}?").format(currency=chosen.currency),
            QCoreApplication.translate("ShopSettingsDialog", "Change the currency"),
            informative=QCoreApplication.translate("ShopSettingsDialog", "The amounts stay as they were imported: only the currency they are shown in "
                                  "changes. Choose this when the currency was set wrong.")):
        return False
    outcome = operations.run(lambda conn: business_settings.save(conn, chosen), parent=window, origin=window,
                             title=QCoreApplication.translate("ShopSettingsDialog", "Shop settings"))
    return outcome.ok
