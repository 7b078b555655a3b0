-- A body's quorum by the day (issue 10): the command side's lookup kept only the quorum given last
-- (cmd_body_lookup.quorum), so a meeting's quorum ignored the meeting's day. Written, like the other lookups, by the
-- subscribing processing group "org-lookup" in the same transaction as the events (OrgLookupUpdater): a row from
-- the establishment (BodyEstablished's quorum) and one from each BodyQuorumChanged's day; a change from the same
-- day replaces the row. quorum NULL: no quorum from that day. Portable SQL for PostgreSQL and H2 (MODE=PostgreSQL).
-- The primary key serves "the latest row on or before a day" (OrganisationLookup.quorumOn).
CREATE TABLE cmd_body_quorum (
    body_id  UUID    NOT NULL,
    from_day DATE    NOT NULL,
    quorum   INTEGER,
    CONSTRAINT pk_cmd_body_quorum PRIMARY KEY (body_id, from_day)
);

-- The lookups are derived data. Emptying every one of them makes OrgLookupRebuilder refill them all from the
-- events at the next start-up (CommandLookupStartup, before commands are taken), so a store written before this
-- version gets each body's whole quorum history, and cmd_body_relation is recorded again through the events as
-- they read now (BodyRelationDeclared of revision 1 upcast to 2: a relation from the establishment).
DELETE FROM cmd_referral_lookup;
DELETE FROM cmd_agenda_item_lookup;
DELETE FROM cmd_action_lookup;
DELETE FROM cmd_member_role;
DELETE FROM cmd_meeting_joint_body;
DELETE FROM cmd_meeting_lookup;
DELETE FROM cmd_body_relation;
DELETE FROM cmd_body_lookup;
DELETE FROM cmd_person_lookup;
