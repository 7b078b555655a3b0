-- Read models of the organisation slice (query-side dk.protokol.query.organisation). Each row holds
-- one view's state as deterministic JSON, so a rebuild writes byte-identical rows; the projections'
-- reset handlers empty these tables. Portable: PostgreSQL and H2 (MODE=PostgreSQL).

-- processing group "bodies": one row per body, its whole history in business time
CREATE TABLE body_view (
    id    VARCHAR(36) NOT NULL,
    state TEXT        NOT NULL,
    CONSTRAINT pk_body_view PRIMARY KEY (id)
);

-- processing group "people": one row per person (personal data: name, e-mail, phone)
CREATE TABLE person_view (
    id    VARCHAR(36) NOT NULL,
    state TEXT        NOT NULL,
    CONSTRAINT pk_person_view PRIMARY KEY (id)
);
