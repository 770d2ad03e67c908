package eu.socialmap.workinggroup.boundary;

import eu.socialmap.immersion.boundary.FiguresFixtures;
import eu.socialmap.immersion.entity.ImmersionBooking;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.testing.TestDatabase;
import eu.socialmap.workinggroup.entity.Meeting;
import eu.socialmap.workinggroup.entity.WorkingGroup;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's own calendar feed holds her groups' meetings and her agreed immersions: the visitor's calendar and the
 * host's both get the dates, each in its reader's language.
 */
class PersonalCalendarIT {

    private final EntityManager em = TestDatabase.entityManagerFactory().createEntityManager();
    private final FiguresFixtures fixtures = new FiguresFixtures(em);
    private final GroupFixtures people = fixtures.people;
    private final CalendarFeeds feeds = new CalendarFeeds();
    private final GroupCalendars calendars = new GroupCalendars();

    PersonalCalendarIT() {
        feeds.em = em;
        feeds.callers = people.callers;
        feeds.audit = people.audit;
        calendars.em = em;
        calendars.groups = people.groups;
        calendars.feeds = feeds;
        calendars.publicUrl = people.publicUrl;
        calendars.immersions = fixtures.calendars;
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void bothCalendarsGetTheDatesOfAnAgreedImmersion() {
        Account host = fixtures.kortrijk("OCMW Kortrijk");
        Account employer = fixtures.roubaix("CCAS Roubaix");
        Account visitor = fixtures.colleague(employer, "Amina Benali");
        WorkingGroup group = people.group();
        people.join(group, visitor);
        Meeting meeting = people.confirmedMeeting(group, people.leadOf(group), 5);
        ImmersionBooking immersion = fixtures.agreed(visitor, employer, fixtures.offer(host, null), host, 2);

        String visitorsFeed = calendars.personal(tokenOf(visitor)).orElseThrow();
        assertThat(visitorsFeed).contains("UID:" + meeting.getUid(), "UID:immersion-" + immersion.getId() + "@socialmap",
                "SUMMARY:Immersion de Amina Benali");
        String hostsFeed = calendars.personal(tokenOf(host)).orElseThrow();
        assertThat(hostsFeed).contains("UID:immersion-" + immersion.getId() + "@socialmap", "SUMMARY:Immersie van Amina Benali")
                .doesNotContain("UID:" + meeting.getUid());
        String employersFeed = calendars.personal(tokenOf(employer)).orElseThrow();
        assertThat(employersFeed).doesNotContain("UID:immersion-" + immersion.getId() + "@socialmap");
    }

    private String tokenOf(Account person) {
        people.signIn(person);
        return people.tx(feeds::renew);
    }
}
