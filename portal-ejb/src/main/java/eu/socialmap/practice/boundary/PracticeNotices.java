package eu.socialmap.practice.boundary;

import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.Role;
import eu.socialmap.platform.boundary.Mailer;
import eu.socialmap.platform.boundary.PublicUrl;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.practice.entity.PracticeSheet;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The practice library's mails, each in its reader's language, written in the caller's transaction (they leave only
 * if the change commits): a sheet submitted (to the coordinators), published or returned (to its authors), a
 * question or a take-up (to its authors and its contact address).
 */
@Stateless
@PermitAll
public class PracticeNotices {

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    PublicUrl publicUrl;

    /** A recipient: her address and language. */
    public record Recipient(String email, Language language) {
    }

    public String pageOf(long sheetId) {
        return publicUrl.of("/practices/sheet?id=" + sheetId);
    }

    /**
     * Every coordinator, as for a registration to review (a network has a handful). {0} the title in the reader's
     * language, {1} the organisation, {2} the review page.
     */
    public void submitted(PracticeSheet sheet) {
        Organisation organisation = em.find(Organisation.class, sheet.getOrganisationId());
        for (Account coordinator : em.createNamedQuery(Account.WITH_ROLE, Account.class)
                .setParameter("role", Role.COORDINATOR).getResultList()) {
            if (!coordinator.isEnabled()) {
                continue;
            }
            Language language = coordinator.getLanguage();
            mailer.send(coordinator.getEmail(), language, "mail.practice.submitted.subject",
                    "mail.practice.submitted.body", List.of(sheet.titleFor(language),
                            organisation == null ? "" : organisation.getShortName(),
                            publicUrl.of("/coordination/practices")));
        }
    }

    /** {0} title, {1} the sheet's page, {2} the coordinator's comment. */
    public void reviewed(PracticeSheet sheet, boolean published) {
        String key = published ? "mail.practice.published" : "mail.practice.returned";
        for (Recipient reader : authors(sheet)) {
            mailer.send(reader.email(), reader.language(), key + ".subject", key + ".body",
                    List.of(sheet.titleFor(reader.language()),
                            published ? pageOf(sheet.getId()) : publicUrl.of("/practices/mine"),
                            sheet.getReviewComment() == null ? "" : sheet.getReviewComment()));
        }
    }

    /**
     * A member's question or take-up. {0} title, {1} the asker's name, {2} her organisation, {3} her address (to
     * answer her: also the mail's Reply-To), {4} the message (may be empty), {5} the sheet's page.
     */
    public void interest(PracticeSheet sheet, String key, Account asker, Organisation askerOrganisation,
                         String message) {
        for (Recipient reader : authors(sheet)) {
            mailer.send(reader.email(), reader.language(), key + ".subject", key + ".body",
                    List.of(sheet.titleFor(reader.language()), asker.getDisplayName(),
                            askerOrganisation.getShortName(), asker.getEmail(), message == null ? "" : message,
                            pageOf(sheet.getId()))).replyTo(asker.getEmail());
        }
    }

    /**
     * The author (in her language) and the sheet's contact address (in the sheet's language), each once; the lead
     * organisation's administrators when there is neither.
     */
    List<Recipient> authors(PracticeSheet sheet) {
        Map<String, Recipient> readers = new LinkedHashMap<>();
        Account author = sheet.getAuthorId() == null ? null : em.find(Account.class, sheet.getAuthorId());
        if (author != null && author.isEnabled()) {
            readers.put(author.getEmail(), new Recipient(author.getEmail(), author.getLanguage()));
        }
        if (sheet.getContactEmail() != null) {
            String email = sheet.getContactEmail().toLowerCase(Locale.ROOT);
            readers.putIfAbsent(email, new Recipient(email, sheet.getOriginalLanguage()));
        }
        if (readers.isEmpty()) {
            for (Account admin : em.createNamedQuery(Account.ADMINS_OF, Account.class)
                    .setParameter("organisations", List.of(sheet.getOrganisationId())).setMaxResults(20)
                    .getResultList()) {
                if (admin.isEnabled()) {
                    readers.putIfAbsent(admin.getEmail(), new Recipient(admin.getEmail(), admin.getLanguage()));
                }
            }
        }
        return new ArrayList<>(readers.values());
    }
}
