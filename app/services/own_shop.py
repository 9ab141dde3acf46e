"""Keeping the owner's data apart from the demo: the owner's own shop is a new file in the data
folder (named after the shop), with the currency the sales file suggests; the demo shop file is
never imported into unless asked for explicitly (`import --into-demo`)."""

from __future__ import annotations

from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP
from app.services import formatting
from app.services.demo import is_demo
from app.services.errors import UserError
from app.services.shop import Shop, create_shop

SHOP_SUFFIX = ".regulars"

# What a recognised export says about its money (KiotViet is Vietnamese, the UCI shop is British).
PRESET_CURRENCY = {
    "kiotviet_invoice_detail": "VND",
    "kiotviet_invoice_list": "VND",
    "kiotviet_customers": "VND",
    "uci_online_retail": "GBP",
}
CURRENCY_HEADERS = ("currency", "tiền tệ", "loại tiền", "currency code")
DEMO_REFUSED = QT_TRANSLATE_NOOP(
    "OwnShop", "The shop file {name} is the demo shop with made-up customers: import your sales into a shop "
    "file of your own (or add --into-demo to mix them into the demo).")


def refuse_demo(shop: Shop) -> None:
    """Raises UserError when `shop` is the demo shop (imports go into the owner's own shop)."""
    if is_demo(shop.conn):
        raise UserError(DEMO_REFUSED, context="OwnShop", name=shop.path.name)


def currency_hint(source) -> str | None:
    """The currency a sales file says it is in: a recognised export's own currency, a currency column
    with a known ISO code, or Vietnamese headings (VND); None when the file does not say."""
    from app.services import importing

    preset = importing.guess_mapping(source).preset
    if preset in PRESET_CURRENCY:
        return PRESET_CURRENCY[preset]
    for index, header in enumerate(source.headers):
        if header.strip().lower() in CURRENCY_HEADERS:
            for value in source.sample_values(index):
                code = value.strip().upper()
                if code in formatting.CURRENCIES:
                    return code
    return "VND" if source.vietnamese else None


def new_shop_path(folder: Path, name: str) -> Path:
    """A path in `folder` for a new shop called `name` that no file uses yet ("Mai 2.regulars" when
    "Mai.regulars" is taken)."""
    stem = formatting.file_name(name, "shop")
    path = Path(folder) / f"{stem}{SHOP_SUFFIX}"
    number = 2
    while path.exists():
        path = Path(folder) / f"{stem} {number}{SHOP_SUFFIX}"
        number += 1
    return path


def create_own_shop(folder: Path, name: str, currency: str, locale: str | None = None) -> Shop:
    """Creates the owner's own, empty shop file in `folder`, named after the shop."""
    name = name.strip()
    if not name:
        raise UserError(QT_TRANSLATE_NOOP("OwnShop", "Give the shop a name."), context="OwnShop")
    currency = currency.upper()
    locale = locale or formatting.DEFAULT_LOCALE_FOR_CURRENCY.get(currency, "en_GB")
    return create_shop(new_shop_path(folder, name), name=name, currency=currency, locale=locale)
