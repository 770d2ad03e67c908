-- The practice library: sheets describing a member's project in the structure of the network's publications (the
-- project in a few words, the approach, the vision, strengths and weaknesses), written in one language with optional
-- translations, reviewed by the coordinator, public or for members only; their themes and publics, the partner
-- organisations, pictures and attachments, and the members' questions and take-ups.

CREATE TABLE practice_sheet (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- fr, nl or en: the language the sheet was written in (its TITLE and SUMMARY exist there)
    original_lang    CHAR(2)       NOT NULL,
    -- DRAFT -> SUBMITTED -> PUBLISHED (or back to DRAFT with a comment) ; WITHDRAWN
    status           VARCHAR(12)   NOT NULL,
    -- PUBLIC or MEMBERS (people of member organisations and coordinators)
    visibility       VARCHAR(12)   NOT NULL,
    -- the organisation behind it, which keeps it when its author leaves
    organisation_id  BIGINT        NOT NULL,
    -- NULL for demo content or once the author's account is deleted
    author_id        BIGINT        NULL,
    contact_name     VARCHAR(200)  NULL,
    contact_email    VARCHAR(254)  NULL,
    contact_phone    VARCHAR(40)   NULL,
    -- where the sheet comes from, e.g. a publication it was taken from
    source           VARCHAR(500)  NULL,
    start_year       INT           NULL,
    -- the coordinator's comment when she returns a sheet to its authors
    review_comment   TEXT          NULL,
    submitted_at     DATETIME(3)   NULL,
    published_at     DATETIME(3)   NULL,
    reviewed_by      BIGINT        NULL,
    created_at       DATETIME(3)   NOT NULL,
    updated_at       DATETIME(3)   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    -- the search's stamp and list (published, by visibility), the review queue (submitted, oldest first)
    KEY ix_practice_sheet_status (status, visibility, updated_at),
    KEY ix_practice_sheet_queue (status, submitted_at),
    KEY ix_practice_sheet_organisation (organisation_id, status),
    KEY ix_practice_sheet_author (author_id),
    CONSTRAINT fk_practice_sheet_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_practice_sheet_author FOREIGN KEY (author_id) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT fk_practice_sheet_reviewer FOREIGN KEY (reviewed_by) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT ck_practice_sheet_lang CHECK (original_lang IN ('fr', 'nl', 'en'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The sheet's texts, one a language and section (TITLE, SUMMARY, WHY, PROBLEM, … FUTURE), in Markdown.
CREATE TABLE practice_text (
    sheet_id  BIGINT       NOT NULL,
    lang      CHAR(2)      NOT NULL,
    section   VARCHAR(30)  NOT NULL,
    body      MEDIUMTEXT   NOT NULL,
    PRIMARY KEY (sheet_id, lang, section),
    CONSTRAINT fk_practice_text_sheet FOREIGN KEY (sheet_id) REFERENCES practice_sheet (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Themes and publics: THEME and AUDIENCE terms of the social map's taxonomies.
CREATE TABLE practice_sheet_term (
    sheet_id  BIGINT NOT NULL,
    term_id   BIGINT NOT NULL,
    PRIMARY KEY (sheet_id, term_id),
    KEY ix_practice_sheet_term_term (term_id),
    CONSTRAINT fk_practice_sheet_term_sheet FOREIGN KEY (sheet_id) REFERENCES practice_sheet (id) ON DELETE CASCADE,
    CONSTRAINT fk_practice_sheet_term_term FOREIGN KEY (term_id) REFERENCES taxonomy_term (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Other organisations behind the project.
CREATE TABLE practice_sheet_partner (
    sheet_id         BIGINT NOT NULL,
    organisation_id  BIGINT NOT NULL,
    PRIMARY KEY (sheet_id, organisation_id),
    KEY ix_practice_sheet_partner_organisation (organisation_id),
    CONSTRAINT fk_practice_partner_sheet FOREIGN KEY (sheet_id) REFERENCES practice_sheet (id) ON DELETE CASCADE,
    CONSTRAINT fk_practice_partner_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Pictures (JPEG, PNG, WebP) and attachments (PDF, DOCX, XLSX, ODT), checked by content, stored under
-- SOCIALMAP_DATA_DIR/documents by a random name.
CREATE TABLE practice_file (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sheet_id       BIGINT        NOT NULL,
    -- PICTURE or ATTACHMENT
    kind           VARCHAR(12)   NOT NULL,
    original_name  VARCHAR(200)  NOT NULL,
    content_type   VARCHAR(100)  NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    stored_name    VARCHAR(36)   NOT NULL,
    caption        VARCHAR(300)  NULL,
    position       INT           NOT NULL DEFAULT 0,
    created_at     DATETIME(3)   NOT NULL,
    KEY ix_practice_file_sheet (sheet_id, kind, position),
    CONSTRAINT uk_practice_file_stored UNIQUE (stored_name),
    CONSTRAINT fk_practice_file_sheet FOREIGN KEY (sheet_id) REFERENCES practice_sheet (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A member's question to the authors, or her organisation's "we want to try this" (once per organisation: the
-- unique key holds it, whatever the simultaneous clicks and nodes; "try_org" is NULL for questions).
CREATE TABLE practice_interest (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sheet_id         BIGINT        NOT NULL,
    -- QUESTION or TRY
    kind             VARCHAR(12)   NOT NULL,
    organisation_id  BIGINT        NOT NULL,
    -- NULL once the account is deleted (the message is then forgotten too)
    account_id       BIGINT        NULL,
    message          TEXT          NULL,
    try_org          BIGINT        GENERATED ALWAYS AS (CASE WHEN kind = 'TRY' THEN organisation_id END) STORED,
    created_at       DATETIME(3)   NOT NULL,
    CONSTRAINT uk_practice_interest_try UNIQUE (sheet_id, try_org),
    KEY ix_practice_interest_sheet (sheet_id, kind, created_at),
    KEY ix_practice_interest_account (account_id),
    KEY ix_practice_interest_organisation (organisation_id),
    CONSTRAINT fk_practice_interest_sheet FOREIGN KEY (sheet_id) REFERENCES practice_sheet (id) ON DELETE CASCADE,
    CONSTRAINT fk_practice_interest_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_practice_interest_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
