"""What a persona holds (seeds 000, 001, 004): each field's key, label and kind (one text or a list of
short texts), the boxes of the printed card, the templates for a new persona, and the initials and
colour shown when a persona has no photo."""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Persona"
TEXT = "text"
LONGTEXT = "longtext"
LIST = "list"

MAX_TEXT = 4000  # characters in one text field
MAX_ITEMS = 50  # items in one list field
MAX_ITEM = 400  # characters in one list item
MAX_NAME = 120

Translate = Callable[[str, str], str]


def identity(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Field:
    key: str
    label: str  # English, context "Persona"
    kind: str


FIELDS: tuple[Field, ...] = (
    Field("quote", QT_TRANSLATE_NOOP("Persona", "Quote"), TEXT),
    Field("age_range", QT_TRANSLATE_NOOP("Persona", "Age range"), TEXT),
    Field("gender", QT_TRANSLATE_NOOP("Persona", "Gender"), TEXT),
    Field("occupation", QT_TRANSLATE_NOOP("Persona", "Occupation"), TEXT),
    Field("location", QT_TRANSLATE_NOOP("Persona", "Location"), TEXT),
    Field("description", QT_TRANSLATE_NOOP("Persona", "Who they are"), LONGTEXT),
    Field("needs", QT_TRANSLATE_NOOP("Persona", "Needs and interests"), LIST),
    Field("attitudes", QT_TRANSLATE_NOOP("Persona", "Attitudes and behaviours"), LIST),
    Field("goals", QT_TRANSLATE_NOOP("Persona", "Goals at each stage of buying"), LIST),
    Field("challenges", QT_TRANSLATE_NOOP("Persona", "Challenges and opportunities"), LIST),
    Field("reasons_to_buy", QT_TRANSLATE_NOOP("Persona", "Why they buy"), LIST),
    Field("reasons_to_refuse", QT_TRANSLATE_NOOP("Persona", "Why they refuse"), LIST),
    Field("before", QT_TRANSLATE_NOOP("Persona", "Before using our products"), LONGTEXT),
    Field("after", QT_TRANSLATE_NOOP("Persona", "After using our products"), LONGTEXT),
    Field("insight", QT_TRANSLATE_NOOP("Persona", "Customer insight"), LONGTEXT),
    Field("channels", QT_TRANSLATE_NOOP("Persona", "Preferred channels"), LIST),
    Field("categories", QT_TRANSLATE_NOOP("Persona", "Favourite categories"), LIST),
    Field("stickers", QT_TRANSLATE_NOOP("Persona", "Stickers"), LIST),
    Field("notes", QT_TRANSLATE_NOOP("Persona", "Notes"), LONGTEXT),
)
BY_KEY: dict[str, Field] = {f.key: f for f in FIELDS}
LIST_KEYS = tuple(f.key for f in FIELDS if f.kind == LIST)
PROFILE_KEYS = ("age_range", "gender", "occupation", "location")

NAME_LABEL = QT_TRANSLATE_NOOP("Persona", "Name")
ABOUT_LABEL = QT_TRANSLATE_NOOP("Persona", "About")
CHANNELS_LABEL = QT_TRANSLATE_NOOP("Persona", "Channels and categories")
BEFORE_AFTER_LABEL = QT_TRANSLATE_NOOP("Persona", "Before and after")


def empty_fields() -> dict[str, str | list[str]]:
    return {f.key: [] if f.kind == LIST else "" for f in FIELDS}


def clean_text(value: object) -> str:
    """NFC text with Windows/Mac line ends made plain; anything else than text is refused by the caller."""
    return unicodedata.normalize("NFC", str(value)).replace("\r\n", "\n").replace("\r", "\n").strip()


def is_empty(value: str | list[str]) -> bool:
    return not value if isinstance(value, list) else not value.strip()


# --- templates ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Template:
    key: str
    label: str  # context "PersonaTemplate"
    name: str
    fields: dict[str, str | tuple[str, ...]]


TEMPLATES: tuple[Template, ...] = (
    Template("blank", QT_TRANSLATE_NOOP("PersonaTemplate", "Blank"),
             QT_TRANSLATE_NOOP("PersonaTemplate", "New persona"), {}),
    Template("b2c", QT_TRANSLATE_NOOP("PersonaTemplate", "Shopper (B2C)"),
             QT_TRANSLATE_NOOP("PersonaTemplate", "Regular shopper"), {
                 "quote": QT_TRANSLATE_NOOP("PersonaTemplate", "I come back where I am remembered."),
                 "description": QT_TRANSLATE_NOOP(
                     "PersonaTemplate", "Buys for themselves and their family; compares a little, then stays loyal "
                                        "to a shop that knows them."),
                 "needs": (QT_TRANSLATE_NOOP("PersonaTemplate", "Good quality at a fair price"),
                           QT_TRANSLATE_NOOP("PersonaTemplate", "Quick, friendly service")),
                 "goals": (QT_TRANSLATE_NOOP("PersonaTemplate", "Awareness: hears of us from friends or social media"),
                           QT_TRANSLATE_NOOP("PersonaTemplate", "Purchase: finds what they want without waiting"),
                           QT_TRANSLATE_NOOP("PersonaTemplate", "Advocate: recommends us to friends")),
                 "reasons_to_buy": (QT_TRANSLATE_NOOP("PersonaTemplate", "Trusts the quality"),),
                 "reasons_to_refuse": (QT_TRANSLATE_NOOP("PersonaTemplate", "Price higher than elsewhere"),),
                 "channels": (QT_TRANSLATE_NOOP("PersonaTemplate", "In store"),
                              QT_TRANSLATE_NOOP("PersonaTemplate", "Social media")),
             }),
    Template("b2b", QT_TRANSLATE_NOOP("PersonaTemplate", "Business buyer (B2B)"),
             QT_TRANSLATE_NOOP("PersonaTemplate", "Office buyer"), {
                 "quote": QT_TRANSLATE_NOOP("PersonaTemplate", "I need a supplier I never have to chase."),
                 "occupation": QT_TRANSLATE_NOOP("PersonaTemplate", "Office manager or purchasing officer"),
                 "description": QT_TRANSLATE_NOOP(
                     "PersonaTemplate", "Orders for a company on a budget; values reliability, invoices and "
                                        "delivery on time."),
                 "needs": (QT_TRANSLATE_NOOP("PersonaTemplate", "Reliable delivery on time"),
                           QT_TRANSLATE_NOOP("PersonaTemplate", "Proper invoices")),
                 "goals": (QT_TRANSLATE_NOOP("PersonaTemplate", "Engagement: asks for a quote and samples"),
                           QT_TRANSLATE_NOOP("PersonaTemplate", "Purchase: orders in bulk on a schedule"),
                           QT_TRANSLATE_NOOP("PersonaTemplate", "Retention: a standing monthly order")),
                 "reasons_to_buy": (QT_TRANSLATE_NOOP("PersonaTemplate", "Volume discounts"),),
                 "reasons_to_refuse": (QT_TRANSLATE_NOOP("PersonaTemplate", "Late or incomplete deliveries"),),
                 "channels": (QT_TRANSLATE_NOOP("PersonaTemplate", "Phone"),
                              QT_TRANSLATE_NOOP("PersonaTemplate", "E-mail")),
             }),
)
TEMPLATE_BY_KEY = {t.key: t for t in TEMPLATES}


def template_fields(key: str, translate: Translate = identity) -> tuple[str, dict[str, str | list[str]]]:
    """(name, fields) of a template in the interface language (`translate(context, text)`)."""
    template = TEMPLATE_BY_KEY[key]
    values = empty_fields()
    for field_key, value in template.fields.items():
        values[field_key] = ([translate("PersonaTemplate", v) for v in value] if isinstance(value, tuple)
                             else translate("PersonaTemplate", value))
    return translate("PersonaTemplate", template.name), values


# --- a face without a photo -------------------------------------------------------------------------

PALETTE = ("#2E7D6B", "#3B6EA8", "#8E5BA8", "#B5543C", "#A87B1E", "#3C8D9E", "#6C7A2E", "#A2456B")


def initials(name: str) -> str:
    """'Nguyễn Thị Ánh Tuyết' -> 'NT' (first and last word), 'Lan' -> 'L'; '?' for no letters."""
    words = [w for w in unicodedata.normalize("NFC", name).split() if w[:1].isalnum()]
    if not words:
        return "?"
    letters = words[0][0] + (words[-1][0] if len(words) > 1 else "")
    return letters.upper()


def colour_for(name: str) -> str:
    """A stable colour per name (the same on screen and on paper)."""
    digest = hashlib.sha1(unicodedata.normalize("NFC", name).encode()).digest()
    return PALETTE[digest[0] % len(PALETTE)]
