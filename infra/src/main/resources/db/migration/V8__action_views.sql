-- Read models of actions, cases across bodies and the evaluator figures (query-side
-- dk.protokol.query.{actions,cases,statistics}). As in V3 and V6, each row holds one view's state as
-- deterministic JSON beside the few columns the queries filter and sort on; the projections' reset handlers
-- empty these tables. Every row is written by the events of one aggregate only, so the projections may run
-- with several segments in parallel. Portable: PostgreSQL and H2 (MODE=PostgreSQL). Meeting times are local
-- Danish time, hence TIMESTAMP without time zone; due dates and completion days are business dates.

-- processing group "actions": one row per action (ActionItem), the columns as last recorded ...
CREATE TABLE action_view (
    id           VARCHAR(36) NOT NULL,
    body_id      VARCHAR(36) NOT NULL,
    meeting_id   VARCHAR(36),
    owner_id     VARCHAR(36),
    status       VARCHAR(16) NOT NULL,
    due_date     DATE,
    completed_on DATE,
    state        TEXT        NOT NULL,
    CONSTRAINT pk_action_view PRIMARY KEY (id)
);
-- the open-actions list (status, then soonest due), per body and per owner
CREATE INDEX ix_action_view_status_due ON action_view (status, due_date);
CREATE INDEX ix_action_view_body_status ON action_view (body_id, status, due_date);
CREATE INDEX ix_action_view_owner_status ON action_view (owner_id, status, due_date);

-- ... and the group's digest of each meeting: where and when actions were agreed, attendance and decisions
CREATE TABLE action_meeting (
    id       VARCHAR(36) NOT NULL,
    body_id  VARCHAR(36) NOT NULL,
    start_at TIMESTAMP   NOT NULL,
    state    TEXT        NOT NULL,
    CONSTRAINT pk_action_meeting PRIMARY KEY (id)
);
CREATE INDEX ix_action_meeting_body_start ON action_meeting (body_id, start_at);

-- processing group "cases": its own digest of each meeting and copy of each action (the same folds as the
-- "actions" group, kept apart so that either view can be rebuilt alone) ...
CREATE TABLE case_meeting (
    id       VARCHAR(36) NOT NULL,
    body_id  VARCHAR(36) NOT NULL,
    start_at TIMESTAMP   NOT NULL,
    state    TEXT        NOT NULL,
    CONSTRAINT pk_case_meeting PRIMARY KEY (id)
);

CREATE TABLE case_action (
    id         VARCHAR(36) NOT NULL,
    meeting_id VARCHAR(36),
    item_id    VARCHAR(36),
    state      TEXT        NOT NULL,
    CONSTRAINT pk_case_action PRIMARY KEY (id)
);
CREATE INDEX ix_case_action_item ON case_action (meeting_id, item_id);

-- ... and the links of a case, keyed by referral id: the item it was referred from (written by the
-- referring meeting's events) ...
CREATE TABLE case_referral (
    referral_id     VARCHAR(36) NOT NULL,
    from_body_id    VARCHAR(36) NOT NULL,
    from_meeting_id VARCHAR(36) NOT NULL,
    from_item_id    VARCHAR(36) NOT NULL,
    from_start_at   TIMESTAMP   NOT NULL,
    target_body_id  VARCHAR(36) NOT NULL,
    CONSTRAINT pk_case_referral PRIMARY KEY (referral_id)
);
CREATE INDEX ix_case_referral_target ON case_referral (target_body_id, from_start_at);
CREATE INDEX ix_case_referral_from_meeting ON case_referral (from_meeting_id);

-- ... and the items that took it onto another body's agenda (written by the accepting meeting's events);
-- active = false once the item is withdrawn or its meeting cancelled: the case then waits again
CREATE TABLE case_acceptance (
    referral_id VARCHAR(36) NOT NULL,
    meeting_id  VARCHAR(36) NOT NULL,
    item_id     VARCHAR(36) NOT NULL,
    active      BOOLEAN     NOT NULL,
    CONSTRAINT pk_case_acceptance PRIMARY KEY (referral_id, meeting_id, item_id)
);
CREATE INDEX ix_case_acceptance_meeting ON case_acceptance (meeting_id);
