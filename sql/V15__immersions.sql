-- Professional immersions: a member organisation hosts professionals of another for two to five days. Offers with
-- their periods and places, bookings from the request to the signed agreement and the report, the agreement's
-- clauses kept by the coordinator, and the yearly target.

CREATE TABLE immersion_offer (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- the host organisation and the place of the social map where the visitor goes
    host_id         BIGINT        NOT NULL,
    location_id     BIGINT        NOT NULL,
    -- the person the visitor deals with (an account of the host organisation)
    contact_id      BIGINT        NULL,
    -- the service or team visited
    team_fr         VARCHAR(200)  NULL,
    team_nl         VARCHAR(200)  NULL,
    team_en         VARCHAR(200)  NULL,
    -- what the visitor will see and do
    activities_fr   TEXT          NULL,
    activities_nl   TEXT          NULL,
    activities_en   TEXT          NULL,
    -- conditions: confidentiality with clients, vaccination…
    conditions_fr   TEXT          NULL,
    conditions_nl   TEXT          NULL,
    conditions_en   TEXT          NULL,
    theme_term_id   BIGINT        NULL,
    -- languages used on site, e.g. "nl,fr"
    languages       VARCHAR(20)   NOT NULL,
    min_days        INT           NOT NULL,
    max_days        INT           NOT NULL,
    -- the visitor's usual day, e.g. 09:00 to 16:30
    day_starts      TIME          NOT NULL,
    day_ends        TIME          NOT NULL,
    -- DRAFT, PUBLISHED, WITHDRAWN
    status          VARCHAR(12)   NOT NULL,
    created_at      DATETIME(3)   NOT NULL,
    updated_at      DATETIME(3)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    -- the search's stamp (count and latest change of published offers) and the host's list
    KEY ix_immersion_offer_status (status, updated_at),
    KEY ix_immersion_offer_host (host_id, status),
    KEY ix_immersion_offer_contact (contact_id),
    CONSTRAINT fk_immersion_offer_host FOREIGN KEY (host_id) REFERENCES organisation (id),
    CONSTRAINT fk_immersion_offer_location FOREIGN KEY (location_id) REFERENCES location (id),
    CONSTRAINT fk_immersion_offer_contact FOREIGN KEY (contact_id) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT fk_immersion_offer_theme FOREIGN KEY (theme_term_id) REFERENCES taxonomy_term (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- When an offer is possible and how many visitors it takes then. A booking holds one place of its period from the
-- request until it is declined or cancelled; "taken" changes only by a conditional update (taken < places), so the
-- places are never exceeded, whatever the number of nodes and simultaneous requests.
CREATE TABLE immersion_period (
    id         BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    offer_id   BIGINT NOT NULL,
    first_day  DATE   NOT NULL,
    last_day   DATE   NOT NULL,
    places     INT    NOT NULL,
    taken      INT    NOT NULL DEFAULT 0,
    KEY ix_immersion_period_offer (offer_id, first_day),
    CONSTRAINT fk_immersion_period_offer FOREIGN KEY (offer_id) REFERENCES immersion_offer (id) ON DELETE CASCADE,
    CONSTRAINT ck_immersion_period_places CHECK (taken >= 0 AND taken <= places)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE immersion_booking (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    offer_id              BIGINT        NOT NULL,
    period_id             BIGINT        NOT NULL,
    host_id               BIGINT        NOT NULL,
    -- the professional (NULL once her account is deleted; the figures keep the booking)
    visitor_id            BIGINT        NULL,
    visitor_name          VARCHAR(200)  NULL,
    visitor_org_id        BIGINT        NOT NULL,
    first_day             DATE          NOT NULL,
    last_day              DATE          NOT NULL,
    working_days          INT           NOT NULL,
    motivation            TEXT          NULL,
    -- REQUESTED, APPROVED, PROPOSED, ACCEPTED, AGREED, REFUSED, DECLINED, CANCELLED
    status                VARCHAR(12)   NOT NULL,
    -- FR_TO_BE, BE_TO_FR, SAME_COUNTRY: fixed at the request, for the figures
    direction             VARCHAR(12)   NOT NULL,
    theme_term_id         BIGINT        NULL,
    -- other dates the host proposed (status PROPOSED)
    proposed_first_day    DATE          NULL,
    proposed_last_day     DATE          NULL,
    proposed_period_id    BIGINT        NULL,
    -- why it was refused, declined, cancelled, or what the host says with other dates
    reason                TEXT          NULL,
    employer_decided_by   BIGINT        NULL,
    employer_decided_at   DATETIME(3)   NULL,
    host_decided_by       BIGINT        NULL,
    host_decided_at       DATETIME(3)   NULL,
    cancelled_by          BIGINT        NULL,
    cancelled_at          DATETIME(3)   NULL,
    -- the agreement: the clauses' version in force at the host's acceptance, and both signatures (who, when)
    clauses_version       INT           NULL,
    sender_signed_by      BIGINT        NULL,
    sender_signer_name    VARCHAR(200)  NULL,
    sender_signed_at      DATETIME(3)   NULL,
    host_signed_by        BIGINT        NULL,
    host_signer_name      VARCHAR(200)  NULL,
    host_signed_at        DATETIME(3)   NULL,
    -- after the immersion: the visitor's report and the host's feedback
    report_learnt         TEXT          NULL,
    report_practice       TEXT          NULL,
    report_recommends     BOOLEAN       NULL,
    reported_at           DATETIME(3)   NULL,
    host_feedback         TEXT          NULL,
    host_feedback_by      BIGINT        NULL,
    host_feedback_at      DATETIME(3)   NULL,
    created_at            DATETIME(3)   NOT NULL,
    updated_at            DATETIME(3)   NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    KEY ix_immersion_booking_visitor (visitor_id, first_day),
    KEY ix_immersion_booking_sender (visitor_org_id, status),
    KEY ix_immersion_booking_host (host_id, status),
    KEY ix_immersion_booking_offer (offer_id, status),
    -- the figures: agreed immersions by their dates
    KEY ix_immersion_booking_figures (status, first_day),
    CONSTRAINT fk_immersion_booking_offer FOREIGN KEY (offer_id) REFERENCES immersion_offer (id),
    CONSTRAINT fk_immersion_booking_period FOREIGN KEY (period_id) REFERENCES immersion_period (id),
    CONSTRAINT fk_immersion_booking_proposed FOREIGN KEY (proposed_period_id) REFERENCES immersion_period (id),
    CONSTRAINT fk_immersion_booking_host FOREIGN KEY (host_id) REFERENCES organisation (id),
    CONSTRAINT fk_immersion_booking_sender FOREIGN KEY (visitor_org_id) REFERENCES organisation (id),
    CONSTRAINT fk_immersion_booking_visitor FOREIGN KEY (visitor_id) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT fk_immersion_booking_theme FOREIGN KEY (theme_term_id) REFERENCES taxonomy_term (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The agreement's clauses the coordinator maintains; a new text is a new version, an agreement names the version
-- it was made under, so a signed agreement never changes afterwards.
CREATE TABLE immersion_clauses (
    version             INT          NOT NULL PRIMARY KEY,
    insurance_fr        TEXT         NOT NULL,
    insurance_nl        TEXT         NOT NULL,
    insurance_en        TEXT         NOT NULL,
    confidentiality_fr  TEXT         NOT NULL,
    confidentiality_nl  TEXT         NOT NULL,
    confidentiality_en  TEXT         NOT NULL,
    created_by          BIGINT       NULL,
    created_at          DATETIME(3)  NOT NULL,
    CONSTRAINT fk_immersion_clauses_by FOREIGN KEY (created_by) REFERENCES account (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO immersion_clauses (version, insurance_fr, insurance_nl, insurance_en, confidentiality_fr,
                               confidentiality_nl, confidentiality_en, created_at)
VALUES (1,
        'Le professionnel en immersion reste couvert par l’assurance accidents du travail et la responsabilité civile de son employeur pendant toute la durée de l’immersion, trajets compris. L’organisation d’accueil couvre sa responsabilité civile pour les activités qu’elle organise.',
        'De professional in immersie blijft tijdens de hele immersie, verplaatsingen inbegrepen, gedekt door de arbeidsongevallenverzekering en de burgerlijke aansprakelijkheid van zijn werkgever. De onthaalorganisatie dekt haar burgerlijke aansprakelijkheid voor de activiteiten die zij organiseert.',
        'Throughout the immersion, travel included, the professional remains covered by the employer’s workplace accident insurance and civil liability. The host organisation covers its civil liability for the activities it organises.',
        'Le professionnel en immersion respecte le secret professionnel et la confidentialité de tout ce qu’il apprend sur les personnes accompagnées. Il ne note, ne photographie ni ne transmet aucune donnée personnelle. La présence à un entretien individuel demande l’accord préalable de la personne.',
        'De professional in immersie respecteert het beroepsgeheim en de vertrouwelijkheid van alles wat hij verneemt over de begeleide personen. Hij noteert, fotografeert of deelt geen persoonsgegevens. Aanwezigheid bij een individueel gesprek vraagt de voorafgaande toestemming van de persoon.',
        'The professional in immersion respects professional secrecy and the confidentiality of everything learnt about the people supported. No personal data is written down, photographed or passed on. Attending an individual interview requires the person’s prior consent.',
        CURRENT_TIMESTAMP(3));

-- The funder's target of professionals in immersion, per year (the figures page shows 60 where none is set).
CREATE TABLE immersion_target (
    year           INT NOT NULL PRIMARY KEY,
    professionals  INT NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
