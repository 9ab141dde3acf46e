"""What a write changed: the small frozen value every writing service returns, so that the UI can
announce it once (`app.ui.operations` runs the service, `app.ui.events` sends it) and each tab decides
whether to refresh. Anki's `OpChanges` is the model.

    def delete_customer(conn, customer_id) -> Written[int]:
        ...
        return Written(moved, Changes.of_customers([customer_id]) | Changes(sales=True))

A service that has nothing else to return returns the `Changes` itself; one that has a value returns
it as `Written(value, changes)` (or a result type of its own with a `changes` attribute, like the
import summary). `changes_of(result)` reads either.

Meaning of each part:
- customers: these customers' attributes or derived figures changed (`customer_ids`), or many or
  unknown ones (`all_customers`).
- sales: sales lines were added, removed or re-attributed; every figure computed from them is stale.
- segments: segment definitions or settings (saved segments, RFM thresholds, value tiers) changed.
- settings: the shop's business settings (name, currency, locale, demo flag) changed.
- shop: another shop file is open, or the open one was replaced (restore): everything is stale.
- personas, journeys, feedback, checklist: the data of those tabs changed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields, replace
from typing import Any, Generic, TypeVar

T = TypeVar("T")

# The parts that are plain flags (everything but the customers), in the order the hub announces them.
FLAGS = ("sales", "segments", "settings", "shop", "personas", "journeys", "feedback", "checklist")


@dataclass(frozen=True)
class Changes:
    customer_ids: frozenset[int] = field(default_factory=frozenset)
    all_customers: bool = False
    sales: bool = False
    segments: bool = False
    settings: bool = False
    shop: bool = False
    personas: bool = False
    journeys: bool = False
    feedback: bool = False
    checklist: bool = False

    @classmethod
    def of_customers(cls, ids: Iterable[int] | None = None, **flags: bool) -> Changes:
        """These customers changed (None: many or unknown ones), plus any other `flags`."""
        unknown = set(flags) - set(FLAGS)
        if unknown:
            raise TypeError(f"unknown parts of Changes: {sorted(unknown)}")
        parts = Changes(**{name: bool(flags.get(name, False)) for name in FLAGS})  # type: ignore[arg-type]
        if ids is None:
            return replace(parts, all_customers=True)
        return replace(parts, customer_ids=frozenset(int(i) for i in ids))

    @property
    def customers(self) -> bool:
        """Whether any customer changed."""
        return self.all_customers or bool(self.customer_ids)

    def customer_list(self) -> list[int]:
        """The changed customers' ids, sorted; [] when many or unknown ones changed (or none)."""
        return [] if self.all_customers else sorted(self.customer_ids)

    def touches_customer(self, customer_id: int) -> bool:
        return self.shop or self.all_customers or customer_id in self.customer_ids

    def __or__(self, other: Changes) -> Changes:
        if not isinstance(other, Changes):
            return NotImplemented
        everything = self.all_customers or other.all_customers
        values: dict[str, Any] = {name: getattr(self, name) or getattr(other, name) for name in FLAGS}
        return Changes(customer_ids=frozenset() if everything else self.customer_ids | other.customer_ids,
                       all_customers=everything, **values)

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


NOTHING = Changes()


@dataclass(frozen=True)
class Written(Generic[T]):
    """A writing service's value together with what it changed."""

    value: T
    changes: Changes


def changes_of(result: object) -> Changes:
    """What `result` (a service's return value) says changed: a `Changes`, or the `changes` attribute
    of a `Written` or of a result type of its own; NOTHING for anything else."""
    if isinstance(result, Changes):
        return result
    changes = getattr(result, "changes", None)
    return changes if isinstance(changes, Changes) else NOTHING


def value_of(result: object) -> object:
    """The value a service returned besides its changes (`Written.value`), else the result itself."""
    return result.value if isinstance(result, Written) else result
