-- Every e-mail the portal sends, written in the same transaction as the change that causes it (so a rolled-back
-- change sends nothing) and delivered afterwards by a timer that claims rows with SKIP LOCKED (so two nodes never
-- send the same mail). Without SMTP_HOST the mails stay here, for the platform administrator to read.
CREATE TABLE mail_outbox (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient       VARCHAR(254) NOT NULL,
    language        CHAR(2)      NOT NULL,
    subject         VARCHAR(300) NOT NULL,
    body            MEDIUMTEXT   NOT NULL,
    -- PENDING (to deliver), SENT, KEPT (no SMTP server configured), FAILED (given up after retries)
    status          VARCHAR(20)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(3)  NOT NULL,
    last_error      VARCHAR(1000) NULL,
    created_at      DATETIME(3)  NOT NULL,
    sent_at         DATETIME(3)  NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    -- the delivery timer's query: due mails, oldest first
    KEY ix_mail_outbox_due (status, next_attempt_at),
    -- the administrator's list: newest first
    KEY ix_mail_outbox_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
