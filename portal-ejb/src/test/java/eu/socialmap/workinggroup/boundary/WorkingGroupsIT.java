package eu.socialmap.workinggroup.boundary;

import eu.socialmap.directory.entity.TaxonomyTerm;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.Role;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.InvalidInput;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.platform.entity.LocalizedText;
import eu.socialmap.testing.TestDatabase;
import eu.socialmap.workinggroup.control.GroupRoster;
import eu.socialmap.workinggroup.entity.GroupMembership;
import eu.socialmap.workinggroup.entity.Meeting;
import eu.socialmap.workinggroup.entity.Standing;
import eu.socialmap.workinggroup.entity.WorkingGroup;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The groups and who is in them, against the real database: the coordinator creates a group with its lead, people
 * of member organisations ask to join and are admitted, outsiders are refused, the last lead stays, and only
 * members see the members (and their addresses).
 */
class WorkingGroupsIT {

    private final EntityManager em = TestDatabase.entityManagerFactory().createEntityManager();
    private final GroupFixtures fixtures = new GroupFixtures(em);

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void theCoordinatorCreatesAGroupWithItsThemeAndALeadNamedByEmail() {
        Account lead = fixtures.person("Animation");
        Long housing = theme("housing");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String name = "Logement " + suffix;
        fixtures.signIn(fixtures.coordinator());

        WorkingGroup group = fixtures.tx(() -> fixtures.groups.create(new LocalizedText(name, "Huisvesting " + suffix, "Housing " + suffix),
                new LocalizedText("Partager les pistes.", "Pistes delen.", "Sharing leads."), housing, 3,
                List.of(" " + lead.getEmail().toUpperCase() + " ")));

        em.clear();
        assertThat(fixtures.groups.group(group.getId()).getReminderDays()).isEqualTo(3);
        assertThat(fixtures.groups.membership(group.getId(), lead.getId()))
                .hasValueSatisfying(m -> assertThat(m.isLeading()).isTrue());
        assertThat(em.find(Account.class, lead.getId()).getRoles()).contains(Role.GROUP_LEAD);
        fixtures.signIn(lead);
        assertThat(fixtures.groups.standing(group.getId())).isEqualTo(Standing.LEAD);
        assertThat(fixtures.groups.summary(group.getId()).theme().in(Language.EN)).isEqualTo("Housing");
    }

    @Test
    void aGroupNeedsAKnownLeadAThemeOfTheListAndACoordinator() {
        Account lead = fixtures.person("Animation");
        String name = "Groupe " + UUID.randomUUID();
        fixtures.signIn(fixtures.coordinator());

        assertThatThrownBy(() -> fixtures.tx(() -> fixtures.groups.create(new LocalizedText(name, "", ""),
                new LocalizedText("", "", ""), -1L, 30,
                List.of("nobody-" + UUID.randomUUID() + "@test.example"))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .extracting(InvalidInput.FieldError::field).contains("leads", "reminderDays", "theme"));
        Long publicTerm = em.createQuery("SELECT t.id FROM TaxonomyTerm t WHERE t.taxonomy <> :theme", Long.class)
                .setParameter("theme", TaxonomyTerm.Taxonomy.THEME).setMaxResults(1).getSingleResult();
        assertThatThrownBy(() -> fixtures.tx(() -> fixtures.groups.create(new LocalizedText(name, "", ""),
                new LocalizedText("", "", ""), publicTerm, 2, List.of(lead.getEmail()))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .extracting(InvalidInput.FieldError::field).containsExactly("theme"));

        fixtures.signIn(lead);
        assertThatThrownBy(() -> fixtures.tx(() -> fixtures.groups.create(new LocalizedText(name, "", ""),
                new LocalizedText("", "", ""), null, 2, List.of(lead.getEmail()))))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.FORBIDDEN));
        assertThat(em.createQuery("SELECT COUNT(g) FROM WorkingGroup g WHERE g.name.fr = :name", Long.class)
                .setParameter("name", name).getSingleResult()).isZero();
    }

    @Test
    void aPersonOfAMemberOrganisationAsksToJoinTheLeadIsToldAndAdmitsHerAndSheIsTold() {
        WorkingGroup group = fixtures.group();
        Account lead = fixtures.leadOf(group);
        Account sophie = fixtures.person("Sophie");

        fixtures.signIn(sophie);
        fixtures.tx(() -> {
            fixtures.groups.askToJoin(group.getId(), "Je travaille sur les expulsions.");
            return null;
        });
        assertThat(fixtures.groups.standing(group.getId())).isEqualTo(Standing.APPLICANT);
        assertThat(mailsTo(lead)).anySatisfy(mail -> assertThat(mail)
                .startsWith("Demande d’adhésion au groupe " + group.getName().in(lead.getLanguage()))
                .contains(sophie.getDisplayName(), "Je travaille sur les expulsions."));

        fixtures.signIn(lead);
        List<GroupRoster.Member> requests = fixtures.groups.requests(group.getId());
        assertThat(requests).singleElement().satisfies(r -> {
            assertThat(r.accountId()).isEqualTo(sophie.getId());
            assertThat(r.motivation()).isEqualTo("Je travaille sur les expulsions.");
        });
        fixtures.tx(() -> {
            fixtures.groups.decide(requests.get(0).membershipId(), true);
            return null;
        });

        assertThat(mailsTo(sophie)).anySatisfy(mail -> assertThat(mail)
                .startsWith("Bienvenue dans le groupe " + group.getName().in(sophie.getLanguage())));
        fixtures.signIn(sophie);
        assertThat(fixtures.groups.standing(group.getId())).isEqualTo(Standing.MEMBER);
        assertThat(fixtures.groups.mine()).extracting(s -> s.group().getId()).contains(group.getId());
        assertThatThrownBy(() -> fixtures.groups.requests(group.getId()))
                .as("a member is not a lead").isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("workinggroup.leadsOnly"));
    }

    @Test
    void aPersonOfAnOrganisationThatDidNotSignTheCharterIsRefused() {
        WorkingGroup group = fixtures.group();
        Account outsider = fixtures.outsider("Dehors");
        fixtures.signIn(outsider);

        assertThatThrownBy(() -> fixtures.tx(() -> {
            fixtures.groups.askToJoin(group.getId(), "");
            return null;
        })).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("workinggroup.join.notMemberOrganisation");
            assertThat(e.kind()).isEqualTo(BusinessException.Kind.FORBIDDEN);
        });
        assertThat(fixtures.groups.membership(group.getId(), outsider.getId())).isEmpty();
        assertThat(mailsTo(fixtures.leadOf(group))).isEmpty();
    }

    @Test
    void theLastLeadCannotLeaveButMembersAndASecondLeadCan() {
        WorkingGroup group = fixtures.group();
        Account lead = fixtures.leadOf(group);
        Account member = fixtures.member(group, "Membre");

        fixtures.signIn(lead);
        assertThatThrownBy(() -> fixtures.tx(() -> {
            fixtures.groups.leave(group.getId());
            return null;
        })).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.messageKey()).isEqualTo("workinggroup.lead.last"));
        assertThat(fixtures.groups.standing(group.getId())).isEqualTo(Standing.LEAD);

        fixtures.signIn(member);
        fixtures.tx(() -> {
            fixtures.groups.leave(group.getId());
            return null;
        });
        assertThat(fixtures.groups.standing(group.getId())).isEqualTo(Standing.VISITOR);

        Account second = fixtures.person("Relève");
        fixtures.signIn(fixtures.coordinator());
        fixtures.tx(() -> {
            fixtures.groups.appointLead(group.getId(), second.getEmail(), true);
            return null;
        });
        fixtures.signIn(lead);
        fixtures.tx(() -> {
            fixtures.groups.leave(group.getId());
            return null;
        });
        assertThat(fixtures.groups.membership(group.getId(), lead.getId()))
                .hasValueSatisfying(m -> assertThat(m.getStatus()).isEqualTo(GroupMembership.Status.LEFT));
        fixtures.signIn(second);
        assertThat(fixtures.groups.standing(group.getId())).isEqualTo(Standing.LEAD);

        // taking the role back from people who do not lead the group changes nothing for them
        Account outside = fixtures.person("Extérieure");
        fixtures.signIn(fixtures.coordinator());
        for (Account notLeading : List.of(outside, lead)) {
            fixtures.tx(() -> {
                fixtures.groups.appointLead(group.getId(), notLeading.getEmail(), false);
                return null;
            });
        }
        assertThat(fixtures.groups.membership(group.getId(), outside.getId())).isEmpty();
        assertThat(fixtures.groups.membership(group.getId(), lead.getId()))
                .hasValueSatisfying(m -> assertThat(m.getStatus()).isEqualTo(GroupMembership.Status.LEFT));
        // nor can the coordinator take it from the last lead
        assertThatThrownBy(() -> fixtures.tx(() -> {
            fixtures.groups.appointLead(group.getId(), second.getEmail(), false);
            return null;
        })).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.messageKey()).isEqualTo("workinggroup.lead.last"));
    }

    @Test
    void onlyMembersSeeTheMembersAndTheirAddresses() {
        WorkingGroup group = fixtures.group();
        Account lead = fixtures.leadOf(group);
        Account member = fixtures.member(group, "Membre");
        Account stranger = fixtures.person("Inconnue");

        fixtures.signIn(member);
        assertThat(fixtures.groups.members(group.getId())).extracting(GroupRoster.Member::email)
                .containsExactlyInAnyOrder(lead.getEmail(), member.getEmail());
        assertThat(fixtures.groups.members(group.getId())).allSatisfy(m -> assertThat(m.organisation()).isNotBlank());

        for (Account notMember : new Account[] {null, stranger}) {
            fixtures.signIn(notMember);
            assertThatThrownBy(() -> fixtures.groups.members(group.getId()))
                    .isInstanceOfSatisfying(BusinessException.class, e -> {
                        assertThat(e.kind()).isEqualTo(BusinessException.Kind.FORBIDDEN);
                        assertThat(e.getMessage()).doesNotContain(lead.getEmail(), member.getEmail());
                        assertThat(e.arguments()).isEmpty();
                    });
        }
        // an applicant is not a member yet
        fixtures.signIn(stranger);
        fixtures.tx(() -> {
            fixtures.groups.askToJoin(group.getId(), null);
            return null;
        });
        assertThatThrownBy(() -> fixtures.groups.members(group.getId())).isInstanceOf(BusinessException.class);
    }

    @Test
    void summariesCountTheMembersAndShowTheNextConfirmedMeetingToEveryone() {
        WorkingGroup group = fixtures.group();
        Account lead = fixtures.leadOf(group);
        fixtures.member(group, "Une");
        fixtures.member(group, "Deux");
        Account left = fixtures.member(group, "Partie");
        fixtures.signIn(left);
        fixtures.tx(() -> {
            fixtures.groups.leave(group.getId());
            return null;
        });
        Meeting inFiveDays = fixtures.confirmedMeeting(group, lead, 5);
        fixtures.confirmedMeeting(group, lead, 9);
        Meeting cancelled = fixtures.confirmedMeeting(group, lead, 2);
        fixtures.signIn(lead);
        fixtures.tx(() -> fixtures.meetings.cancel(cancelled.getId()));
        fixtures.pastMeeting(group, lead, 3);

        fixtures.signOut();
        WorkingGroups.Summary summary = fixtures.groups.summaries().stream()
                .filter(s -> s.group().getId().equals(group.getId())).findFirst().orElseThrow();

        assertThat(summary.members()).as("the lead and two members; not the one who left").isEqualTo(3);
        assertThat(summary.nextMeeting()).as("neither the cancelled nor the past one").isEqualTo(inFiveDays.getStartsAt());
        WorkingGroup empty = fixtures.group();
        assertThat(fixtures.groups.summary(empty.getId()).nextMeeting()).isNull();
        assertThat(fixtures.groups.summary(empty.getId()).members()).isEqualTo(1);
    }

    /** Subject and body of each mail sent to this person. */
    private List<String> mailsTo(Account person) {
        em.clear();
        return em.createQuery("SELECT CONCAT(m.subject, '\n', m.body) FROM OutgoingMail m WHERE m.recipient = :to "
                + "ORDER BY m.id", String.class).setParameter("to", person.getEmail()).getResultList();
    }

    private Long theme(String code) {
        return em.createNamedQuery(TaxonomyTerm.OF_TAXONOMY, TaxonomyTerm.class)
                .setParameter("taxonomy", TaxonomyTerm.Taxonomy.THEME).getResultStream()
                .filter(term -> term.getCode().equals(code)).map(TaxonomyTerm::getId).findFirst().orElse(null);
    }
}
