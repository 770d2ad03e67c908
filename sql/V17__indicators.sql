-- Indicators for the network's funders: targets defined by the coordinator, each fed either by the portal's own
-- data (computed) or by values that partners enter with their evidence; and the public figures of the home page.

CREATE TABLE indicator (
    id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name_fr      VARCHAR(200)   NULL,
    name_nl      VARCHAR(200)   NULL,
    name_en      VARCHAR(200)   NULL,
    -- "professionals", "people", "services"…
    unit_fr      VARCHAR(60)    NULL,
    unit_nl      VARCHAR(60)    NULL,
    unit_en      VARCHAR(60)    NULL,
    target       DECIMAL(14, 2) NOT NULL,
    period_start DATE           NOT NULL,
    period_end   DATE           NOT NULL,
    -- the territory the target is set for, as the funder names it ("Eurometropole Lille-Kortrijk-Tournai")
    territory    VARCHAR(200)   NULL,
    -- COMPUTED (from the portal's data, see measure) or ENTERED (by partners)
    source       VARCHAR(10)    NOT NULL,
    -- IMMERSIONS_DONE, PROFESSIONALS_IN_IMMERSION, SERVICES_IN_NETWORK, MEMBER_ORGANISATIONS, EVENT_PARTICIPANTS,
    -- GROUP_MEETINGS_HELD (computed ones only)
    measure      VARCHAR(30)    NULL,
    -- the measure's option, e.g. the participant type of EVENT_PARTICIPANTS
    parameter    VARCHAR(30)    NULL,
    on_home      BOOLEAN        NOT NULL DEFAULT FALSE,
    position     INT            NOT NULL DEFAULT 0,
    created_at   DATETIME(3)    NOT NULL,
    version      BIGINT         NOT NULL DEFAULT 0,
    -- the programme in order; the home page's ones
    KEY ix_indicator_position (position, id),
    KEY ix_indicator_home (on_home, position),
    CONSTRAINT ck_indicator_target CHECK (target >= 0),
    CONSTRAINT ck_indicator_period CHECK (period_end >= period_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A value a partner reports for an entered indicator, with who entered it, when, and the evidence (a file kept
-- under SOCIALMAP_DATA_DIR/documents under a random name).
CREATE TABLE indicator_entry (
    id               BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    indicator_id     BIGINT         NOT NULL,
    value            DECIMAL(14, 2) NOT NULL,
    entry_date       DATE           NOT NULL,
    territory        VARCHAR(100)   NULL,
    -- the side of the border: BE or FR
    country          CHAR(2)        NOT NULL,
    -- the partner the value is for
    organisation_id  BIGINT         NOT NULL,
    -- who entered it (NULL once her account is deleted)
    entered_by       BIGINT         NULL,
    entered_at       DATETIME(3)    NOT NULL,
    note             VARCHAR(1000)  NULL,
    evidence_name    VARCHAR(200)   NULL,
    evidence_type    VARCHAR(120)   NULL,
    evidence_size    BIGINT         NULL,
    evidence_stored  VARCHAR(36)    NULL,
    version          BIGINT         NOT NULL DEFAULT 0,
    -- an indicator's entries by date (dashboards, reports)
    KEY ix_indicator_entry_indicator (indicator_id, entry_date),
    KEY ix_indicator_entry_organisation (organisation_id, entry_date),
    KEY ix_indicator_entry_account (entered_by),
    CONSTRAINT fk_indicator_entry_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE,
    CONSTRAINT fk_indicator_entry_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_indicator_entry_account FOREIGN KEY (entered_by) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT ck_indicator_entry_value CHECK (value >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The public figures the coordinator shows on the home page, in order.
CREATE TABLE home_figure (
    code     VARCHAR(20) NOT NULL PRIMARY KEY,
    shown    BOOLEAN     NOT NULL,
    position INT         NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO home_figure (code, shown, position) VALUES
    ('MEMBERS', TRUE, 1), ('SERVICES', TRUE, 2), ('EVENTS', TRUE, 3), ('IMMERSIONS', FALSE, 4), ('PRACTICES', FALSE, 5);

-- The computed measures' query paths: services and meetings by date.
ALTER TABLE service ADD KEY ix_service_created (status, created_at);
ALTER TABLE meeting ADD KEY ix_meeting_status_start (status, starts_at);
ALTER TABLE charter_signature ADD KEY ix_charter_signature_organisation_date (organisation_id, signed_at);
