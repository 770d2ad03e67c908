package eu.socialmap.platform.boundary;

import eu.socialmap.membership.entity.Role;
import eu.socialmap.platform.control.Paging;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.platform.entity.OutgoingMail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * The platform administrator's view of the mail outbox: what left, what waits, what failed and why; and, with no
 * SMTP server configured, the mails themselves. Also sends a test mail to check the SMTP settings.
 */
@Stateless
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
public class Outbox {

    public static final int PAGE_SIZE = 50;

    /** A page of the outbox, newest first, and the total, for paging. */
    public record Page(List<OutgoingMail> mails, long total, int page, int pageCount) {
    }

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    Mailer mailer;

    public Page list(int page) {
        long total = em.createQuery("SELECT COUNT(m) FROM OutgoingMail m", Long.class).getSingleResult();
        Paging paging = Paging.of(page, total, PAGE_SIZE);
        List<OutgoingMail> mails = em.createQuery(
                        "SELECT m FROM OutgoingMail m ORDER BY m.createdAt DESC, m.id DESC", OutgoingMail.class)
                .setFirstResult(paging.firstResult()).setMaxResults(PAGE_SIZE).getResultList();
        return new Page(mails, total, paging.page(), paging.pageCount());
    }

    public void sendTest(String recipient, Language language) {
        mailer.send(recipient, language, "mail.test.subject", "mail.test.body", List.of(recipient));
    }
}
