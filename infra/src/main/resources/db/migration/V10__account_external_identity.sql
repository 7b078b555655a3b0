-- The OpenID Connect identity an account logs in with. One portable script: PostgreSQL in production, H2
-- (MODE=PostgreSQL, DATABASE_TO_LOWER) as the embedded default.
--
-- An OpenID Connect login names its account by a claim (protokol.oidc.username-claim, e.g.
-- preferred_username) on the first login only; that login binds the provider's identity (issuer + subject,
-- which the provider never gives to anyone else) to the account. Later logins to the account must come with
-- the same issuer and subject, so a username re-used at the provider cannot take the account over.
-- One identity per account, one account per identity.
CREATE TABLE account_external_identity (
    account_id UUID                     NOT NULL,
    issuer     VARCHAR(1024)            NOT NULL,
    subject    VARCHAR(255)             NOT NULL,
    bound_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_account_external_identity PRIMARY KEY (account_id),
    CONSTRAINT uq_account_external_identity UNIQUE (issuer, subject),
    CONSTRAINT fk_account_external_identity_account FOREIGN KEY (account_id) REFERENCES account (id)
        ON DELETE CASCADE
);
