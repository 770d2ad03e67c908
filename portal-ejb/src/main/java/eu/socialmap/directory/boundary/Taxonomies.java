package eu.socialmap.directory.boundary;

import eu.socialmap.directory.entity.TaxonomyTerm;
import eu.socialmap.membership.boundary.AuditTrail;
import eu.socialmap.membership.boundary.Callers;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.Role;
import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.LocalizedText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The network's themes and publics, as the coordinators keep them: a new one gets a code that never changes (it is in
 * the map's addresses, its facets and the Open Referral exchange) and names in the three languages, which may.
 */
@Stateless
@RolesAllowed(Role.Names.COORDINATOR)
public class Taxonomies {

    static final String CODE = "[a-z][a-z0-9-]{1,39}";

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditTrail audit;

    public TaxonomyTerm add(TaxonomyTerm.Taxonomy taxonomy, String code, String fr, String nl, String en) {
        Account coordinator = callers.withRole(Role.COORDINATOR);
        InputCheck input = new InputCheck();
        String checkedCode = input.text("code", code, 40, true);
        if (checkedCode != null && !checkedCode.isEmpty() && !checkedCode.matches(CODE)) {
            input.refuse("code", "directory.term.codeInvalid");
        } else if (checkedCode != null && !em.createQuery("SELECT t.id FROM TaxonomyTerm t WHERE t.taxonomy = :taxonomy "
                + "AND t.code = :code", Long.class).setParameter("taxonomy", taxonomy).setParameter("code", checkedCode)
                .getResultList().isEmpty()) {
            input.refuse("code", "directory.term.codeTaken");
        }
        LocalizedText name = names(input, fr, nl, en);
        input.throwIfAny();
        int last = em.createQuery("SELECT COALESCE(MAX(t.position), 0) FROM TaxonomyTerm t WHERE t.taxonomy = :taxonomy",
                Integer.class).setParameter("taxonomy", taxonomy).getSingleResult();
        TaxonomyTerm term = new TaxonomyTerm(taxonomy, checkedCode, name, last + 1);
        em.persist(term);
        em.flush();
        audit.record(coordinator.getId(), "directory.termAdded", "taxonomy_term", term.getId(), checkedCode);
        return term;
    }

    public TaxonomyTerm rename(long termId, String fr, String nl, String en) {
        Account coordinator = callers.withRole(Role.COORDINATOR);
        TaxonomyTerm term = em.find(TaxonomyTerm.class, termId);
        if (term == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "directory.service.unknownTerm");
        }
        InputCheck input = new InputCheck();
        LocalizedText name = names(input, fr, nl, en);
        input.throwIfAny();
        term.rename(name);
        audit.record(coordinator.getId(), "directory.termRenamed", "taxonomy_term", termId, term.getCode());
        return term;
    }

    /** A name in each language: a theme is read by everyone, so none may be missing. */
    private static LocalizedText names(InputCheck input, String fr, String nl, String en) {
        return new LocalizedText(input.text("nameFr", fr, 100, true), input.text("nameNl", nl, 100, true),
                input.text("nameEn", en, 100, true));
    }
}
