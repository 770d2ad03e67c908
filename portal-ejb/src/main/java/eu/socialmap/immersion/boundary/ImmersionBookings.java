package eu.socialmap.immersion.boundary;

import eu.socialmap.directory.entity.Location;
import eu.socialmap.directory.entity.MembershipStatus;
import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.immersion.boundary.ImmersionNotices.Audience;
import eu.socialmap.immersion.control.BookingDates;
import eu.socialmap.immersion.entity.AgreementClauses;
import eu.socialmap.immersion.entity.Direction;
import eu.socialmap.immersion.entity.ImmersionBooking;
import eu.socialmap.immersion.entity.ImmersionOffer;
import eu.socialmap.immersion.entity.OfferPeriod;
import eu.socialmap.membership.boundary.AccountDeleted;
import eu.socialmap.membership.boundary.Callers;
import eu.socialmap.membership.boundary.Charter;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.Role;
import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.entity.BusinessException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Bookings from the request to the report. Who may do what is decided per booking ({@link Party}): the visitor, her
 * organisation's administrators (the employer), the host's administrators and the offer's contact (the host), and the
 * coordinator, who reads everything and acts on nothing. Anyone else gets "not found", whatever the id.
 *
 * <p>A booking holds one place of its period from the request until it is refused, declined or cancelled. Places
 * are taken by one conditional update ({@code taken < places}): the database refuses the one too many, on any
 * number of nodes, and no count is read before a write.
 */
@Stateless
@PermitAll
public class ImmersionBookings {

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Charter charter;

    @Inject
    ImmersionNotices notices;

    Clock clock = Clock.systemUTC();

    /** How a person stands to a booking: what she may read and do. */
    public enum Party { VISITOR, SENDER_ADMIN, HOST, HOST_ADMIN, COORDINATOR }

    /** A booking with its context and what the signed-in person may do with it. */
    public record BookingView(BookingContext context, OfferPeriod period, Set<Party> parties,
                              AgreementClauses clauses) implements Serializable {

        public boolean is(Party party) {
            return parties.contains(party);
        }
    }

    /** A professional of a member organisation asks for these dates; the place is hers until an answer says no. */
    @RolesAllowed(Role.Names.ORGANISATION_MEMBER)
    public ImmersionBooking request(long offerId, LocalDate first, LocalDate last, String motivation) {
        Account visitor = callers.current();
        Organisation sender = visitor.getOrganisationId() == null ? null
                : em.find(Organisation.class, visitor.getOrganisationId());
        if (sender == null || charter.statusOf(sender) != MembershipStatus.MEMBER) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "immersion.request.notMember");
        }
        ImmersionOffer offer = em.find(ImmersionOffer.class, offerId);
        if (offer == null || !offer.isPublished()) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "immersion.offer.notFound");
        }
        if (visitor.worksFor(offer.getHostId())) {
            throw new BusinessException(BusinessException.Kind.INVALID, "immersion.request.ownOrganisation");
        }
        InputCheck input = new InputCheck();
        String why = input.text("motivation", motivation, 2000, true);
        OfferPeriod period = BookingDates.periodFor(offer, periods(offerId), first, last, today(), input);
        input.throwIfAny();
        long active = em.createNamedQuery(ImmersionBooking.ACTIVE_OF_VISITOR_ON_OFFER, Long.class)
                .setParameter("account", visitor.getId()).setParameter("offer", offerId)
                .setParameter("holding", ImmersionBooking.Status.HOLDING_A_PLACE).getSingleResult();
        if (active > 0) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "immersion.request.duplicate");
        }
        if (!takePlace(period.getId())) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "immersion.request.full", period.label());
        }
        Organisation host = em.find(Organisation.class, offer.getHostId());
        ImmersionBooking booking = new ImmersionBooking(offer, period, visitor,
                Direction.of(sender.getCountry(), host.getCountry()), first, last, why, clock.instant());
        em.persist(booking);
        em.flush();
        BookingContext context = context(booking);
        notices.tell(context, "mail.immersion.requested", null, Audience.VISITOR);
        notices.tell(context, "mail.immersion.toApprove", visitor, Audience.SENDER);
        return booking;
    }

    /** Her employer agrees: the host is asked. */
    @RolesAllowed(Role.Names.ORGANISATION_ADMIN)
    public ImmersionBooking approve(long bookingId) {
        BookingView view = acting(bookingId, Party.SENDER_ADMIN);
        Account caller = callers.current();
        view.context().booking().approve(caller, clock.instant());
        notices.tell(view.context(), "mail.immersion.approved", caller, Audience.VISITOR);
        notices.tell(view.context(), "mail.immersion.toAnswer", caller, Audience.HOST);
        return view.context().booking();
    }

    @RolesAllowed(Role.Names.ORGANISATION_ADMIN)
    public ImmersionBooking refuse(long bookingId, String reason) {
        BookingView view = acting(bookingId, Party.SENDER_ADMIN);
        ImmersionBooking booking = view.context().booking();
        booking.refuse(callers.current(), reason(reason), clock.instant());
        releasePlace(booking.getPeriodId());
        notices.tell(view.context(), "mail.immersion.refused", callers.current(), Audience.VISITOR);
        return booking;
    }

    /** The host accepts: the agreement is ready to be signed by both organisations. */
    @RolesAllowed(Role.Names.ORGANISATION_MEMBER)
    public ImmersionBooking accept(long bookingId) {
        BookingView view = acting(bookingId, Party.HOST);
        ImmersionBooking booking = view.context().booking();
        booking.accept(callers.current(), latestClauses().getVersion(), clock.instant());
        notices.tell(view.context(), "mail.immersion.accepted", callers.current(), Audience.VISITOR, Audience.SENDER,
                Audience.HOST);
        return booking;
    }

    @RolesAllowed(Role.Names.ORGANISATION_MEMBER)
    public ImmersionBooking decline(long bookingId, String reason) {
        BookingView view = acting(bookingId, Party.HOST);
        ImmersionBooking booking = view.context().booking();
        booking.decline(callers.current(), reason(reason), clock.instant());
        releasePlace(booking.getPeriodId());
        notices.tell(view.context(), "mail.immersion.declined", callers.current(), Audience.VISITOR, Audience.SENDER);
        return booking;
    }

    /** The host proposes other dates, in any period of the offer; the visitor takes them or calls it off. */
    @RolesAllowed(Role.Names.ORGANISATION_MEMBER)
    public ImmersionBooking propose(long bookingId, LocalDate first, LocalDate last, String note) {
        BookingView view = acting(bookingId, Party.HOST);
        ImmersionBooking booking = view.context().booking();
        InputCheck input = new InputCheck();
        String checkedNote = input.text("note", note, 2000, false);
        OfferPeriod period = BookingDates.periodFor(view.context().offer(), periods(booking.getOfferId()), first, last,
                today(), input);
        input.throwIfAny();
        booking.propose(callers.current(), period, first, last, checkedNote, clock.instant());
        notices.tell(view.context(), "mail.immersion.proposed", callers.current(), Audience.VISITOR);
        return booking;
    }

    /** The visitor takes the host's dates; her place moves to their period if it is another one (and has room). */
    @RolesAllowed(Role.Names.ORGANISATION_MEMBER)
    public ImmersionBooking takeProposal(long bookingId) {
        BookingView view = acting(bookingId, Party.VISITOR);
        ImmersionBooking booking = view.context().booking();
        if (booking.getStatus() != ImmersionBooking.Status.PROPOSED) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "immersion.booking.changedMeanwhile");
        }
        long from = booking.getPeriodId();
        long to = booking.getProposedPeriodId();
        if (from != to) {
            if (!takePlace(to)) {
                throw new BusinessException(BusinessException.Kind.CONFLICT, "immersion.request.full",
                        em.find(OfferPeriod.class, to).label());
            }
            releasePlace(from);
        }
        booking.takeProposal(latestClauses().getVersion(), clock.instant());
        notices.tell(view.context(), "mail.immersion.accepted", callers.current(), Audience.VISITOR, Audience.SENDER,
                Audience.HOST);
        return booking;
    }

    /**
     * Either side calls the immersion off before its first day, with a reason: the place is given back and the other
     * side is told (with the calendar's cancellation once it was agreed).
     */
    @RolesAllowed(Role.Names.ORGANISATION_MEMBER)
    public ImmersionBooking cancel(long bookingId, String reason) {
        BookingView view = acting(bookingId, Party.VISITOR, Party.SENDER_ADMIN, Party.HOST);
        ImmersionBooking booking = view.context().booking();
        boolean wasAgreed = booking.getStatus() == ImmersionBooking.Status.AGREED;
        InputCheck input = new InputCheck();
        String why = input.text("reason", reason, 2000, true);
        input.throwIfAny();
        booking.cancel(callers.current(), why, today(), clock.instant());
        releasePlace(booking.getPeriodId());
        Account caller = callers.current();
        if (wasAgreed) {
            notices.tellWithCalendar(view.context(), "mail.immersion.cancelled", caller, true, Audience.VISITOR,
                    Audience.SENDER, Audience.HOST);
        } else {
            notices.tell(view.context(), "mail.immersion.cancelled", caller, Audience.VISITOR, Audience.SENDER,
                    Audience.HOST);
        }
        return booking;
    }

    /**
     * An administrator signs the agreement for her organisation (the visitor's or the host's). The second signature
     * concludes it: everyone gets the calendar invitation.
     */
    @RolesAllowed(Role.Names.ORGANISATION_ADMIN)
    public ImmersionBooking sign(long bookingId) {
        BookingView view = acting(bookingId, Party.SENDER_ADMIN, Party.HOST_ADMIN);
        ImmersionBooking booking = view.context().booking();
        Account caller = callers.current();
        Instant now = clock.instant();
        if (view.is(Party.SENDER_ADMIN)) {
            booking.signForSender(caller, now);
        } else {
            booking.signForHost(caller, now);
        }
        if (booking.getStatus() == ImmersionBooking.Status.AGREED) {
            em.flush(); // the invitation's sequence is the booking's version
            notices.tellWithCalendar(view.context(), "mail.immersion.agreed", null, false, Audience.VISITOR,
                    Audience.SENDER, Audience.HOST);
        } else {
            notices.tell(view.context(), "mail.immersion.signed", caller,
                    view.is(Party.SENDER_ADMIN) ? Audience.HOST : Audience.SENDER);
        }
        return booking;
    }

    /** The visitor's report, from her last day on. The host is asked for its feedback. */
    @RolesAllowed(Role.Names.ORGANISATION_MEMBER)
    public ImmersionBooking report(long bookingId, String learnt, String practice, Boolean recommends) {
        BookingView view = acting(bookingId, Party.VISITOR);
        InputCheck input = new InputCheck();
        String checkedLearnt = input.text("learnt", learnt, 4000, true);
        String checkedPractice = input.text("practice", practice, 4000, false);
        if (recommends == null) {
            input.refuse("recommends", "input.required");
        }
        input.throwIfAny();
        ImmersionBooking booking = view.context().booking();
        boolean first = !booking.isReported();
        booking.report(checkedLearnt, checkedPractice, recommends, today(), clock.instant());
        if (first) {
            notices.tell(view.context(), "mail.immersion.reported", callers.current(), Audience.HOST);
        }
        return booking;
    }

    @RolesAllowed(Role.Names.ORGANISATION_MEMBER)
    public ImmersionBooking feedback(long bookingId, String feedback) {
        BookingView view = acting(bookingId, Party.HOST);
        InputCheck input = new InputCheck();
        String checked = input.text("feedback", feedback, 4000, true);
        input.throwIfAny();
        ImmersionBooking booking = view.context().booking();
        booking.giveFeedback(callers.current(), checked, today(), clock.instant());
        return booking;
    }

    /** A booking as its page shows it, for its parties and the coordinator; "not found" for anyone else. */
    public BookingView view(long bookingId) {
        ImmersionBooking booking = em.find(ImmersionBooking.class, bookingId);
        if (booking == null) {
            throw notFound();
        }
        ImmersionOffer offer = em.find(ImmersionOffer.class, booking.getOfferId());
        Set<Party> parties = partiesOf(booking, offer, callers.signedIn().orElse(null));
        if (parties.isEmpty()) {
            throw notFound();
        }
        return new BookingView(context(booking, offer), em.find(OfferPeriod.class, booking.getPeriodId()), parties,
                booking.getClausesVersion() == null ? null : em.find(AgreementClauses.class, booking.getClausesVersion()));
    }

    /** The signed-in person's own requests, newest first. */
    public List<ImmersionBooking> mine() {
        return em.createNamedQuery(ImmersionBooking.OF_VISITOR, ImmersionBooking.class)
                .setParameter("account", callers.current().getId()).setMaxResults(200).getResultList();
    }

    /**
     * The bookings of the person's organisation, as visitor's employer or as host, newest first, a page at a time:
     * for its administrators and for the contacts of its offers.
     */
    public List<ImmersionBooking> ofMyOrganisation(int first, int max) {
        Account caller = callers.current();
        if (caller.getOrganisationId() == null) {
            return List.of();
        }
        List<ImmersionBooking> all = em.createNamedQuery(ImmersionBooking.OF_ORGANISATION, ImmersionBooking.class)
                .setParameter("organisation", caller.getOrganisationId()).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(max, 200))).getResultList();
        if (caller.isAdministratorOf(caller.getOrganisationId())) {
            return all;
        }
        List<Long> contactOf = em.createQuery("SELECT o.id FROM ImmersionOffer o WHERE o.contactId = :me", Long.class)
                .setParameter("me", caller.getId()).getResultList();
        return all.stream().filter(b -> contactOf.contains(b.getOfferId())).toList();
    }

    /** Every booking, newest first, for the coordinator. */
    @RolesAllowed(Role.Names.COORDINATOR)
    public List<ImmersionBooking> all(int first, int max) {
        callers.withRole(Role.COORDINATOR);
        return em.createQuery("SELECT b FROM ImmersionBooking b ORDER BY b.firstDay DESC, b.id DESC", ImmersionBooking.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 200))).getResultList();
    }

    /** Her account was deleted: requests and immersions ahead are cancelled, the rest forget her name and words. */
    public void erase(@Observes AccountDeleted deleted) {
        LocalDate today = today();
        for (ImmersionBooking booking : em.createNamedQuery(ImmersionBooking.OF_VISITOR, ImmersionBooking.class)
                .setParameter("account", deleted.accountId()).getResultList()) {
            if (booking.holdsAPlace() && today.isBefore(booking.getFirstDay())) {
                BookingContext context = context(booking);
                booking.cancel(null, "", today, clock.instant());
                releasePlace(booking.getPeriodId());
                notices.tell(context, "mail.immersion.cancelled", null, Audience.SENDER, Audience.HOST);
            }
            booking.forgetVisitor();
        }
    }

    /** Who the lines of bookings name: their organisations and the people who acted on them, by id. */
    public record Names(Map<Long, String> organisations, Map<Long, String> people) implements Serializable {

        public String organisation(long id) {
            return organisations.getOrDefault(id, "");
        }

        public String person(Long id) {
            return id == null ? "" : people.getOrDefault(id, "");
        }
    }

    /**
     * The names a page of bookings shows (both organisations; who approved, answered, cancelled, gave feedback), for
     * the bookings the caller is a party of (the others are left out): one query for their offers, one for the
     * organisations, one for the people, whatever the number of lines.
     */
    public Names namesOf(List<ImmersionBooking> bookings) {
        Account caller = callers.signedIn().orElse(null);
        if (caller == null || bookings.isEmpty()) {
            return new Names(Map.of(), Map.of());
        }
        Map<Long, ImmersionOffer> offers = new HashMap<>();
        em.createQuery("SELECT o FROM ImmersionOffer o WHERE o.id IN :ids", ImmersionOffer.class)
                .setParameter("ids", bookings.stream().map(ImmersionBooking::getOfferId).distinct().toList())
                .getResultList().forEach(offer -> offers.put(offer.getId(), offer));
        List<ImmersionBooking> visible = bookings.stream().filter(b -> offers.containsKey(b.getOfferId())
                && !partiesOf(b, offers.get(b.getOfferId()), caller).isEmpty()).toList();
        Map<Long, String> organisations = new HashMap<>();
        Map<Long, String> people = new HashMap<>();
        if (visible.isEmpty()) {
            return new Names(organisations, people);
        }
        em.createQuery("SELECT o.id, o.shortName, o.legalName FROM Organisation o WHERE o.id IN :ids", Object[].class)
                .setParameter("ids", visible.stream().flatMap(b -> Stream.of(b.getHostId(), b.getVisitorOrganisationId()))
                        .distinct().toList())
                .getResultList().forEach(row -> organisations.put((Long) row[0],
                        row[1] == null || row[1].toString().isBlank() ? (String) row[2] : (String) row[1]));
        List<Long> actors = visible.stream().flatMap(b -> Stream.of(b.getEmployerDecidedBy(), b.getHostDecidedBy(),
                b.getCancelledBy(), b.getHostFeedbackBy())).filter(Objects::nonNull).distinct().toList();
        if (!actors.isEmpty()) {
            em.createQuery("SELECT a.id, a.displayName FROM Account a WHERE a.id IN :ids", Object[].class)
                    .setParameter("ids", actors).getResultList()
                    .forEach(row -> people.put((Long) row[0], (String) row[1]));
        }
        return new Names(organisations, people);
    }

    /**
     * Ends the bookings whose first day has come while a step was still awaited (the employer, the host, the visitor
     * or a signature): each gives its place back and everyone is told. Each row is locked and checked again, so two
     * nodes never end one twice. Returns how many were looked at (a full batch: there may be more).
     */
    public int expireUnconcluded(int batch) {
        LocalDate today = today();
        List<Long> due = em.createNamedQuery(ImmersionBooking.UNCONCLUDED_SINCE, Long.class)
                .setParameter("waiting", ImmersionBooking.Status.UNCONCLUDED).setParameter("today", today)
                .setMaxResults(batch).getResultList();
        for (Long id : due) {
            ImmersionBooking booking = em.find(ImmersionBooking.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (booking != null && booking.expire(today, clock.instant())) {
                releasePlace(booking.getPeriodId());
                notices.tell(context(booking), "mail.immersion.expired", null, Audience.VISITOR, Audience.SENDER,
                        Audience.HOST);
            }
        }
        return due.size();
    }

    /** The agreement's clauses in force: the newest version the coordinator wrote. */
    public AgreementClauses latestClauses() {
        return em.createNamedQuery(AgreementClauses.LATEST, AgreementClauses.class).setMaxResults(1).getSingleResult();
    }

    /** How this person stands to the booking; empty for anyone outside it. */
    Set<Party> partiesOf(ImmersionBooking booking, ImmersionOffer offer, Account person) {
        Set<Party> parties = EnumSet.noneOf(Party.class);
        if (person == null || !person.isEnabled()) {
            return parties;
        }
        if (person.getId().equals(booking.getVisitorId())) {
            parties.add(Party.VISITOR);
        }
        if (person.isAdministratorOf(booking.getVisitorOrganisationId())) {
            parties.add(Party.SENDER_ADMIN);
        }
        if (person.isAdministratorOf(booking.getHostId())) {
            parties.add(Party.HOST);
            parties.add(Party.HOST_ADMIN);
        }
        if (person.getId().equals(offer.getContactId()) && person.worksFor(booking.getHostId())) {
            parties.add(Party.HOST);
        }
        if (person.has(Role.COORDINATOR)) {
            parties.add(Party.COORDINATOR);
        }
        return parties;
    }

    /** The booking, if the signed-in person acts in one of these parts of it (the coordinator only reads). */
    private BookingView acting(long bookingId, Party... allowed) {
        BookingView view = view(bookingId);
        for (Party party : allowed) {
            if (view.is(party)) {
                return view;
            }
        }
        throw new BusinessException(BusinessException.Kind.FORBIDDEN, "immersion.booking.notYours");
    }

    BookingContext context(ImmersionBooking booking) {
        return context(booking, em.find(ImmersionOffer.class, booking.getOfferId()));
    }

    private BookingContext context(ImmersionBooking booking, ImmersionOffer offer) {
        return new BookingContext(booking, offer, em.find(Organisation.class, booking.getHostId()),
                em.find(Organisation.class, booking.getVisitorOrganisationId()),
                em.find(Location.class, offer.getLocationId()));
    }

    private List<OfferPeriod> periods(long offerId) {
        return em.createNamedQuery(OfferPeriod.OF_OFFER, OfferPeriod.class).setParameter("offer", offerId).getResultList();
    }

    /** One place of the period, if one is free: the database decides, so two requests never take the last one. */
    private boolean takePlace(long periodId) {
        return em.createNativeQuery("UPDATE immersion_period SET taken = taken + 1 WHERE id = ? AND taken < places")
                .setParameter(1, periodId).executeUpdate() == 1;
    }

    private void releasePlace(long periodId) {
        em.createNativeQuery("UPDATE immersion_period SET taken = taken - 1 WHERE id = ? AND taken > 0")
                .setParameter(1, periodId).executeUpdate();
    }

    private static String reason(String given) {
        InputCheck input = new InputCheck();
        String reason = input.text("reason", given, 2000, true);
        input.throwIfAny();
        return reason;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Messages.NETWORK_ZONE));
    }

    private static BusinessException notFound() {
        return new BusinessException(BusinessException.Kind.NOT_FOUND, "immersion.booking.notFound");
    }
}
