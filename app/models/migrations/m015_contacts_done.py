"""The Overview's "This week" ticks: `contacts_done` keeps each contact the owner ticked as done, keyed by
the reason (slipping, detractor, large_purchase, birthday), the customer and the date of the event behind
it (the last purchase, the answer, the invoice, the birthday), so a new event brings the person back to
the list. Deleting a customer deletes their ticks."""

SQL = """
CREATE TABLE contacts_done (
    reason      TEXT NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    event_on    TEXT NOT NULL,                 -- YYYY-MM-DD
    done_on     TEXT NOT NULL,                 -- YYYY-MM-DD
    PRIMARY KEY (reason, customer_id, event_on)
) WITHOUT ROWID;
CREATE INDEX contacts_done_customer ON contacts_done(customer_id);
"""


def apply(conn) -> None:
    for statement in SQL.split(";\n"):
        if statement.strip():
            conn.execute(statement)
