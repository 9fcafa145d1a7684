-- Schema version 1 (SQLite): the entities of spec §1.
-- Every table: a surrogate key (id), the external id people and files use (unique), and row_hash, a
-- 64-bit hash of the row's content, so a re-import can tell "same row again" from "same id, new content".
-- Decimals (money, quantities, hours, scores) are INTEGER in units of 1/10,000 (see StoredDecimal): SQLite
-- has no decimal type, and integer SUM is exact (it fails on overflow instead of rounding). Dates are
-- TEXT yyyy-MM-dd, which sorts and compares correctly and works with SQLite's date functions.
-- Only a row's owning customer is a foreign key; optional references (dealer, staff, lead customer,
-- investment target) are external ids, so files can be imported in any order.

CREATE TABLE dealers (
    id                 INTEGER PRIMARY KEY,
    external_id        TEXT    NOT NULL UNIQUE,
    row_hash           INTEGER NOT NULL,
    name               TEXT,
    region             TEXT,
    tier               TEXT,
    outlets            INTEGER,
    coverage           INTEGER,
    sales_target       INTEGER,
    region_market_size INTEGER
) STRICT;

CREATE TABLE staff (
    id                       INTEGER PRIMARY KEY,
    external_id              TEXT    NOT NULL UNIQUE,
    row_hash                 INTEGER NOT NULL,
    name                     TEXT,
    role                     TEXT,
    capacity_hours_per_month INTEGER,
    skill_level              INTEGER
) STRICT;

CREATE TABLE customers (
    id                  INTEGER PRIMARY KEY,
    external_id         TEXT    NOT NULL UNIQUE,
    row_hash            INTEGER NOT NULL,
    name                TEXT,
    industry            TEXT,
    size_class          TEXT,
    region              TEXT,
    country             TEXT,
    acquisition_channel TEXT,
    dealer_id           TEXT,
    account_manager_id  TEXT,
    acquired_on         TEXT
) STRICT;

CREATE TABLE customer_attributes (
    customer_key INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    name         TEXT    NOT NULL,
    value        TEXT    NOT NULL,
    PRIMARY KEY (customer_key, name)
) STRICT, WITHOUT ROWID;

-- One row per order, or per order line when order_id groups several lines.
CREATE TABLE transactions (
    id           INTEGER PRIMARY KEY,
    external_id  TEXT    NOT NULL UNIQUE,
    row_hash     INTEGER NOT NULL,
    customer_key INTEGER NOT NULL REFERENCES customers (id),
    date         TEXT    NOT NULL,
    amount       INTEGER NOT NULL,
    margin       INTEGER,
    quantity     INTEGER,
    unit_price   INTEGER,
    order_id     TEXT,
    product      TEXT,
    category     TEXT,
    dealer_id    TEXT,
    channel      TEXT
) STRICT;
CREATE INDEX transactions_customer_date ON transactions (customer_key, date);
CREATE INDEX transactions_order ON transactions (order_id) WHERE order_id IS NOT NULL;

CREATE TABLE interactions (
    id           INTEGER PRIMARY KEY,
    external_id  TEXT    NOT NULL UNIQUE,
    row_hash     INTEGER NOT NULL,
    customer_key INTEGER NOT NULL REFERENCES customers (id),
    date         TEXT    NOT NULL,
    kind         TEXT    NOT NULL,
    cost         INTEGER,
    hours        INTEGER,
    staff_id     TEXT,
    outcome      TEXT,
    resolved_on  TEXT
) STRICT;
CREATE INDEX interactions_customer_date ON interactions (customer_key, date);

CREATE TABLE investments (
    id           INTEGER PRIMARY KEY,
    external_id  TEXT    NOT NULL UNIQUE,
    row_hash     INTEGER NOT NULL,
    date         TEXT    NOT NULL,
    amount       INTEGER NOT NULL,
    category     TEXT    NOT NULL,
    stage        TEXT    NOT NULL,
    target_kind  TEXT    NOT NULL,
    target_id    TEXT,
    plan_item_id TEXT,
    description  TEXT
) STRICT;
CREATE INDEX investments_date ON investments (date);

CREATE TABLE survey_responses (
    id                 INTEGER PRIMARY KEY,
    external_id        TEXT    NOT NULL UNIQUE,
    row_hash           INTEGER NOT NULL,
    customer_key       INTEGER NOT NULL REFERENCES customers (id),
    date               TEXT    NOT NULL,
    nps                INTEGER CHECK (nps BETWEEN 0 AND 10),
    satisfaction       INTEGER,
    satisfaction_scale INTEGER NOT NULL,
    comment            TEXT
) STRICT;
CREATE INDEX survey_responses_customer_date ON survey_responses (customer_key, date);

CREATE TABLE survey_dimension_scores (
    survey_key INTEGER NOT NULL REFERENCES survey_responses (id) ON DELETE CASCADE,
    dimension  TEXT    NOT NULL,
    score      INTEGER NOT NULL,
    PRIMARY KEY (survey_key, dimension)
) STRICT, WITHOUT ROWID;

CREATE TABLE leads (
    id             INTEGER PRIMARY KEY,
    external_id    TEXT    NOT NULL UNIQUE,
    row_hash       INTEGER NOT NULL,
    created        TEXT    NOT NULL,
    customer_id    TEXT,
    source_channel TEXT,
    closed_on      TEXT,
    outcome        TEXT    NOT NULL,
    amount         INTEGER
) STRICT;
