"""Schema version 1: shop settings, customers (with the figures derived from their sales), products
and categories, sales lines, imports, remembered column mappings, and per-customer aggregates."""

SQL = """
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE imports (
    id              INTEGER PRIMARY KEY,
    file_name       TEXT NOT NULL,
    file_hash       TEXT NOT NULL,          -- sha256 of the file's bytes
    file_size       INTEGER NOT NULL DEFAULT 0,
    sheet           TEXT,
    preset          TEXT,
    mapping         TEXT NOT NULL DEFAULT '{}',   -- JSON: field -> column header
    rows_read       INTEGER NOT NULL DEFAULT 0,
    lines_added     INTEGER NOT NULL DEFAULT 0,
    duplicates      INTEGER NOT NULL DEFAULT 0,
    rejected        INTEGER NOT NULL DEFAULT 0,
    cancelled_lines INTEGER NOT NULL DEFAULT 0,   -- lines of cancelled orders, not purchases
    lines_removed   INTEGER NOT NULL DEFAULT 0,   -- lines of earlier imports whose order is now cancelled
    customers_added INTEGER NOT NULL DEFAULT 0,
    customers_updated INTEGER NOT NULL DEFAULT 0,
    kind            TEXT NOT NULL DEFAULT 'sales',  -- 'sales' or 'customers' (a customer list)
    started_at      TEXT NOT NULL,
    finished_at     TEXT,
    elapsed_seconds REAL,
    undone_at       TEXT
);

CREATE TABLE categories (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE products (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,       -- the product code, or its name when there is no code
    code        TEXT,
    name        TEXT NOT NULL DEFAULT '',
    category_id INTEGER REFERENCES categories(id) ON DELETE SET NULL
);
CREATE INDEX products_category ON products(category_id);

CREATE TABLE customers (
    id                INTEGER PRIMARY KEY,
    code              TEXT,
    name              TEXT NOT NULL DEFAULT '',
    phone             TEXT,
    email             TEXT,
    birthday          TEXT,                 -- yyyy-mm-dd
    marketing_consent INTEGER NOT NULL DEFAULT 0,
    gender            TEXT,
    age_group         TEXT,
    marital_status    TEXT,
    income            TEXT,
    education         TEXT,
    occupation        TEXT,
    industry          TEXT,
    company_size      TEXT,
    lifestyle         TEXT,
    attitudes         TEXT,
    personal_values   TEXT,
    opinions          TEXT,
    interests         TEXT,
    purchase_driver   TEXT,
    preferred_channel TEXT,
    buying_occasion   TEXT,
    country           TEXT,
    province          TEXT,
    region            TEXT,
    district          TEXT,
    postcode          TEXT,
    address           TEXT,
    distance_km       REAL,
    tags              TEXT NOT NULL DEFAULT '',
    notes             TEXT NOT NULL DEFAULT '',
    -- figures derived from the sales lines, kept up to date by app.models.aggregates
    first_purchase    INTEGER,              -- sale time (seconds), first purchase
    last_purchase     INTEGER,
    invoices          INTEGER NOT NULL DEFAULT 0,   -- distinct purchase invoices
    purchase_lines    INTEGER NOT NULL DEFAULT 0,
    revenue           INTEGER NOT NULL DEFAULT 0,   -- purchases, in thousandths
    returns           INTEGER NOT NULL DEFAULT 0,   -- returns, negative, in thousandths
    return_lines      INTEGER NOT NULL DEFAULT 0,
    first_category_id INTEGER,
    main_channel      TEXT,
    search_text       TEXT NOT NULL DEFAULT '',     -- folded name, phone, email, code for search
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at        TEXT,
    import_id         INTEGER REFERENCES imports(id) ON DELETE SET NULL
);
CREATE UNIQUE INDEX customers_code ON customers(code) WHERE code IS NOT NULL;
CREATE INDEX customers_phone ON customers(phone) WHERE phone IS NOT NULL;
CREATE INDEX customers_email ON customers(email COLLATE NOCASE) WHERE email IS NOT NULL;
CREATE INDEX customers_name ON customers(name COLLATE NOCASE);
CREATE INDEX customers_revenue ON customers(revenue);
CREATE INDEX customers_last_purchase ON customers(last_purchase);
CREATE INDEX customers_first_purchase ON customers(first_purchase);
CREATE INDEX customers_invoices ON customers(invoices);

-- One row per sales line. customer_id 0 is a walk-in sale (no customer). The primary key clusters
-- the lines by customer, which is how they are read (history, aggregates); line_key is a stable
-- 63-bit hash of the line's content and its occurrence number, unique over the table.
CREATE TABLE sales (
    customer_id INTEGER NOT NULL,
    line_key    INTEGER NOT NULL,
    invoice     TEXT NOT NULL,
    sold_at     INTEGER NOT NULL,
    product_id  INTEGER,
    quantity    NUMERIC NOT NULL,
    unit_price  INTEGER NOT NULL,
    amount      INTEGER NOT NULL,           -- line total, negative for returns
    channel     TEXT,
    branch      TEXT,
    import_id   INTEGER,
    PRIMARY KEY (customer_id, line_key)
) WITHOUT ROWID;

CREATE TABLE customer_months (
    customer_id   INTEGER NOT NULL,
    month         INTEGER NOT NULL,         -- yyyymm
    invoices      INTEGER NOT NULL,
    revenue       INTEGER NOT NULL,
    returns       INTEGER NOT NULL,
    last_purchase INTEGER,
    PRIMARY KEY (customer_id, month)
) WITHOUT ROWID;

CREATE TABLE customer_categories (
    customer_id    INTEGER NOT NULL,
    category_id    INTEGER NOT NULL,
    purchase_lines INTEGER NOT NULL,
    revenue        INTEGER NOT NULL,
    first_purchase INTEGER NOT NULL,
    PRIMARY KEY (customer_id, category_id)
) WITHOUT ROWID;
CREATE INDEX customer_categories_category ON customer_categories(category_id);

-- What an import changed besides adding rows, so that undoing it can put things back: the sales lines it
-- removed (their order was cancelled since) and the previous values of customer attributes it changed.
CREATE TABLE import_removed_sales (
    import_id   INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
    customer_id INTEGER NOT NULL,
    line_key    INTEGER NOT NULL,
    invoice     TEXT NOT NULL,
    sold_at     INTEGER NOT NULL,
    product_id  INTEGER,
    quantity    NUMERIC NOT NULL,
    unit_price  INTEGER NOT NULL,
    amount      INTEGER NOT NULL,
    channel     TEXT,
    branch      TEXT,
    from_import INTEGER,
    PRIMARY KEY (import_id, customer_id, line_key)
) WITHOUT ROWID;

CREATE TABLE import_customer_changes (
    import_id   INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    previous    TEXT NOT NULL,              -- JSON: column -> value before the import
    PRIMARY KEY (import_id, customer_id)
) WITHOUT ROWID;

-- Column mappings the owner confirmed, per file shape (a hash of the normalised headers).
CREATE TABLE saved_mappings (
    signature TEXT PRIMARY KEY,
    mapping   TEXT NOT NULL,
    used_at   TEXT NOT NULL
);
"""


def apply(conn) -> None:
    for statement in SQL.split(";\n"):
        if statement.strip():
            conn.execute(statement)
