package eu.socialmap.membership.boundary;

import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.Assembly;
import eu.socialmap.membership.entity.CharterVersion;
import eu.socialmap.membership.entity.Role;
import eu.socialmap.platform.boundary.Mailer;
import eu.socialmap.platform.boundary.PublicUrl;
import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.platform.entity.LocalizedText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * General assemblies: the coordinator convenes all member organisations (each administrator is told by mail),
 * then records which member organisations are present; the quorum follows.
 */
@Stateless
@RolesAllowed({Role.Names.ORGANISATION_MEMBER, Role.Names.COORDINATOR})
public class Assemblies {

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Charter charter;

    @Inject
    Mailer mailer;

    @Inject
    PublicUrl publicUrl;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** An assembly with its attendance: the member organisations present and whether the quorum is reached. */
    public record Attendance(Assembly assembly, Set<Long> present, boolean quorumReached) implements java.io.Serializable {
    }

    public List<Assembly> latest() {
        callers.withRole(Role.ORGANISATION_MEMBER, Role.COORDINATOR);
        return em.createNamedQuery(Assembly.LATEST, Assembly.class).setMaxResults(50).getResultList();
    }

    @RolesAllowed(Role.Names.COORDINATOR)
    public Assembly convene(LocalizedText title, Instant startsAt, String place, LocalizedText agenda,
                            int quorumPercent) {
        Account coordinator = callers.withRole(Role.COORDINATOR);
        InputCheck input = new InputCheck();
        for (Language language : Language.values()) {
            input.text("title" + language.name().charAt(0) + language.name().substring(1).toLowerCase(),
                    title.exactly(language), 200, false);
            input.text("agenda" + language.name().charAt(0) + language.name().substring(1).toLowerCase(),
                    agenda.exactly(language), 5000, false);
        }
        if (title.isEmpty()) {
            input.refuse("titleFr", "input.required");
        }
        String where = input.text("place", place, 300, true);
        if (startsAt == null) {
            input.refuse("startsAt", "input.required");
        } else if (startsAt.isBefore(clock.instant())) {
            input.refuse("startsAt", "membership.assembly.inPast");
        }
        if (quorumPercent < 1 || quorumPercent > 100) {
            input.refuse("quorumPercent", "membership.assembly.quorumRange");
        }
        input.throwIfAny();
        List<Long> members = charter.memberIds();
        Assembly assembly = new Assembly(title, startsAt, where, agenda, quorumPercent, members.size(), clock.instant());
        em.persist(assembly);
        em.flush();
        if (!members.isEmpty()) {
            for (Account admin : em.createNamedQuery(Account.ADMINS_OF, Account.class)
                    .setParameter("organisations", members).getResultList()) {
                mailer.send(admin.getEmail(), admin.getLanguage(), "mail.assembly.subject", "mail.assembly.body",
                        List.of(admin.getDisplayName(), title.in(admin.getLanguage()), startsAt, where,
                                agenda.in(admin.getLanguage()), publicUrl.of("/assemblies/")));
            }
        }
        audit.record(coordinator.getId(), "assembly.convened", "assembly", assembly.getId(), title.toString());
        return assembly;
    }

    public Attendance attendance(long assemblyId) {
        callers.withRole(Role.ORGANISATION_MEMBER, Role.COORDINATOR);
        Assembly assembly = em.find(Assembly.class, assemblyId);
        if (assembly == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "membership.assembly.notFound");
        }
        @SuppressWarnings("unchecked")
        List<Number> present = em.createNativeQuery("SELECT organisation_id FROM assembly_presence WHERE assembly_id = ?")
                .setParameter(1, assemblyId).getResultList();
        Set<Long> ids = new HashSet<>();
        present.forEach(id -> ids.add(id.longValue()));
        return new Attendance(assembly, ids, assembly.quorumReached(ids.size()));
    }

    /** Records the member organisations present (replacing the previous record of this assembly). */
    @RolesAllowed(Role.Names.COORDINATOR)
    public Attendance recordPresence(long assemblyId, Set<Long> organisationIds) {
        Account coordinator = callers.withRole(Role.COORDINATOR);
        Assembly assembly = attendance(assemblyId).assembly();
        Set<Long> members = new HashSet<>(charter.memberIds());
        if (!members.containsAll(organisationIds)) {
            throw new BusinessException(BusinessException.Kind.INVALID, "membership.assembly.notMember");
        }
        em.createNativeQuery("DELETE FROM assembly_presence WHERE assembly_id = ?").setParameter(1, assemblyId)
                .executeUpdate();
        Instant now = clock.instant();
        for (Long organisation : organisationIds) {
            em.createNativeQuery("INSERT INTO assembly_presence (assembly_id, organisation_id, recorded_at) VALUES (?, ?, ?)")
                    .setParameter(1, assemblyId).setParameter(2, organisation)
                    .setParameter(3, java.time.LocalDateTime.ofInstant(now, java.time.ZoneOffset.UTC)).executeUpdate();
        }
        audit.record(coordinator.getId(), "assembly.presenceRecorded", "assembly", assembly.getId(),
                String.valueOf(organisationIds.size()));
        return attendance(assemblyId);
    }
}
