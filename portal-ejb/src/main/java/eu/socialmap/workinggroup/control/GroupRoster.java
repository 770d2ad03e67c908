package eu.socialmap.workinggroup.control;

import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.workinggroup.entity.GroupMembership;
import jakarta.persistence.EntityManager;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The people of a group with their accounts and organisations, each list in one query. Not a service: the
 * boundaries call it after they have checked that the caller may see these people.
 */
public final class GroupRoster {

    public static final List<GroupMembership.Status> CURRENT = List.of(GroupMembership.Status.MEMBER);
    public static final List<GroupMembership.Status> PENDING = List.of(GroupMembership.Status.REQUESTED);

    /** A member as other members see her: her name, organisation and e-mail address. */
    public record Member(long membershipId, long accountId, String name, String email, Long organisationId,
                         String organisation, boolean lead, String motivation, Instant since) implements Serializable {
    }

    private GroupRoster() {
    }

    public static List<Member> people(EntityManager em, long groupId, List<GroupMembership.Status> statuses) {
        List<Member> people = new ArrayList<>();
        // both joins outer (the account always exists): EclipseLink writes an inner entity join as a comma join
        // after the outer one, whose ON then names a table not joined yet
        for (Object[] row : em.createQuery("SELECT m, a, o FROM GroupMembership m LEFT JOIN Account a ON a.id = m.accountId "
                        + "LEFT JOIN Organisation o ON o.id = a.organisationId WHERE m.groupId = :group AND m.status IN :statuses "
                        + "ORDER BY m.lead DESC, a.displayName, m.id", Object[].class)
                .setParameter("group", groupId).setParameter("statuses", statuses).getResultList()) {
            GroupMembership membership = (GroupMembership) row[0];
            Account account = (Account) row[1];
            Organisation organisation = (Organisation) row[2];
            people.add(new Member(membership.getId(), account.getId(), account.getDisplayName(), account.getEmail(),
                    organisation == null ? null : organisation.getId(),
                    organisation == null ? null : organisation.getShortName(), membership.isLead(),
                    membership.getMotivation(),
                    membership.getDecidedAt() == null ? membership.getRequestedAt() : membership.getDecidedAt()));
        }
        return people;
    }

    /** The group's members who can receive mail, to be told of a change. */
    public static List<Account> recipients(EntityManager em, long groupId) {
        return em.createQuery("SELECT a FROM Account a, GroupMembership m WHERE m.accountId = a.id AND m.groupId = :group "
                        + "AND m.status = eu.socialmap.workinggroup.entity.GroupMembership.Status.MEMBER AND a.enabled = TRUE "
                        + "ORDER BY a.id", Account.class)
                .setParameter("group", groupId).getResultList();
    }
}
