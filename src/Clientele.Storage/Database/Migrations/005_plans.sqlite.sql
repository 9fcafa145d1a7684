-- Schema version 5 (SQLite): the plan-versus-actual loop.
-- Plan items get the customer's tier (from the tier cuts), the tier whose menu and rules the plan applied
-- (one higher when a complaint or satisfaction flag bumped the customer's segment), the option's cost category
-- and the account manager assigned; a plan records the plan it was proposed from. Evaluations keep the
-- recalibrated option effects and the whole evaluation, so the loop's history stays in the store.
-- Investments are booked against plan items by plan_item_id (an item's external_id); the index makes
-- "actual spend per item of plan P" a lookup instead of a scan of the ledger.

ALTER TABLE allocation_plans ADD COLUMN proposed_from TEXT;

ALTER TABLE allocation_plan_items ADD COLUMN tier TEXT;
ALTER TABLE allocation_plan_items ADD COLUMN menu_tier TEXT;
ALTER TABLE allocation_plan_items ADD COLUMN category TEXT;
ALTER TABLE allocation_plan_items ADD COLUMN staff_id TEXT;

CREATE INDEX investments_plan_item ON investments (plan_item_id) WHERE plan_item_id IS NOT NULL;

CREATE TABLE allocation_evaluations (
    id          INTEGER PRIMARY KEY,
    external_id TEXT    NOT NULL UNIQUE,
    plan_key    INTEGER NOT NULL REFERENCES allocation_plans (id) ON DELETE CASCADE,
    as_of       TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    effects     TEXT    NOT NULL,
    result      TEXT    NOT NULL
) STRICT;
CREATE INDEX allocation_evaluations_plan ON allocation_evaluations (plan_key);
