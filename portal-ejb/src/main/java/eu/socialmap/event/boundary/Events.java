package eu.socialmap.event.boundary;

import eu.socialmap.directory.entity.Location;
import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.event.control.EventSecrets;
import eu.socialmap.event.entity.Audience;
import eu.socialmap.event.entity.Event;
import eu.socialmap.event.entity.EventDetails;
import eu.socialmap.event.entity.EventKind;
import eu.socialmap.event.entity.EventQuestion;
import eu.socialmap.event.entity.EventSeats;
import eu.socialmap.event.entity.EventSession;
import eu.socialmap.membership.boundary.AuditTrail;
import eu.socialmap.membership.boundary.Callers;
import eu.socialmap.membership.boundary.Charter;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.directory.entity.MembershipStatus;
import eu.socialmap.membership.entity.Role;
import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.LocalizedText;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Events as organisers create and run them, and as everyone finds them in the agenda. The coordinator organises for
 * the network (or on behalf of any organisation); an administrator of a member organisation organises her own
 * organisation's events. Who may see an event: everyone for a published public or members-only one (registration
 * for the latter is checked apart); the organisers only for a draft; with its link for an invitation-only one.
 */
@Stateless
@PermitAll
public class Events {

    static final Duration MAX_LENGTH = Duration.ofDays(14);
    static final Set<String> LANGUAGES = Set.of("fr", "nl", "en");
    static final List<eu.socialmap.event.entity.Registration.Status> ACTIVE = List.of(
            eu.socialmap.event.entity.Registration.Status.CONFIRMED, eu.socialmap.event.entity.Registration.Status.OFFERED,
            eu.socialmap.event.entity.Registration.Status.WAITLISTED);

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Charter charter;

    @Inject
    AuditTrail audit;

    @Inject
    EventNotices notices;

    Clock clock = Clock.systemUTC();

    /** Filters of the agenda; null fields are "any". */
    public record AgendaFilter(EventKind kind, Long themeTermId, YearMonth month, String language) implements Serializable {
    }

    public record Agenda(List<EventCard> events, long total, int page, int pages) implements Serializable {
    }

    /** An event in a list, with its seats: no query per line. */
    public record EventCard(Event event, int capacity, int taken) implements Serializable {
        public boolean isFull() {
            return taken >= capacity;
        }
    }

    /** A new event and, for an invitation-only one, its invitation code (shown once, only its hash is kept). */
    public record Created(Event event, String invitationCode) implements Serializable {
    }

    /** The published events ahead (and under way), with filters, a page at a time. */
    public Agenda agenda(AgendaFilter filter, int page, int pageSize) {
        AgendaFilter f = filter == null ? new AgendaFilter(null, null, null, null) : filter;
        Instant now = clock.instant();
        Instant from = f.month() == null ? now : max(now, f.month().atDay(1).atStartOfDay(eu.socialmap.platform.control.Messages.NETWORK_ZONE).toInstant());
        Instant until = f.month() == null ? now.plus(Duration.ofDays(3660))
                : f.month().plusMonths(1).atDay(1).atStartOfDay(eu.socialmap.platform.control.Messages.NETWORK_ZONE).toInstant();
        List<Audience> audiences = List.of(Audience.PUBLIC, Audience.MEMBERS);
        // the filters on kind, theme and language are few and cheap: applied on the month's events, read once
        List<Event> all = em.createNamedQuery(Event.AGENDA, Event.class).setParameter("from", from)
                .setParameter("until", until).setParameter("audiences", audiences).setMaxResults(2000).getResultList();
        List<Event> matching = all.stream()
                .filter(e -> f.kind() == null || e.getKind() == f.kind())
                .filter(e -> f.themeTermId() == null || f.themeTermId().equals(e.getThemeTermId()))
                .filter(e -> f.language() == null || f.language().isBlank() || e.getLanguages().contains(f.language()))
                .toList();
        int size = Math.max(1, Math.min(100, pageSize));
        int pages = Math.max(1, (matching.size() + size - 1) / size);
        int current = Math.max(1, Math.min(page, pages));
        List<Event> shown = matching.subList((current - 1) * size, Math.min(matching.size(), current * size));
        return new Agenda(cards(shown), matching.size(), current, pages);
    }

    /** The events an organiser runs (all of them for a coordinator), newest first. */
    public List<EventCard> organised() {
        Account caller = callers.current();
        List<Event> events;
        if (caller.has(Role.COORDINATOR)) {
            events = em.createNamedQuery(Event.ALL_NEWEST_FIRST, Event.class).setMaxResults(500).getResultList();
        } else if (caller.getOrganisationId() != null && caller.isAdministratorOf(caller.getOrganisationId())) {
            events = em.createNamedQuery(Event.OF_ORGANISER, Event.class)
                    .setParameter("organiser", caller.getOrganisationId()).setMaxResults(500).getResultList();
        } else {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "event.notOrganiser");
        }
        return cards(events);
    }

    private List<EventCard> cards(List<Event> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<Long> ids = events.stream().map(Event::getId).toList();
        java.util.Map<Long, EventSeats> seats = new java.util.HashMap<>();
        em.createQuery("SELECT s FROM EventSeats s WHERE s.eventId IN :ids", EventSeats.class).setParameter("ids", ids)
                .getResultList().forEach(s -> seats.put(s.getEventId(), s));
        return events.stream().map(e -> {
            EventSeats s = seats.get(e.getId());
            return new EventCard(e, s == null ? 0 : s.getCapacity(), s == null ? 0 : s.getTaken());
        }).toList();
    }

    /**
     * An event for its page. A draft exists only for its organisers; an invitation-only event for its organisers
     * and whoever holds the invitation code (anyone else: "not found", whatever the id).
     */
    public Event visible(long eventId, String invitationCode) {
        Event event = find(eventId);
        if (mayManage(event)) {
            return event;
        }
        if (event.getStatus() == Event.Status.DRAFT) {
            throw notFound();
        }
        if (event.getAudience() == Audience.INVITATION && !invitationMatches(event, invitationCode)) {
            throw notFound();
        }
        return event;
    }

    public EventCard card(long eventId, String invitationCode) {
        return cards(List.of(visible(eventId, invitationCode))).get(0);
    }

    public boolean invitationMatches(Event event, String code) {
        return code != null && event.getInvitationHash() != null
                && EventSecrets.hash(code).equals(event.getInvitationHash());
    }

    public List<EventSession> sessions(long eventId) {
        return em.createNamedQuery(EventSession.OF_EVENT, EventSession.class).setParameter("event", eventId).getResultList();
    }

    public List<EventQuestion> questions(long eventId) {
        return em.createNamedQuery(EventQuestion.OF_EVENT, EventQuestion.class).setParameter("event", eventId).getResultList();
    }

    /** Whether the signed-in person organises this event: a coordinator, or an administrator of its organiser. */
    public boolean mayManage(Event event) {
        Optional<Account> caller = callers.signedIn();
        return caller.isPresent() && (caller.get().has(Role.COORDINATOR)
                || (event.getOrganiserId() != null && caller.get().isAdministratorOf(event.getOrganiserId())));
    }

    /** The event, locked for an organiser's change; anyone else is refused. */
    public Event requireOrganiser(long eventId) {
        Event event = find(eventId);
        if (!mayManage(event)) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "event.notOrganiser");
        }
        return event;
    }

    /** Whether the signed-in person may create events (and for which organisation: her own, or any for a coordinator). */
    public boolean mayOrganise() {
        Optional<Account> caller = callers.signedIn();
        return caller.isPresent() && (caller.get().has(Role.COORDINATOR) || ownMemberOrganisation(caller.get()) != null);
    }

    /** A new event, in draft until its organiser publishes it. */
    public Created create(EventDetails details) {
        Account caller = callers.current();
        Long organiser;
        if (caller.has(Role.COORDINATOR)) {
            organiser = null;
        } else {
            organiser = ownMemberOrganisation(caller);
            if (organiser == null) {
                throw new BusinessException(BusinessException.Kind.FORBIDDEN, "event.notOrganiser");
            }
        }
        EventDetails checked = check(details, null);
        Instant now = clock.instant();
        Event event = new Event(checked, organiser, caller.getId(), now);
        String code = null;
        if (checked.audience() == Audience.INVITATION) {
            code = EventSecrets.newToken();
            event.inviteWith(EventSecrets.hash(code));
        }
        em.persist(event);
        em.flush();
        em.persist(new EventSeats(event.getId(), checked.capacity()));
        audit.record(caller.getId(), "event.created", "event", event.getId(), checked.title().in(caller.getLanguage()));
        return new Created(event, code);
    }

    /** The organiser rewrites the event. A larger capacity offers the new seats to the waiting list at once. */
    public Event update(long eventId, long version, EventDetails details) {
        Event event = requireOrganiser(eventId);
        if (event.getVersion() != version) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "event.changedMeanwhile");
        }
        EventSeats seats = Waitlist.lock(em, eventId);
        EventDetails checked = check(details, seats);
        boolean wasInvitation = event.getAudience() == Audience.INVITATION;
        event.describe(checked);
        if (!wasInvitation && checked.audience() == Audience.INVITATION && event.getInvitationHash() == null) {
            event.inviteWith(EventSecrets.hash(EventSecrets.newToken())); // a code is given by newInvitationCode
        }
        seats.resize(checked.capacity());
        new Waitlist(em, notices, clock.instant()).fill(event, seats);
        audit.record(callers.current().getId(), "event.updated", "event", eventId, null);
        return event;
    }

    /** A new invitation link for an invitation-only event; the previous one stops working. */
    public String newInvitationCode(long eventId) {
        Event event = requireOrganiser(eventId);
        String code = EventSecrets.newToken();
        event.inviteWith(EventSecrets.hash(code));
        return code;
    }

    public Event publish(long eventId) {
        Event event = requireOrganiser(eventId);
        event.publish();
        audit.record(callers.current().getId(), "event.published", "event", eventId, null);
        return event;
    }

    /** Called off: everyone registered is told, in her language, with a calendar cancellation. */
    public Event cancel(long eventId) {
        Event event = requireOrganiser(eventId);
        if (event.getStatus() == Event.Status.CANCELLED) {
            return event;
        }
        event.cancel();
        for (eu.socialmap.event.entity.Registration r : em.createQuery("SELECT r FROM Registration r WHERE r.eventId = :event "
                        + "AND r.status IN :statuses", eu.socialmap.event.entity.Registration.class).setParameter("event", eventId)
                .setParameter("statuses", ACTIVE).getResultList()) {
            notices.eventCancelled(event, r);
        }
        audit.record(callers.current().getId(), "event.cancelled", "event", eventId, null);
        return event;
    }

    /** A session or workshop of the programme; {@code sessionId} null adds one. */
    public EventSession saveSession(long eventId, Long sessionId, LocalizedText title, Instant startsAt, Instant endsAt,
                                    String room, String speakers, Integer capacity) {
        Event event = requireOrganiser(eventId);
        InputCheck input = new InputCheck();
        LocalizedText checkedTitle = title(input, "sessionTitle", title);
        if (startsAt == null || endsAt == null) {
            input.refuse("sessionStart", "input.required");
        } else if (!endsAt.isAfter(startsAt)) {
            input.refuse("sessionEnd", "event.endBeforeStart");
        } else if (startsAt.isBefore(event.getStartsAt()) || endsAt.isAfter(event.getEndsAt())) {
            input.refuse("sessionStart", "event.session.outsideEvent");
        }
        String checkedRoom = input.text("room", room, 100, false);
        String checkedSpeakers = input.text("speakers", speakers, 500, false);
        if (capacity != null && (capacity < 1 || capacity > Event.MAX_CAPACITY)) {
            input.refuse("sessionCapacity", "event.capacity", Event.MAX_CAPACITY);
        }
        EventSession session = sessionId == null ? null : em.find(EventSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (sessionId != null && (session == null || !session.getEventId().equals(eventId))) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "event.session.notFound");
        }
        if (session != null && capacity != null && capacity < session.getTaken()) {
            input.refuse("sessionCapacity", "event.capacityBelowTaken", session.getTaken());
        }
        input.throwIfAny();
        if (session == null) {
            session = new EventSession(eventId, checkedTitle, startsAt, endsAt, blankToNull(checkedRoom),
                    blankToNull(checkedSpeakers), capacity);
            em.persist(session);
        } else {
            session.describe(checkedTitle, startsAt, endsAt, blankToNull(checkedRoom), blankToNull(checkedSpeakers), capacity);
        }
        return session;
    }

    public void removeSession(long sessionId) {
        EventSession session = em.find(EventSession.class, sessionId);
        if (session == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "event.session.notFound");
        }
        requireOrganiser(session.getEventId());
        if (session.getTaken() > 0) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "event.session.hasParticipants");
        }
        em.remove(session);
    }

    /** The organiser's own questions, replaced as a whole (at most 10; answers to removed ones go with them). */
    public List<EventQuestion> saveQuestions(long eventId, List<String> texts, List<Boolean> required) {
        requireOrganiser(eventId);
        InputCheck input = new InputCheck();
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = input.text("question-" + i, texts.get(i), 300, false);
            if (text != null && !text.isEmpty()) {
                checked.add(text);
            }
        }
        if (checked.size() > 10) {
            input.refuse("question-10", "event.question.tooMany", 10);
        }
        input.throwIfAny();
        List<EventQuestion> existing = questions(eventId);
        List<EventQuestion> saved = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            boolean isRequired = i < required.size() && Boolean.TRUE.equals(required.get(i));
            if (i < existing.size()) {
                existing.get(i).reword(i, checked.get(i), isRequired);
                saved.add(existing.get(i));
            } else {
                EventQuestion question = new EventQuestion(eventId, i, checked.get(i), isRequired);
                em.persist(question);
                saved.add(question);
            }
        }
        existing.stream().skip(checked.size()).forEach(em::remove);
        return saved;
    }

    public Event find(long eventId) {
        Event event = em.find(Event.class, eventId);
        if (event == null) {
            throw notFound();
        }
        return event;
    }

    static BusinessException notFound() {
        return new BusinessException(BusinessException.Kind.NOT_FOUND, "event.notFound");
    }

    private Long ownMemberOrganisation(Account caller) {
        Long organisationId = caller.getOrganisationId();
        if (organisationId == null || !caller.isAdministratorOf(organisationId)) {
            return null;
        }
        Organisation organisation = em.find(Organisation.class, organisationId);
        return organisation != null && charter.statusOf(organisation) == MembershipStatus.MEMBER ? organisationId : null;
    }

    /** Every field of the organiser's form at once; the place of the social map gives its address. */
    private EventDetails check(EventDetails details, EventSeats seats) {
        InputCheck input = new InputCheck();
        if (details == null) {
            throw new BusinessException(BusinessException.Kind.INVALID, "input.required");
        }
        if (details.kind() == null) {
            input.refuse("kind", "input.required");
        }
        LocalizedText title = title(input, "title", details.title());
        LocalizedText description = details.description() == null ? new LocalizedText("", "", "") : new LocalizedText(
                input.text("descriptionFr", details.description().exactly(eu.socialmap.platform.entity.Language.FR), 10000, false),
                input.text("descriptionNl", details.description().exactly(eu.socialmap.platform.entity.Language.NL), 10000, false),
                input.text("descriptionEn", details.description().exactly(eu.socialmap.platform.entity.Language.EN), 10000, false));
        String address = input.text("address", details.address(), 300, false);
        String online = input.website("onlineUrl", details.onlineUrl());
        Long location = details.locationId();
        if (location != null) {
            Location place = em.find(Location.class, location);
            Organisation host = place == null ? null : em.find(Organisation.class, place.getOrganisationId());
            if (host == null || host.getStatus() != Organisation.Status.ACCEPTED) {
                input.refuse("place", "event.placeUnknown");
                location = null;
            } else {
                address = host.getShortName() + ", " + place.getStreet() + ", " + place.getPostcode() + " " + place.getCommune();
            }
        }
        if ((address == null || address.isEmpty()) && (online == null || online.isEmpty())) {
            input.refuse("address", "event.placeRequired");
        }
        Instant now = clock.instant();
        Instant start = details.startsAt();
        Instant end = details.endsAt();
        if (start == null) {
            input.refuse("start", "input.required");
        } else if (seats == null && start.isBefore(now)) {
            input.refuse("start", "event.inPast");
        }
        if (end == null) {
            input.refuse("end", "input.required");
        } else if (start != null && !end.isAfter(start)) {
            input.refuse("end", "event.endBeforeStart");
        } else if (start != null && end.isAfter(start.plus(MAX_LENGTH))) {
            input.refuse("end", "event.tooLong", MAX_LENGTH.toDays());
        }
        if (details.audience() == null) {
            input.refuse("audience", "input.required");
        }
        if (details.languages().isEmpty() || !LANGUAGES.containsAll(details.languages())) {
            input.refuse("languages", "event.languagesRequired");
        }
        Integer capacity = details.capacity();
        if (capacity == null || capacity < 1 || capacity > Event.MAX_CAPACITY) {
            input.refuse("capacity", "event.capacity", Event.MAX_CAPACITY);
        } else if (seats != null && capacity < seats.getTaken()) {
            input.refuse("capacity", "event.capacityBelowTaken", seats.getTaken());
        }
        Instant opens = details.registrationOpensAt();
        Instant closes = details.registrationClosesAt();
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            input.refuse("registrationCloses", "event.registrationClosesBeforeOpening");
        } else if (closes != null && start != null && closes.isAfter(start)) {
            input.refuse("registrationCloses", "event.registrationClosesAfterStart");
        }
        if (details.offerHours() < 1 || details.offerHours() > 168) {
            input.refuse("offerHours", "event.offerHours");
        }
        Integer stands = details.standCount();
        if (stands != null && (stands < 1 || stands > 500)) {
            input.refuse("standCount", "event.standCount");
        }
        input.throwIfAny();
        return new EventDetails(details.kind(), title, description, details.themeTermId(), location, blankToNull(address),
                blankToNull(online), start, end, details.audience(), details.languages(), details.interpretation(), capacity,
                opens, closes, details.formFields().isEmpty() ? EnumSet.noneOf(eu.socialmap.event.entity.FormField.class)
                : EnumSet.copyOf(details.formFields()), details.offerHours(), details.kind() == EventKind.FAIR ? stands : null);
    }

    /** A title in at least one language; each at most 200 characters. */
    private static LocalizedText title(InputCheck input, String field, LocalizedText given) {
        LocalizedText text = given == null ? new LocalizedText("", "", "") : given;
        String fr = input.text(field + "Fr", text.exactly(eu.socialmap.platform.entity.Language.FR), 200, false);
        String nl = input.text(field + "Nl", text.exactly(eu.socialmap.platform.entity.Language.NL), 200, false);
        String en = input.text(field + "En", text.exactly(eu.socialmap.platform.entity.Language.EN), 200, false);
        if ("".equals(fr) && "".equals(nl) && "".equals(en)) {
            input.refuse(field + "Fr", "event.titleRequired");
        }
        return new LocalizedText(fr, nl, en);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
