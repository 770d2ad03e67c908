package eu.socialmap.immersion.entity;

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

import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

/**
 * What a host organisation offers a visiting professional: a team to follow, what she will see and do, the
 * languages used there, how many days, when and with how many visitors at a time ({@link OfferPeriod}), the
 * conditions and a contact person. Only published offers are searched and requested.
 */
@Entity
@Table(name = "immersion_offer")
@NamedQuery(name = ImmersionOffer.OF_HOST, query = "SELECT o FROM ImmersionOffer o WHERE o.hostId = :host ORDER BY o.status, o.updatedAt DESC, o.id")
@NamedQuery(name = ImmersionOffer.PUBLISHED, query = "SELECT o FROM ImmersionOffer o WHERE o.status = eu.socialmap.immersion.entity.ImmersionOffer.Status.PUBLISHED ORDER BY o.id")
public class ImmersionOffer implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_HOST = "ImmersionOffer.ofHost";
    public static final String PUBLISHED = "ImmersionOffer.published";
    /** An immersion lasts two to five working days (the programme's rule). */
    public static final int MIN_DAYS = 2;
    public static final int MAX_DAYS = 5;

    public enum Status { DRAFT, PUBLISHED, WITHDRAWN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "host_id")
    private long hostId;
    @Column(name = "location_id")
    private long locationId;
    @Column(name = "contact_id")
    private Long contactId;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fr", column = @Column(name = "team_fr")),
            @AttributeOverride(name = "nl", column = @Column(name = "team_nl")),
            @AttributeOverride(name = "en", column = @Column(name = "team_en"))})
    private LocalizedText team;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fr", column = @Column(name = "activities_fr")),
            @AttributeOverride(name = "nl", column = @Column(name = "activities_nl")),
            @AttributeOverride(name = "en", column = @Column(name = "activities_en"))})
    private LocalizedText activities;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fr", column = @Column(name = "conditions_fr")),
            @AttributeOverride(name = "nl", column = @Column(name = "conditions_nl")),
            @AttributeOverride(name = "en", column = @Column(name = "conditions_en"))})
    private LocalizedText conditions;
    @Column(name = "theme_term_id")
    private Long themeTermId;
    @Column(name = "languages")
    private String languages;
    @Column(name = "min_days")
    private int minDays;
    @Column(name = "max_days")
    private int maxDays;
    @Column(name = "day_starts")
    private LocalTime dayStarts;
    @Column(name = "day_ends")
    private LocalTime dayEnds;
    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private Status status;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    @Column(name = "version")
    private long version;

    protected ImmersionOffer() {
        // for JPA
    }

    /** A new offer, a draft until its host publishes it. */
    public ImmersionOffer(long hostId, OfferDetails details, Instant now) {
        this.hostId = hostId;
        this.status = Status.DRAFT;
        this.createdAt = now;
        describe(details, now);
    }

    /** The host rewrites the offer (already checked by {@link OfferDetails}' service). */
    public void describe(OfferDetails details, Instant now) {
        this.locationId = details.locationId();
        this.contactId = details.contactId();
        this.team = details.team();
        this.activities = details.activities();
        this.conditions = details.conditions();
        this.themeTermId = details.themeTermId();
        this.languages = String.join(",", details.languages());
        this.minDays = details.minDays();
        this.maxDays = details.maxDays();
        this.dayStarts = details.dayStarts();
        this.dayEnds = details.dayEnds();
        this.updatedAt = now;
    }

    public void publish(Instant now) {
        if (status == Status.PUBLISHED) {
            return;
        }
        status = Status.PUBLISHED;
        updatedAt = now;
    }

    /** No new requests; bookings already made go on. */
    public void withdraw(Instant now) {
        status = Status.WITHDRAWN;
        updatedAt = now;
    }

    /** Refuses a request for an offer that is not (or no longer) published. */
    public void requireOpenToRequests() {
        if (status != Status.PUBLISHED) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "immersion.request.offerClosed");
        }
    }

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }

    public Long getId() { return id; }
    public long getHostId() { return hostId; }
    public long getLocationId() { return locationId; }
    public Long getContactId() { return contactId; }
    public LocalizedText getTeam() { return team == null ? new LocalizedText("", "", "") : team; }
    public LocalizedText getActivities() { return activities == null ? new LocalizedText("", "", "") : activities; }
    public LocalizedText getConditions() { return conditions == null ? new LocalizedText("", "", "") : conditions; }
    public Long getThemeTermId() { return themeTermId; }

    public List<String> getLanguages() {
        return languages == null || languages.isEmpty() ? List.of() : Arrays.asList(languages.split(","));
    }

    public int getMinDays() { return minDays; }
    public int getMaxDays() { return maxDays; }
    public LocalTime getDayStarts() { return dayStarts; }
    public LocalTime getDayEnds() { return dayEnds; }
    public Status getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
