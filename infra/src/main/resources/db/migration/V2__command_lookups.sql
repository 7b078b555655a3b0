-- The command side's own lookups (never the query side's read models). Written by the subscribing
-- processing group "org-lookup" in the same transaction as the events they come from, and read by
-- command handlers for rules that reach beyond one aggregate: does the person or body exist, is the
-- body dissolved, would a REPORTS_TO relation close a cycle. Rebuilt from the events when empty
-- (OrgLookupRebuilder). Portable SQL for PostgreSQL and H2 (MODE=PostgreSQL).

CREATE TABLE cmd_body_lookup (
    body_id        UUID NOT NULL,
    established_on DATE,
    -- first day the body no longer exists; NULL while it exists
    dissolved_on   DATE,
    CONSTRAINT pk_cmd_body_lookup PRIMARY KEY (body_id)
);

CREATE TABLE cmd_person_lookup (
    person_id UUID NOT NULL,
    CONSTRAINT pk_cmd_person_lookup PRIMARY KEY (person_id)
);

-- The primary key also serves the cycle check, which follows REPORTS_TO edges from a source.
CREATE TABLE cmd_body_relation (
    source_id UUID        NOT NULL,
    relation  VARCHAR(32) NOT NULL,
    target_id UUID        NOT NULL,
    CONSTRAINT pk_cmd_body_relation PRIMARY KEY (source_id, relation, target_id)
);
