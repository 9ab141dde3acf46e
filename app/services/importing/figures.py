"""The per-customer figures of `app.models.aggregates`, computed with pandas from lines held in memory
(the lines an import is adding, when their customers had no line before), so that a big import does
not scan the sales table again. The definitions are those of `aggregates.refresh`, and a test checks
that both give the same rows."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd


@dataclass
class Figures:
    customers: list[tuple]  # (first_purchase, last_purchase, invoices, purchase_lines, revenue, returns,
    #                          return_lines, first_category_id, main_channel, id)
    months: list[tuple]  # (customer_id, month, invoices, revenue, returns, last_purchase)
    categories: list[tuple]  # (customer_id, category_id, purchase_lines, revenue, first_purchase)


def months_of(seconds: np.ndarray) -> np.ndarray:
    """yyyymm of each time (seconds since 1970)."""
    months = (seconds // 86400).astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)
    return (1970 + months // 12) * 100 + months % 12 + 1


def _none(values: np.ndarray) -> list:
    """Floats with NaN -> Python ints with None."""
    return [None if v != v else int(v) for v in values.tolist()]


def compute(customer: np.ndarray, invoice: np.ndarray, sold_at: np.ndarray, quantity: np.ndarray,
            amount: np.ndarray, category: np.ndarray, channel: np.ndarray | None,
            channel_names: np.ndarray | None) -> Figures:
    """Figures of every customer that has a line here (customer ids > 0; invoice, category and channel
    as integer codes, -1 for none)."""
    frame = pd.DataFrame({"c": customer, "inv": invoice, "t": sold_at, "amt": amount,
                          "cat": category, "m": months_of(sold_at)})
    frame = frame[frame["c"] > 0]
    purchase = ((quantity[customer > 0] > 0) & (amount[customer > 0] > 0))
    returned = amount[customer > 0] < 0
    buys = frame[purchase]
    backs = frame[returned]
    ids = np.unique(frame["c"].to_numpy())

    grouped = buys.groupby("c")
    table = pd.DataFrame(index=pd.Index(ids, name="c"))
    table["first"] = grouped["t"].min()
    table["last"] = grouped["t"].max()
    table["invoices"] = buys.drop_duplicates(["c", "inv"]).groupby("c").size()
    table["lines"] = grouped.size()
    table["revenue"] = grouped["amt"].sum()
    back = backs.groupby("c")["amt"]
    table["returns"] = back.sum()
    table["return_lines"] = back.size()

    cats = buys[buys["cat"] >= 0].groupby(["c", "cat"]).agg(
        lines=("t", "size"), revenue=("amt", "sum"), first=("t", "min")).reset_index()
    first_cat = cats.sort_values(["c", "first", "revenue", "cat"], ascending=[True, True, False, True]) \
        .drop_duplicates("c").set_index("c")["cat"]
    table["first_category"] = first_cat
    if channel is not None and channel_names is not None and len(channel_names):
        chan = pd.DataFrame({"c": customer, "ch": channel})[(customer > 0) & (quantity > 0) & (amount > 0)
                                                            & (channel >= 0)]
        counts = chan.groupby(["c", "ch"]).size().rename("n").reset_index()
        counts["name"] = np.asarray(channel_names, dtype=object)[counts["ch"].to_numpy()]
        main = counts.sort_values(["c", "n", "name"], ascending=[True, False, True]).drop_duplicates("c")
        table["channel"] = main.set_index("c")["name"]
    else:
        table["channel"] = None
    zero = table[["invoices", "lines", "revenue", "returns", "return_lines"]].fillna(0).astype(np.int64)
    customers = list(zip(
        _none(table["first"].to_numpy(dtype=float)), _none(table["last"].to_numpy(dtype=float)),
        zero["invoices"].tolist(), zero["lines"].tolist(), zero["revenue"].tolist(), zero["returns"].tolist(),
        zero["return_lines"].tolist(), _none(table["first_category"].to_numpy(dtype=float)),
        [None if (v is None or v != v) else v for v in table["channel"].tolist()],
        table.index.tolist(), strict=True))

    keys = ["c", "m"]
    months = pd.DataFrame(index=frame.groupby(keys).size().index)
    month_buys = buys.groupby(keys)
    months["invoices"] = buys.drop_duplicates(["c", "m", "inv"]).groupby(keys).size()
    months["revenue"] = month_buys["amt"].sum()
    months["returns"] = backs.groupby(keys)["amt"].sum()
    months["last"] = month_buys["t"].max()
    filled = months[["invoices", "revenue", "returns"]].fillna(0).astype(np.int64)
    month_rows = list(zip(
        months.index.get_level_values(0).tolist(), months.index.get_level_values(1).tolist(),
        filled["invoices"].tolist(), filled["revenue"].tolist(), filled["returns"].tolist(),
        _none(months["last"].to_numpy(dtype=float)), strict=True))
    category_rows = list(zip(cats["c"].tolist(), cats["cat"].tolist(), cats["lines"].tolist(),
                             cats["revenue"].tolist(), cats["first"].tolist(), strict=True))
    return Figures(customers, month_rows, category_rows)
