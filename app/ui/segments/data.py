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
        """The first stage; runs on a worker thread with its own connection."""
        from app.models import settings as shop_settings
        from app.services import segments
        from app.services.segments import figures as figure_store
        from app.services.segments import value

        figure_store.ensure_fresh(conn)
        figures = figure_store.compute(conn)
        if cancelled():
            return None
        conf = shop_settings.get_all(conn)
        overview = segments.Overview(
            figures=figures, value=value.customer_value(figures), segments=value.segment_summaries(figures),
            tiers=value.tier_summaries(figures), grid=value.rf_grid(figures), at_risk=value.premium_at_risk(figures),
            categories=None, saved=None, targets=None, movement=None,
            currency=conf.get("currency", "VND"), locale=conf.get("locale", "vi_VN"))
        labels = {row[0]: row[1:] for row in segment_store.customer_labels(conn)}
        columns = {name: getattr(figures, name).tolist() for name in (
            "customer_id", "recency_days", "frequency", "monetary", "first_day", "last_day", "r", "f", "m",
            "segment", "tier", "usual_gap_days")}
        position = {cid: i for i, cid in enumerate(columns["customer_id"])}
        return cls(overview, labels, position, columns)

    @staticmethod
    def load_rest(conn, figures, cancelled: Callable[[], bool] = lambda: False) -> dict | None:
        """The second stage (worker thread): what load_overview adds to the figures."""
        from app.services import segments

        segments.refresh_snapshots(conn)
        rest = {"categories": segments.category_ranking(conn), "saved": segments.saved_segments(conn)}
        if cancelled():
            return None
        rest["targets"] = segments.target_table(conn, figures=figures)
        rest["movement"] = segments.movement(conn)
        return rest

    def complete_with(self, rest: dict) -> None:
        for name, value in rest.items():
            setattr(self.overview, name, value)
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
