"""A persona drafted from a segment: built from the segment's premium customers (its VIP and Premium
members; when it has none, its most valuable fifth), never from everyone (seed 001, step 3). Only
counts of attribute values are read: the most common age range, gender, occupation, district and
province, interests, attitudes, what decides the purchase, channels, categories and tags. The owner
then writes the rest in their own words."""

from __future__ import annotations

import json
import math
import sqlite3
from collections import Counter

from app.i18n import QT_TRANSLATE_NOOP
from app.models import attributes
from app.models import personas as store
from app.services.personas import fields as F
from app.services.personas.numbers import PREMIUM_TIERS, member_ids

DRAFT_NAME = QT_TRANSLATE_NOOP("Persona", "Persona of {segment}")
DRAFT_DESCRIPTION = QT_TRANSLATE_NOOP(
    "Persona", "Drafted from the {count} premium customers of the segment {segment}; rewrite it in your own words.")
TOP = 3


def premium_ids(conn: sqlite3.Connection, ids: list[int]) -> list[int]:
    """The segment's VIP and Premium members, else its most valuable fifth (`ids` most valuable first)."""
    if not ids:
        return []
    tiers = store.member_tiers(conn, json.dumps(ids))
    premium = [i for i in ids if tiers.get(i) in PREMIUM_TIERS]
    return premium or ids[:max(1, math.ceil(len(ids) / 5))]


def draft(conn: sqlite3.Connection, ref: str, translate=F.identity) -> tuple[str, dict[str, str | list[str]]]:
    """(name, fields) of a new persona for segment `ref`, in the interface language."""
    from app.services.segments import membership

    segment = membership.segment_name(conn, ref, translate)
    ids = premium_ids(conn, member_ids(conn, ref))
    ids_json = json.dumps(ids)

    def top(column: str, n: int = TOP) -> list[str]:
        attribute = attributes.BY_KEY[column]
        return [translate("Attribute", attribute.choice_label(value)) if attribute.choices else value
                for value, _count in store.member_attribute_counts(conn, ids_json, column)[:n]]

    def first(column: str) -> str:
        values = top(column, 1)
        return values[0] if values else ""

    tags = Counter(tag.strip() for text in store.member_tags(conn, ids_json) for tag in text.split(",") if tag.strip())
    values = F.empty_fields()
    values.update({
        "age_range": first("age_group"),
        "gender": first("gender"),
        "occupation": first("occupation"),
        "location": ", ".join(v for v in (first("district"), first("province")) if v),
        "description": translate("Persona", DRAFT_DESCRIPTION).format(count=len(ids), segment=segment),
        "needs": top("interests") + top("lifestyle", 1),
        "attitudes": top("attitudes") + top("personal_values", 1),
        "reasons_to_buy": top("purchase_driver", 2),
        "channels": top("preferred_channel", 2),
        "categories": [name for name, _ in store.member_category_buyers(conn, ids_json)[:TOP]],
        "stickers": [tag for tag, _ in tags.most_common(5)],
    })
    return translate("Persona", DRAFT_NAME).format(segment=segment), values
