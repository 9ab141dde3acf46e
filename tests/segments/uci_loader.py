"""Test-only loader of the UCI Online Retail CSV into a shop file, until the real importer lands:
pandas -> app.models.sales.insert_lines -> app.models.aggregates.refresh, following REFERENCE.md and
docs/architecture.md (C-invoices are returns stored as negative lines, lines without a CustomerID are
walk-in sales, money in thousandths, times in local seconds, every line kept)."""

from __future__ import annotations

from pathlib import Path

import numpy as np


def load_online_retail(conn, csv_path: Path, before: str | None = None) -> None:
    """Loads the file (only the lines dated before `before`, an ISO date, when given)."""
    import pandas as pd

    from app.models import aggregates, customers, db, sales

    frame = pd.read_csv(csv_path, dtype={"InvoiceNo": str, "StockCode": str, "Description": str})
    when = pd.to_datetime(frame["InvoiceDate"], format="%Y-%m-%d %H:%M:%S")
    if before is not None:
        frame, when = frame[when < pd.Timestamp(before)].reset_index(drop=True), when[when < pd.Timestamp(before)]
    seconds = ((when - pd.Timestamp(1970, 1, 1)) // pd.Timedelta(seconds=1)).to_numpy().astype(np.int64)
    price = np.round(frame["UnitPrice"].to_numpy() * 1000).astype(np.int64)
    quantity = frame["Quantity"].to_numpy().astype(np.int64)
    has_customer = frame["CustomerID"].notna().to_numpy()
    codes = frame["CustomerID"].fillna(0).astype(np.int64).to_numpy()
    customer_codes = np.unique(codes[has_customer])
    with db.transaction(conn):
        country = frame[has_customer].drop_duplicates("CustomerID").set_index("CustomerID")["Country"]
        ids = np.array([customers.create(conn, {"code": str(int(c)), "country": country.get(float(c))})
                        for c in customer_codes.tolist()], dtype=np.int64)
        customer_id = np.where(has_customer, ids[np.searchsorted(customer_codes, codes)], 0)
        order = np.lexsort((np.arange(len(frame)), customer_id))
        rows = zip(
            customer_id[order].tolist(), order.tolist(), frame["InvoiceNo"].to_numpy()[order].tolist(),
            seconds[order].tolist(), [None] * len(order), quantity[order].tolist(), price[order].tolist(),
            (quantity * price)[order].tolist(), [None] * len(order), [None] * len(order), [None] * len(order),
            strict=True,
        )
        sales.insert_lines(conn, rows)
        aggregates.refresh(conn)
