-- The command side's lookups for actions and referred cases (issue 4), beside those of V2 and V5 and written
-- the same way: by the subscribing processing group "org-lookup", in the same transaction as the events they
-- come from. Portable SQL for PostgreSQL and H2 (MODE=PostgreSQL).

-- Which body follows an action up and who owns it now: the access checks before the ActionItem is loaded
-- (the owner reports progress on and completes their own action; the body's secretary and chair do everything).
CREATE TABLE cmd_action_lookup (
    action_id UUID NOT NULL,
    body_id   UUID NOT NULL,
    owner_id  UUID NOT NULL,
    CONSTRAINT pk_cmd_action_lookup PRIMARY KEY (action_id)
);

-- The day a meeting is held (its start, local Danish time), kept through reschedules: an action is not due or
-- completed before the meeting that agreed it.
ALTER TABLE cmd_meeting_lookup ADD COLUMN meeting_day DATE;

-- The title of every agenda item as last added or amended, so that a referred case lands on the target body's
-- agenda under the title it had where it came from.
CREATE TABLE cmd_agenda_item_lookup (
    meeting_id UUID NOT NULL,
    item_id    UUID NOT NULL,
    title      TEXT NOT NULL,
    CONSTRAINT pk_cmd_agenda_item_lookup PRIMARY KEY (meeting_id, item_id)
);

-- A case referred (henvist) to another body: where it came from, what the target body is asked to do (note),
-- and the item that took it onto one of the target body's agendas. accepted_* are NULL while the case waits,
-- and again once that item is withdrawn or its meeting cancelled (the case then waits again).
CREATE TABLE cmd_referral_lookup (
    referral_id         UUID NOT NULL,
    from_meeting_id     UUID NOT NULL,
    from_item_id        UUID NOT NULL,
    target_body_id      UUID NOT NULL,
    note                TEXT NOT NULL,
    accepted_meeting_id UUID,
    accepted_item_id    UUID,
    CONSTRAINT pk_cmd_referral_lookup PRIMARY KEY (referral_id)
);
CREATE INDEX ix_cmd_referral_lookup_accepted ON cmd_referral_lookup (accepted_meeting_id, accepted_item_id);

-- The lookups are derived data. Emptying them makes OrgLookupRebuilder refill all of them from the events at the
-- next start-up, so a store written before this version gets its actions, meeting days, titles and referrals.
DELETE FROM cmd_member_role;
DELETE FROM cmd_meeting_lookup;
DELETE FROM cmd_body_relation;
DELETE FROM cmd_body_lookup;
DELETE FROM cmd_person_lookup;
