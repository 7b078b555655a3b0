-- Read models of meetings and minutes (query-side dk.protokol.query.minutes). As in V3, each row holds
-- one meeting's state as deterministic JSON (people and bodies by id only: names are looked up when the
-- minutes are read), beside the few columns the queries filter and sort on. The projections' reset
-- handlers empty these tables. Portable: PostgreSQL and H2 (MODE=PostgreSQL). Meeting times are local
-- Danish time (Europe/Copenhagen), hence TIMESTAMP without time zone.

-- processing group "minutes": one row per meeting
CREATE TABLE minutes_view (
    id                     VARCHAR(36) NOT NULL,
    body_id                VARCHAR(36) NOT NULL,
    start_at               TIMESTAMP   NOT NULL,
    -- the meeting at which these minutes were approved, so that one can list the minutes approved there
    approved_at_meeting_id VARCHAR(36),
    state                  TEXT        NOT NULL,
    CONSTRAINT pk_minutes_view PRIMARY KEY (id)
);
CREATE INDEX ix_minutes_view_body_start ON minutes_view (body_id, start_at);
CREATE INDEX ix_minutes_view_start ON minutes_view (start_at);
CREATE INDEX ix_minutes_view_approved_at ON minutes_view (approved_at_meeting_id);

-- processing group "decisions": the group's own copy of each meeting's state (the same fold as the
-- minutes, kept apart so that either view can be rebuilt alone) ...
CREATE TABLE decision_meeting (
    id    VARCHAR(36) NOT NULL,
    state TEXT        NOT NULL,
    CONSTRAINT pk_decision_meeting PRIMARY KEY (id)
);

-- ... and the decision register derived from it: one row per decision. Full-text search on these
-- rows is vendor-specific (db/vendor/{postgresql,h2}/V7__decision_search.sql).
CREATE TABLE decision_register (
    decision_id   VARCHAR(36) NOT NULL,
    meeting_id    VARCHAR(36) NOT NULL,
    body_id       VARCHAR(36) NOT NULL,
    meeting_start TIMESTAMP   NOT NULL,
    -- order of the decision within its meeting: agenda order, then order of recording
    position      INTEGER     NOT NULL,
    item_id       VARCHAR(36) NOT NULL,
    item_number   INTEGER,
    item_title    TEXT,
    decision_text TEXT        NOT NULL,
    outcome       VARCHAR(16),
    CONSTRAINT pk_decision_register PRIMARY KEY (decision_id)
);
CREATE INDEX ix_decision_register_meeting ON decision_register (meeting_id);
CREATE INDEX ix_decision_register_body_start ON decision_register (body_id, meeting_start);
CREATE INDEX ix_decision_register_start ON decision_register (meeting_start);
