-- A mail may name whom an answer goes to: a member's question about a practice sheet is answered to the member who
-- asked, not to the portal's no-reply sender.
ALTER TABLE mail_outbox ADD COLUMN reply_to VARCHAR(320) NULL AFTER recipient;
