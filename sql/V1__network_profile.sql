-- The network this portal serves: its name and one-line description in the three languages.
-- One row; the coordinator edits it (a later step). Translatable text is stored as one column per language.
CREATE TABLE network_profile (
    id            BIGINT       NOT NULL PRIMARY KEY,
    name_fr       VARCHAR(200) NOT NULL,
    name_nl       VARCHAR(200) NOT NULL,
    name_en       VARCHAR(200) NOT NULL,
    tagline_fr    VARCHAR(500) NOT NULL DEFAULT '',
    tagline_nl    VARCHAR(500) NOT NULL DEFAULT '',
    tagline_en    VARCHAR(500) NOT NULL DEFAULT '',
    territory     VARCHAR(200) NOT NULL DEFAULT '',
    contact_email VARCHAR(254) NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    updated_at    DATETIME(3)  NOT NULL DEFAULT UTC_TIMESTAMP(3) -- every date-time column holds UTC
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO network_profile (id, name_fr, name_nl, name_en, tagline_fr, tagline_nl, tagline_en, territory)
VALUES (1,
        'Réseau de coordination sociale',
        'Sociaal coördinatienetwerk',
        'Social coordination network',
        'Les associations et services publics du territoire se connaissent, se coordonnent et agissent ensemble.',
        'De verenigingen en openbare diensten van het gebied kennen elkaar, stemmen af en handelen samen.',
        'The associations and public services of the territory know each other, coordinate and act together.',
        '');
