package eu.socialmap.practice.boundary;

import eu.socialmap.membership.boundary.Callers;
import eu.socialmap.membership.boundary.Charter;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.Role;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.practice.entity.PracticeSheet;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;

/**
 * Who the caller is for the practice library, decided once per request and used by every service of it: a visitor,
 * a person of a member organisation (charter signed), a coordinator. A sheet anyone else may not read is "not found",
 * the same answer whatever the id.
 */
@Stateless
@PermitAll
public class PracticeAccess {

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Charter charter;

    /**
     * The caller: {@code account} null for a visitor; {@code member} when she works for a member organisation.
     */
    public record Reader(Account account, boolean member, boolean coordinator) implements Serializable {

        public static final Reader VISITOR = new Reader(null, false, false);

        /** Reads members-only sheets and sees which organisations took a sheet up. */
        public boolean inNetwork() {
            return member || coordinator;
        }

        public Long organisationId() {
            return account == null ? null : account.getOrganisationId();
        }

        /** The author, the lead organisation's administrators and coordinators. */
        public boolean mayEdit(PracticeSheet sheet) {
            return account != null && (coordinator || account.getId().equals(sheet.getAuthorId())
                    || account.isAdministratorOf(sheet.getOrganisationId()));
        }

        public boolean mayRead(PracticeSheet sheet) {
            if (sheet.getStatus() == PracticeSheet.Status.PUBLISHED) {
                return sheet.getVisibility() == PracticeSheet.Visibility.PUBLIC || inNetwork() || mayEdit(sheet);
            }
            return mayEdit(sheet);
        }

        /** A person of a member organisation other than the sheet's own, on a published sheet she reads. */
        public boolean mayShowInterest(PracticeSheet sheet) {
            return member && sheet.isPublished() && mayRead(sheet)
                    && !account.worksFor(sheet.getOrganisationId());
        }
    }

    public Reader reader() {
        Account account = callers.signedIn().orElse(null);
        if (account == null) {
            return Reader.VISITOR;
        }
        return new Reader(account, charter.worksForAMember(account), account.has(Role.COORDINATOR));
    }

    /** The sheet, if this reader may read it; "not found" otherwise (and for an id that does not exist). */
    public PracticeSheet readable(long sheetId, Reader reader) {
        PracticeSheet sheet = em.find(PracticeSheet.class, sheetId);
        if (sheet == null || !reader.mayRead(sheet)) {
            throw notFound();
        }
        return sheet;
    }

    /**
     * The sheet, if this reader may edit it. Someone who may read it but not edit it is refused; anyone else hears
     * "not found".
     */
    public PracticeSheet editable(long sheetId, Reader reader) {
        PracticeSheet sheet = em.find(PracticeSheet.class, sheetId);
        if (sheet == null || !reader.mayRead(sheet)) {
            throw notFound();
        }
        if (!reader.mayEdit(sheet)) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "practice.forbidden");
        }
        return sheet;
    }

    static BusinessException notFound() {
        return new BusinessException(BusinessException.Kind.NOT_FOUND, "practice.sheet.notFound");
    }
}
