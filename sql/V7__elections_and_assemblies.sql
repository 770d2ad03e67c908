-- Steering-committee elections. The secrecy rule is in the shape of the tables: a vote receipt says WHICH
-- organisation voted (so it votes once: primary key), a ballot says FOR WHOM, and nothing links the two — no
-- shared key, no timestamp on ballots, random ballot ids (no insertion order to line up with receipts).
CREATE TABLE election (
    id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title_fr         VARCHAR(200) NULL,
    title_nl         VARCHAR(200) NULL,
    title_en         VARCHAR(200) NULL,
    seats            INT         NOT NULL,
    candidacy_opens  DATETIME(3) NOT NULL,
    candidacy_closes DATETIME(3) NOT NULL,
    voting_opens     DATETIME(3) NOT NULL,
    voting_closes    DATETIME(3) NOT NULL,
    created_at       DATETIME(3) NOT NULL,
    version          BIGINT      NOT NULL DEFAULT 0,
    KEY ix_election_voting (voting_closes)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE candidate (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    election_id     BIGINT        NOT NULL,
    organisation_id BIGINT        NOT NULL,
    person_name     VARCHAR(200)  NOT NULL,
    statement       VARCHAR(2000) NULL,
    proposed_at     DATETIME(3)   NOT NULL,
    -- one candidate per organisation and election
    CONSTRAINT uk_candidate UNIQUE (election_id, organisation_id),
    CONSTRAINT fk_candidate_election FOREIGN KEY (election_id) REFERENCES election (id),
    CONSTRAINT fk_candidate_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE vote_receipt (
    election_id     BIGINT      NOT NULL,
    organisation_id BIGINT      NOT NULL,
    cast_at         DATETIME(3) NOT NULL,
    PRIMARY KEY (election_id, organisation_id),
    CONSTRAINT fk_vote_receipt_election FOREIGN KEY (election_id) REFERENCES election (id),
    CONSTRAINT fk_vote_receipt_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ballot (
    id          CHAR(36) NOT NULL PRIMARY KEY,
    election_id BIGINT   NOT NULL,
    KEY ix_ballot_election (election_id),
    CONSTRAINT fk_ballot_election FOREIGN KEY (election_id) REFERENCES election (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ballot_choice (
    ballot_id    CHAR(36) NOT NULL,
    candidate_id BIGINT   NOT NULL,
    PRIMARY KEY (ballot_id, candidate_id),
    KEY ix_ballot_choice_candidate (candidate_id),
    CONSTRAINT fk_ballot_choice_ballot FOREIGN KEY (ballot_id) REFERENCES ballot (id),
    CONSTRAINT fk_ballot_choice_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- General assemblies of the members, and which member organisations were present (the quorum).
CREATE TABLE assembly (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title_fr       VARCHAR(200) NULL,
    title_nl       VARCHAR(200) NULL,
    title_en       VARCHAR(200) NULL,
    starts_at      DATETIME(3)  NOT NULL,
    place          VARCHAR(300) NOT NULL,
    agenda_fr      TEXT         NULL,
    agenda_nl      TEXT         NULL,
    agenda_en      TEXT         NULL,
    quorum_percent INT          NOT NULL,
    -- members on the day it was convened: the base of the quorum
    member_count   INT          NOT NULL,
    created_at     DATETIME(3)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    KEY ix_assembly_starts (starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE assembly_presence (
    assembly_id     BIGINT      NOT NULL,
    organisation_id BIGINT      NOT NULL,
    recorded_at     DATETIME(3) NOT NULL,
    PRIMARY KEY (assembly_id, organisation_id),
    KEY ix_assembly_presence_organisation (organisation_id),
    CONSTRAINT fk_assembly_presence_assembly FOREIGN KEY (assembly_id) REFERENCES assembly (id),
    CONSTRAINT fk_assembly_presence_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
