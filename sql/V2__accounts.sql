-- People who sign in, and their roles. E-mail addresses are stored lower-cased (one account per address).
CREATE TABLE account (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email           VARCHAR(254) NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    -- PBKDF2 hash from the container (Pbkdf2PasswordHash); NULL until the person has chosen a password
    password_hash   VARCHAR(400) NULL,
    language        CHAR(2)      NOT NULL DEFAULT 'fr',
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_sign_ins INT          NOT NULL DEFAULT 0,
    locked_until    DATETIME(3)  NULL,
    last_sign_in_at DATETIME(3)  NULL,
    created_at      DATETIME(3)  NOT NULL DEFAULT UTC_TIMESTAMP(3),
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_account_email UNIQUE (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(40) NOT NULL,
    PRIMARY KEY (account_id, role),
    -- "who holds this role" (the coordinators, the platform administrators)
    KEY ix_account_role_role (role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
