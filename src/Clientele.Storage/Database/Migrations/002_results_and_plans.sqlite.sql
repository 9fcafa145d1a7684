-- Schema version 2 (SQLite): what later commands write — analysis snapshots and allocation plans.
-- Model outputs (P(alive), expected purchases, CLV) are REAL: they are estimates computed in double
-- precision, not booked money, so storing them as doubles loses nothing.

CREATE TABLE analysis_runs (
    id          INTEGER PRIMARY KEY,
    external_id TEXT    NOT NULL UNIQUE,
    as_of       TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    time_unit   TEXT    NOT NULL,
    settings    TEXT
) STRICT;
CREATE INDEX analysis_runs_as_of ON analysis_runs (as_of);

-- One row per customer and run; (run_key, customer_key) is its key.
CREATE TABLE analysis_results (
    id                 INTEGER PRIMARY KEY,
    run_key            INTEGER NOT NULL REFERENCES analysis_runs (id) ON DELETE CASCADE,
    customer_key       INTEGER NOT NULL REFERENCES customers (id),
    frequency          INTEGER NOT NULL,
    recency            REAL    NOT NULL,
    age                REAL    NOT NULL,
    monetary_value     REAL,
    total_amount       INTEGER NOT NULL,
    r_score            INTEGER,
    f_score            INTEGER,
    m_score            INTEGER,
    segment            TEXT,
    p_alive            REAL,
    expected_purchases REAL,
    clv                REAL,
    UNIQUE (run_key, customer_key)
) STRICT;

CREATE TABLE allocation_plans (
    id           INTEGER PRIMARY KEY,
    external_id  TEXT    NOT NULL UNIQUE,
    period_start TEXT    NOT NULL,
    period_end   TEXT    NOT NULL,
    inputs       TEXT    NOT NULL,
    status       TEXT    NOT NULL,
    created_by   TEXT,
    created_at   TEXT    NOT NULL
) STRICT;

CREATE TABLE allocation_plan_items (
    id             INTEGER PRIMARY KEY,
    external_id    TEXT    NOT NULL UNIQUE,
    plan_key       INTEGER NOT NULL REFERENCES allocation_plans (id) ON DELETE CASCADE,
    target_kind    TEXT    NOT NULL,
    target_id      TEXT,
    action         TEXT    NOT NULL,
    cost           INTEGER NOT NULL,
    hours          INTEGER NOT NULL,
    expected_value INTEGER
) STRICT;
CREATE INDEX allocation_plan_items_plan ON allocation_plan_items (plan_key);
