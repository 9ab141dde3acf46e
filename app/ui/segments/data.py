"""What the Segments tab loaded (`SegmentData`): the overview of `app.services.segments` plus what
the customer lists need, in the two stages the tab loads."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from app.models import segments as segment_store


@dataclass
class SegmentData:
    """What the tab shows, in the shape of `app.services.segments.Overview`, plus what the customer
    lists need: each customer's code, name, phone and e-mail, and the figures as plain Python lists
    by customer id (built on the worker thread, so a list of thousands fills without numpy).

    Loaded in two stages: `load` (the figures, value, segments, tiers, grid, premium at risk) and
    `load_rest` (categories, saved segments, target table, movement); `complete` once both arrived."""

    overview: Any  # app.services.segments.Overview; categories, saved, targets, movement None until complete
    labels: dict[int, tuple]  # id -> (code, name, phone, email), customers with purchases
    position: dict[int, int]  # customer id -> index in the figures
    columns: dict[str, list]  # figure arrays as lists, same order as overview.figures
    complete: bool = False

    @classmethod
    def load(cls, conn, cancelled: Callable[[], bool] = lambda: False) -> SegmentData | None:
        """The first stage (`segments.load_first`) and the customers' labels; runs on a worker thread
        with its own connection."""
        from app.services import segments

        overview = segments.load_first(conn)
        if cancelled():
            return None
        figures = overview.figures
        labels = {row[0]: row[1:] for row in segment_store.customer_labels(conn)}
        columns = {name: getattr(figures, name).tolist() for name in (
            "customer_id", "recency_days", "frequency", "monetary", "first_day", "last_day", "r", "f", "m",
            "segment", "tier", "usual_gap_days")}
        position = {cid: i for i, cid in enumerate(columns["customer_id"])}
        return cls(overview, labels, position, columns)

    @staticmethod
    def load_rest(conn, figures, cancelled: Callable[[], bool] = lambda: False):
        """The second stage (`segments.load_rest`, worker thread); None when cancelled."""
        from app.services import segments

        return segments.load_rest(conn, figures, cancelled)

    def complete_with(self, rest) -> None:
        """Completes the overview with the second stage (`segments.OverviewRest`)."""
        rest.complete(self.overview)
        self.complete = True

    @property
    def figures(self):
        return self.overview.figures

    def member_rows(self, ids: Sequence[int], conn=None) -> list[dict]:
        """One record per customer, for MembersPanel. Customers without purchases (a hand-made rule
        can select them) are read from the shop file, in one query."""
        cols = self.columns
        labels = self.labels
        missing = [cid for cid in ids if cid not in labels] if conn is not None else []
        if missing:
            labels = {**labels, **{row[0]: row[1:] for row in segment_store.customer_labels(conn, missing)}}
        rows = []
        for cid in ids:
            i = self.position.get(cid)
            code, name, phone, email = labels.get(cid) or (None, None, None, None)
            row = {"customer_id": cid, "code": code, "name": name, "phone": phone, "email": email}
            if i is not None:
                row.update(segment=cols["segment"][i], tier=cols["tier"][i], purchases=cols["frequency"][i],
                           spend=cols["monetary"][i], first_day=cols["first_day"][i],
                           last_day=cols["last_day"][i], recency=cols["recency_days"][i],
                           usual_gap=cols["usual_gap_days"][i], r=cols["r"][i], f=cols["f"][i], m=cols["m"][i])
            rows.append(row)
        return rows
