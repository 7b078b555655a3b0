-- The command side's lookups for meetings (issue 3), beside those of V2 and written the same way: by the
-- subscribing processing group "org-lookup", in the same transaction as the events they come from.
-- Portable SQL for PostgreSQL and H2 (MODE=PostgreSQL).

-- A body's quorum (beslutningsdygtighed): the fewest voting members present for a decision; NULL = none.
ALTER TABLE cmd_body_lookup ADD COLUMN quorum INTEGER;

-- Who sits in which body in which role, one row per role period: from an appointment or role change
-- (valid_from) to the day before the next change or the membership's last day (valid_to, inclusive;
-- NULL while it runs). Role changes and endings concern the person's latest membership, as in the Body
-- aggregate; role changes are strictly later than the previous one, so valid_from is unique per person.
-- The primary key serves both "roles of a person in a body on a day" and "members of a body on a day".
CREATE TABLE cmd_member_role (
    body_id    UUID        NOT NULL,
    person_id  UUID        NOT NULL,
    role       VARCHAR(32) NOT NULL,
    valid_from DATE        NOT NULL,
    valid_to   DATE,
    CONSTRAINT pk_cmd_member_role PRIMARY KEY (body_id, person_id, valid_from)
);

-- Which body a meeting belongs to (authorisation before the meeting is loaded; approval at another meeting).
CREATE TABLE cmd_meeting_lookup (
    meeting_id UUID NOT NULL,
    body_id    UUID NOT NULL,
    CONSTRAINT pk_cmd_meeting_lookup PRIMARY KEY (meeting_id)
);

-- The lookups are derived data. Emptying the V2 tables makes OrgLookupRebuilder refill all of them from the
-- events at the next start-up, so a store written before this version gets its memberships and quorums too.
DELETE FROM cmd_body_relation;
DELETE FROM cmd_body_lookup;
DELETE FROM cmd_person_lookup;
