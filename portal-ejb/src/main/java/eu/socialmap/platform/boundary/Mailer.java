package eu.socialmap.platform.boundary;

import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.platform.entity.OutgoingMail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;

/**
 * Puts a mail in the outbox, in the caller's transaction: it leaves only if that transaction commits, and
 * {@link MailDeliveryTimer} delivers it shortly after. Used by other services, never straight from a page.
 */
@Stateless
@PermitAll
public class Mailer {

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** A mail whose subject and body are message keys, written in the recipient's language. */
    public OutgoingMail send(String recipient, Language language, String subjectKey, String bodyKey,
                             List<?> arguments) {
        OutgoingMail mail = new OutgoingMail(recipient, language, Messages.get(language, subjectKey, arguments),
                Messages.get(language, bodyKey, arguments), clock.instant());
        em.persist(mail);
        return mail;
    }
}
