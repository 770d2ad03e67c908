package eu.socialmap.platform.boundary;

import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.platform.entity.OutgoingMail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.ParseException;
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

    /**
     * A text file sent with a mail, e.g. {@code new Attachment("invitation.ics",
     * "text/calendar; method=REQUEST; charset=UTF-8", ics)}. Sent as UTF-8.
     */
    public record Attachment(String name, String contentType, String text) {

        /** A bad type is refused here, in the sender's transaction, rather than at each delivery attempt. */
        public Attachment {
            if (contentType == null) {
                throw new IllegalArgumentException("No content type");
            }
            try {
                new ContentType(contentType);
            } catch (ParseException e) {
                throw new IllegalArgumentException("Not a content type: " + contentType, e);
            }
        }
    }

    /** A mail whose subject and body are message keys, written in the recipient's language. */
    public OutgoingMail send(String recipient, Language language, String subjectKey, String bodyKey,
                             List<?> arguments) {
        return send(recipient, language, subjectKey, bodyKey, arguments, null);
    }

    /** The same, with a file (an invitation's .ics) sent along; {@code attachment} may be null. */
    public OutgoingMail send(String recipient, Language language, String subjectKey, String bodyKey,
                             List<?> arguments, Attachment attachment) {
        OutgoingMail mail = new OutgoingMail(recipient, language, Messages.get(language, subjectKey, arguments),
                Messages.get(language, bodyKey, arguments), clock.instant());
        if (attachment != null) {
            mail.attach(attachment.name(), attachment.contentType(), attachment.text());
        }
        em.persist(mail);
        return mail;
    }
}
