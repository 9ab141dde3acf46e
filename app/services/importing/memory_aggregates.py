"""The per-customer figures of `app.models.aggregates`, computed with numpy from lines held in memory
(the lines an import is adding, when their customers had no line before), so that a big import does
not scan the sales table again. The definitions are those of `aggregates.refresh`, and a test checks
that both give the same rows.

Every figure is a group reduction: rows are ordered by customer once (an import's lines already
are), customers are then contiguous runs; (customer, month), (customer, category) and (customer,
channel) groups are numbered by factorising a packed integer key."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

_NO_TIME_LOW = np.iinfo(np.int64).max
_NO_TIME_HIGH = np.iinfo(np.int64).min


@dataclass
class Figures:
    customers: list[tuple]  # (first_purchase, last_purchase, invoices, purchase_lines, revenue, returns,
    #                          return_lines, first_category_id, main_channel, id)
    months: list[tuple]  # (customer_id, month, invoices, revenue, returns, last_purchase)
    categories: list[tuple]  # (customer_id, category_id, purchase_lines, revenue, first_purchase)


def _yyyymm(month_numbers: np.ndarray) -> np.ndarray:
    """yyyymm of month numbers counted from January 1970 (`_month_numbers`)."""
    return (1970 + month_numbers // 12) * 100 + month_numbers % 12 + 1


def _month_numbers(seconds: np.ndarray) -> np.ndarray:
    """Months since January 1970 of each time."""
    return (seconds // 86400).astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)


def _times(values: np.ndarray, missing: int) -> list[int | None]:
    return [None if v == missing else v for v in values.tolist()]


def _distinct_counts(group: np.ndarray, item: np.ndarray, size: int) -> np.ndarray:
    """For each group 0..size-1, how many distinct items its rows have (items are >= -1)."""
    if not len(group):
        return np.zeros(size, dtype=np.int64)
    width = int(item.max()) + 2
    pairs = pd.unique(group * width + (item + 1))
    return np.bincount(pairs // width, minlength=size).astype(np.int64)


class _Groups:
    """Rows numbered by a group code 0..count-1 (from a packed int64 key), with sums and extremes."""

    def __init__(self, packed: np.ndarray):
        codes, uniques = pd.factorize(packed)
        order = np.argsort(uniques, kind="stable")  # groups in key order
        rank = np.empty(len(order), dtype=np.int64)
        rank[order] = np.arange(len(order))
        self.code = rank[codes]
        self.keys = uniques[order]
        self.count = len(order)

    def size(self, mask: np.ndarray | None = None) -> np.ndarray:
        code = self.code if mask is None else self.code[mask]
        return np.bincount(code, minlength=self.count).astype(np.int64)

    def sum(self, values: np.ndarray, mask: np.ndarray) -> np.ndarray:
        result = np.zeros(self.count, dtype=np.int64)
        np.add.at(result, self.code[mask], values[mask])
        return result

    def min(self, values: np.ndarray, mask: np.ndarray, empty: int) -> np.ndarray:
        result = np.full(self.count, empty, dtype=np.int64)
        np.minimum.at(result, self.code[mask], values[mask])
        return result

    def max(self, values: np.ndarray, mask: np.ndarray, empty: int) -> np.ndarray:
        result = np.full(self.count, empty, dtype=np.int64)
        np.maximum.at(result, self.code[mask], values[mask])
        return result


def _first_per_customer(customer_index: np.ndarray, order: np.ndarray, count: int) -> np.ndarray:
    """For each customer index, the position (in `order`, a permutation of groups sorted by customer
    first) of its first group; -1 when it has none."""
    chosen = np.full(count, -1, dtype=np.int64)
    ordered = customer_index[order]
    first = np.ones(len(ordered), dtype=bool)
    first[1:] = ordered[1:] != ordered[:-1]
    chosen[ordered[first]] = order[first]
    return chosen


def compute(customer: np.ndarray, invoice: np.ndarray, sold_at: np.ndarray, quantity: np.ndarray,
            amount: np.ndarray, category: np.ndarray, channel: np.ndarray | None,
            channel_names: np.ndarray | None) -> Figures:
    """Figures of every customer that has a line here (customer ids > 0; invoice, category and channel
    as integer codes, -1 for none)."""
    keep = customer > 0
    c, inv, t, amt, cat = customer[keep], invoice[keep], sold_at[keep], amount[keep], category[keep]
    q = quantity[keep]
    ch = channel[keep] if channel is not None and channel_names is not None and len(channel_names) else None
    if len(c) and (np.diff(c) < 0).any():
        order = np.argsort(c, kind="stable")
        c, inv, t, amt, cat, q = c[order], inv[order], t[order], amt[order], cat[order], q[order]
        ch = ch[order] if ch is not None else None
    purchase = (q > 0) & (amt > 0)
    returned = amt < 0

    # customers: contiguous runs of the sorted ids
    starts = np.flatnonzero(np.r_[True, c[1:] != c[:-1]]) if len(c) else np.empty(0, dtype=np.int64)
    ids = c[starts]
    count = len(ids)
    person = np.repeat(np.arange(count, dtype=np.int64), np.diff(np.r_[starts, len(c)]))
    if count:
        first = np.minimum.reduceat(np.where(purchase, t, _NO_TIME_LOW), starts)
        last = np.maximum.reduceat(np.where(purchase, t, _NO_TIME_HIGH), starts)
        lines = np.add.reduceat(purchase.astype(np.int64), starts)
        revenue = np.add.reduceat(np.where(purchase, amt, 0), starts)
        returns = np.add.reduceat(np.where(returned, amt, 0), starts)
        return_lines = np.add.reduceat(returned.astype(np.int64), starts)
    else:
        first = last = lines = revenue = returns = return_lines = np.empty(0, dtype=np.int64)
    invoices = _distinct_counts(person[purchase], inv[purchase], count)

    # categories bought: (customer, category) groups of purchases
    bought = purchase & (cat >= 0)
    width = max(1, int(cat.max()) + 1) if len(cat) else 1
    cats = _Groups(person[bought] * width + cat[bought])
    cat_person, cat_id = cats.keys // width, cats.keys % width
    everything = np.ones(int(bought.sum()), dtype=bool)
    cat_lines = cats.size()
    cat_revenue = cats.sum(amt[bought], everything)
    cat_first = cats.min(t[bought], everything, _NO_TIME_LOW)
    # first category: the category of the first purchase (ties: the one they spent most on, then id)
    by_rank = np.lexsort((cat_id, -cat_revenue, cat_first, cat_person))
    chosen = _first_per_customer(cat_person, by_rank, count)
    first_category: list[int | None] = [None] * count
    for index in np.flatnonzero(chosen >= 0).tolist():
        first_category[index] = int(cat_id[chosen[index]])

    # main channel: the channel of most purchases (ties: the first name)
    main_channel: list[str | None] = [None] * count
    if ch is not None:
        sold = purchase & (ch >= 0)
        names = np.asarray(channel_names, dtype=object)
        channels = _Groups(person[sold] * len(names) + ch[sold])
        chan_person, chan_id = channels.keys // len(names), channels.keys % len(names)
        name_rank = np.empty(len(names), dtype=np.int64)
        name_rank[sorted(range(len(names)), key=lambda i: names[i])] = np.arange(len(names))
        by_rank = np.lexsort((name_rank[chan_id], -channels.size(), chan_person))
        chosen = _first_per_customer(chan_person, by_rank, count)
        for index in np.flatnonzero(chosen >= 0).tolist():
            main_channel[index] = names[chan_id[chosen[index]]]

    customers = list(zip(
        _times(first, _NO_TIME_LOW), _times(last, _NO_TIME_HIGH), invoices.tolist(), lines.tolist(),
        revenue.tolist(), returns.tolist(), return_lines.tolist(), first_category, main_channel, ids.tolist(),
        strict=True))

    # months: every (customer, month) with a line, in that order
    month = _month_numbers(t)
    low = int(month.min()) if len(month) else 0
    span = (int(month.max()) - low + 1) if len(month) else 1
    months = _Groups(person * span + (month - low))
    month_person, month_number = months.keys // span, months.keys % span + low
    month_invoices = _distinct_counts(months.code[purchase], inv[purchase], months.count)
    month_revenue = months.sum(amt, purchase)
    month_returns = months.sum(amt, returned)
    month_last = months.max(t, purchase, _NO_TIME_HIGH)
    month_rows = list(zip(
        ids[month_person].tolist(), _yyyymm(month_number).tolist(),
        month_invoices.tolist(), month_revenue.tolist(), month_returns.tolist(), _times(month_last, _NO_TIME_HIGH),
        strict=True))
    category_rows = list(zip(ids[cat_person].tolist(), cat_id.tolist(), cat_lines.tolist(), cat_revenue.tolist(),
                             cat_first.tolist(), strict=True))
    return Figures(customers, month_rows, category_rows)
