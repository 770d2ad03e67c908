package eu.socialmap.workinggroup.boundary;

import eu.socialmap.membership.boundary.AuditTrail;
import eu.socialmap.membership.boundary.MembershipFixtures;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.CharterVersion;
import eu.socialmap.platform.boundary.DataDirectory;
import eu.socialmap.platform.boundary.Mailer;
import eu.socialmap.platform.boundary.PlatformFixtures;
import eu.socialmap.platform.boundary.PublicUrl;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.entity.LocalizedText;
import eu.socialmap.testing.TestDatabase;
import eu.socialmap.workinggroup.entity.GroupMembership;
import eu.socialmap.workinggroup.entity.Meeting;
import eu.socialmap.workinggroup.entity.MeetingDetails;
import eu.socialmap.workinggroup.entity.TimeSlot;
import eu.socialmap.workinggroup.entity.WorkingGroup;
import jakarta.persistence.EntityManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The working-group services wired by hand on one entity manager, with the people a test needs: a coordinator,
 * leads and members from member organisations (charter signed), outsiders, and meetings. Every method that writes
 * runs in a transaction of its own unless the test already opened one. The "signed-in person" is whoever
 * {@link #signIn(Account)} named last.
 */
public final class GroupFixtures {

    public final EntityManager em;
    /** The membership services (charter, organisations) on the same entity manager. */
    public final MembershipFixtures membership;
    public final MembershipFixtures.SignedIn callers;
    public final AuditTrail audit;
    public final Mailer mailer;
    public final PublicUrl publicUrl = PlatformFixtures.publicUrl("https://portal.test");
    public final WorkingGroups groups = new WorkingGroups();
    public final MeetingNotices notices = new MeetingNotices();
    public final Meetings meetings = new Meetings();
    public final MeetingRecords records = new MeetingRecords();
    /** Where {@link #records} keeps meeting files ({@code documents/} below it). */
    public final Path dataDirectory;

    private Account coordinator;

    /** Files go to a fresh temporary folder (the build points the temp dir at {@code target/}). */
    public GroupFixtures(EntityManager em) {
        this(em, temporaryDirectory());
    }

    public GroupFixtures(EntityManager em, Path dataDirectory) {
        this.em = em;
        this.dataDirectory = dataDirectory;
        membership = new MembershipFixtures(em);
        callers = MembershipFixtures.signedIn(em);
        audit = MembershipFixtures.audit(em, callers);
        mailer = PlatformFixtures.mailer(em);

        groups.em = em;
        groups.callers = callers;
        groups.charter = membership.charter;
        groups.mailer = mailer;
        groups.publicUrl = publicUrl;
        groups.audit = audit;

        notices.mailer = mailer;
        notices.publicUrl = publicUrl;

        meetings.em = em;
        meetings.groups = groups;
        meetings.notices = notices;
        meetings.audit = audit;

        records.em = em;
        records.groups = groups;
        records.audit = audit;
        records.dataDirectory = dataDirectory(dataDirectory);
    }

    /** A {@link DataDirectory} at a given folder (its configuration is injected in the container). */
    public static DataDirectory dataDirectory(Path root) {
        return new DataDirectory() {
            @Override
            public Path root() {
                return root;
            }
        };
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("socialmap-data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Acts as this person from now on (null: a visitor). */
    public void signIn(Account account) {
        callers.signIn(account == null ? null : account.getId());
        membership.signIn(account);
    }

    public void signOut() {
        signIn(null);
    }

    /** The network's coordinator (one per fixture). */
    public Account coordinator() {
        if (coordinator == null) {
            coordinator = tx(membership::coordinator);
        }
        return coordinator;
    }

    /** A person of a member organisation (accepted, charter in force signed): she may join groups. */
    public Account person(String name) {
        Account person = outsider(name);
        CharterVersion charter = charterInForce();
        signIn(person);
        tx(() -> {
            membership.charter.sign(person.getOrganisationId(), charter.getNumber());
            return null;
        });
        return person;
    }

    /** A person of an accepted organisation that has not signed the charter: not a member of the network. */
    public Account outsider(String name) {
        return tx(() -> membership.acceptedOrganisationWithAdministrator(unique(name)));
    }

    /** A group created by the coordinator with this person as its lead. */
    public WorkingGroup group(Account lead) {
        signIn(coordinator());
        String name = unique("Groupe");
        return tx(() -> groups.create(new LocalizedText(name, "Werkgroep " + name, ""),
                new LocalizedText("Se coordonner.", "Samenwerken.", ""), null, 2, List.of(lead.getEmail())));
    }

    /** A new group with a new lead (see {@link #leadOf(WorkingGroup)}). */
    public WorkingGroup group() {
        return group(person("Animation"));
    }

    /** The first lead of the group. */
    public Account leadOf(WorkingGroup group) {
        Long id = em.createQuery("SELECT m.accountId FROM GroupMembership m WHERE m.groupId = :group AND m.lead = TRUE "
                        + "AND m.status = eu.socialmap.workinggroup.entity.GroupMembership.Status.MEMBER ORDER BY m.id", Long.class)
                .setParameter("group", group.getId()).setMaxResults(1).getSingleResult();
        return em.find(Account.class, id);
    }

    /** A new person of a member organisation who asked to join and was admitted. */
    public Account member(WorkingGroup group, String name) {
        return join(group, person(name));
    }

    /** The person asks to join the group and the coordinator (who leads every group) admits her. */
    public Account join(WorkingGroup group, Account person) {
        signIn(person);
        tx(() -> {
            groups.askToJoin(group.getId(), "");
            return null;
        });
        GroupMembership request = groups.membership(group.getId(), person.getId()).orElseThrow();
        signIn(coordinator());
        tx(() -> {
            groups.decide(request.getId(), true);
            return null;
        });
        return person;
    }

    /** A meeting the lead set {@code daysAhead} days from today (at least 1), 14:00 to 16:00 in Brussels. */
    public Meeting confirmedMeeting(WorkingGroup group, Account lead, int daysAhead) {
        LocalDate day = LocalDate.now(Messages.NETWORK_ZONE).plusDays(Math.max(1, daysAhead));
        Instant start = LocalDateTime.of(day, LocalTime.of(14, 0)).atZone(Messages.NETWORK_ZONE).toInstant();
        signIn(lead);
        return tx(() -> meetings.schedule(group.getId(), unique("Réunion"),
                new TimeSlot(start, start.plus(Duration.ofHours(2))),
                new MeetingDetails(null, null, "Rue de la Victoire 96, 1060 Saint-Gilles", null, 20, "1. Tour de table")));
    }

    /** A meeting that was held {@code daysAgo} days ago (the services refuse to schedule in the past). */
    public Meeting pastMeeting(WorkingGroup group, Account lead, int daysAgo) {
        Meeting meeting = confirmedMeeting(group, lead, 1);
        LocalDate day = LocalDate.now(Messages.NETWORK_ZONE).minusDays(Math.max(1, daysAgo));
        return startsAt(meeting, LocalDateTime.of(day, LocalTime.of(14, 0)).atZone(Messages.NETWORK_ZONE).toInstant());
    }

    /** Sets a meeting's start (two hours long) by SQL, e.g. in a past year; returns the meeting read again. */
    public Meeting startsAt(Meeting meeting, Instant start) {
        tx(() -> em.createNativeQuery("UPDATE meeting SET starts_at = ?, ends_at = ?, reminder_due_at = NULL WHERE id = ?")
                .setParameter(1, LocalDateTime.ofInstant(start, ZoneOffset.UTC))
                .setParameter(2, LocalDateTime.ofInstant(start.plus(Duration.ofHours(2)), ZoneOffset.UTC))
                .setParameter(3, meeting.getId()).executeUpdate());
        Meeting changed = em.find(Meeting.class, meeting.getId());
        em.refresh(changed);
        return changed;
    }

    /** The work in a transaction of the fixture's entity manager, or in the test's own if one is open. */
    public <T> T tx(Supplier<T> work) {
        if (em.getTransaction().isActive()) {
            return work.get();
        }
        return TestDatabase.inTransaction(em, work);
    }

    private CharterVersion charterInForce() {
        return membership.charter.inForce().orElseGet(() -> {
            signIn(coordinator());
            return tx(() -> membership.charter.publish("Charte du réseau", "Charter van het netwerk", "",
                    LocalDate.now(Messages.NETWORK_ZONE)));
        });
    }

    /** Names short enough for an organisation's short name, different at each call. */
    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
