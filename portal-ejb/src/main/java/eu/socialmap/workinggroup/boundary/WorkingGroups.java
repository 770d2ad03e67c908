package eu.socialmap.workinggroup.boundary;

import eu.socialmap.directory.entity.MembershipStatus;
import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.directory.entity.TaxonomyTerm;
import eu.socialmap.membership.boundary.AuditTrail;
import eu.socialmap.membership.boundary.Callers;
import eu.socialmap.membership.boundary.Charter;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.Role;
import eu.socialmap.platform.boundary.Mailer;
import eu.socialmap.platform.boundary.PublicUrl;
import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.platform.entity.LocalizedText;
import eu.socialmap.workinggroup.control.GroupRoster;
import eu.socialmap.workinggroup.control.GroupRoster.Member;
import eu.socialmap.workinggroup.entity.GroupMembership;
import eu.socialmap.workinggroup.entity.Meeting;
import eu.socialmap.workinggroup.entity.Standing;
import eu.socialmap.workinggroup.entity.WorkingGroup;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The working groups and who is in them. Everyone reads a group's public summary; people of member organisations
 * ask to join; a lead admits or declines them; members leave when they wish (the last lead cannot: the coordinator
 * names another first). The coordinator creates groups and names their leads.
 */
@Stateless
@PermitAll
public class WorkingGroups {

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

    /** What a visitor sees of a group. */
    public record Summary(WorkingGroup group, LocalizedText theme, long members, Instant nextMeeting) implements Serializable {
    }

    public List<Summary> summaries() {
        List<WorkingGroup> groups = em.createNamedQuery(WorkingGroup.ALL, WorkingGroup.class).getResultList();
        return summariesOf(groups);
    }

    /** The groups the signed-in person belongs to. */
    public List<Summary> mine() {
        Optional<Account> caller = callers.signedIn();
        if (caller.isEmpty()) {
            return List.of();
        }
        List<Long> ids = em.createNamedQuery(GroupMembership.OF_ACCOUNT, GroupMembership.class)
                .setParameter("account", caller.get().getId()).getResultList().stream()
                .map(GroupMembership::getGroupId).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return summariesOf(em.createQuery("SELECT g FROM WorkingGroup g WHERE g.id IN :ids ORDER BY g.id", WorkingGroup.class)
                .setParameter("ids", ids).getResultList());
    }

    public Summary summary(long groupId) {
        return summariesOf(List.of(group(groupId))).get(0);
    }

    /** Member counts, next meeting dates and themes of all the groups in three queries, whatever their number. */
    private List<Summary> summariesOf(List<WorkingGroup> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : em.createNamedQuery(GroupMembership.COUNT_MEMBERS, Object[].class).getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        List<Long> ids = groups.stream().map(WorkingGroup::getId).toList();
        Map<Long, Instant> next = new HashMap<>();
        for (Object[] row : em.createNamedQuery(Meeting.NEXT_OF_GROUPS, Object[].class).setParameter("groups", ids)
                .setParameter("now", clock.instant()).getResultList()) {
            next.put((Long) row[0], (Instant) row[1]);
        }
        Map<Long, LocalizedText> themes = new HashMap<>();
        for (TaxonomyTerm term : em.createQuery("SELECT t FROM TaxonomyTerm t WHERE t.id IN (SELECT g.themeTermId FROM WorkingGroup g)",
                TaxonomyTerm.class).getResultList()) {
            themes.put(term.getId(), term.getName());
        }
        List<Summary> summaries = new ArrayList<>();
        for (WorkingGroup group : groups) {
            summaries.add(new Summary(group, themes.get(group.getThemeTermId()), counts.getOrDefault(group.getId(), 0L),
                    next.get(group.getId())));
        }
        return summaries;
    }

    public WorkingGroup group(long groupId) {
        WorkingGroup group = em.find(WorkingGroup.class, groupId);
        if (group == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "workinggroup.notFound");
        }
        return group;
    }

    /** The signed-in person (a refusal for a visitor). */
    public Account caller() {
        return callers.current();
    }

    /** Where the signed-in person (or a visitor) stands towards the group. */
    public Standing standing(long groupId) {
        return standingOf(callers.signedIn(), groupId);
    }

    public Standing standingOf(Optional<Account> caller, long groupId) {
        if (caller.isEmpty()) {
            return Standing.VISITOR;
        }
        if (caller.get().has(Role.COORDINATOR)) {
            return Standing.COORDINATOR;
        }
        return membership(groupId, caller.get().getId())
                .map(m -> m.isLeading() ? Standing.LEAD : m.isMember() ? Standing.MEMBER
                        : m.getStatus() == GroupMembership.Status.REQUESTED ? Standing.APPLICANT : Standing.VISITOR)
                .orElse(Standing.VISITOR);
    }

    /** The signed-in person, if she is at least a member of the group; otherwise a refusal that reveals nothing. */
    public Account requireMember(long groupId) {
        Account caller = callers.current();
        if (!standingOf(Optional.of(caller), groupId).isMember()) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "workinggroup.membersOnly");
        }
        return caller;
    }

    /** The signed-in person, if she leads the group (or coordinates the network). */
    public Account requireLead(long groupId) {
        Account caller = callers.current();
        if (!standingOf(Optional.of(caller), groupId).leads()) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "workinggroup.leadsOnly");
        }
        return caller;
    }

    public Optional<GroupMembership> membership(long groupId, long accountId) {
        return em.createNamedQuery(GroupMembership.FIND, GroupMembership.class).setParameter("group", groupId)
                .setParameter("account", accountId).getResultStream().findFirst();
    }

    public List<Member> members(long groupId) {
        requireMember(groupId);
        return people(groupId, GroupRoster.CURRENT);
    }

    public List<Member> requests(long groupId) {
        requireLead(groupId);
        return people(groupId, GroupRoster.PENDING);
    }

    private List<Member> people(long groupId, List<GroupMembership.Status> statuses) {
        return GroupRoster.people(em, groupId, statuses);
    }

    @RolesAllowed(Role.Names.COORDINATOR)
    public WorkingGroup create(LocalizedText name, LocalizedText mission, Long themeTermId, int reminderDays,
                               List<String> leadEmails) {
        Account coordinator = callers.withRole(Role.COORDINATOR);
        InputCheck input = checkDescription(name, mission, themeTermId, reminderDays);
        List<Account> leads = leadAccounts(input, leadEmails);
        input.throwIfAny();
        Instant now = clock.instant();
        WorkingGroup group = new WorkingGroup(name, mission, themeTermId, reminderDays, now);
        em.persist(group);
        em.flush();
        for (Account lead : leads) {
            em.persist(GroupMembership.lead(group.getId(), lead.getId(), now));
            lead.grant(Role.GROUP_LEAD);
        }
        audit.record(coordinator.getId(), "workinggroup.created", "working_group", group.getId(), name.toString());
        return group;
    }

    @RolesAllowed(Role.Names.COORDINATOR)
    public WorkingGroup update(long groupId, long expectedVersion, LocalizedText name, LocalizedText mission,
                               Long themeTermId, int reminderDays) {
        Account coordinator = callers.withRole(Role.COORDINATOR);
        WorkingGroup group = em.find(WorkingGroup.class, groupId, LockModeType.PESSIMISTIC_WRITE);
        if (group == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "workinggroup.notFound");
        }
        if (group.getVersion() != expectedVersion) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "workinggroup.changedMeanwhile");
        }
        checkDescription(name, mission, themeTermId, reminderDays).throwIfAny();
        boolean remindersChanged = group.getReminderDays() != reminderDays;
        group.describe(name, mission, themeTermId, reminderDays);
        if (remindersChanged) {
            for (Meeting meeting : em.createNamedQuery(Meeting.UPCOMING_OF_GROUP, Meeting.class)
                    .setParameter("group", groupId).setParameter("now", clock.instant()).getResultList()) {
                meeting.scheduleReminder(reminderDays);
            }
        }
        audit.record(coordinator.getId(), "workinggroup.updated", "working_group", groupId, name.toString());
        return group;
    }

    /** The coordinator names a lead (a person outside the group joins it at once) or takes the role back. */
    @RolesAllowed(Role.Names.COORDINATOR)
    public void appointLead(long groupId, String email, boolean lead) {
        Account coordinator = callers.withRole(Role.COORDINATOR);
        group(groupId);
        InputCheck input = new InputCheck();
        List<Account> accounts = leadAccounts(input, List.of(email == null ? "" : email));
        input.throwIfAny();
        Account person = accounts.get(0);
        Instant now = clock.instant();
        GroupMembership membership = membership(groupId, person.getId()).orElse(null);
        if (!lead && (membership == null || !membership.isLeading())) {
            return; // not a lead here: nothing to take back, and taking it back must not make her a member (or a lead)
        }
        if (membership == null) {
            em.persist(GroupMembership.lead(groupId, person.getId(), now));
        } else {
            if (!lead && membership.isLeading() && leadCount(groupId) <= 1) {
                throw new BusinessException(BusinessException.Kind.CONFLICT, "workinggroup.lead.last");
            }
            membership.appointLead(lead, now);
        }
        if (lead) {
            person.grant(Role.GROUP_LEAD);
        }
        audit.record(coordinator.getId(), lead ? "workinggroup.leadAppointed" : "workinggroup.leadRemoved",
                "working_group", groupId, person.getEmail());
    }

    /** A person of a member organisation asks to join; the leads are told. */
    public void askToJoin(long groupId, String motivation) {
        Account caller = callers.current();
        WorkingGroup group = group(groupId);
        if (caller.getOrganisationId() == null || !isMemberOrganisation(caller.getOrganisationId())) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "workinggroup.join.notMemberOrganisation");
        }
        InputCheck input = new InputCheck();
        String why = input.text("motivation", motivation, 500, false);
        input.throwIfAny();
        Instant now = clock.instant();
        Optional<GroupMembership> existing = membership(groupId, caller.getId());
        if (existing.isPresent()) {
            existing.get().askAgain(why, now);
        } else {
            em.persist(new GroupMembership(groupId, caller.getId(), why, now));
        }
        Organisation organisation = em.find(Organisation.class, caller.getOrganisationId());
        for (Member lead : people(groupId, GroupRoster.CURRENT).stream().filter(Member::lead).toList()) {
            Account account = em.find(Account.class, lead.accountId());
            mailer.send(account.getEmail(), account.getLanguage(), "mail.group.joinRequest.subject",
                    "mail.group.joinRequest.body", List.of(account.getDisplayName(), caller.getDisplayName(),
                            organisation.getShortName(), group.getName().in(account.getLanguage()),
                            why == null ? "" : why, publicUrl.of("/groups/view?id=" + groupId)));
        }
    }

    private boolean isMemberOrganisation(long organisationId) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        return organisation != null && charter.statusOf(organisation) == MembershipStatus.MEMBER;
    }

    /** A lead admits or declines a request; the person is told in her language. */
    public void decide(long membershipId, boolean admit) {
        GroupMembership membership = em.find(GroupMembership.class, membershipId, LockModeType.PESSIMISTIC_WRITE);
        if (membership == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "workinggroup.join.notPending");
        }
        Account lead = requireLead(membership.getGroupId());
        Instant now = clock.instant();
        if (admit) {
            membership.admit(now);
        } else {
            membership.decline(now);
        }
        Account person = em.find(Account.class, membership.getAccountId());
        WorkingGroup group = group(membership.getGroupId());
        String kind = admit ? "admitted" : "declined";
        mailer.send(person.getEmail(), person.getLanguage(), "mail.group." + kind + ".subject", "mail.group." + kind + ".body",
                List.of(person.getDisplayName(), group.getName().in(person.getLanguage()),
                        publicUrl.of("/groups/view?id=" + group.getId())));
        audit.record(lead.getId(), "workinggroup.request" + (admit ? "Admitted" : "Declined"), "working_group",
                group.getId(), person.getEmail());
    }

    /** The signed-in person leaves the group (or withdraws her request). */
    public void leave(long groupId) {
        Account caller = callers.current();
        GroupMembership membership = membership(groupId, caller.getId())
                .orElseThrow(() -> new BusinessException(BusinessException.Kind.CONFLICT, "workinggroup.leave.notMember"));
        if (membership.isLeading() && leadCount(groupId) <= 1) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "workinggroup.lead.last");
        }
        membership.leave(clock.instant());
    }

    private long leadCount(long groupId) {
        return em.createNamedQuery(GroupMembership.COUNT_LEADS, Long.class).setParameter("group", groupId).getSingleResult();
    }

    private InputCheck checkDescription(LocalizedText name, LocalizedText mission, Long themeTermId, int reminderDays) {
        InputCheck input = new InputCheck();
        for (Language language : Language.values()) {
            String suffix = language.name().charAt(0) + language.name().substring(1).toLowerCase();
            input.text("name" + suffix, name.exactly(language), 200, false);
            input.text("mission" + suffix, mission.exactly(language), 5000, false);
        }
        if (name.isEmpty()) {
            input.refuse("nameFr", "input.required");
        }
        if (themeTermId != null) {
            TaxonomyTerm theme = em.find(TaxonomyTerm.class, themeTermId);
            if (theme == null || theme.getTaxonomy() != TaxonomyTerm.Taxonomy.THEME) {
                input.refuse("theme", "workinggroup.themeUnknown");
            }
        }
        if (reminderDays < 0 || reminderDays > WorkingGroup.MAX_REMINDER_DAYS) {
            input.refuse("reminderDays", "workinggroup.reminderDays", WorkingGroup.MAX_REMINDER_DAYS);
        }
        return input;
    }

    /** The accounts named as leads by e-mail address: each must exist and be enabled. */
    private List<Account> leadAccounts(InputCheck input, List<String> emails) {
        List<Account> accounts = new ArrayList<>();
        for (String email : emails) {
            if (email == null || email.isBlank()) {
                continue;
            }
            Optional<Account> account = em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                    .setParameter("email", Account.normaliseEmail(email)).getResultStream().findFirst();
            if (account.isEmpty() || !account.get().isEnabled()) {
                input.refuse("leads", "workinggroup.lead.unknown", email.strip());
            } else if (accounts.stream().noneMatch(a -> a.getId().equals(account.get().getId()))) {
                accounts.add(account.get());
            }
        }
        if (accounts.isEmpty() && !input.hasErrors()) {
            input.refuse("leads", "workinggroup.lead.required");
        }
        return accounts;
    }
}
