-- Schema version 4 (SQLite): who may use the web server — users (browser log-in) and API keys (scripts) —
-- and the indexes the REST API's customer search and value tiers read through.
-- Passwords are stored only as ASP.NET Core Identity PasswordHasher hashes (PBKDF2, salted); an API key
-- only as the SHA-256 of its secret part, looked up by its public key id.

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL UNIQUE,
    role          TEXT    NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
    password_hash TEXT    NOT NULL,
    created_at    TEXT    NOT NULL
) STRICT;

CREATE TABLE api_keys (
    id          INTEGER PRIMARY KEY,
    key_id      TEXT    NOT NULL UNIQUE,
    name        TEXT    NOT NULL,
    role        TEXT    NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
    secret_hash TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    revoked_at  TEXT
) STRICT;

-- Customer search: the id prefix reads the UNIQUE index on external_id; the name prefix (LIKE, which is
-- case-insensitive for ASCII in SQLite) can only use an index built with the NOCASE collation.
CREATE INDEX customers_name_nocase ON customers (name COLLATE NOCASE);

-- Value tiers cut a run's customers by CLV rank; this index finds the k-th largest CLV without sorting.
CREATE INDEX analysis_results_run_clv ON analysis_results (run_key, clv);
