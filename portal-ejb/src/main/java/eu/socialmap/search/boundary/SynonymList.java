package eu.socialmap.search.boundary;

import eu.socialmap.membership.boundary.AuditTrail;
import eu.socialmap.membership.boundary.Callers;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.Role;
import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.search.control.SynonymLines;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * The synonyms the search uses, across the network's languages, as the coordinators keep them. Saving replaces
 * the whole list in one transaction; each node's search notices the new version within seconds.
 */
@Stateless
public class SynonymList {

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    @PermitAll
    public List<List<String>> groups() {
        return em.createNativeQuery("SELECT words FROM synonym_group ORDER BY position, id").getResultList().stream()
                .map(words -> Arrays.stream(((String) words).split(",")).map(String::strip)
                        .filter(word -> !word.isEmpty()).toList())
                .toList();
    }

    /** Changes whenever the list does: the number of groups and the last save. */
    @PermitAll
    public String version() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT COUNT(*), MAX(updated_at) FROM synonym_group")
                .getSingleResult();
        return row[0] + "@" + row[1];
    }

    @RolesAllowed(Role.Names.COORDINATOR)
    public void replace(String text) {
        Account coordinator = callers.withRole(Role.COORDINATOR);
        InputCheck input = new InputCheck();
        List<List<String>> groups = SynonymLines.parse(text, input);
        input.throwIfAny();
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        em.createNativeQuery("DELETE FROM synonym_group").executeUpdate();
        for (int i = 0; i < groups.size(); i++) {
            em.createNativeQuery("INSERT INTO synonym_group (position, words, updated_at) VALUES (?, ?, ?)")
                    .setParameter(1, i + 1).setParameter(2, String.join(", ", groups.get(i))).setParameter(3, now)
                    .executeUpdate();
        }
        audit.record(coordinator.getId(), "search.synonymsChanged", "synonyms", 0L, groups.size() + "");
    }
}
