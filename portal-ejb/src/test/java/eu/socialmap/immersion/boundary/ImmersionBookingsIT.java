package eu.socialmap.immersion.boundary;

import eu.socialmap.immersion.entity.Direction;
import eu.socialmap.immersion.entity.ImmersionBooking;
import eu.socialmap.immersion.entity.ImmersionOffer;
import eu.socialmap.immersion.entity.OfferDetails;
import eu.socialmap.immersion.entity.OfferPeriod;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.InvalidInput;
import eu.socialmap.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Immersions as the partners live them: a social worker of Roubaix asks a host in Kortrijk for three days, her
 * employer agrees, the host accepts, both sign, she reports; a host's places are never exceeded, even when many ask
 * at the same instant; nobody outside the two organisations (and the coordinator) reads a booking or its report; and
 * bad requests are refused with a translated reason, changing nothing.
 */
class ImmersionBookingsIT {

    private final EntityManager em = TestDatabase.entityManagerFactory().createEntityManager();
    private final ImmersionFixtures fixtures = new ImmersionFixtures(em);

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void fromTheRequestToTheReportEachStepToldToTheRightPeople() {
        Account host = fixtures.hostAdmin("OCMW Kortrijk");
        Account employer = fixtures.senderAdmin("CCAS Roubaix");
        Account visitor = fixtures.colleague(employer, "Amina");
        LocalDate monday = ImmersionFixtures.monday(3);
        ImmersionOffer offer = fixtures.offer(host, 2, monday, monday.plusWeeks(4));

        ImmersionBooking booking = fixtures.request(visitor, offer, monday, monday.plusDays(2));
        assertThat(booking.getStatus()).isEqualTo(ImmersionBooking.Status.REQUESTED);
        assertThat(booking.getWorkingDays()).isEqualTo(3);
        assertThat(booking.getDirection()).isEqualTo(Direction.FR_TO_BE);
        assertThat(fixtures.subjects(visitor.getEmail())).last().asString().contains("Votre demande d’immersion");
        assertThat(fixtures.subjects(employer.getEmail())).last().asString().startsWith("À approuver");

        // the host may not answer before the employer agreed
        fixtures.signIn(host);
        assertThatThrownBy(() -> fixtures.tx(() -> fixtures.bookings.accept(booking.getId())))
                .extracting("messageKey").isEqualTo("immersion.booking.changedMeanwhile");

        fixtures.signIn(employer);
        fixtures.tx(() -> fixtures.bookings.approve(booking.getId()));
        assertThat(fixtures.subjects(host.getEmail())).as("the host, in Dutch").last().asString()
                .startsWith("Immersieaanvraag: Amina");

        fixtures.signIn(host);
        fixtures.tx(() -> fixtures.bookings.accept(booking.getId()));
        assertThat(fixtures.reread(booking).getClausesVersion()).isNotNull();

        // the visitor herself does not sign for her organisation
        fixtures.signIn(visitor);
        assertThatThrownBy(() -> fixtures.tx(() -> fixtures.bookings.sign(booking.getId())))
                .extracting("messageKey").isEqualTo("immersion.booking.notYours");
        fixtures.signIn(employer);
        fixtures.tx(() -> fixtures.bookings.sign(booking.getId()));
        assertThat(fixtures.reread(booking).getStatus()).isEqualTo(ImmersionBooking.Status.ACCEPTED);
        fixtures.signIn(host);
        fixtures.tx(() -> fixtures.bookings.sign(booking.getId()));
        ImmersionBooking agreed = fixtures.reread(booking);
        assertThat(agreed.getStatus()).isEqualTo(ImmersionBooking.Status.AGREED);
        assertThat(agreed.getSenderSignerName()).isEqualTo(employer.getDisplayName());
        assertThat(agreed.getHostSignedAt()).isNotNull();

        // both calendars get the dates: the visitor's and the host's mails carry the invitation
        for (Account person : List.of(visitor, host)) {
            String ics = em.createQuery("SELECT m.attachmentText FROM OutgoingMail m WHERE m.recipient = :to "
                            + "AND m.attachmentName = 'immersion.ics' ORDER BY m.id DESC", String.class)
                    .setParameter("to", person.getEmail()).setMaxResults(1).getSingleResult();
            assertThat(ics).contains("METHOD:REQUEST", "UID:immersion-" + booking.getId() + "@socialmap",
                    "DTSTART;TZID=Europe/Brussels:" + monday.toString().replace("-", "") + "T090000");
        }

        // the report waits for the last day
        fixtures.signIn(visitor);
        assertThatThrownBy(() -> fixtures.tx(() -> fixtures.bookings.report(booking.getId(), "Beaucoup", "", true)))
                .extracting("messageKey").isEqualTo("immersion.report.tooEarly");
        LocalDate lastWeek = LocalDate.now(eu.socialmap.platform.control.Messages.NETWORK_ZONE).minusDays(7);
        fixtures.datesOf(booking, lastWeek.minusDays(2), lastWeek);
        fixtures.tx(() -> fixtures.bookings.report(booking.getId(), "L’accueil sans rendez-vous.",
                "Le binôme assistant social – éducateur de rue.", true));
        assertThat(fixtures.subjects(host.getEmail())).last().asString().contains("Immersieverslag");
        fixtures.signIn(host);
        fixtures.tx(() -> fixtures.bookings.feedback(booking.getId(), "Een fijne collega, graag opnieuw."));
        ImmersionBooking done = fixtures.reread(booking);
        assertThat(done.getReportRecommends()).isTrue();
        assertThat(done.getHostFeedback()).startsWith("Een fijne");
        assertThat(done.isDone(LocalDate.now())).isTrue();

        // her copy of her personal data holds the immersion, her motivation and her report
        fixtures.signIn(visitor);
        assertThat(fixtures.people.membership.personalData.export()).contains("\"immersions\"")
                .contains("Découvrir l’accueil de jour flamand.", "L’accueil sans rendez-vous.");
    }

    @Test
    void aHostsPlacesPerPeriodAreNeverExceededUnderConcurrentRequests() throws Exception {
        Account host = fixtures.hostAdmin("OCMW Menen");
        Account employer = fixtures.senderAdmin("CCAS Tourcoing");
        LocalDate monday = ImmersionFixtures.monday(4);
        ImmersionOffer offer = fixtures.offer(host, 3, monday, monday.plusWeeks(2));
        int people = 12;
        List<Account> visitors = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            visitors.add(fixtures.colleague(employer, "Visiteuse " + i));
        }
        CyclicBarrier start = new CyclicBarrier(people);
        ExecutorService pool = Executors.newFixedThreadPool(people);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (Account visitor : visitors) {
                outcomes.add(pool.submit(() -> {
                    EntityManager own = TestDatabase.entityManagerFactory().createEntityManager();
                    try {
                        ImmersionFixtures mine = new ImmersionFixtures(own);
                        mine.signIn(visitor);
                        start.await(30, TimeUnit.SECONDS);
                        mine.tx(() -> mine.bookings.request(offer.getId(), monday, monday.plusDays(2), "Apprendre."));
                        return "booked";
                    } catch (BusinessException refused) {
                        return refused.messageKey();
                    } finally {
                        own.close();
                    }
                }));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(120, TimeUnit.SECONDS));
            }
            assertThat(results).as(results.toString()).filteredOn("booked"::equals).hasSize(3);
            assertThat(results).filteredOn("immersion.request.full"::equals).hasSize(people - 3);
        } finally {
            pool.shutdownNow();
        }
        OfferPeriod period = fixtures.periodsOf(offer).get(0);
        assertThat(period.getTaken()).isEqualTo(3);
        assertThat(em.createQuery("SELECT COUNT(b) FROM ImmersionBooking b WHERE b.offerId = :offer", Long.class)
                .setParameter("offer", offer.getId()).getSingleResult()).isEqualTo(3);

        // a cancellation gives the place back: the next request gets it
        ImmersionBooking one = em.createQuery("SELECT b FROM ImmersionBooking b WHERE b.offerId = :offer ORDER BY b.id",
                ImmersionBooking.class).setParameter("offer", offer.getId()).setMaxResults(1).getSingleResult();
        fixtures.signIn(host);
        assertThatThrownBy(() -> fixtures.tx(() -> fixtures.bookings.cancel(one.getId(), " ")))
                .isInstanceOf(InvalidInput.class);
        fixtures.tx(() -> fixtures.bookings.cancel(one.getId(), "Équipe en formation cette semaine-là."));
        Account late = visitors.stream().filter(v -> !v.getId().equals(one.getVisitorId())
                && em.createQuery("SELECT COUNT(b) FROM ImmersionBooking b WHERE b.visitorId = :v", Long.class)
                .setParameter("v", v.getId()).getSingleResult() == 0).findFirst().orElseThrow();
        assertThat(fixtures.request(late, offer, monday.plusWeeks(1), monday.plusWeeks(1).plusDays(1)).getStatus())
                .isEqualTo(ImmersionBooking.Status.REQUESTED);
        assertThat(fixtures.periodsOf(offer).get(0).getTaken()).isEqualTo(3);
    }

    @Test
    void nobodyOutsideTheTwoOrganisationsAndTheCoordinatorReadsABookingOrItsReport() {
        Account host = fixtures.hostAdmin("OCMW Ronse");
        Account employer = fixtures.senderAdmin("CCAS Halluin");
        Account visitor = fixtures.colleague(employer, "Claire");
        Account hostColleague = fixtures.colleague(host, "Pieter");
        Account senderColleague = fixtures.colleague(employer, "Jules");
        Account stranger = fixtures.senderAdmin("CCAS Lille");
        LocalDate monday = ImmersionFixtures.monday(2);
        ImmersionOffer offer = fixtures.offer(host, 2, monday, monday.plusWeeks(3));
        ImmersionBooking booking = fixtures.request(visitor, offer, monday, monday.plusDays(1));

        for (Account reader : List.of(visitor, employer, host, fixtures.people.coordinator())) {
            fixtures.signIn(reader);
            assertThat(fixtures.bookings.view(booking.getId()).context().booking().getMotivation())
                    .as(reader.getDisplayName()).isNotEmpty();
        }
        for (Account outsider : List.of(stranger, hostColleague, senderColleague)) {
            fixtures.signIn(outsider);
            assertThatThrownBy(() -> fixtures.bookings.view(booking.getId())).as(outsider.getDisplayName())
                    .extracting("messageKey").isEqualTo("immersion.booking.notFound");
            assertThatThrownBy(() -> fixtures.tx(() -> fixtures.bookings.approve(booking.getId())))
                    .extracting("messageKey").isEqualTo("immersion.booking.notFound");
            assertThat(fixtures.bookings.ofMyOrganisation(0, 50)).extracting(ImmersionBooking::getId)
                    .doesNotContain(booking.getId());
        }
        fixtures.signIn(null);
        assertThatThrownBy(() -> fixtures.bookings.view(booking.getId())).extracting("messageKey")
                .isEqualTo("immersion.booking.notFound");
        // the coordinator reads, but does not act for either side
        fixtures.signIn(fixtures.people.coordinator());
        assertThatThrownBy(() -> fixtures.tx(() -> fixtures.bookings.approve(booking.getId())))
                .extracting("messageKey").isEqualTo("immersion.booking.notYours");
        // the host's contact person acts for the host without being an administrator
        fixtures.signIn(host);
        fixtures.tx(() -> fixtures.offers.update(offer.getId(), offer.getVersion(), ImmersionFixtures.details(
                offer.getLocationId(), hostColleague.getId(), List.of(new OfferDetails.Period(
                        fixtures.periodsOf(offer).get(0).getId(), monday, monday.plusWeeks(3), 2)))));
        fixtures.signIn(hostColleague);
        assertThat(fixtures.bookings.view(booking.getId()).is(ImmersionBookings.Party.HOST)).isTrue();
    }

    @Test
    void badRequestsAreRefusedWithTheirReasonAndChangeNothing() {
        Account host = fixtures.hostAdmin("OCMW Brugge");
        Account employer = fixtures.senderAdmin("CCAS Wattrelos");
        Account visitor = fixtures.colleague(employer, "Sarah");
        Account outsider = fixtures.people.outsider("Association non membre");
        LocalDate monday = ImmersionFixtures.monday(2);
        ImmersionOffer offer = fixtures.offer(host, 1, monday, monday.plusWeeks(2));

        assertThatThrownBy(() -> fixtures.request(visitor, offer, monday.plusWeeks(5), monday.plusWeeks(5).plusDays(2)))
                .isInstanceOf(InvalidInput.class).extracting("fieldErrors").asList()
                .extracting("field", "messageKey").containsExactly(org.assertj.core.groups.Tuple.tuple("firstDay", "immersion.dates.outsidePeriods"));
        assertThatThrownBy(() -> fixtures.request(visitor, offer, monday, monday.plusDays(7)))
                .isInstanceOf(InvalidInput.class).extracting("fieldErrors").asList()
                .extracting("messageKey").containsExactly("immersion.dates.tooLong");
        assertThatThrownBy(() -> fixtures.request(visitor, offer, monday, monday))
                .isInstanceOf(InvalidInput.class).extracting("fieldErrors").asList()
                .extracting("messageKey").containsExactly("immersion.dates.tooShort");
        assertThatThrownBy(() -> fixtures.request(outsider, offer, monday, monday.plusDays(2)))
                .extracting("messageKey").isEqualTo("immersion.request.notMember");
        assertThatThrownBy(() -> fixtures.request(host, offer, monday, monday.plusDays(2)))
                .extracting("messageKey").isEqualTo("immersion.request.ownOrganisation");
        assertThat(fixtures.periodsOf(offer).get(0).getTaken()).as("no refusal takes a place").isZero();

        ImmersionBooking booking = fixtures.request(visitor, offer, monday, monday.plusDays(2));
        assertThatThrownBy(() -> fixtures.request(visitor, offer, monday.plusWeeks(1), monday.plusWeeks(1).plusDays(2)))
                .extracting("messageKey").isEqualTo("immersion.request.duplicate");
        // the host cannot take away the place already held, nor the days it is held for
        fixtures.signIn(host);
        long period = fixtures.periodsOf(offer).get(0).getId();
        ImmersionOffer current = em.find(ImmersionOffer.class, offer.getId());
        em.refresh(current);
        assertThatThrownBy(() -> fixtures.tx(() -> fixtures.offers.update(offer.getId(), current.getVersion(),
                ImmersionFixtures.details(offer.getLocationId(), null, List.of(
                        new OfferDetails.Period(period, monday.plusWeeks(1), monday.plusWeeks(2), 0))))))
                .isInstanceOf(InvalidInput.class).extracting("fieldErrors").asList().extracting("messageKey")
                .containsExactlyInAnyOrder("immersion.offer.placesBelowTaken", "immersion.offer.periodExcludesBookings");
        OfferPeriod unchanged = fixtures.periodsOf(offer).get(0);
        assertThat(unchanged.getFirstDay()).isEqualTo(monday);
        assertThat(unchanged.getPlaces()).isEqualTo(1);
        assertThat(fixtures.reread(booking).getStatus()).isEqualTo(ImmersionBooking.Status.REQUESTED);
    }

    @Test
    void aRequestLeftUnansweredUntilItsFirstDayEndsByItselfAndFreesItsPlace() {
        Account host = fixtures.hostAdmin("OCMW Waregem");
        Account employer = fixtures.senderAdmin("CCAS Croix");
        Account visitor = fixtures.colleague(employer, "Léa");
        LocalDate monday = ImmersionFixtures.monday(2);
        ImmersionOffer offer = fixtures.offer(host, 1, monday, monday.plusWeeks(3));
        ImmersionBooking waiting = fixtures.request(visitor, offer, monday, monday.plusDays(2));
        ImmersionBooking agreedLater = agreed(fixtures.request(fixtures.colleague(employer, "Noé"),
                fixtures.offer(host, 1, monday, monday.plusWeeks(3)), monday, monday.plusDays(2)), employer, host);
        LocalDate today = LocalDate.now(eu.socialmap.platform.control.Messages.NETWORK_ZONE);
        fixtures.datesOf(waiting, today, today.plusDays(2));
        fixtures.datesOf(agreedLater, today, today.plusDays(2));

        fixtures.tx(() -> fixtures.bookings.expireUnconcluded(50));
        ImmersionBooking ended = fixtures.reread(waiting);
        assertThat(ended.getStatus()).isEqualTo(ImmersionBooking.Status.CANCELLED);
        assertThat(fixtures.periodsOf(offer).get(0).getTaken()).as("its place is free again").isZero();
        assertThat(fixtures.subjects(visitor.getEmail())).last().asString().startsWith("Immersion non conclue");
        assertThat(fixtures.subjects(host.getEmail())).last().asString().startsWith("Immersie niet afgerond");
        assertThat(fixtures.reread(agreedLater).getStatus()).as("a signed immersion goes on")
                .isEqualTo(ImmersionBooking.Status.AGREED);
        int mails = fixtures.subjects(visitor.getEmail()).size();
        fixtures.tx(() -> fixtures.bookings.expireUnconcluded(50));
        assertThat(fixtures.subjects(visitor.getEmail())).as("nothing ends twice").hasSize(mails);
    }

    @Test
    void aDeletedAccountsRequestsAheadAreCancelledAndItsNameAndWordsForgotten() {
        Account host = fixtures.hostAdmin("OCMW Izegem");
        Account employer = fixtures.senderAdmin("CCAS Wasquehal");
        Account visitor = fixtures.colleague(employer, "Zoé");
        LocalDate monday = ImmersionFixtures.monday(2);
        ImmersionOffer offer = fixtures.offer(host, 1, monday, monday.plusWeeks(3));
        ImmersionBooking booking = fixtures.request(visitor, offer, monday, monday.plusDays(2));

        fixtures.tx(() -> {
            fixtures.bookings.erase(new eu.socialmap.membership.boundary.AccountDeleted(visitor.getId()));
            return null;
        });
        ImmersionBooking erased = fixtures.reread(booking);
        assertThat(erased.getStatus()).isEqualTo(ImmersionBooking.Status.CANCELLED);
        assertThat(erased.getVisitorName()).isEmpty();
        assertThat(erased.getMotivation()).isEmpty();
        assertThat(erased.getVisitorId()).isNull();
        assertThat(erased.getDirection()).as("kept for the figures").isEqualTo(Direction.FR_TO_BE);
        assertThat(fixtures.periodsOf(offer).get(0).getTaken()).as("its place is free again").isZero();
        assertThat(fixtures.subjects(host.getEmail())).last().asString().startsWith("Immersie geannuleerd");
    }

    /** Approved by the employer, accepted by the host, signed by both. */
    private ImmersionBooking agreed(ImmersionBooking booking, Account employer, Account host) {
        fixtures.signIn(employer);
        fixtures.tx(() -> fixtures.bookings.approve(booking.getId()));
        fixtures.signIn(host);
        fixtures.tx(() -> fixtures.bookings.accept(booking.getId()));
        fixtures.tx(() -> fixtures.bookings.sign(booking.getId()));
        fixtures.signIn(employer);
        fixtures.tx(() -> fixtures.bookings.sign(booking.getId()));
        return booking;
    }

    @Test
    void theHostProposesOtherDatesAndTheVisitorTakesThem() {
        Account host = fixtures.hostAdmin("CPAS Mouscron");
        Account employer = fixtures.senderAdmin("CCAS Armentières");
        Account visitor = fixtures.colleague(employer, "Inès");
        LocalDate monday = ImmersionFixtures.monday(2);
        ImmersionOffer offer = fixtures.offer(host, 1, monday, monday.plusWeeks(3));
        ImmersionBooking booking = fixtures.request(visitor, offer, monday, monday.plusDays(2));
        fixtures.signIn(employer);
        fixtures.tx(() -> fixtures.bookings.approve(booking.getId()));
        fixtures.signIn(host);
        assertThatThrownBy(() -> fixtures.tx(() -> fixtures.bookings.propose(booking.getId(), monday.plusWeeks(6),
                monday.plusWeeks(6).plusDays(2), "")))
                .isInstanceOf(InvalidInput.class);
        fixtures.tx(() -> fixtures.bookings.propose(booking.getId(), monday.plusWeeks(2), monday.plusWeeks(2).plusDays(3),
                "La semaine du 2e lundi convient mieux."));
        fixtures.signIn(visitor);
        fixtures.tx(() -> fixtures.bookings.takeProposal(booking.getId()));
        ImmersionBooking taken = fixtures.reread(booking);
        assertThat(taken.getStatus()).isEqualTo(ImmersionBooking.Status.ACCEPTED);
        assertThat(taken.getFirstDay()).isEqualTo(monday.plusWeeks(2));
        assertThat(taken.getWorkingDays()).isEqualTo(4);
        assertThat(fixtures.periodsOf(offer).get(0).getTaken()).isEqualTo(1);
    }
}
