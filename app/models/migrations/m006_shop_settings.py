"""Schema for the shop settings of issue 9: an index that covers what the segment figures read when
returns count against a customer's value (File > Shop settings, the default), so that they read this
narrow index instead of the customers table, as they do with migration 4's index when returns do not
count (200,000 customers: ~1.0 s down to ~0.55 s on a busy machine). The settings themselves are
key/value rows and JSON, which need no schema."""

SQL = ("CREATE INDEX IF NOT EXISTS customers_purchases_net "
       "ON customers(last_purchase, first_purchase, invoices, revenue, returns)")


def apply(conn) -> None:
    conn.execute(SQL)
