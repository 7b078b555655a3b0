-- Bilag (issue 14): the bytes of attached files, content-addressed by SHA-256 (lower-case hex), one row per distinct
-- content however often it is attached. Written by the Meeting's command handler in the transaction that appends
-- its AttachmentAdded event (INSERT ... ON CONFLICT DO NOTHING), so every node sees them and no event names missing
-- bytes. Not a view: the events name the bytes, they do not hold them, so a rebuild cannot recreate this table.
CREATE TABLE attachment_content (
    sha256       VARCHAR(64)  NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size         BIGINT       NOT NULL,
    content      BYTEA        NOT NULL,
    CONSTRAINT pk_attachment_content PRIMARY KEY (sha256)
);

-- Query side, processing group "minutes": which meeting a bilag belongs to, for GET /api/attachments/{id}.
CREATE TABLE minutes_attachment (
    attachment_id VARCHAR(36) NOT NULL,
    meeting_id    VARCHAR(36) NOT NULL,
    CONSTRAINT pk_minutes_attachment PRIMARY KEY (attachment_id)
);
