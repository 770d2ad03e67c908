package eu.socialmap.event.entity;

import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * An event of the network. Its seats are counted apart, in {@link EventSeats}, so that registrations never conflict
 * with the organiser's edits; this row holds what the organiser writes and the registration window.
 */
@Entity
@Table(name = "event")
@NamedQuery(name = Event.AGENDA, query = "SELECT e FROM Event e WHERE e.status = eu.socialmap.event.entity.Event.Status.PUBLISHED "
        + "AND e.endsAt > :from AND e.startsAt < :until AND e.audience IN :audiences ORDER BY e.startsAt, e.id")
@NamedQuery(name = Event.OF_ORGANISER, query = "SELECT e FROM Event e WHERE (:organiser IS NULL AND e.organiserId IS NULL) "
        + "OR e.organiserId = :organiser ORDER BY e.startsAt DESC, e.id DESC")
@NamedQuery(name = Event.ALL_NEWEST_FIRST, query = "SELECT e FROM Event e ORDER BY e.startsAt DESC, e.id DESC")
@NamedQuery(name = Event.FEEDBACK_DUE, query = "SELECT e.id FROM Event e WHERE e.status = eu.socialmap.event.entity.Event.Status.PUBLISHED "
        + "AND e.feedbackSentAt IS NULL AND e.endsAt < :now AND e.endsAt > :since ORDER BY e.endsAt")
public class Event implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String AGENDA = "Event.agenda";
    public static final String OF_ORGANISER = "Event.ofOrganiser";
    public static final String ALL_NEWEST_FIRST = "Event.allNewestFirst";
    public static final String FEEDBACK_DUE = "Event.feedbackDue";
    public static final int MAX_CAPACITY = 5000;

    public enum Status { DRAFT, PUBLISHED, CANCELLED }

    /** Where an event stands for someone who wants to register now. */
    public enum RegistrationWindow { NOT_PUBLISHED, CANCELLED, NOT_YET_OPEN, OPEN, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private EventKind kind;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fr", column = @Column(name = "title_fr")),
            @AttributeOverride(name = "nl", column = @Column(name = "title_nl")),
            @AttributeOverride(name = "en", column = @Column(name = "title_en"))})
    private LocalizedText title;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fr", column = @Column(name = "description_fr")),
            @AttributeOverride(name = "nl", column = @Column(name = "description_nl")),
            @AttributeOverride(name = "en", column = @Column(name = "description_en"))})
    private LocalizedText description;

    @Column(name = "organiser_id")
    private Long organiserId;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "theme_term_id")
    private Long themeTermId;

    @Column(name = "location_id")
    private Long locationId;

    private String address;

    @Column(name = "online_url")
    private String onlineUrl;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    private Audience audience;

    @Column(name = "invitation_hash")
    private String invitationHash;

    private String languages;

    private boolean interpretation;

    @Column(name = "registration_opens_at")
    private Instant registrationOpensAt;

    @Column(name = "registration_closes_at")
    private Instant registrationClosesAt;

    @Column(name = "form_fields")
    private String formFields;

    @Column(name = "offer_hours")
    private int offerHours;

    @Column(name = "stand_count")
    private Integer standCount;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "feedback_sent_at")
    private Instant feedbackSentAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Event() {
        // for JPA
    }

    public Event(EventDetails details, Long organiserId, Long createdBy, Instant now) {
        this.organiserId = organiserId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.status = Status.DRAFT;
        describe(details);
    }

    /** Applies the organiser's (checked) form. */
    public void describe(EventDetails details) {
        this.kind = details.kind();
        this.title = details.title();
        this.description = details.description();
        this.themeTermId = details.themeTermId();
        this.locationId = details.locationId();
        this.address = details.address();
        this.onlineUrl = details.onlineUrl();
        this.startsAt = details.startsAt();
        this.endsAt = details.endsAt();
        this.audience = details.audience();
        this.languages = String.join(",", details.languages());
        this.interpretation = details.interpretation();
        this.registrationOpensAt = details.registrationOpensAt();
        this.registrationClosesAt = details.registrationClosesAt();
        this.formFields = FormField.format(details.formFields());
        this.offerHours = details.offerHours();
        this.standCount = details.standCount();
    }

    public void publish() {
        if (status == Status.CANCELLED) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "event.cancelled");
        }
        status = Status.PUBLISHED;
    }

    public void cancel() {
        status = Status.CANCELLED;
    }

    public void inviteWith(String codeHash) {
        this.invitationHash = codeHash;
    }

    public void feedbackSent(Instant now) {
        this.feedbackSentAt = now;
    }

    /** Registration closes at the organiser's date, else when the event starts. */
    public Instant registrationDeadline() {
        return registrationClosesAt != null ? registrationClosesAt : startsAt;
    }

    public RegistrationWindow windowAt(Instant now) {
        if (status == Status.CANCELLED) {
            return RegistrationWindow.CANCELLED;
        }
        if (status != Status.PUBLISHED) {
            return RegistrationWindow.NOT_PUBLISHED;
        }
        if (registrationOpensAt != null && now.isBefore(registrationOpensAt)) {
            return RegistrationWindow.NOT_YET_OPEN;
        }
        return now.isBefore(registrationDeadline()) ? RegistrationWindow.OPEN : RegistrationWindow.CLOSED;
    }

    /** Refuses a registration outside the window, with the reason a person can understand. */
    public void requireRegistrationOpen(Instant now) {
        switch (windowAt(now)) {
            case OPEN -> { }
            case CANCELLED -> throw new BusinessException(BusinessException.Kind.CONFLICT, "event.cancelled");
            case NOT_PUBLISHED -> throw new BusinessException(BusinessException.Kind.NOT_FOUND, "event.notFound");
            case NOT_YET_OPEN -> throw new BusinessException(BusinessException.Kind.CONFLICT, "event.registration.notYetOpen");
            case CLOSED -> throw new BusinessException(BusinessException.Kind.CONFLICT, "event.registration.closed");
        }
    }

    public boolean isPublic() {
        return status == Status.PUBLISHED && audience == Audience.PUBLIC;
    }

    public boolean hasEnded(Instant now) {
        return !now.isBefore(endsAt);
    }

    public Long getId() { return id; }
    public EventKind getKind() { return kind; }
    public LocalizedText getTitle() { return title; }
    public LocalizedText getDescription() { return description; }
    public Long getOrganiserId() { return organiserId; }
    public Long getCreatedBy() { return createdBy; }
    public Long getThemeTermId() { return themeTermId; }
    public Long getLocationId() { return locationId; }
    public String getAddress() { return address; }
    public String getOnlineUrl() { return onlineUrl; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public Audience getAudience() { return audience; }
    public String getInvitationHash() { return invitationHash; }
    public List<String> getLanguages() { return languages == null || languages.isBlank() ? List.of() : Arrays.asList(languages.split(",")); }
    public boolean isInterpretation() { return interpretation; }
    public Instant getRegistrationOpensAt() { return registrationOpensAt; }
    public Instant getRegistrationClosesAt() { return registrationClosesAt; }
    public Set<FormField> getFormFields() { return FormField.parse(formFields); }
    public int getOfferHours() { return offerHours; }
    public Integer getStandCount() { return standCount; }
    public Status getStatus() { return status; }
    public Instant getFeedbackSentAt() { return feedbackSentAt; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
