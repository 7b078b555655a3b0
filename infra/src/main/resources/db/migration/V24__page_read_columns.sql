-- Issue 15, item 2 (pages at scale): when the latest change of an action was recorded (the newest event's time, in
-- milliseconds since the epoch, rounded down), so that an answer as of an earlier instant reads only the rows that
-- changed since then (the others are as they were) instead of folding every action of a body from its events.
-- NULL in rows written before this version: such a row counts as changed since any instant (correct, only slower)
-- until the "actions" view is rebuilt. Portable: PostgreSQL and H2 (MODE=PostgreSQL).
ALTER TABLE action_view ADD COLUMN last_recorded_ms BIGINT;

-- The status of each meeting beside its minutes (MinutesProjection), so that the pages that list a body's meetings
-- still to be held, circulated or approved (the secretary's dashboard, the chair's page) read those rows only, not
-- the body's whole history. NULL in rows written before this version: such a row is read and its state decides, as
-- before, until the "minutes" view is rebuilt.
ALTER TABLE minutes_view ADD COLUMN status VARCHAR(32);
