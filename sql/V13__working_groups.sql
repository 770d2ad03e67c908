-- Thematic working groups: their members, meetings (date polls, recurring series), attendance, minutes,
-- documents, action items, reminders and the personal calendar feeds.

CREATE TABLE working_group (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name_fr       VARCHAR(200) NULL,
    name_nl       VARCHAR(200) NULL,
    name_en       VARCHAR(200) NULL,
    mission_fr    TEXT         NULL,
    mission_nl    TEXT         NULL,
    mission_en    TEXT         NULL,
    theme_term_id BIGINT       NULL,
    -- e-mail reminders go out this many days before each meeting (0: none)
    reminder_days INT          NOT NULL DEFAULT 2,
    created_at    DATETIME(3)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    KEY ix_working_group_theme (theme_term_id),
    CONSTRAINT fk_working_group_theme FOREIGN KEY (theme_term_id) REFERENCES taxonomy_term (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per person and group: asked to join, member (a lead is a member with lead = TRUE), declined, or left.
CREATE TABLE group_membership (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    group_id     BIGINT       NOT NULL,
    account_id   BIGINT       NOT NULL,
    status       VARCHAR(12)  NOT NULL,
    lead         BOOLEAN      NOT NULL DEFAULT FALSE,
    motivation   VARCHAR(500) NULL,
    requested_at DATETIME(3)  NOT NULL,
    decided_at   DATETIME(3)  NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_group_membership UNIQUE (group_id, account_id),
    -- "my groups" and the personal calendar feed
    KEY ix_group_membership_account (account_id, status),
    KEY ix_group_membership_group (group_id, status),
    CONSTRAINT fk_group_membership_group FOREIGN KEY (group_id) REFERENCES working_group (id),
    CONSTRAINT fk_group_membership_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A recurring meeting ("the first Tuesday of the month"); its occurrences are meeting rows, each of which can be
-- moved or cancelled on its own.
CREATE TABLE meeting_series (
    id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    group_id         BIGINT      NOT NULL,
    -- 1 to 4: the first to fourth such weekday of the month; -1: the last
    week_of_month    INT         NOT NULL,
    -- 1 (Monday) to 7 (Sunday), ISO-8601
    day_of_week      INT         NOT NULL,
    start_time       TIME        NOT NULL,
    duration_minutes INT         NOT NULL,
    first_date       DATE        NOT NULL,
    last_date        DATE        NOT NULL,
    created_at       DATETIME(3) NOT NULL,
    version          BIGINT      NOT NULL DEFAULT 0,
    KEY ix_meeting_series_group (group_id),
    CONSTRAINT fk_meeting_series_group FOREIGN KEY (group_id) REFERENCES working_group (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE meeting (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    group_id            BIGINT       NOT NULL,
    series_id           BIGINT       NULL,
    -- the iCalendar UID: never changes, so calendar clients update the same event when it moves
    uid                 VARCHAR(100) NOT NULL,
    -- the iCalendar SEQUENCE: one more at each move or cancellation
    sequence            INT          NOT NULL DEFAULT 0,
    title               VARCHAR(200) NOT NULL,
    -- POLL (dates proposed), CONFIRMED, CANCELLED
    status              VARCHAR(12)  NOT NULL,
    starts_at           DATETIME(3)  NULL,
    ends_at             DATETIME(3)  NULL,
    host_organisation_id BIGINT      NULL,
    host_location_id    BIGINT       NULL,
    address             VARCHAR(300) NULL,
    video_url           VARCHAR(500) NULL,
    capacity            INT          NULL,
    agenda              TEXT         NULL,
    -- sanitised HTML; NONE, DRAFT, APPROVED (visible to members once approved)
    minutes_html        MEDIUMTEXT   NULL,
    minutes_status      VARCHAR(12)  NOT NULL DEFAULT 'NONE',
    minutes_written_by  BIGINT       NULL,
    minutes_approved_by BIGINT       NULL,
    minutes_approved_at DATETIME(3)  NULL,
    -- when the reminders are due, and the start they were sent for (a moved meeting is reminded again)
    reminder_due_at     DATETIME(3)  NULL,
    reminded_for        DATETIME(3)  NULL,
    created_by          BIGINT       NOT NULL,
    created_at          DATETIME(3)  NOT NULL,
    updated_at          DATETIME(3)  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_meeting_uid UNIQUE (uid),
    KEY ix_meeting_group_start (group_id, starts_at),
    KEY ix_meeting_series (series_id),
    -- the reminder timer's query
    KEY ix_meeting_reminder (status, reminder_due_at),
    CONSTRAINT fk_meeting_group FOREIGN KEY (group_id) REFERENCES working_group (id),
    CONSTRAINT fk_meeting_series FOREIGN KEY (series_id) REFERENCES meeting_series (id),
    CONSTRAINT fk_meeting_host FOREIGN KEY (host_organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_meeting_location FOREIGN KEY (host_location_id) REFERENCES location (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The dates a lead proposes, and the members' answers (YES, IF_NEED_BE, NO), which they may change.
CREATE TABLE meeting_option (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id BIGINT      NOT NULL,
    starts_at  DATETIME(3) NOT NULL,
    ends_at    DATETIME(3) NOT NULL,
    KEY ix_meeting_option_meeting (meeting_id, starts_at),
    CONSTRAINT fk_meeting_option_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE meeting_answer (
    option_id   BIGINT      NOT NULL,
    account_id  BIGINT      NOT NULL,
    answer      VARCHAR(12) NOT NULL,
    answered_at DATETIME(3) NOT NULL,
    PRIMARY KEY (option_id, account_id),
    KEY ix_meeting_answer_account (account_id),
    CONSTRAINT fk_meeting_answer_option FOREIGN KEY (option_id) REFERENCES meeting_option (id) ON DELETE CASCADE,
    CONSTRAINT fk_meeting_answer_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who came, and for which organisation on that day (kept if the person later changes organisation).
CREATE TABLE meeting_attendance (
    meeting_id      BIGINT       NOT NULL,
    account_id      BIGINT       NOT NULL,
    organisation_id BIGINT       NULL,
    recorded_at     DATETIME(3)  NOT NULL,
    PRIMARY KEY (meeting_id, account_id),
    KEY ix_meeting_attendance_organisation (organisation_id),
    KEY ix_meeting_attendance_account (account_id),
    CONSTRAINT fk_meeting_attendance_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_meeting_attendance_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Files of a meeting, stored outside the web root under SOCIALMAP_DATA_DIR/documents/<stored_name>.
-- MINUTES files follow the minutes (visible to members once approved); DOCUMENT files are visible to members.
CREATE TABLE meeting_document (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id   BIGINT       NOT NULL,
    kind         VARCHAR(12)  NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    stored_name  VARCHAR(64)  NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    uploaded_by  BIGINT       NOT NULL,
    uploaded_at  DATETIME(3)  NOT NULL,
    CONSTRAINT uk_meeting_document_stored UNIQUE (stored_name),
    KEY ix_meeting_document_meeting (meeting_id),
    CONSTRAINT fk_meeting_document_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Decided at a meeting, owned by a member, carried to the following meetings' agendas until done.
CREATE TABLE action_item (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    group_id         BIGINT       NOT NULL,
    meeting_id       BIGINT       NOT NULL,
    description      VARCHAR(500) NOT NULL,
    owner_account_id BIGINT       NULL,
    due_on           DATE         NULL,
    done_at          DATETIME(3)  NULL,
    created_at       DATETIME(3)  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    KEY ix_action_item_open (group_id, done_at, due_on),
    KEY ix_action_item_meeting (meeting_id),
    CONSTRAINT fk_action_item_group FOREIGN KEY (group_id) REFERENCES working_group (id),
    CONSTRAINT fk_action_item_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_action_item_owner FOREIGN KEY (owner_account_id) REFERENCES account (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One reminder per member, meeting and start: the primary key makes a second one impossible, whatever the
-- number of nodes or restarts.
CREATE TABLE meeting_reminder (
    meeting_id BIGINT      NOT NULL,
    account_id BIGINT      NOT NULL,
    starts_at  DATETIME(3) NOT NULL,
    sent_at    DATETIME(3) NOT NULL,
    PRIMARY KEY (meeting_id, account_id, starts_at),
    KEY ix_meeting_reminder_account (account_id),
    CONSTRAINT fk_meeting_reminder_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_meeting_reminder_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A person's secret calendar feed address: only the SHA-256 of the token is stored; a new token revokes the old.
CREATE TABLE calendar_feed (
    account_id BIGINT      NOT NULL PRIMARY KEY,
    token_hash CHAR(64)    NOT NULL,
    created_at DATETIME(3) NOT NULL,
    CONSTRAINT uk_calendar_feed_token UNIQUE (token_hash),
    CONSTRAINT fk_calendar_feed_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Invitations carry an .ics file: a mail may have one text attachment.
ALTER TABLE mail_outbox
    ADD COLUMN attachment_name VARCHAR(100) NULL,
    ADD COLUMN attachment_type VARCHAR(100) NULL,
    ADD COLUMN attachment_text MEDIUMTEXT   NULL;
