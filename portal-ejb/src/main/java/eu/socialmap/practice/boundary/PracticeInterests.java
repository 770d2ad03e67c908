package eu.socialmap.practice.boundary;

import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.membership.entity.Role;
import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.practice.entity.PracticeInterest;
import eu.socialmap.practice.entity.PracticeSheet;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;

/**
 * Members and a sheet's authors: a person of another member organisation asks the authors a question, or says her
 * organisation wants to try the practice (once per organisation: the sheet's row is locked first, and a unique key
 * backs it). The authors are told by mail, in their language, with the asker's address to answer her.
 */
@Stateless
@PermitAll
public class PracticeInterests {

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    PracticeAccess access;

    @Inject
    PracticeNotices notices;

    Clock clock = Clock.systemUTC();

    @RolesAllowed({Role.Names.ORGANISATION_MEMBER, Role.Names.ORGANISATION_ADMIN, Role.Names.COORDINATOR})
    public PracticeInterest ask(long sheetId, String question) {
        PracticeAccess.Reader reader = access.reader();
        PracticeSheet sheet = interested(sheetId, reader);
        InputCheck input = new InputCheck();
        String text = input.text("question", question, PracticeInterest.MAX_MESSAGE, true);
        input.throwIfAny();
        return record(sheet, reader, PracticeInterest.Kind.QUESTION, text, "mail.practice.question");
    }

    /** "We want to try this", with an optional note; a second time for the same organisation is refused. */
    @RolesAllowed({Role.Names.ORGANISATION_MEMBER, Role.Names.ORGANISATION_ADMIN, Role.Names.COORDINATOR})
    public PracticeInterest tryIt(long sheetId, String note) {
        PracticeAccess.Reader reader = access.reader();
        PracticeSheet sheet = interested(sheetId, reader);
        InputCheck input = new InputCheck();
        String text = input.text("note", note, PracticeInterest.MAX_MESSAGE, false);
        input.throwIfAny();
        em.lock(sheet, LockModeType.PESSIMISTIC_WRITE);
        boolean already = !em.createQuery("SELECT i.id FROM PracticeInterest i WHERE i.sheetId = :sheet "
                        + "AND i.organisationId = :organisation AND i.kind = :kind", Long.class)
                .setParameter("sheet", sheetId).setParameter("organisation", reader.organisationId())
                .setParameter("kind", PracticeInterest.Kind.TRY).setMaxResults(1).getResultList().isEmpty();
        if (already) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "practice.interest.alreadyTried");
        }
        return record(sheet, reader, PracticeInterest.Kind.TRY, text, "mail.practice.tried");
    }

    private PracticeSheet interested(long sheetId, PracticeAccess.Reader reader) {
        PracticeSheet sheet = access.readable(sheetId, reader);
        if (!reader.mayShowInterest(sheet)) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "practice.interest.notAllowed");
        }
        return sheet;
    }

    private PracticeInterest record(PracticeSheet sheet, PracticeAccess.Reader reader, PracticeInterest.Kind kind,
                                    String text, String mailKey) {
        PracticeInterest interest = new PracticeInterest(sheet.getId(), kind, reader.organisationId(),
                reader.account().getId(), text, clock.instant());
        em.persist(interest);
        em.flush();
        Organisation organisation = em.find(Organisation.class, reader.organisationId());
        notices.interest(sheet, mailKey, reader.account(), organisation, text);
        return interest;
    }
}
