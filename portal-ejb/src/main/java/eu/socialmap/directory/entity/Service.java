package eu.socialmap.directory.entity;

import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What an organisation offers: for whom, in which languages, on which themes, where and when it is open, how to
 * get it. A service not updated for {@link #REVIEW_AFTER} is due for review by its organisation.
 */
@Entity
@Table(name = "service")
@NamedQuery(name = Service.OF_ORGANISATION, query = "SELECT s FROM Service s WHERE s.organisationId = :organisation "
        + "AND s.status = eu.socialmap.directory.entity.Service.Status.ACTIVE ORDER BY s.id")
@NamedQuery(name = Service.NOT_UPDATED_SINCE, query = "SELECT s FROM Service s WHERE s.status = "
        + "eu.socialmap.directory.entity.Service.Status.ACTIVE AND s.updatedAt < :since ORDER BY s.updatedAt, s.id")
public class Service extends ExchangedRecord {

    private static final long serialVersionUID = 1L;
    public static final String OF_ORGANISATION = "Service.ofOrganisation";
    public static final String NOT_UPDATED_SINCE = "Service.notUpdatedSince";
    public static final Duration REVIEW_AFTER = Duration.ofDays(365);
    public static final int MAX_AGE = 120;

    public enum Status { ACTIVE, INACTIVE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;


    @Column(name = "organisation_id")
    private long organisationId;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fr", column = @Column(name = "name_fr")),
            @AttributeOverride(name = "nl", column = @Column(name = "name_nl")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en"))})
    private LocalizedText name;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fr", column = @Column(name = "description_fr")),
            @AttributeOverride(name = "nl", column = @Column(name = "description_nl")),
            @AttributeOverride(name = "en", column = @Column(name = "description_en"))})
    private LocalizedText description;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fr", column = @Column(name = "conditions_fr")),
            @AttributeOverride(name = "nl", column = @Column(name = "conditions_nl")),
            @AttributeOverride(name = "en", column = @Column(name = "conditions_en"))})
    private LocalizedText conditions;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fr", column = @Column(name = "how_to_apply_fr")),
            @AttributeOverride(name = "nl", column = @Column(name = "how_to_apply_nl")),
            @AttributeOverride(name = "en", column = @Column(name = "how_to_apply_en"))})
    private LocalizedText howToApply;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fr", column = @Column(name = "fees_fr")),
            @AttributeOverride(name = "nl", column = @Column(name = "fees_nl")),
            @AttributeOverride(name = "en", column = @Column(name = "fees_en"))})
    private LocalizedText fees;

    @Column(name = "free_of_charge")
    private boolean freeOfCharge;
    @Column(name = "minimum_age")
    private Integer minimumAge;
    @Column(name = "maximum_age")
    private Integer maximumAge;
    @Column(name = "languages")
    private String languages;
    @Column(name = "email")
    private String email;
    @Column(name = "phone")
    private String phone;
    @Column(name = "website")
    private String website;
    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private Status status = Status.ACTIVE;
    @Column(name = "review_asked_at")
    private Instant reviewAskedAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    @ManyToMany
    @JoinTable(name = "service_term", joinColumns = @JoinColumn(name = "service_id"),
            inverseJoinColumns = @JoinColumn(name = "term_id"))
    private Set<TaxonomyTerm> terms = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "service_location", joinColumns = @JoinColumn(name = "service_id"),
            inverseJoinColumns = @JoinColumn(name = "location_id"))
    private Set<Location> locations = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "service_hours", joinColumns = @JoinColumn(name = "service_id"))
    private Set<OpeningSlot> hours = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "service_closure", joinColumns = @JoinColumn(name = "service_id"))
    private Set<Closure> closures = new HashSet<>();

    @Version
    @Column(name = "version")
    private long version;

    protected Service() {
        // for JPA
    }

    public Service(long organisationId, LocalizedText name, LocalizedText description, List<String> languages,
                   Instant now) {
        this.organisationId = organisationId;
        this.createdAt = now;
        describe(name, description, languages, now);
    }

    public void describe(LocalizedText name, LocalizedText description, List<String> languages, Instant now) {
        if (name == null || name.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, "directory.service.nameRequired");
        }
        this.name = name;
        this.description = description;
        this.languages = String.join(",", languages);
        touch(now);
    }

    public void describeAccess(LocalizedText conditions, LocalizedText howToApply, LocalizedText fees,
                               boolean freeOfCharge, Instant now) {
        this.conditions = conditions;
        this.howToApply = howToApply;
        this.fees = fees;
        this.freeOfCharge = freeOfCharge;
        touch(now);
    }

    /** The age range served; either end may be open (null). */
    public void serveAges(Integer minimum, Integer maximum, Instant now) {
        if ((minimum != null && (minimum < 0 || minimum > MAX_AGE)) || (maximum != null && (maximum < 0 || maximum > MAX_AGE))
                || (minimum != null && maximum != null && minimum > maximum)) {
            throw new BusinessException(BusinessException.Kind.INVALID, "directory.service.agesInvalid", MAX_AGE);
        }
        this.minimumAge = minimum;
        this.maximumAge = maximum;
        touch(now);
    }

    public void contact(String email, String phone, String website, Instant now) {
        this.email = email;
        this.phone = phone;
        this.website = website;
        touch(now);
    }

    /** Replaces the weekly hours; two slots of one day may not overlap. */
    public void openAt(List<OpeningSlot> slots, Instant now) {
        List<OpeningSlot> checked = new ArrayList<>();
        for (OpeningSlot slot : slots) {
            if (checked.stream().anyMatch(slot::overlaps)) {
                throw new BusinessException(BusinessException.Kind.INVALID, "directory.service.hoursOverlap",
                        slot.getWeekday().getValue());
            }
            checked.add(slot);
        }
        hours.clear();
        hours.addAll(checked);
        touch(now);
    }

    public void closeOn(List<Closure> days, Instant now) {
        closures.clear();
        closures.addAll(days);
        touch(now);
    }

    public void classify(Set<TaxonomyTerm> newTerms, Instant now) {
        terms.clear();
        terms.addAll(newTerms);
        touch(now);
    }

    public void offerAt(Set<Location> places, Instant now) {
        if (places.stream().anyMatch(place -> place.getOrganisationId() != organisationId)) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "membership.forbidden.otherOrganisation");
        }
        locations.clear();
        locations.addAll(places);
        touch(now);
    }

    /** Open at that moment of the network's time: a weekly slot covers it and no closure includes the day. */
    public boolean isOpenAt(ZonedDateTime brusselsTime) {
        if (closures.stream().anyMatch(closure -> closure.includes(brusselsTime.toLocalDate()))) {
            return false;
        }
        return hours.stream().anyMatch(slot -> slot.covers(brusselsTime.getDayOfWeek(), brusselsTime.toLocalTime()));
    }

    /** Not updated for a year: the coordinator asks its organisation to check it. */
    public boolean isDueForReview(Instant now) {
        return status == Status.ACTIVE && updatedAt.isBefore(now.minus(REVIEW_AFTER));
    }

    public void askForReview(Instant now) {
        reviewAskedAt = now;
    }

    /** Withdrawn from the map (kept for history and for the search index to forget it). */
    public void deactivate(Instant now) {
        status = Status.INACTIVE;
        touch(now);
    }

    private void touch(Instant now) {
        updatedAt = now;
        reviewAskedAt = null;
    }

    public Long getId() { return id; }
    public long getOrganisationId() { return organisationId; }
    public LocalizedText getName() { return name; }
    public LocalizedText getDescription() { return description == null ? new LocalizedText("", "", "") : description; }
    public LocalizedText getConditions() { return conditions == null ? new LocalizedText("", "", "") : conditions; }
    public LocalizedText getHowToApply() { return howToApply == null ? new LocalizedText("", "", "") : howToApply; }
    public LocalizedText getFees() { return fees == null ? new LocalizedText("", "", "") : fees; }
    public boolean isFreeOfCharge() { return freeOfCharge; }
    public Integer getMinimumAge() { return minimumAge; }
    public Integer getMaximumAge() { return maximumAge; }
    public List<String> getLanguages() { return languages == null || languages.isEmpty() ? List.of() : Arrays.asList(languages.split(",")); }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
    public String getWebsite() { return website; }
    public Status getStatus() { return status; }
    public Instant getReviewAskedAt() { return reviewAskedAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Set<TaxonomyTerm> getTerms() { return Set.copyOf(terms); }
    public Set<Location> getLocations() { return Set.copyOf(locations); }
    public Set<OpeningSlot> getHours() { return Set.copyOf(hours); }
    public Set<Closure> getClosures() { return Set.copyOf(closures); }
    public long getVersion() { return version; }
}
