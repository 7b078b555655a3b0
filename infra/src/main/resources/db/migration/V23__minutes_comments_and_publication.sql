-- Issue 14: minutes out for comment, tacit approval, publication. Portable SQL (PostgreSQL, H2 MODE=PostgreSQL).

-- Command side, processing group "org-lookup" (same transaction as the events): a body's objection period and
-- tacit approval as last set (ObjectionPeriodChanged); NULL until set = 8 days, approved by the chair.
ALTER TABLE cmd_body_lookup ADD COLUMN objection_days INTEGER;
ALTER TABLE cmd_body_lookup ADD COLUMN tacit_approval BOOLEAN;

-- Command side: minutes of bodies approving tacitly, from the end of their objection period until approved
-- (ObjectionPeriodStarted with tacit approval in, MinutesApproved out). The scheduled check reads it.
CREATE TABLE cmd_tacit_approval_due (
    meeting_id UUID                     NOT NULL,
    ends_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_cmd_tacit_approval_due PRIMARY KEY (meeting_id)
);
CREATE INDEX ix_cmd_tacit_approval_due_ends_at ON cmd_tacit_approval_due (ends_at);

-- Query side, processing group "minutes-settings": the bodies that publish their approved minutes on a public page
-- (MinutesPublicationChanged), and each body's objection period as last set (ObjectionPeriodChanged).
CREATE TABLE published_minutes_body (
    body_id VARCHAR(36) NOT NULL,
    CONSTRAINT pk_published_minutes_body PRIMARY KEY (body_id)
);

CREATE TABLE objection_period_body (
    body_id        VARCHAR(36) NOT NULL,
    objection_days INTEGER     NOT NULL,
    tacit_approval BOOLEAN     NOT NULL,
    CONSTRAINT pk_objection_period_body PRIMARY KEY (body_id)
);

-- Query side, processing group "actions": which action a bilag of an action's progress belongs to
-- (ActionAttachmentAdded), so that a download finds it.
CREATE TABLE action_attachment (
    attachment_id VARCHAR(36) NOT NULL,
    action_id     VARCHAR(36) NOT NULL,
    CONSTRAINT pk_action_attachment PRIMARY KEY (attachment_id)
);
