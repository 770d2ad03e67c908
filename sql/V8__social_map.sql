-- The social map: services of the organisations, at their locations, sorted by the network's taxonomies.

-- Taxonomies the coordinator manages (HSDS "taxonomy" / "taxonomy_term"): THEME (housing, health…) and
-- AUDIENCE (families, elderly people…). Codes are stable; names are translated.
CREATE TABLE taxonomy_term (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    taxonomy   VARCHAR(20)  NOT NULL,
    code       VARCHAR(40)  NOT NULL,
    name_fr    VARCHAR(100) NULL,
    name_nl    VARCHAR(100) NULL,
    name_en    VARCHAR(100) NULL,
    position   INT          NOT NULL DEFAULT 0,
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_taxonomy_term_code UNIQUE (taxonomy, code),
    KEY ix_taxonomy_term_order (taxonomy, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO taxonomy_term (taxonomy, code, name_fr, name_nl, name_en, position) VALUES
    ('THEME', 'housing', 'Logement', 'Huisvesting', 'Housing', 10),
    ('THEME', 'health', 'Santé', 'Gezondheid', 'Health', 20),
    ('THEME', 'migration', 'Migrations', 'Migratie', 'Migration', 30),
    ('THEME', 'youth', 'Jeunesse', 'Jeugd', 'Youth', 40),
    ('THEME', 'childhood', 'Enfance', 'Kinderen', 'Childhood', 50),
    ('THEME', 'early-childhood', 'Petite enfance', 'Jonge kinderen', 'Early childhood', 60),
    ('THEME', 'elderly', 'Personnes âgées', 'Ouderen', 'Elderly people', 70),
    ('THEME', 'employment', 'Insertion et emploi', 'Inschakeling en werk', 'Insertion and employment', 80),
    ('THEME', 'culture', 'Culture', 'Cultuur', 'Culture', 90),
    ('THEME', 'homelessness', 'Sans-abrisme', 'Dakloosheid', 'Homelessness', 100),
    ('THEME', 'food', 'Aide alimentaire', 'Voedselhulp', 'Food aid', 110),
    ('THEME', 'debt', 'Dettes et budget', 'Schulden en budget', 'Debt and budget', 120),
    ('THEME', 'legal', 'Aide juridique', 'Juridische hulp', 'Legal aid', 130),
    ('THEME', 'disability', 'Handicap', 'Handicap', 'Disability', 140),
    ('AUDIENCE', 'everyone', 'Tout public', 'Iedereen', 'Everyone', 10),
    ('AUDIENCE', 'families', 'Familles', 'Gezinnen', 'Families', 20),
    ('AUDIENCE', 'children', 'Enfants', 'Kinderen', 'Children', 30),
    ('AUDIENCE', 'young-people', 'Jeunes', 'Jongeren', 'Young people', 40),
    ('AUDIENCE', 'elderly', 'Personnes âgées', 'Ouderen', 'Elderly people', 50),
    ('AUDIENCE', 'women', 'Femmes', 'Vrouwen', 'Women', 60),
    ('AUDIENCE', 'newcomers', 'Primo-arrivants', 'Nieuwkomers', 'Newcomers', 70),
    ('AUDIENCE', 'homeless', 'Personnes sans abri', 'Daklozen', 'Homeless people', 80),
    ('AUDIENCE', 'jobseekers', 'Demandeurs d’emploi', 'Werkzoekenden', 'Jobseekers', 90),
    ('AUDIENCE', 'disabled', 'Personnes handicapées', 'Personen met een handicap', 'Disabled people', 100),
    ('AUDIENCE', 'professionals', 'Professionnels', 'Professionals', 'Professionals', 110);

-- Where an organisation receives people. Coordinates come from the offline postcode table, or are set by hand.
CREATE TABLE location (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organisation_id    BIGINT        NOT NULL,
    name               VARCHAR(200)  NULL,
    street             VARCHAR(200)  NOT NULL,
    postcode           VARCHAR(10)   NOT NULL,
    commune            VARCHAR(100)  NOT NULL,
    country            CHAR(2)       NOT NULL,
    latitude           DECIMAL(8, 5) NULL,
    longitude          DECIMAL(8, 5) NULL,
    -- POSTCODE (centre of the postcode area), MANUAL (corrected by hand), NONE
    coordinates_source VARCHAR(10)   NOT NULL,
    wheelchair         BOOLEAN       NOT NULL DEFAULT FALSE,
    hearing_loop       BOOLEAN       NOT NULL DEFAULT FALSE,
    accessibility_note VARCHAR(500)  NULL,
    updated_at         DATETIME(3)   NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    KEY ix_location_organisation (organisation_id),
    KEY ix_location_place (country, postcode),
    CONSTRAINT fk_location_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What an organisation offers, for whom, in which languages, how to get it.
CREATE TABLE service (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organisation_id   BIGINT        NOT NULL,
    name_fr           VARCHAR(200)  NULL,
    name_nl           VARCHAR(200)  NULL,
    name_en           VARCHAR(200)  NULL,
    description_fr    TEXT          NULL,
    description_nl    TEXT          NULL,
    description_en    TEXT          NULL,
    conditions_fr     VARCHAR(2000) NULL,
    conditions_nl     VARCHAR(2000) NULL,
    conditions_en     VARCHAR(2000) NULL,
    how_to_apply_fr   VARCHAR(2000) NULL,
    how_to_apply_nl   VARCHAR(2000) NULL,
    how_to_apply_en   VARCHAR(2000) NULL,
    fees_fr           VARCHAR(500)  NULL,
    fees_nl           VARCHAR(500)  NULL,
    fees_en           VARCHAR(500)  NULL,
    free_of_charge    BOOLEAN       NOT NULL DEFAULT FALSE,
    minimum_age       INT           NULL,
    maximum_age       INT           NULL,
    -- languages spoken with the people helped, comma-separated ISO 639-1 codes (fr,nl,en,ar,tr,…)
    languages         VARCHAR(100)  NOT NULL,
    email             VARCHAR(254)  NULL,
    phone             VARCHAR(40)   NULL,
    website           VARCHAR(300)  NULL,
    -- ACTIVE or INACTIVE (kept for history, never shown or exported as active)
    status            VARCHAR(10)   NOT NULL,
    review_asked_at   DATETIME(3)   NULL,
    created_at        DATETIME(3)   NOT NULL,
    updated_at        DATETIME(3)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    KEY ix_service_organisation (organisation_id, status),
    -- "not updated for a year" and HSDS modified_after
    KEY ix_service_updated (status, updated_at),
    CONSTRAINT fk_service_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE service_term (
    service_id BIGINT NOT NULL,
    term_id    BIGINT NOT NULL,
    PRIMARY KEY (service_id, term_id),
    KEY ix_service_term_term (term_id),
    CONSTRAINT fk_service_term_service FOREIGN KEY (service_id) REFERENCES service (id) ON DELETE CASCADE,
    CONSTRAINT fk_service_term_term FOREIGN KEY (term_id) REFERENCES taxonomy_term (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A service offered at a location (HSDS "service_at_location").
CREATE TABLE service_location (
    service_id  BIGINT NOT NULL,
    location_id BIGINT NOT NULL,
    PRIMARY KEY (service_id, location_id),
    KEY ix_service_location_location (location_id),
    CONSTRAINT fk_service_location_service FOREIGN KEY (service_id) REFERENCES service (id) ON DELETE CASCADE,
    CONSTRAINT fk_service_location_location FOREIGN KEY (location_id) REFERENCES location (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Weekly opening hours of a service (several slots a day are allowed: 9:00-12:00 and 13:30-16:00).
CREATE TABLE service_hours (
    service_id BIGINT  NOT NULL,
    weekday    TINYINT NOT NULL,
    opens_at   TIME    NOT NULL,
    closes_at  TIME    NOT NULL,
    PRIMARY KEY (service_id, weekday, opens_at),
    CONSTRAINT fk_service_hours_service FOREIGN KEY (service_id) REFERENCES service (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Days a service is closed although its weekly hours say open: public holidays, summer closure.
CREATE TABLE service_closure (
    service_id BIGINT       NOT NULL,
    first_day  DATE         NOT NULL,
    last_day   DATE         NOT NULL,
    reason     VARCHAR(200) NULL,
    PRIMARY KEY (service_id, first_day),
    CONSTRAINT fk_service_closure_service FOREIGN KEY (service_id) REFERENCES service (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Changes the search index must apply (each node applies them; nothing is lost if a node dies).
CREATE TABLE search_outbox (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    service_id  BIGINT      NOT NULL,
    changed_at  DATETIME(3) NOT NULL,
    KEY ix_search_outbox_service (service_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
