package eu.socialmap.event.boundary;

import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.event.control.EventSecrets;
import eu.socialmap.event.entity.Audience;
import eu.socialmap.event.entity.Event;
import eu.socialmap.event.entity.EventQuestion;
import eu.socialmap.event.entity.EventSeats;
import eu.socialmap.event.entity.EventSession;
import eu.socialmap.event.entity.FormField;
import eu.socialmap.event.entity.Participant;
import eu.socialmap.event.entity.ParticipantType;
import eu.socialmap.event.entity.Registration;
import eu.socialmap.event.entity.RegistrationForm;
import eu.socialmap.membership.boundary.AccountDeleted;
import eu.socialmap.membership.boundary.Callers;
import eu.socialmap.membership.boundary.Charter;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.Language;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Registering for an event, and everything that follows from the person's side: confirming her address, taking a
 * seat offered from the waiting list, cancelling. Every change of seats locks the event's {@link EventSeats} row
 * first, so the capacity holds under any concurrency and on any number of nodes; one registration per address and
 * event is checked under that same lock (and by a unique key).
 */
@Stateless
@PermitAll
public class EventRegistrations {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Charter charter;

    @Inject
    Events events;

    @Inject
    EventNotices notices;

    Clock clock = Clock.systemUTC();

    /**
     * A registration made, with the token of her personal link (also in her mail) and, when waiting, her place.
     * @param position her rank among those still waiting (1 = next), 0 when she has a seat
     */
    public record Made(Registration registration, String token, int position) implements Serializable {
    }

    /** A registration found by its personal link, with its event. */
    public record Personal(Registration registration, Event event, int position) implements Serializable {
    }

    /**
     * Registers the signed-in person (one click: her account says who she is) or, for a public event, someone without
     * an account who then confirms her address.
     * @param invitationCode the code of an invitation-only event's link, else null
     */
    public Made register(long eventId, RegistrationForm form, String invitationCode) {
        Instant now = clock.instant();
        Event event = events.find(eventId);
        Optional<Account> caller = callers.signedIn();
        requireAdmitted(event, caller, invitationCode);
        event.requireRegistrationOpen(now);
        Participant person = participant(event, caller.orElse(null), form);
        return enter(event, person, caller.map(Account::getId).orElse(null), now);
    }

    /**
     * An administrator registers colleagues of her organisation at once; each gets her own registration, seat or
     * place on the waiting list in the order given, and her own mail. Colleagues already registered are left as they
     * are and reported.
     * @return the registrations made, in order; those already registered are missing
     */
    public List<Made> registerColleagues(long eventId, List<Long> accountIds, RegistrationForm shared) {
        Instant now = clock.instant();
        Account admin = callers.current();
        Event event = events.find(eventId);
        requireAdmitted(event, Optional.of(admin), null);
        event.requireRegistrationOpen(now);
        if (admin.getOrganisationId() == null || !admin.isAdministratorOf(admin.getOrganisationId())) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "event.colleagues.notAdministrator");
        }
        List<Made> made = new ArrayList<>();
        for (Long id : accountIds) {
            Account colleague = em.find(Account.class, id);
            if (colleague == null || !admin.getOrganisationId().equals(colleague.getOrganisationId())) {
                throw new BusinessException(BusinessException.Kind.FORBIDDEN, "event.colleagues.notColleague");
            }
            if (em.createNamedQuery(Registration.BY_PERSON, Registration.class).setParameter("event", eventId)
                    .setParameter("email", colleague.getEmail()).getResultStream().anyMatch(r -> r.getStatus().isActive())) {
                continue;
            }
            made.add(enter(event, participant(event, colleague, shared), admin.getId(), now));
        }
        return made;
    }

    /** Takes a seat if there is one, else a number on the waiting list; mails her. */
    private Made enter(Event event, Participant person, Long by, Instant now) {
        EventSeats seats = Waitlist.lock(em, event.getId());
        // under the lock: two requests for the same address cannot both pass this check
        Optional<Registration> existing = em.createNamedQuery(Registration.BY_PERSON, Registration.class)
                .setParameter("event", event.getId()).setParameter("email", person.email()).getResultStream().findFirst();
        if (existing.isPresent() && existing.get().getStatus().isActive()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "event.registration.duplicate");
        }
        String token = EventSecrets.newToken();
        Registration registration = existing.orElse(null);
        if (registration == null) {
            registration = new Registration(event.getId(), person, EventSecrets.newTicketCode(), EventSecrets.hash(token),
                    by, now);
        } else {
            registration.renew(person, EventSecrets.hash(token), by, now);
        }
        Waitlist waitlist = new Waitlist(em, notices, now);
        boolean seated = seats.take();
        if (seated) {
            List<Long> full = waitlist.takeSessions(registration, true);
            if (!full.isEmpty()) {
                InputCheck input = new InputCheck();
                full.forEach(id -> input.refuse("session-" + id, "event.session.full"));
                input.throwIfAny(); // rolls back the seat and the registration: she chooses again, nothing is lost
            }
            registration.seat(now);
        } else {
            registration.waitlist(seats.nextWaitlistNumber(), now);
        }
        if (existing.isEmpty()) {
            em.persist(registration);
        }
        em.flush();
        int position = position(registration);
        if (seated) {
            notices.seated(event, registration, token);
        } else {
            notices.waitlisted(event, registration, token, position);
        }
        return new Made(registration, token, position);
    }

    /** Her registration, by her personal link; a link that matches nothing is "unknown", whatever it is. */
    public Personal byToken(String token) {
        Registration registration = find(token);
        return new Personal(registration, events.find(registration.getEventId()), position(registration));
    }

    /** She confirms her address (people without an account): her ticket, or her place, is mailed to her. */
    public Personal confirmEmail(String token) {
        Registration registration = find(token);
        Event event = events.find(registration.getEventId());
        Waitlist.lock(em, event.getId());
        em.refresh(registration);
        if (registration.isExpiredAt(clock.instant()) || registration.getStatus() == Registration.Status.EXPIRED) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "event.registration.expired");
        }
        if (!registration.isEmailConfirmed()) {
            registration.confirmEmail(clock.instant());
            notices.emailConfirmed(event, registration, token, position(registration));
        }
        return new Personal(registration, event, position(registration));
    }

    /** She takes the seat offered to her from the waiting list, before its deadline. */
    public Personal acceptOffer(String token) {
        Registration registration = find(token);
        Event event = events.find(registration.getEventId());
        Waitlist.lock(em, event.getId());
        em.refresh(registration);
        Instant now = clock.instant();
        // too late: refused (the entity says why); the timer passes the seat on within the minute
        registration.acceptOffer(now);
        notices.seated(event, registration, token);
        return new Personal(registration, event, 0);
    }

    /** She cancels by her link; her seat goes to the next person waiting, who is told at once. */
    public Personal cancel(String token) {
        Registration registration = find(token);
        return cancel(registration);
    }

    /** The signed-in person cancels her own registration (from "my events"). */
    public Personal cancelOwn(long registrationId) {
        Registration registration = em.find(Registration.class, registrationId);
        Account caller = callers.current();
        if (registration == null || !caller.getId().equals(registration.getAccountId())) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "event.registration.unknown");
        }
        return cancel(registration);
    }

    private Personal cancel(Registration registration) {
        Event event = events.find(registration.getEventId());
        EventSeats seats = Waitlist.lock(em, event.getId());
        em.refresh(registration);
        Instant now = clock.instant();
        if (!now.isBefore(event.getEndsAt())) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "event.registration.eventOver");
        }
        Registration.Status before = registration.getStatus();
        registration.cancel(now);
        if (before.holdsSeat()) {
            seats.release();
            Waitlist waitlist = new Waitlist(em, notices, now);
            waitlist.releaseSessions(registration);
            waitlist.fill(event, seats);
        }
        notices.cancelled(event, registration);
        return new Personal(registration, event, 0);
    }

    /**
     * Promotions not taken up in time and addresses not confirmed in time: each expires and its seat goes to the next
     * person. Safe on several nodes: each one is re-read under its event's lock and skipped if already handled.
     * @return how many expired
     */
    public int expireDue(int max) {
        Instant now = clock.instant();
        List<Long> due = em.createNamedQuery(Registration.EXPIRED, Long.class)
                .setParameter("statuses", List.of(Registration.Status.OFFERED, Registration.Status.CONFIRMED,
                        Registration.Status.WAITLISTED))
                .setParameter("now", now).setMaxResults(max).getResultList();
        int expired = 0;
        for (Long id : due) {
            Registration registration = em.find(Registration.class, id);
            if (registration == null) {
                continue;
            }
            Event event = events.find(registration.getEventId());
            EventSeats seats = Waitlist.lock(em, event.getId());
            em.refresh(registration);
            if (registration.isExpiredAt(now)) {
                expire(event, seats, registration, now);
                expired++;
            }
        }
        return expired;
    }

    private void expire(Event event, EventSeats seats, Registration registration, Instant now) {
        boolean held = registration.getStatus().holdsSeat();
        registration.expire(now);
        notices.expired(event, registration);
        if (held) {
            seats.release();
            Waitlist waitlist = new Waitlist(em, notices, now);
            waitlist.releaseSessions(registration);
            waitlist.fill(event, seats);
        }
    }

    /**
     * An account is deleted: its registrations for events not yet over are cancelled (each seat goes to the next
     * person waiting, who is told), and every one of its registrations loses what says who she was.
     */
    public void erase(@Observes AccountDeleted deleted) {
        Instant now = clock.instant();
        List<Registration> hers = em.createNamedQuery(Registration.OF_ACCOUNT, Registration.class)
                .setParameter("account", deleted.accountId()).setParameter("statuses", List.of(Registration.Status.values()))
                .getResultList();
        for (Registration registration : hers) {
            Event event = events.find(registration.getEventId());
            EventSeats seats = Waitlist.lock(em, event.getId());
            em.refresh(registration);
            if (registration.getStatus().isActive() && now.isBefore(event.getEndsAt())) {
                boolean held = registration.getStatus().holdsSeat();
                registration.cancel(now);
                if (held) {
                    seats.release();
                    Waitlist waitlist = new Waitlist(em, notices, now);
                    waitlist.releaseSessions(registration);
                    waitlist.fill(event, seats);
                }
            }
            registration.erasePerson(EventSecrets.hash(EventSecrets.newToken()), now);
        }
    }

    /** A registration of hers with its event, for "my registrations". */
    public record Mine(Registration registration, Event event) implements Serializable {
    }

    /** The signed-in person's live registrations for events not over yet, soonest first (one query); none if signed out. */
    public List<Mine> mine() {
        Optional<Account> caller = callers.signedIn();
        if (caller.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Registration.MINE_AHEAD, Object[].class).setParameter("account", caller.get().getId())
                .setParameter("statuses", Events.ACTIVE).setParameter("now", clock.instant()).setMaxResults(100)
                .getResultStream().map(row -> new Mine((Registration) row[0], (Event) row[1])).toList();
    }

    /** The signed-in person's registration for this event, if she has one (anyone else: none). */
    public Optional<Personal> mineFor(long eventId) {
        Optional<Account> caller = callers.signedIn();
        if (caller.isEmpty()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Registration.OF_ACCOUNT_AT, Registration.class).setParameter("account", caller.get().getId())
                .setParameter("event", eventId).setMaxResults(1).getResultStream().findFirst()
                .map(r -> new Personal(r, events.find(eventId), position(r)));
    }

    /** Her rank among those still waiting (1: the next to be offered a seat), 0 if she is not waiting. */
    int position(Registration registration) {
        if (registration.getStatus() != Registration.Status.WAITLISTED) {
            return 0;
        }
        Long ahead = em.createQuery("SELECT COUNT(r) FROM Registration r WHERE r.eventId = :event AND r.status = "
                        + "eu.socialmap.event.entity.Registration.Status.WAITLISTED AND r.waitlistNumber < :number", Long.class)
                .setParameter("event", registration.getEventId()).setParameter("number", registration.getWaitlistNumber())
                .getSingleResult();
        return ahead.intValue() + 1;
    }

    Registration find(String token) {
        if (!EventSecrets.isWellFormedToken(token)) {
            throw unknownLink();
        }
        return em.createNamedQuery(Registration.BY_TOKEN, Registration.class).setParameter("hash", EventSecrets.hash(token))
                .getResultStream().findFirst().orElseThrow(EventRegistrations::unknownLink);
    }

    private static BusinessException unknownLink() {
        return new BusinessException(BusinessException.Kind.NOT_FOUND, "event.registration.unknownLink");
    }

    /** Members-only events need a member organisation; invitation-only ones the code of the link. */
    private void requireAdmitted(Event event, Optional<Account> caller, String invitationCode) {
        if (event.getAudience() == Audience.INVITATION && !events.invitationMatches(event, invitationCode)
                && !events.mayManage(event)) {
            throw Events.notFound();
        }
        if (event.getAudience() == Audience.MEMBERS) {
            if (caller.isEmpty()) {
                throw new BusinessException(BusinessException.Kind.FORBIDDEN, "event.membersOnly.signIn");
            }
            if (!charter.worksForAMember(caller.get())) {
                throw new BusinessException(BusinessException.Kind.FORBIDDEN, "event.membersOnly");
            }
        }
    }

    /** Who registers and her answers, every field checked at once. */
    private Participant participant(Event event, Account account, RegistrationForm given) {
        RegistrationForm form = given == null ? RegistrationForm.oneClick() : given;
        InputCheck input = new InputCheck();
        Set<FormField> asked = event.getFormFields();
        String email;
        String name;
        Language language;
        Long organisationId = null;
        String organisationName;
        String kind = null;
        String country;
        if (account != null) {
            email = account.getEmail();
            name = account.getDisplayName();
            language = account.getLanguage();
            Organisation organisation = account.getOrganisationId() == null ? null
                    : em.find(Organisation.class, account.getOrganisationId());
            organisationId = organisation == null ? null : organisation.getId();
            organisationName = organisation == null ? null : organisation.getShortName();
            kind = organisation == null ? null : organisation.getKind().name();
            country = organisation == null ? null : organisation.getCountry().name();
        } else {
            name = input.text("name", form.name(), 200, true);
            email = input.email("email", form.email(), true);
            language = Language.fromTag(form.language()).orElse(null);
            if (language == null) {
                input.refuse("language", "input.required");
            }
            organisationName = input.text("organisation", form.organisationName(), 200, asked.contains(FormField.ORGANISATION));
            country = form.country() == null || form.country().isBlank() ? null : form.country().strip().toUpperCase(Locale.ROOT);
            if (country != null && !COUNTRY.matcher(country).matches()) {
                input.refuse("country", "event.registration.country");
            }
        }
        ParticipantType type = form.type() != null ? form.type()
                : account != null ? ParticipantType.PROFESSIONAL : ParticipantType.PUBLIC;
        String role = asked.contains(FormField.ROLE) ? input.text("role", form.role(), 100, false) : null;
        String diet = asked.contains(FormField.DIET) ? input.text("diet", form.diet(), 300, false) : null;
        String accessibility = asked.contains(FormField.ACCESSIBILITY) ? input.text("accessibility", form.accessibility(), 300, false) : null;
        boolean interpretation = asked.contains(FormField.INTERPRETATION) && event.isInterpretation() && form.interpretation();
        List<Long> sessions = checkSessions(input, event, form.sessionIds());
        Map<Long, String> answers = checkAnswers(input, event, form.answers());
        input.throwIfAny();
        return new Participant(account == null ? null : account.getId(), email, name, language, organisationId,
                blankToNull(organisationName), kind, country, type, blankToNull(role), blankToNull(diet),
                blankToNull(accessibility), interpretation, sessions, answers);
    }

    /** Sessions of this event only, and never two at the same time. */
    private List<Long> checkSessions(InputCheck input, Event event, List<Long> chosen) {
        if (chosen.isEmpty()) {
            return List.of();
        }
        List<EventSession> programme = events.sessions(event.getId());
        List<EventSession> picked = new ArrayList<>();
        for (Long id : chosen.stream().distinct().toList()) {
            Optional<EventSession> session = programme.stream().filter(s -> s.getId().equals(id)).findFirst();
            if (session.isEmpty()) {
                input.refuse("sessions", "event.session.notFound");
                continue;
            }
            if (picked.stream().anyMatch(p -> p.getStartsAt().isBefore(session.get().getEndsAt())
                    && session.get().getStartsAt().isBefore(p.getEndsAt()))) {
                input.refuse("session-" + id, "event.session.overlap");
                continue;
            }
            picked.add(session.get());
        }
        return picked.stream().map(EventSession::getId).toList();
    }

    private Map<Long, String> checkAnswers(InputCheck input, Event event, Map<Long, String> given) {
        Map<Long, String> answers = new HashMap<>();
        for (EventQuestion question : events.questions(event.getId())) {
            String answer = input.text("question-" + question.getId(), given.get(question.getId()), 1000, question.isRequired());
            if (answer != null && !answer.isEmpty()) {
                answers.put(question.getId(), answer);
            }
        }
        return answers;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
