"""The customer attributes the owner can record, grouped by the four bases of segmentation
(demographic, psychographic, behavioural, geographic) plus contact details and notes.

This registry is the single description of the customer columns that people edit: the detail pane
builds its form from it, the rule builder offers its fields, exports name their columns after it.
Labels and choice names are English source text, translated by the UI (context "Attribute").
Choice values are stored as the English keys below, so a shop file reads the same in any language.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP

CONTACT = "contact"
DEMOGRAPHIC = "demographic"
PSYCHOGRAPHIC = "psychographic"
BEHAVIOURAL = "behavioural"
GEOGRAPHIC = "geographic"
OTHER = "other"

BASES: dict[str, str] = {
    CONTACT: QT_TRANSLATE_NOOP("Attribute", "Contact"),
    DEMOGRAPHIC: QT_TRANSLATE_NOOP("Attribute", "Demographic"),
    PSYCHOGRAPHIC: QT_TRANSLATE_NOOP("Attribute", "Psychographic"),
    BEHAVIOURAL: QT_TRANSLATE_NOOP("Attribute", "Behavioural"),
    GEOGRAPHIC: QT_TRANSLATE_NOOP("Attribute", "Geographic"),
    OTHER: QT_TRANSLATE_NOOP("Attribute", "Tags and notes"),
}

# kinds
TEXT = "text"  # one line
LONGTEXT = "longtext"  # several lines
CHOICE = "choice"  # one of `choices` (stored as the key)
DATE = "date"  # ISO yyyy-mm-dd
NUMBER = "number"  # float
BOOL = "bool"  # 0/1
TAGS = "tags"  # comma-separated words


@dataclass(frozen=True)
class Attribute:
    key: str  # the column in `customers`
    label: str
    basis: str
    kind: str = TEXT
    choices: tuple[tuple[str, str], ...] = ()  # (stored key, English label)

    def choice_label(self, value: str | None) -> str:
        for key, label in self.choices:
            if key == value:
                return label
        return value or ""


def _choices(*pairs: tuple[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple(pairs)


ATTRIBUTES: tuple[Attribute, ...] = (
    # contact
    Attribute("code", QT_TRANSLATE_NOOP("Attribute", "Customer code"), CONTACT),
    Attribute("name", QT_TRANSLATE_NOOP("Attribute", "Name"), CONTACT),
    Attribute("phone", QT_TRANSLATE_NOOP("Attribute", "Phone"), CONTACT),
    Attribute("email", QT_TRANSLATE_NOOP("Attribute", "Email"), CONTACT),
    Attribute("birthday", QT_TRANSLATE_NOOP("Attribute", "Birthday"), CONTACT, DATE),
    Attribute("marketing_consent", QT_TRANSLATE_NOOP("Attribute", "Agrees to marketing messages"), CONTACT, BOOL),
    # demographic
    Attribute("gender", QT_TRANSLATE_NOOP("Attribute", "Gender"), DEMOGRAPHIC, CHOICE, _choices(
        ("female", QT_TRANSLATE_NOOP("Attribute", "Female")),
        ("male", QT_TRANSLATE_NOOP("Attribute", "Male")),
        ("other", QT_TRANSLATE_NOOP("Attribute", "Other")),
    )),
    Attribute("age_group", QT_TRANSLATE_NOOP("Attribute", "Age group"), DEMOGRAPHIC, CHOICE, _choices(
        ("under_18", QT_TRANSLATE_NOOP("Attribute", "Under 18")),
        ("18_24", "18–24"), ("25_34", "25–34"), ("35_44", "35–44"),
        ("45_54", "45–54"), ("55_64", "55–64"),
        ("65_plus", QT_TRANSLATE_NOOP("Attribute", "65 and over")),
    )),
    Attribute("marital_status", QT_TRANSLATE_NOOP("Attribute", "Marital status"), DEMOGRAPHIC, CHOICE, _choices(
        ("single", QT_TRANSLATE_NOOP("Attribute", "Single")),
        ("married", QT_TRANSLATE_NOOP("Attribute", "Married")),
        ("other", QT_TRANSLATE_NOOP("Attribute", "Other")),
    )),
    Attribute("income", QT_TRANSLATE_NOOP("Attribute", "Income"), DEMOGRAPHIC, CHOICE, _choices(
        ("low", QT_TRANSLATE_NOOP("Attribute", "Low")),
        ("middle", QT_TRANSLATE_NOOP("Attribute", "Middle")),
        ("high", QT_TRANSLATE_NOOP("Attribute", "High")),
    )),
    Attribute("education", QT_TRANSLATE_NOOP("Attribute", "Education"), DEMOGRAPHIC, CHOICE, _choices(
        ("secondary", QT_TRANSLATE_NOOP("Attribute", "Secondary school")),
        ("vocational", QT_TRANSLATE_NOOP("Attribute", "Vocational")),
        ("university", QT_TRANSLATE_NOOP("Attribute", "University")),
        ("postgraduate", QT_TRANSLATE_NOOP("Attribute", "Postgraduate")),
    )),
    Attribute("occupation", QT_TRANSLATE_NOOP("Attribute", "Occupation"), DEMOGRAPHIC),
    Attribute("industry", QT_TRANSLATE_NOOP("Attribute", "Industry (business customers)"), DEMOGRAPHIC),
    Attribute("company_size", QT_TRANSLATE_NOOP("Attribute", "Company size (business customers)"), DEMOGRAPHIC, CHOICE, _choices(
        ("1_9", QT_TRANSLATE_NOOP("Attribute", "1–9 people")),
        ("10_49", QT_TRANSLATE_NOOP("Attribute", "10–49 people")),
        ("50_249", QT_TRANSLATE_NOOP("Attribute", "50–249 people")),
        ("250_plus", QT_TRANSLATE_NOOP("Attribute", "250 people or more")),
    )),
    # psychographic
    Attribute("lifestyle", QT_TRANSLATE_NOOP("Attribute", "Lifestyle"), PSYCHOGRAPHIC),
    Attribute("attitudes", QT_TRANSLATE_NOOP("Attribute", "Attitudes"), PSYCHOGRAPHIC),
    Attribute("personal_values", QT_TRANSLATE_NOOP("Attribute", "Values"), PSYCHOGRAPHIC),
    Attribute("opinions", QT_TRANSLATE_NOOP("Attribute", "Opinions"), PSYCHOGRAPHIC),
    Attribute("interests", QT_TRANSLATE_NOOP("Attribute", "Interests"), PSYCHOGRAPHIC),
    # behavioural
    Attribute("purchase_driver", QT_TRANSLATE_NOOP("Attribute", "What decides the purchase"), BEHAVIOURAL, CHOICE, _choices(
        ("price", QT_TRANSLATE_NOOP("Attribute", "Price")),
        ("convenience", QT_TRANSLATE_NOOP("Attribute", "Convenience")),
        ("brand", QT_TRANSLATE_NOOP("Attribute", "Brand")),
        ("quality", QT_TRANSLATE_NOOP("Attribute", "Quality")),
        ("service", QT_TRANSLATE_NOOP("Attribute", "Service")),
    )),
    Attribute("preferred_channel", QT_TRANSLATE_NOOP("Attribute", "Preferred channel"), BEHAVIOURAL, CHOICE, _choices(
        ("in_store", QT_TRANSLATE_NOOP("Attribute", "In store")),
        ("online", QT_TRANSLATE_NOOP("Attribute", "Online")),
        ("phone", QT_TRANSLATE_NOOP("Attribute", "Phone")),
        ("social", QT_TRANSLATE_NOOP("Attribute", "Social media")),
        ("marketplace", QT_TRANSLATE_NOOP("Attribute", "Marketplace")),
    )),
    Attribute("buying_occasion", QT_TRANSLATE_NOOP("Attribute", "When they buy"), BEHAVIOURAL, CHOICE, _choices(
        ("regular", QT_TRANSLATE_NOOP("Attribute", "Regularly")),
        ("seasonal", QT_TRANSLATE_NOOP("Attribute", "Seasonally")),
        ("occasions", QT_TRANSLATE_NOOP("Attribute", "Special occasions")),
    )),
    # geographic
    Attribute("country", QT_TRANSLATE_NOOP("Attribute", "Country"), GEOGRAPHIC),
    Attribute("province", QT_TRANSLATE_NOOP("Attribute", "Province / state"), GEOGRAPHIC),
    Attribute("region", QT_TRANSLATE_NOOP("Attribute", "Region"), GEOGRAPHIC),
    Attribute("district", QT_TRANSLATE_NOOP("Attribute", "District / suburb"), GEOGRAPHIC),
    Attribute("postcode", QT_TRANSLATE_NOOP("Attribute", "Postcode"), GEOGRAPHIC),
    Attribute("address", QT_TRANSLATE_NOOP("Attribute", "Address"), GEOGRAPHIC),
    Attribute("distance_km", QT_TRANSLATE_NOOP("Attribute", "Distance from the shop (km)"), GEOGRAPHIC, NUMBER),
    # other
    Attribute("tags", QT_TRANSLATE_NOOP("Attribute", "Tags"), OTHER, TAGS),
    Attribute("notes", QT_TRANSLATE_NOOP("Attribute", "Notes"), OTHER, LONGTEXT),
)

BY_KEY: dict[str, Attribute] = {a.key: a for a in ATTRIBUTES}
EDITABLE_COLUMNS: tuple[str, ...] = tuple(a.key for a in ATTRIBUTES)


def by_basis(basis: str) -> list[Attribute]:
    return [a for a in ATTRIBUTES if a.basis == basis]


def normalize_tags(text: str | None) -> str:
    """' vip, Tết ,vip' -> 'vip, Tết': trimmed, no empties, no repeats (case-insensitive), in order."""
    seen: set[str] = set()
    out: list[str] = []
    for part in (text or "").replace(";", ",").split(","):
        tag = " ".join(part.split())
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            out.append(tag)
    return ", ".join(out)
