-- Member organisations (associations and public services) and the people who work for them.
CREATE TABLE organisation (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    legal_name        VARCHAR(200) NOT NULL,
    short_name        VARCHAR(60)  NOT NULL,
    kind              VARCHAR(30)  NOT NULL,
    -- digits only; NULL for an organisation without one (a de facto association)
    enterprise_number VARCHAR(10)  NULL,
    street            VARCHAR(200) NOT NULL,
    postcode          VARCHAR(10)  NOT NULL,
    commune           VARCHAR(100) NOT NULL,
    country           CHAR(2)      NOT NULL,
    website           VARCHAR(300) NULL,
    email             VARCHAR(254) NOT NULL,
    phone             VARCHAR(40)  NULL,
    -- languages of contact, comma-separated codes (fr,nl,en,de)
    languages         VARCHAR(20)  NOT NULL,
    description_fr    TEXT         NULL,
    description_nl    TEXT         NULL,
    description_en    TEXT         NULL,
    -- EMAIL_UNVERIFIED -> PENDING -> ACCEPTED | REFUSED
    status            VARCHAR(20)  NOT NULL,
    refusal_reason    VARCHAR(2000) NULL,
    reviewed_at       DATETIME(3)  NULL,
    -- number of the newest charter version the organisation signed (membership follows from it)
    signed_charter    INT          NULL,
    created_at        DATETIME(3)  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_organisation_enterprise UNIQUE (country, enterprise_number),
    -- the review queue and the public lists filter on status (and membership)
    KEY ix_organisation_status (status, signed_charter, short_name),
    KEY ix_organisation_name (short_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A person works for at most one organisation.
ALTER TABLE account ADD COLUMN organisation_id BIGINT NULL AFTER language,
    ADD KEY ix_account_organisation (organisation_id),
    ADD CONSTRAINT fk_account_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id);
