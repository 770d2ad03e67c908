package eu.socialmap.event.entity;

import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.Language;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * One person's registration for an event (one per e-mail address and event). A seat is held while it is
 * {@link Status#CONFIRMED} or {@link Status#OFFERED}; its changes of status go through the event's locked
 * {@link EventSeats}, in the boundary.
 */
@Entity
@Table(name = "registration")
@NamedQuery(name = Registration.BY_PERSON, query = "SELECT r FROM Registration r WHERE r.eventId = :event AND r.email = :email")
@NamedQuery(name = Registration.BY_TOKEN, query = "SELECT r FROM Registration r WHERE r.tokenHash = :hash")
@NamedQuery(name = Registration.BY_TICKET, query = "SELECT r FROM Registration r WHERE r.ticketCode = :code")
@NamedQuery(name = Registration.NEXT_WAITING, query = "SELECT r FROM Registration r WHERE r.eventId = :event "
        + "AND r.status = eu.socialmap.event.entity.Registration.Status.WAITLISTED ORDER BY r.waitlistNumber")
@NamedQuery(name = Registration.EXPIRED, query = "SELECT r.id FROM Registration r WHERE r.status IN :statuses "
        + "AND r.expiresAt < :now ORDER BY r.expiresAt")
@NamedQuery(name = Registration.OF_EVENT, query = "SELECT r FROM Registration r WHERE r.eventId = :event "
        + "AND (:status IS NULL OR r.status = :status) AND (:name = '' OR LOWER(r.name) LIKE :name OR r.email LIKE :name) "
        + "ORDER BY r.name, r.id")
@NamedQuery(name = Registration.COUNT_OF_EVENT, query = "SELECT COUNT(r) FROM Registration r WHERE r.eventId = :event "
        + "AND (:status IS NULL OR r.status = :status) AND (:name = '' OR LOWER(r.name) LIKE :name OR r.email LIKE :name)")
@NamedQuery(name = Registration.COUNTS, query = "SELECT r.status, COUNT(r), SUM(CASE WHEN r.checkedInAt IS NULL THEN 0 ELSE 1 END) "
        + "FROM Registration r WHERE r.eventId = :event GROUP BY r.status")
@NamedQuery(name = Registration.OF_ACCOUNT, query = "SELECT r FROM Registration r WHERE r.accountId = :account "
        + "AND r.status IN :statuses ORDER BY r.createdAt DESC")
@NamedQuery(name = Registration.MINE_AHEAD, query = "SELECT r, e FROM Registration r, Event e WHERE e.id = r.eventId "
        + "AND r.accountId = :account AND r.status IN :statuses AND e.endsAt > :now ORDER BY e.startsAt")
@NamedQuery(name = Registration.OF_ACCOUNT_AT, query = "SELECT r FROM Registration r WHERE r.accountId = :account "
        + "AND r.eventId = :event ORDER BY r.updatedAt DESC")
@NamedQuery(name = Registration.ANSWERS_OF_EVENT, query = "SELECT r.id, KEY(a), VALUE(a) FROM Registration r JOIN r.answers a "
        + "WHERE r.eventId = :event")
@NamedQuery(name = Registration.SESSIONS_OF_EVENT, query = "SELECT r.id, s FROM Registration r JOIN r.sessionIds s "
        + "WHERE r.eventId = :event")
public class Registration implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String BY_PERSON = "Registration.byPerson";
    public static final String BY_TOKEN = "Registration.byToken";
    public static final String BY_TICKET = "Registration.byTicket";
    public static final String NEXT_WAITING = "Registration.nextWaiting";
    public static final String EXPIRED = "Registration.expired";
    public static final String OF_EVENT = "Registration.ofEvent";
    public static final String COUNT_OF_EVENT = "Registration.countOfEvent";
    public static final String COUNTS = "Registration.counts";
    public static final String OF_ACCOUNT = "Registration.ofAccount";
    /** Every answer to the custom questions of an event's registrations, as (registration id, question id, answer). */
    public static final String ANSWERS_OF_EVENT = "Registration.answersOfEvent";
    /** Every session chosen in an event's registrations, as (registration id, session id). */
    public static final String SESSIONS_OF_EVENT = "Registration.sessionsOfEvent";
    public static final String OF_ACCOUNT_AT = "Registration.ofAccountAt";
    public static final String MINE_AHEAD = "Registration.mineAhead";

    /** Someone without an account confirms her address within this time, or her place goes to the next person. */
    public static final Duration EMAIL_CONFIRMATION_TIME = Duration.ofHours(24);

    public enum Status {
        CONFIRMED, WAITLISTED, OFFERED, CANCELLED, EXPIRED;

        public boolean holdsSeat() {
            return this == CONFIRMED || this == OFFERED;
        }

        public boolean isActive() {
            return this == CONFIRMED || this == OFFERED || this == WAITLISTED;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id")
    private Long eventId;

    @Column(name = "account_id")
    private Long accountId;

    private String email;

    private String name;

    @Enumerated(EnumType.STRING)
    private Language language;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "organisation_name")
    private String organisationName;

    @Column(name = "organisation_kind")
    private String organisationKind;

    private String country;

    @Enumerated(EnumType.STRING)
    @Column(name = "participant_type")
    private ParticipantType participantType;

    private String role;

    private String diet;

    private String accessibility;

    private boolean interpretation;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "waitlist_number")
    private Integer waitlistNumber;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "email_confirmed")
    private boolean emailConfirmed;

    @Column(name = "ticket_code")
    private String ticketCode;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "registered_by")
    private Long registeredBy;

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @Column(name = "checked_in_by")
    private Long checkedInBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "registration_session", joinColumns = @JoinColumn(name = "registration_id"))
    @Column(name = "session_id")
    private Set<Long> sessionIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "registration_answer", joinColumns = @JoinColumn(name = "registration_id"))
    @MapKeyColumn(name = "question_id")
    @Column(name = "answer")
    private Map<Long, String> answers = new HashMap<>();

    protected Registration() {
        // for JPA
    }

    public Registration(long eventId, Participant person, String ticketCode, String tokenHash, Long registeredBy,
                        Instant now) {
        this.eventId = eventId;
        this.ticketCode = ticketCode;
        this.tokenHash = tokenHash;
        this.registeredBy = registeredBy;
        this.createdAt = now;
        fill(person, now);
    }

    /** A cancelled or expired registration made again: the person's answers are the new ones. */
    public void renew(Participant person, String newTokenHash, Long by, Instant now) {
        this.tokenHash = newTokenHash;
        this.registeredBy = by;
        this.checkedInAt = null;
        this.checkedInBy = null;
        fill(person, now);
    }

    private void fill(Participant person, Instant now) {
        this.accountId = person.accountId();
        this.email = person.email();
        this.name = person.name();
        this.language = person.language();
        this.organisationId = person.organisationId();
        this.organisationName = person.organisationName();
        this.organisationKind = person.organisationKind();
        this.country = person.country();
        this.participantType = person.type();
        this.role = person.role();
        this.diet = person.diet();
        this.accessibility = person.accessibility();
        this.interpretation = person.interpretation();
        this.sessionIds = new HashSet<>(person.sessionIds());
        this.answers = new HashMap<>(person.answers());
        // an account's address is known; anyone else proves hers by the link we send
        this.emailConfirmed = person.accountId() != null;
        this.updatedAt = now;
    }

    /** The seat is hers (the caller took it from the event's seats). */
    public void seat(Instant now) {
        status = Status.CONFIRMED;
        waitlistNumber = null;
        expiresAt = emailConfirmed ? null : now.plus(EMAIL_CONFIRMATION_TIME);
        updatedAt = now;
    }

    public void waitlist(int number, Instant now) {
        status = Status.WAITLISTED;
        waitlistNumber = number;
        expiresAt = emailConfirmed ? null : now.plus(EMAIL_CONFIRMATION_TIME);
        updatedAt = now;
    }

    /** A seat freed up: it is offered to her until the deadline (the caller took the seat for her). */
    public void offer(Instant deadline, Instant now) {
        status = Status.OFFERED;
        expiresAt = deadline;
        updatedAt = now;
    }

    /** She takes the seat offered; too late, she is told so (the timer may not have passed yet). */
    public void acceptOffer(Instant now) {
        if (status != Status.OFFERED) {
            throw new BusinessException(BusinessException.Kind.CONFLICT,
                    status == Status.EXPIRED ? "event.offer.expired" : "event.offer.none");
        }
        if (isExpiredAt(now)) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "event.offer.expired");
        }
        status = Status.CONFIRMED;
        waitlistNumber = null;
        expiresAt = null;
        emailConfirmed = true; // she answered the link we sent her
        updatedAt = now;
    }

    /** She answered the link sent to her address. */
    public void confirmEmail(Instant now) {
        emailConfirmed = true;
        if (status != Status.OFFERED) {
            expiresAt = null;
        }
        updatedAt = now;
    }

    public void cancel(Instant now) {
        if (!status.isActive()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "event.registration.alreadyCancelled");
        }
        status = Status.CANCELLED;
        expiresAt = null;
        updatedAt = now;
    }

    /** The deadline passed without an answer. */
    public void expire(Instant now) {
        status = Status.EXPIRED;
        expiresAt = null;
        updatedAt = now;
    }

    public boolean isExpiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt) && status.isActive();
    }

    /**
     * Checked in at the door. Once is enough: a second scan answers "already present since …" (the caller shows it)
     * and changes nothing.
     * @return false if she was already checked in
     */
    public boolean checkIn(Instant at, Long by) {
        if (status != Status.CONFIRMED) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "event.checkin.noSeat");
        }
        if (checkedInAt != null) {
            return false;
        }
        checkedInAt = at;
        checkedInBy = by;
        updatedAt = at;
        return true;
    }

    /**
     * Her account is deleted: what says who she is goes (name, address, role, needs, answers, link); what counts in
     * the event's figures stays (organisation, its kind, country, type, presence).
     */
    public void erasePerson(String newTokenHash, Instant now) {
        accountId = null;
        name = "—";
        email = "erased-" + id + "@invalid";
        role = null;
        diet = null;
        accessibility = null;
        answers.clear();
        tokenHash = newTokenHash;
        updatedAt = now;
    }

    /** A new personal link: the token is only in the mail that carries it, so each such mail makes a new one. */
    public void relink(String newTokenHash) {
        this.tokenHash = newTokenHash;
    }

    /** Workshops that were full when she was promoted from the waiting list. */
    public void dropSessions(java.util.Collection<Long> full) {
        sessionIds.removeAll(full);
    }

    public void undoCheckIn(Instant now) {
        checkedInAt = null;
        checkedInBy = null;
        updatedAt = now;
    }

    public Long getId() { return id; }
    public Long getEventId() { return eventId; }
    public Long getAccountId() { return accountId; }
    public String getEmail() { return email; }
    public String getName() { return name; }
    public Language getLanguage() { return language; }
    public Long getOrganisationId() { return organisationId; }
    public String getOrganisationName() { return organisationName; }
    public String getOrganisationKind() { return organisationKind; }
    public String getCountry() { return country; }
    public ParticipantType getParticipantType() { return participantType; }
    public String getRole() { return role; }
    public String getDiet() { return diet; }
    public String getAccessibility() { return accessibility; }
    public boolean isInterpretation() { return interpretation; }
    public Status getStatus() { return status; }
    public Integer getWaitlistNumber() { return waitlistNumber; }
    public Instant getExpiresAt() { return expiresAt; }
    public boolean isEmailConfirmed() { return emailConfirmed; }
    public String getTicketCode() { return ticketCode; }
    public Long getRegisteredBy() { return registeredBy; }
    public Instant getCheckedInAt() { return checkedInAt; }
    public Long getCheckedInBy() { return checkedInBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
    public Set<Long> getSessionIds() { return Set.copyOf(sessionIds); }
    public Map<Long, String> getAnswers() { return Map.copyOf(answers); }
}
