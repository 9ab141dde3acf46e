"""The shop's own settings as the owner edits them in File > Shop settings: the shop's name, its
currency, how numbers and dates are written, the reference date for recency and whether returns
count against a customer's value. Changing the currency changes how amounts are shown, never the
stored amounts."""

from __future__ import annotations

import dataclasses
import sqlite3
from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP
from app.models import db
from app.models import settings as stored
from app.services import formatting
from app.services.changes import Changes
from app.services.errors import UserError
from app.services.segments import config as segment_config


@dataclass(frozen=True)
class ShopSettings:
    name: str
    currency: str
    locale: str
    recency_reference: str = "last_sale"  # or "today"
    returns_count: bool = True


def load(conn: sqlite3.Connection) -> ShopSettings:
    values = stored.get_all(conn)
    segment = segment_config.load_settings(conn)
    return ShopSettings(values["shop_name"], values["currency"], values["locale"], segment.recency_reference,
                        segment.returns_count)


def currency_change_needs_confirmation(conn: sqlite3.Connection, currency: str) -> bool:
    """True when `currency` is not the shop's and the shop already holds sales (their amounts stay as
    they are: only the way they are shown changes)."""
    if currency.upper() == stored.get(conn, "currency").upper():
        return False
    return conn.execute("SELECT EXISTS(SELECT 1 FROM sales)").fetchone()[0] == 1


def save(conn: sqlite3.Connection, new: ShopSettings) -> Changes:
    """Checks and stores the settings (one transaction); the segment figures are refreshed when the
    recency reference or the returns setting changed."""
    name = new.name.strip()
    if not name:
        raise UserError(QT_TRANSLATE_NOOP("ShopSettings", "Give the shop a name."), context="ShopSettings")
    currency = new.currency.upper()
    if currency not in formatting.CURRENCIES:
        raise UserError(QT_TRANSLATE_NOOP("ShopSettings", "The currency {code} is not one Regulars knows."),
                        context="ShopSettings", code=currency)
    if new.locale not in formatting.STYLES:
        raise UserError(QT_TRANSLATE_NOOP("ShopSettings", "The number and date style {code} is not one Regulars knows."),
                        context="ShopSettings", code=new.locale)
    segment = segment_config.load_settings(conn)
    wanted = dataclasses.replace(segment, recency_reference=new.recency_reference, returns_count=bool(new.returns_count))
    segments_changed = wanted != segment
    with db.transaction(conn):
        stored.put_many(conn, {"shop_name": name, "currency": currency, "locale": new.locale})
        if segments_changed:
            from app.services.segments import figures

            figures.save_settings(conn, wanted)
    return Changes(settings=True, segments=segments_changed)
