package eu.socialmap.immersion.boundary;

import eu.socialmap.directory.entity.Location;
import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.directory.entity.TaxonomyTerm;
import eu.socialmap.immersion.entity.ImmersionBooking;
import eu.socialmap.immersion.entity.ImmersionOffer;
import eu.socialmap.immersion.entity.OfferDetails;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.platform.entity.LocalizedText;
import eu.socialmap.workinggroup.boundary.GroupFixtures;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The immersion services of the agreement, the calendars and the figures wired by hand on one entity manager, on top
 * of {@link ImmersionFixtures} (people, offers, bookings and notices come from there), with the offers and bookings
 * they read made through the real {@link ImmersionOffers} and {@link ImmersionBookings} (dates moved into the past by
 * SQL afterwards). Organisations are members moved to their town and language by SQL. The "signed-in person" is
 * whoever {@link #signIn} named.
 */
public final class FiguresFixtures {

    public final ImmersionFixtures immersions;
    public final EntityManager em;
    public final GroupFixtures people;
    public final ImmersionOffers offers;
    public final ImmersionBookings bookings;
    public final ImmersionNotices notices;
    public final ImmersionFigures figures = new ImmersionFigures();
    public final ImmersionDocuments documents = new ImmersionDocuments();
    public final ImmersionCalendars calendars = new ImmersionCalendars();
    public final ImmersionCoordination coordination = new ImmersionCoordination();

    public FiguresFixtures(EntityManager em) {
        immersions = new ImmersionFixtures(em);
        this.em = em;
        people = immersions.people;
        offers = immersions.offers;
        bookings = immersions.bookings;
        notices = immersions.notices;
        figures.em = em;
        figures.callers = people.callers;
        documents.bookings = bookings;
        documents.callers = people.callers;
        documents.publicUrl = people.publicUrl;
        calendars.em = em;
        calendars.publicUrl = people.publicUrl;
        coordination.em = em;
        coordination.callers = people.callers;
        coordination.bookings = bookings;
    }

    public void signIn(Account account) {
        immersions.signIn(account);
    }

    public Account coordinator() {
        return people.coordinator();
    }

    /** The administrator of a new member organisation in this town, writing in this language. */
    public Account memberIn(String name, String country, String postcode, String commune, Language language) {
        return immersions.memberIn(name, country, postcode, commune, language.code(), language);
    }

    public Account kortrijk(String name) {
        return memberIn(name, "BE", "8500", "Kortrijk", Language.NL);
    }

    public Account roubaix(String name) {
        return memberIn(name, "FR", "59100", "Roubaix", Language.FR);
    }

    public Account mouscron(String name) {
        return memberIn(name, "BE", "7700", "Mouscron", Language.FR);
    }

    /** A professional (no administrator) of the administrator's organisation. */
    public Account colleague(Account admin, String name) {
        return immersions.colleague(admin, name);
    }

    public Organisation organisationOf(Account account) {
        return em.find(Organisation.class, account.getOrganisationId());
    }

    /** A theme of the social map's taxonomy, new at each call. */
    public TaxonomyTerm theme(String name) {
        return tx(() -> {
            TaxonomyTerm term = new TaxonomyTerm(TaxonomyTerm.Taxonomy.THEME, "immersion-" + unique(),
                    new LocalizedText(name, name + " (nl)", name + " (en)"), 900);
            em.persist(term);
            em.flush();
            return term;
        });
    }

    /** A published offer of 2 to 5 days with one period of 10 places over the next ten weeks. */
    public ImmersionOffer offer(Account hostAdmin, TaxonomyTerm theme) {
        return offer(hostAdmin, theme, null);
    }

    /** The same, with a contact person (a colleague at the host). */
    public ImmersionOffer offer(Account hostAdmin, TaxonomyTerm theme, Account contact) {
        Location place = tx(() -> {
            Organisation host = organisationOf(hostAdmin);
            Location location = new Location(host.getId(), "Sociaal huis", "Budastraat 27", host.getPostcode(),
                    host.getCommune(), host.getCountry(), Instant.now());
            em.persist(location);
            em.flush();
            return location;
        });
        signIn(hostAdmin);
        LocalDate first = monday(1);
        ImmersionOffer offer = tx(() -> offers.create(hostAdmin.getOrganisationId(), new OfferDetails(place.getId(),
                contact == null ? null : contact.getId(),
                new LocalizedText("", "Onthaal van daklozen", ""),
                new LocalizedText("", "Meelopen met de straathoekwerkers.", ""), new LocalizedText("", "", ""),
                theme == null ? null : theme.getId(), List.of("nl", "fr"), 2, 5, LocalTime.of(9, 0),
                LocalTime.of(16, 30), List.of(new OfferDetails.Period(null, first, first.plusWeeks(10), 10)))));
        return tx(() -> offers.publish(offer.getId()));
    }

    /** The visitor asks for Monday to Wednesday, {@code weeksAhead} weeks from now (1 to 9). */
    public ImmersionBooking requested(Account visitor, ImmersionOffer offer, int weeksAhead) {
        signIn(visitor);
        LocalDate monday = monday(weeksAhead);
        return tx(() -> bookings.request(offer.getId(), monday, monday.plusDays(2), "Découvrir l’accueil flamand."));
    }

    /** Requested, approved by her employer and accepted by the host: the agreement waits for both signatures. */
    public ImmersionBooking accepted(Account visitor, Account employer, ImmersionOffer offer, Account hostAdmin,
                                     int weeksAhead) {
        return accept(requested(visitor, offer, weeksAhead), employer, hostAdmin);
    }

    /** Her employer approves the request and the host accepts it. */
    public ImmersionBooking accept(ImmersionBooking requested, Account employer, Account hostAdmin) {
        signIn(employer);
        tx(() -> bookings.approve(requested.getId()));
        signIn(hostAdmin);
        tx(() -> bookings.accept(requested.getId()));
        return reread(requested);
    }

    /** Accepted and signed by both organisations. */
    public ImmersionBooking agreed(Account visitor, Account employer, ImmersionOffer offer, Account hostAdmin,
                                   int weeksAhead) {
        ImmersionBooking booking = accepted(visitor, employer, offer, hostAdmin, weeksAhead);
        signIn(employer);
        tx(() -> bookings.sign(booking.getId()));
        signIn(hostAdmin);
        tx(() -> bookings.sign(booking.getId()));
        return reread(booking);
    }

    /** Moves a booking's dates by SQL (into the past, or to another year). */
    public void datesOf(ImmersionBooking booking, LocalDate first, LocalDate last) {
        tx(() -> em.createNativeQuery("UPDATE immersion_booking SET first_day = ?, last_day = ?, working_days = ? "
                        + "WHERE id = ?").setParameter(1, first).setParameter(2, last)
                .setParameter(3, ImmersionBooking.workingDays(first, last)).setParameter(4, booking.getId())
                .executeUpdate());
        em.clear();
    }

    /** Her account is gone: the booking keeps no trace of her (as {@link ImmersionBookings#erase} leaves it). */
    public void forgetVisitor(ImmersionBooking booking) {
        tx(() -> em.createNativeQuery("UPDATE immersion_booking SET visitor_id = NULL, visitor_name = NULL, "
                + "motivation = NULL WHERE id = ?").setParameter(1, booking.getId()).executeUpdate());
        em.clear();
    }

    public ImmersionBooking reread(ImmersionBooking booking) {
        em.clear();
        return em.find(ImmersionBooking.class, booking.getId());
    }

    /** The Monday {@code weeksAhead} weeks from now, counting the next Monday as the first (always in the future). */
    public static LocalDate monday(int weeksAhead) {
        return ImmersionFixtures.monday(weeksAhead - 1);
    }

    public <T> T tx(Supplier<T> work) {
        return immersions.tx(work);
    }

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
