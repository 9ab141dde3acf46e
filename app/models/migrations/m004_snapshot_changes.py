"""Schema version 4: what makes refreshing the monthly segment snapshots after an import cost one
month's work instead of a pass over every customer_months row.

- `aggregate_month_changes` holds one number: the earliest month whose customer_months rows changed
  since the snapshots were last brought up to date (NULL: none). Every writer of customer_months
  lowers it (`app.models.aggregates.mark_months_changed`); the snapshot refresh recomputes from there
  and clears it. Files coming from version 3 start with 0: everything is recomputed once.
- `segment_snapshot_months.state`: for the latest snapshot month only, each customer's cumulative
  invoices, revenue and last purchase at that month's end (int64 arrays), so the next month starts
  from it instead of summing every earlier month. Deleting a customer clears it (trigger), since it
  holds their figures.
- an index on customer_months by month (covering what the snapshots read), so reading the months
  from the one that changed reads those rows only; and a covering index of the customers' purchase
  figures, which the segment figures read (half the time of a scan of the wide customers table).

The module is named for its main content; schema version 4 is all of the above."""

SQL = """
CREATE TABLE aggregate_month_changes (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    from_month INTEGER                      -- yyyymm; NULL: no change since the last snapshot refresh
);
INSERT INTO aggregate_month_changes (id, from_month) VALUES (1, 0);
ALTER TABLE segment_snapshot_months ADD COLUMN state BLOB;
CREATE TRIGGER segment_snapshot_state_forget_customer AFTER DELETE ON customers
BEGIN UPDATE segment_snapshot_months SET state = NULL WHERE state IS NOT NULL; END;
CREATE INDEX customer_months_by_month ON customer_months(month, invoices, revenue, last_purchase);
CREATE INDEX customers_purchases ON customers(last_purchase, first_purchase, invoices, revenue);
"""


def apply(conn) -> None:
    for statement in SQL.split(";\n"):
        if statement.strip():
            conn.execute(statement)
