"""The same sale in two exports: which invoices of a file are already in the shop, and from which
import. An invoice is identified across files by its number as the file writes it (normalised like
every code), its sale day, and its branch when both the file and the stored line have one: some
systems restart numbering per branch or per year, and an export with times and one with dates only
still name the same day. Invoices the importer made up for rows without a number (one per customer
and day) identify nothing across files; their identical lines are still found by their line keys.

The owner chooses what happens to an invoice that is already in the shop (`EXISTING_CHOICES`):
`keep` the stored lines and skip the file's lines of it (the default: nothing stored changes and
nothing is counted twice), `replace` the stored lines with the file's (the newer export is the
truth: stored lines the file no longer has are removed, kept for undo), or `add` the file's lines
beside them (only identical lines are skipped, as before this existed)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

import numpy as np

from app.i18n import QT_TRANSLATE_NOOP
from app.models import imports as store
from app.services.importing.errors import ImportRefused

KEEP, REPLACE, ADD = "keep", "replace", "add"
EXISTING_CHOICES = (KEEP, REPLACE, ADD)
DEFAULT_CHOICE = KEEP
DAY = 86400


@dataclass(frozen=True)
class EarlierImport:
    """An import (None: lines stored without one, e.g. the demo) holding some of the file's invoices."""

    import_id: int | None
    file_name: str | None
    started_at: str | None
    invoices: int

    def to_dict(self) -> dict:
        return {"import_id": self.import_id, "file": self.file_name, "started_at": self.started_at,
                "invoices": self.invoices}


@dataclass
class ExistingInvoices:
    """What the shop already holds of a file's invoices."""

    invoices: int = 0  # invoices of the file already in the shop
    stored_lines: int = 0  # their lines stored now
    earlier_imports: list[EarlierImport] = field(default_factory=list)  # most invoices first
    rows: np.ndarray | None = None  # bool per parsed row: its invoice is already in the shop
    stored_keys: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.int64))

    def in_shop(self, n: int) -> np.ndarray:
        return self.rows if self.rows is not None else np.zeros(n, dtype=bool)

    def keys_to_replace(self, file_keys: np.ndarray) -> np.ndarray:
        """The stored lines of those invoices that this file does not have (replace removes them)."""
        if not self.stored_keys.size:
            return self.stored_keys
        return self.stored_keys[~np.isin(self.stored_keys, file_keys)]


def check_choice(choice: str) -> str:
    if choice not in EXISTING_CHOICES:
        raise ImportRefused(QT_TRANSLATE_NOOP(
            "Import", "“{choice}” is not a choice for invoices already in the shop: use keep, replace or add."),
            choice=choice)
    return choice


def find_existing(conn: sqlite3.Connection | None, parsed, active: np.ndarray, *, keys: bool = True) -> ExistingInvoices:
    """The invoices of the parsed file (rows in `active` only) that the shop already holds; with
    `keys`, the line keys of their stored lines too (replace needs them; keep and add only count)."""
    if conn is None or not len(parsed) or not conn.execute("SELECT EXISTS (SELECT 1 FROM sales)").fetchone()[0]:
        return ExistingInvoices()
    eligible = np.flatnonzero(active & parsed.invoice_numbered[parsed.invoice_codes])
    if not eligible.size:
        return ExistingInvoices()
    import pandas as pd

    invoice = parsed.invoice_codes[eligible]
    day = parsed.sold_at[eligible] // DAY  # numpy floors: right for days before 1970 too
    branch = parsed.branch_codes[eligible] if parsed.branch_codes is not None else np.full(len(eligible), -1)
    first_day = int(day.min())
    days = int(day.max()) - first_day + 1
    branches = int(branch.max()) + 2
    packed = (invoice * days + (day - first_day)) * branches + (branch + 1)
    identity, uniques = pd.factorize(packed)
    uniques = np.asarray(uniques, dtype=np.int64)
    u_branch = uniques % branches - 1
    u_day = (uniques // branches) % days + first_day
    u_invoice = uniques // branches // days
    branch_names = np.append(np.asarray(parsed.branches if parsed.branches is not None else [], dtype=object), "")
    wanted = zip(parsed.invoices[u_invoice].tolist(), (u_day * DAY).tolist(), branch_names[u_branch].tolist(),
                 strict=True)
    matches = store.stored_invoice_lines(conn, wanted, keys=keys)
    if not matches:
        return ExistingInvoices()
    found_ids = np.fromiter((m[0] for m in matches), dtype=np.int64, count=len(matches))
    matched = np.zeros(len(uniques), dtype=bool)
    matched[found_ids] = True
    rows = np.zeros(len(parsed), dtype=bool)
    rows[eligible] = matched[identity]
    per_import: dict[int | None, set[int]] = {}
    for identity_id, import_id, _key in matches:
        per_import.setdefault(import_id, set()).add(identity_id)
    records = store.import_names(conn, [i for i in per_import if i is not None])
    none: tuple[str | None, str | None] = (None, None)  # lines stored without an import (the demo)
    earlier = [EarlierImport(i, *(records[i] if i in records else none), len(ids)) for i, ids in per_import.items()]
    earlier.sort(key=lambda e: (-e.invoices, e.import_id or 0))
    if not keys:
        return ExistingInvoices(int(matched.sum()), sum(m[2] for m in matches), earlier, rows)
    stored = np.unique(np.fromiter((m[2] for m in matches), dtype=np.int64, count=len(matches)))
    return ExistingInvoices(int(matched.sum()), len(stored), earlier, rows, stored)
