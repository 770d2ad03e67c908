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
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(
                        // LIMIT as a literal: EclipseLink would put setMaxResults after FOR UPDATE (= BATCH_SIZE)
                        "SELECT id FROM mail_outbox WHERE status = 'PENDING' AND next_attempt_at <= ?1 "
                                + "ORDER BY next_attempt_at, id LIMIT 20 FOR UPDATE SKIP LOCKED")
                .setParameter(1, new UtcInstantConverter().convertToDatabaseColumn(now))
                .getResultList();
        for (Number id : ids) {
            OutgoingMail mail = em.find(OutgoingMail.class, id.longValue());
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
