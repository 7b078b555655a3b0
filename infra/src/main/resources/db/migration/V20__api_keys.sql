-- API keys per account (issue 15): an integration authenticates with a random key that is cheap to check (a
-- SHA-256 lookup, not bcrypt) and safe to hold (revocable, expiring). Only the key's hash is stored; the key is shown
-- once, when it is issued. Not events: like accounts they hold secrets that must be replaceable.
CREATE TABLE api_key (
    id           UUID                     NOT NULL,
    account_id   UUID                     NOT NULL,
    name         VARCHAR(100)             NOT NULL,
    key_hash     BYTEA                    NOT NULL,
    key_prefix   VARCHAR(16)              NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(64)              NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    revoked_by   VARCHAR(64),
    last_used_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_api_key PRIMARY KEY (id),
    CONSTRAINT uq_api_key_hash UNIQUE (key_hash),
    CONSTRAINT fk_api_key_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX ix_api_key_account ON api_key (account_id);
