-- Events of the network (forums, colloquia, the associations fair, partner lunches, assemblies): their programme,
-- registrations with a waiting list that never overbooks, tickets and check-in, the fair's stands, feedback.

CREATE TABLE event (
    id                      BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- FORUM, COLLOQUIUM, FAIR, LUNCH, ASSEMBLY, OTHER
    kind                    VARCHAR(12)   NOT NULL,
    title_fr                VARCHAR(200)  NULL,
    title_nl                VARCHAR(200)  NULL,
    title_en                VARCHAR(200)  NULL,
    description_fr          TEXT          NULL,
    description_nl          TEXT          NULL,
    description_en          TEXT          NULL,
    -- the member organisation that organises it; NULL: the network's coordination
    organiser_id            BIGINT        NULL,
    created_by              BIGINT        NULL,
    theme_term_id           BIGINT        NULL,
    -- a place of the social map (its address is copied), or a free address, and/or an online link
    location_id             BIGINT        NULL,
    address                 VARCHAR(300)  NULL,
    online_url              VARCHAR(500)  NULL,
    starts_at               DATETIME(3)   NOT NULL,
    ends_at                 DATETIME(3)   NOT NULL,
    -- PUBLIC, MEMBERS, INVITATION
    audience                VARCHAR(12)   NOT NULL,
    -- SHA-256 of the invitation code of an INVITATION event
    invitation_hash         CHAR(64)      NULL,
    -- spoken languages, e.g. "fr,nl"
    languages               VARCHAR(20)   NOT NULL,
    interpretation          BOOLEAN       NOT NULL DEFAULT FALSE,
    registration_opens_at   DATETIME(3)   NULL,
    registration_closes_at  DATETIME(3)   NULL,
    -- the optional questions of the registration form, e.g. "ORGANISATION,ROLE,DIET"
    form_fields             VARCHAR(200)  NOT NULL DEFAULT '',
    -- hours a person promoted from the waiting list has to confirm
    offer_hours             INT           NOT NULL DEFAULT 48,
    -- the fair's numbered stands (NULL: no stands)
    stand_count             INT           NULL,
    -- DRAFT, PUBLISHED, CANCELLED
    status                  VARCHAR(12)   NOT NULL,
    feedback_sent_at        DATETIME(3)   NULL,
    created_at              DATETIME(3)   NOT NULL,
    version                 BIGINT        NOT NULL DEFAULT 0,
    -- the agenda: published events by date
    KEY ix_event_agenda (status, starts_at),
    KEY ix_event_organiser (organiser_id, starts_at),
    KEY ix_event_feedback (status, feedback_sent_at, ends_at),
    CONSTRAINT fk_event_organiser FOREIGN KEY (organiser_id) REFERENCES organisation (id),
    CONSTRAINT fk_event_created_by FOREIGN KEY (created_by) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT fk_event_theme FOREIGN KEY (theme_term_id) REFERENCES taxonomy_term (id),
    CONSTRAINT fk_event_location FOREIGN KEY (location_id) REFERENCES location (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The seats of an event, apart from the event's own row so that registering never conflicts with an organiser
-- editing the event (no version here). Every registration, cancellation and promotion locks this row first: the
-- count can never pass the capacity, whatever the number of nodes, and waiting-list numbers have no gap.
CREATE TABLE event_seats (
    event_id      BIGINT NOT NULL PRIMARY KEY,
    capacity      INT    NOT NULL,
    -- confirmed registrations plus promotions awaiting an answer
    taken         INT    NOT NULL DEFAULT 0,
    -- the last waiting-list number given
    waitlist_last INT    NOT NULL DEFAULT 0,
    CONSTRAINT ck_event_seats CHECK (taken >= 0 AND taken <= capacity),
    CONSTRAINT fk_event_seats_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The programme: sessions and workshops, parallel or not, each with its own capacity (NULL: the event's).
CREATE TABLE event_session (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id   BIGINT       NOT NULL,
    title_fr   VARCHAR(200) NULL,
    title_nl   VARCHAR(200) NULL,
    title_en   VARCHAR(200) NULL,
    starts_at  DATETIME(3)  NOT NULL,
    ends_at    DATETIME(3)  NOT NULL,
    room       VARCHAR(100) NULL,
    speakers   VARCHAR(500) NULL,
    capacity   INT          NULL,
    -- seats taken, changed only by a conditional update (taken < capacity)
    taken      INT          NOT NULL DEFAULT 0,
    version    BIGINT       NOT NULL DEFAULT 0,
    KEY ix_event_session_event (event_id, starts_at),
    CONSTRAINT ck_event_session_taken CHECK (taken >= 0 AND (capacity IS NULL OR taken <= capacity)),
    CONSTRAINT fk_event_session_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The organiser's own questions on the registration form.
CREATE TABLE event_question (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id  BIGINT       NOT NULL,
    position  INT          NOT NULL,
    text      VARCHAR(300) NOT NULL,
    required  BOOLEAN      NOT NULL DEFAULT FALSE,
    KEY ix_event_question_event (event_id, position),
    CONSTRAINT fk_event_question_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per person (e-mail address) and event.
CREATE TABLE registration (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id          BIGINT       NOT NULL,
    account_id        BIGINT       NULL,
    email             VARCHAR(254) NOT NULL,
    name              VARCHAR(200) NOT NULL,
    language          CHAR(2)      NOT NULL,
    organisation_id   BIGINT       NULL,
    organisation_name VARCHAR(200) NULL,
    -- the kind of organisation (as in organisation.kind) and its country, for the indicators
    organisation_kind VARCHAR(30)  NULL,
    country           CHAR(2)      NULL,
    -- PROFESSIONAL, VOLUNTEER, PUBLIC
    participant_type  VARCHAR(12)  NOT NULL,
    role              VARCHAR(100) NULL,
    diet              VARCHAR(300) NULL,
    accessibility     VARCHAR(300) NULL,
    interpretation    BOOLEAN      NOT NULL DEFAULT FALSE,
    -- CONFIRMED, WAITLISTED, OFFERED (promoted, to confirm before expires_at), CANCELLED, EXPIRED
    status            VARCHAR(12)  NOT NULL,
    waitlist_number   INT          NULL,
    -- a promotion's deadline, or the deadline to confirm the e-mail address of someone without an account
    expires_at        DATETIME(3)  NULL,
    email_confirmed   BOOLEAN      NOT NULL,
    -- the code in the ticket's QR code (random, 128 bits)
    ticket_code       VARCHAR(32)  NOT NULL,
    -- SHA-256 of the personal link's token (cancel, confirm, ticket, certificate)
    token_hash        CHAR(64)     NOT NULL,
    registered_by     BIGINT       NULL,
    checked_in_at     DATETIME(3)  NULL,
    checked_in_by     BIGINT       NULL,
    created_at        DATETIME(3)  NOT NULL,
    updated_at        DATETIME(3)  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_registration_person UNIQUE (event_id, email),
    CONSTRAINT uk_registration_ticket UNIQUE (ticket_code),
    CONSTRAINT uk_registration_token UNIQUE (token_hash),
    -- the waiting list in order, and the lists of the organiser
    KEY ix_registration_event_status (event_id, status, waitlist_number),
    KEY ix_registration_event_name (event_id, name),
    -- promotions and e-mail confirmations that expire
    KEY ix_registration_expiry (status, expires_at),
    KEY ix_registration_account (account_id),
    CONSTRAINT fk_registration_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
    CONSTRAINT fk_registration_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT fk_registration_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE registration_session (
    registration_id BIGINT NOT NULL,
    session_id      BIGINT NOT NULL,
    PRIMARY KEY (registration_id, session_id),
    KEY ix_registration_session_session (session_id),
    CONSTRAINT fk_registration_session_registration FOREIGN KEY (registration_id) REFERENCES registration (id) ON DELETE CASCADE,
    CONSTRAINT fk_registration_session_session FOREIGN KEY (session_id) REFERENCES event_session (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE registration_answer (
    registration_id BIGINT       NOT NULL,
    question_id     BIGINT       NOT NULL,
    answer          VARCHAR(1000) NOT NULL,
    PRIMARY KEY (registration_id, question_id),
    KEY ix_registration_answer_question (question_id),
    CONSTRAINT fk_registration_answer_registration FOREIGN KEY (registration_id) REFERENCES registration (id) ON DELETE CASCADE,
    CONSTRAINT fk_registration_answer_question FOREIGN KEY (question_id) REFERENCES event_question (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The associations fair: an organisation applies for a stand; the organiser gives it a number on the plan.
CREATE TABLE fair_stand (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id        BIGINT       NOT NULL,
    organisation_id BIGINT       NOT NULL,
    -- SMALL, MEDIUM, LARGE
    size            VARCHAR(8)   NOT NULL,
    needs_table     BOOLEAN      NOT NULL DEFAULT FALSE,
    needs_power     BOOLEAN      NOT NULL DEFAULT FALSE,
    note            VARCHAR(500) NULL,
    -- REQUESTED, ALLOCATED, DECLINED, WITHDRAWN
    status          VARCHAR(12)  NOT NULL,
    stand_number    INT          NULL,
    requested_by    BIGINT       NULL,
    requested_at    DATETIME(3)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_fair_stand_organisation UNIQUE (event_id, organisation_id),
    -- one organisation per numbered stand
    CONSTRAINT uk_fair_stand_number UNIQUE (event_id, stand_number),
    KEY ix_fair_stand_event (event_id, status),
    CONSTRAINT fk_fair_stand_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
    CONSTRAINT fk_fair_stand_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_fair_stand_requested_by FOREIGN KEY (requested_by) REFERENCES account (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The short survey after an event: one answer per registration.
CREATE TABLE event_feedback (
    registration_id BIGINT        NOT NULL PRIMARY KEY,
    event_id        BIGINT        NOT NULL,
    -- 1 to 5
    overall         TINYINT       NOT NULL,
    content         TINYINT       NOT NULL,
    organisation    TINYINT       NOT NULL,
    would_return    BOOLEAN       NOT NULL,
    comment         VARCHAR(2000) NULL,
    submitted_at    DATETIME(3)   NOT NULL,
    KEY ix_event_feedback_event (event_id),
    CONSTRAINT fk_event_feedback_registration FOREIGN KEY (registration_id) REFERENCES registration (id) ON DELETE CASCADE,
    CONSTRAINT fk_event_feedback_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
