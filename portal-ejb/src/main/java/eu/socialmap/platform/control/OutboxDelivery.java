package eu.socialmap.platform.control;

import eu.socialmap.platform.entity.OutgoingMail;
import eu.socialmap.platform.entity.UtcInstantConverter;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Delivers the due mails of the outbox, within the caller's transaction. Rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}: another node (or timer) running at the same moment skips them, so a mail goes
 * out once. A mail is marked sent in the transaction that sent it; only a crash between the SMTP server's "OK"
 * and the commit could send it again.
 */
public final class OutboxDelivery {

    public static final int BATCH_SIZE = 20;
    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

    private OutboxDelivery() {
    }

    /** Delivers (or keeps, without SMTP) up to {@link #BATCH_SIZE} due mails; returns how many were handled. */
    public static int deliverDue(EntityManager em, Optional<SmtpTransport> transport, Instant now) {
        // The due mails are read without locks, then each is claimed by its primary key alone. Locking them through
        // the (status, next_attempt_at) index instead takes gap locks there, which the status updates of another
        // node then wait on: a deadlock, whose rollback would send the same mails again.
        @SuppressWarnings("unchecked")
        List<Number> due = em.createNativeQuery(
                        "SELECT id FROM mail_outbox WHERE status = 'PENDING' AND next_attempt_at <= ?1 "
                                + "ORDER BY next_attempt_at, id LIMIT 20")
                .setParameter(1, new UtcInstantConverter().convertToDatabaseColumn(now))
                .getResultList();
        List<Number> ids = new java.util.ArrayList<>();
        for (Number candidate : due) {
            // SKIP LOCKED: a mail another node is sending right now is left to it; one it has sent is no longer due
            if (!em.createNativeQuery("SELECT id FROM mail_outbox WHERE id = ?1 AND status = 'PENDING' "
                            + "AND next_attempt_at <= ?2 FOR UPDATE SKIP LOCKED")
                    .setParameter(1, candidate.longValue())
                    .setParameter(2, new UtcInstantConverter().convertToDatabaseColumn(now)).getResultList().isEmpty()) {
                ids.add(candidate);
            }
        }
        for (Number id : ids) {
            // read as it is now, not as the snapshot of the first query saw it (the row is ours: no wait)
            OutgoingMail mail = em.find(OutgoingMail.class, id.longValue(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (transport.isEmpty()) {
                mail.keep();
                continue;
            }
            try {
                transport.get().send(mail, now);
                mail.markSent(now);
            } catch (Exception e) {
                mail.markFailed(e.getMessage(), now);
                LOG.warning(() -> "Mail " + mail.getId() + " to " + mail.getRecipient() + " not delivered (attempt "
                        + mail.getAttempts() + "): " + e.getMessage());
            }
        }
        return ids.size();
    }
}
