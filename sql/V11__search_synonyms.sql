-- The coordinators' synonyms across the network's languages: one group a row, its words separated by commas.
-- The search reads them at start and whenever their version changes (every node within seconds).
CREATE TABLE synonym_group (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    position   INT           NOT NULL,
    words      VARCHAR(1000) NOT NULL,
    updated_at DATETIME(3)   NOT NULL,
    KEY ix_synonym_group_position (position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO synonym_group (position, words, updated_at) VALUES
 (1, 'logement, huisvesting, wonen, woning, housing', UTC_TIMESTAMP(3)),
 (2, 'sans-abri, sans abri, dakloos, daklozen, thuisloos, homeless', UTC_TIMESTAMP(3)),
 (3, 'santé, gezondheid, health', UTC_TIMESTAMP(3)),
 (4, 'emploi, travail, werk, tewerkstelling, job, employment', UTC_TIMESTAMP(3)),
 (5, 'enfant, kind, child', UTC_TIMESTAMP(3)),
 (6, 'jeunesse, jongeren, youth', UTC_TIMESTAMP(3)),
 (7, 'personnes âgées, senior, ouderen, elderly', UTC_TIMESTAMP(3)),
 (8, 'alimentaire, colis, voedselhulp, voedselpakket, food', UTC_TIMESTAMP(3)),
 (9, 'dettes, schulden, debt', UTC_TIMESTAMP(3)),
 (10, 'médecin, dokter, huisarts, doctor', UTC_TIMESTAMP(3)),
 (11, 'primo-arrivants, primo-arrivant, nouveaux arrivants, nieuwkomers, nieuwkomer, newcomers', UTC_TIMESTAMP(3)),
 (12, 'petite enfance, tout-petits, jonge kinderen, kleuters, early childhood', UTC_TIMESTAMP(3));
