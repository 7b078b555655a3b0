-- Local accounts and the answers remembered for Idempotency-Key. One portable script: PostgreSQL in
-- production, H2 (MODE=PostgreSQL, DATABASE_TO_LOWER) as the embedded default.

-- Accounts are not events: they hold password hashes, which must be replaceable and erasable.
-- Who created an account is kept here instead.
CREATE TABLE account (
    id            UUID                     NOT NULL,
    username      VARCHAR(64)              NOT NULL,
    password_hash VARCHAR(255)             NOT NULL,
    person_id     UUID,
    enabled       BOOLEAN                  DEFAULT TRUE NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(64)              NOT NULL,
    CONSTRAINT pk_account PRIMARY KEY (id),
    CONSTRAINT uq_account_username UNIQUE (username)
);
CREATE INDEX ix_account_person ON account (person_id);

-- Global roles only; the roles per body come from the linked person's memberships.
CREATE TABLE account_role (
    account_id UUID        NOT NULL,
    role_name  VARCHAR(32) NOT NULL,
    CONSTRAINT pk_account_role PRIMARY KEY (account_id, role_name),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_account_role_name CHECK (role_name IN ('ADMIN', 'EVALUATOR'))
);

-- One row per (user, key). status IS NULL while the first request is still running: the primary key
-- makes a concurrent duplicate fail on insert. Only successful answers are kept.
CREATE TABLE idempotency_key (
    username      VARCHAR(255)             NOT NULL,
    request_key   VARCHAR(255)             NOT NULL,
    request_hash  VARCHAR(64)              NOT NULL,
    status        INTEGER,
    content_type  VARCHAR(255),
    location      VARCHAR(2048),
    response_body BYTEA,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_idempotency_key PRIMARY KEY (username, request_key)
);
CREATE INDEX ix_idempotency_key_created ON idempotency_key (created_at);
