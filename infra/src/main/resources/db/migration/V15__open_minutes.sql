-- Bodies whose approved minutes are open to every signed-in user (issue 11, a body setting). Query side, processing
-- group "open-minutes": a row per open body, written from ApprovedMinutesOpened. Portable SQL.
CREATE TABLE open_minutes_body (
    body_id VARCHAR(36) NOT NULL,
    CONSTRAINT pk_open_minutes_body PRIMARY KEY (body_id)
);
