-- Crypto-shredding (DESIGN.md principle 7, issue 11): one AES-256 key per person, apart from the events. The name,
-- e-mail and phone in PersonRegistered / PersonDetailsChanged (revision 2) are sealed under it (AES-GCM, a random
-- 96-bit IV per value). Erasing the person sets key_bytes to NULL (the key is gone) and erased_at: nothing sealed
-- for them opens again, and a plaintext value of an old event not yet sealed is not shown either. The row stays so
-- that "erased" can be told from "never had a key". The key is written in the transaction of the command that first
-- seals a value for the person. This table is never part of an export of the events.
-- Portable SQL for PostgreSQL and H2 (MODE=PostgreSQL).
CREATE TABLE person_key (
    person_id  UUID      NOT NULL,
    key_bytes  BYTEA,
    created_at TIMESTAMP NOT NULL,
    erased_at  TIMESTAMP,
    CONSTRAINT pk_person_key PRIMARY KEY (person_id),
    CONSTRAINT ck_person_key_erased CHECK ((key_bytes IS NULL) = (erased_at IS NOT NULL))
);

-- The command side's lookup knows who was erased (PersonErased, written by OrgLookupUpdater in the same transaction):
-- an erased person is neither appointed nor recorded as attending. No store before this version holds a PersonErased,
-- so every existing row is rightly FALSE and the lookups need no rebuild.
ALTER TABLE cmd_person_lookup ADD COLUMN erased BOOLEAN DEFAULT FALSE NOT NULL;
