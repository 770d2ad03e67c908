-- The common charter: numbered versions, each in force from its effective date.
CREATE TABLE charter_version (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    number       INT         NOT NULL,
    text_fr      MEDIUMTEXT  NULL,
    text_nl      MEDIUMTEXT  NULL,
    text_en      MEDIUMTEXT  NULL,
    effective_on DATE        NOT NULL,
    published_at DATETIME(3) NOT NULL,
    CONSTRAINT uk_charter_version_number UNIQUE (number),
    -- "the version in force today": the newest one whose date has come
    KEY ix_charter_version_effective (effective_on, number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who signed which version for which organisation, and when. The signer's account may later be deleted (GDPR):
-- the signature stays, its signer becomes anonymous.
CREATE TABLE charter_signature (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT       NOT NULL,
    charter_number  INT          NOT NULL,
    signed_by       BIGINT       NULL,
    signer_name     VARCHAR(200) NULL,
    signed_at       DATETIME(3)  NOT NULL,
    CONSTRAINT uk_charter_signature UNIQUE (organisation_id, charter_number),
    KEY ix_charter_signature_signer (signed_by),
    CONSTRAINT fk_charter_signature_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_charter_signature_version FOREIGN KEY (charter_number) REFERENCES charter_version (number),
    CONSTRAINT fk_charter_signature_account FOREIGN KEY (signed_by) REFERENCES account (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who changed what, and when: organisations, memberships, roles, elections. Kept when the actor's account is
-- deleted (the actor becomes anonymous).
CREATE TABLE audit_event (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at  DATETIME(3)  NOT NULL,
    actor_id     BIGINT       NULL,
    action       VARCHAR(60)  NOT NULL,
    subject_type VARCHAR(30)  NOT NULL,
    subject_id   BIGINT       NULL,
    detail       VARCHAR(500) NULL,
    KEY ix_audit_event_time (occurred_at, id),
    KEY ix_audit_event_subject (subject_type, subject_id, occurred_at),
    KEY ix_audit_event_actor (actor_id),
    CONSTRAINT fk_audit_event_actor FOREIGN KEY (actor_id) REFERENCES account (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
