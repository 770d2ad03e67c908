-- Single-use links sent by e-mail (set or reset a password). Only a SHA-256 of the token is stored: a copy of the
-- database does not give anyone a working link.
CREATE TABLE account_token (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT      NOT NULL,
    purpose    VARCHAR(30) NOT NULL,
    token_hash CHAR(64)    NOT NULL,
    expires_at DATETIME(3) NOT NULL,
    used_at    DATETIME(3) NULL,
    created_at DATETIME(3) NOT NULL,
    CONSTRAINT uk_account_token_hash UNIQUE (token_hash),
    KEY ix_account_token_account (account_id, purpose),
    CONSTRAINT fk_account_token_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
