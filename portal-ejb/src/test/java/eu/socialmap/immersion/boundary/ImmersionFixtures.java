package eu.socialmap.immersion.boundary;

import eu.socialmap.directory.entity.Location;
import eu.socialmap.immersion.entity.ImmersionBooking;
import eu.socialmap.immersion.entity.ImmersionOffer;
import eu.socialmap.immersion.entity.OfferDetails;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.Role;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.platform.entity.LocalizedText;
import eu.socialmap.workinggroup.boundary.GroupFixtures;
import jakarta.persistence.EntityManager;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.function.Supplier;

/**
 * The immersion services wired by hand on one entity manager, on top of the working groups' fixtures for people.
 * Organisations are made members (charter signed) and then moved to their town by SQL: a host in Kortrijk, a
 * sender in Roubaix. The "signed-in person" is whoever {@link #signIn} named.
 */
public final class ImmersionFixtures {

    public final EntityManager em;
    public final GroupFixtures people;
    public final ImmersionOffers offers = new ImmersionOffers();
    public final ImmersionBookings bookings = new ImmersionBookings();
    public final ImmersionNotices notices = new ImmersionNotices();

    public ImmersionFixtures(EntityManager em) {
        this.em = em;
        people = new GroupFixtures(em);
        notices.em = em;
        notices.mailer = people.mailer;
        notices.publicUrl = people.publicUrl;
        offers.em = em;
        offers.callers = people.callers;
        offers.charter = people.membership.charter;
        bookings.em = em;
        bookings.callers = people.callers;
        bookings.charter = people.membership.charter;
        bookings.notices = notices;
    }

    public void signIn(Account account) {
        people.signIn(account);
    }

    /** The administrator of a new member organisation in Kortrijk (Belgium, Dutch first). */
    public Account hostAdmin(String name) {
        return memberIn(name, "BE", "8500", "Kortrijk", "nl,fr", Language.NL);
    }

    /** The administrator of a new member organisation in Roubaix (France). */
    public Account senderAdmin(String name) {
        return memberIn(name, "FR", "59100", "Roubaix", "fr", Language.FR);
    }

    public Account memberIn(String name, String country, String postcode, String commune, String languages,
                            Language language) {
        Account admin = people.person(name);
        tx(() -> em.createNativeQuery("UPDATE organisation SET country = ?, postcode = ?, commune = ?, languages = ? WHERE id = ?")
                .setParameter(1, country).setParameter(2, postcode).setParameter(3, commune).setParameter(4, languages)
                .setParameter(5, admin.getOrganisationId()).executeUpdate());
        tx(() -> em.createNativeQuery("UPDATE account SET language = ? WHERE id = ?").setParameter(1, language.code())
                .setParameter(2, admin.getId()).executeUpdate());
        em.clear(); // the organisation was read before its move
        return reread(admin);
    }

    /** A professional (no administrator) of the administrator's organisation. */
    public Account colleague(Account admin, String name) {
        return tx(() -> {
            Account person = new Account(eu.socialmap.event.boundary.EventFixtures.uniqueEmail(name), name,
                    em.find(Account.class, admin.getId()).getLanguage(), Instant.now());
            person.joinOrganisation(admin.getOrganisationId());
            person.grant(Role.ORGANISATION_MEMBER);
            em.persist(person);
            em.flush();
            return person;
        });
    }

    /** A place of the host organisation, in its town. */
    public Location place(Account admin) {
        return tx(() -> {
            eu.socialmap.directory.entity.Organisation host = em.find(eu.socialmap.directory.entity.Organisation.class,
                    admin.getOrganisationId());
            Location place = new Location(host.getId(), "Sociaal huis", "Budastraat 27", host.getPostcode(),
                    host.getCommune(), host.getCountry(), Instant.now());
            place.locateByPostcode(50.8279, 3.2649);
            em.persist(place);
            em.flush();
            return place;
        });
    }

    /** A published offer of 2 to 5 days with one period of {@code places}, from {@code first} to {@code last}. */
    public ImmersionOffer offer(Account hostAdmin, int places, LocalDate first, LocalDate last) {
        Location place = place(hostAdmin);
        signIn(hostAdmin);
        ImmersionOffer offer = tx(() -> offers.create(hostAdmin.getOrganisationId(), details(place.getId(), null,
                List.of(new OfferDetails.Period(null, first, last, places)))));
        return tx(() -> offers.publish(offer.getId()));
    }

    public static OfferDetails details(Long placeId, Long contactId, List<OfferDetails.Period> periods) {
        return new OfferDetails(placeId, contactId, new LocalizedText("", "Onthaal van daklozen", "Homeless reception"),
                new LocalizedText("", "Meelopen met de straathoekwerkers en het onthaal.", ""),
                new LocalizedText("", "Beroepsgeheim respecteren.", ""), null, List.of("nl", "fr"), 2, 5,
                LocalTime.of(9, 0), LocalTime.of(16, 30), periods);
    }

    /** The visitor asks for these dates (with her motivation). */
    public ImmersionBooking request(Account visitor, ImmersionOffer offer, LocalDate first, LocalDate last) {
        signIn(visitor);
        return tx(() -> bookings.request(offer.getId(), first, last, "Découvrir l’accueil de jour flamand."));
    }

    /** The Monday {@code weeksAhead} weeks from now (always in the future). */
    public static LocalDate monday(int weeksAhead) {
        return LocalDate.now(Messages.NETWORK_ZONE).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(weeksAhead);
    }

    public ImmersionBooking reread(ImmersionBooking booking) {
        ImmersionBooking found = em.find(ImmersionBooking.class, booking.getId());
        em.refresh(found);
        return found;
    }

    public Account reread(Account account) {
        Account found = em.find(Account.class, account.getId());
        em.refresh(found);
        return found;
    }

    /** Moves a booking's dates by SQL (e.g. into the past, so that its report may be written). */
    public void datesOf(ImmersionBooking booking, LocalDate first, LocalDate last) {
        tx(() -> em.createNativeQuery("UPDATE immersion_booking SET first_day = ?, last_day = ? WHERE id = ?")
                .setParameter(1, first).setParameter(2, last).setParameter(3, booking.getId()).executeUpdate());
    }

    /** The offer's periods as the database holds them now (places are taken by SQL, not through the entities). */
    public List<eu.socialmap.immersion.entity.OfferPeriod> periodsOf(ImmersionOffer offer) {
        em.clear();
        return offers.periods(offer.getId());
    }

    /** The subjects of the mails sent to an address, oldest first. */
    public List<String> subjects(String email) {
        return em.createQuery("SELECT m.subject FROM OutgoingMail m WHERE m.recipient = :to ORDER BY m.id", String.class)
                .setParameter("to", email).getResultList();
    }

    public <T> T tx(Supplier<T> work) {
        return people.tx(work);
    }
}
