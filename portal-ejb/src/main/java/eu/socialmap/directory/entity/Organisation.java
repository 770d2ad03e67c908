package eu.socialmap.directory.entity;

import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.Language;
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
import java.util.Arrays;
import java.util.List;

/**
 * An association or public service of the territory. It registers itself, confirms its e-mail address, is
 * reviewed by a coordinator, and becomes a member of the network by signing the charter in force.
 */
@Entity
@Table(name = "organisation")
@NamedQuery(name = Organisation.WITH_STATUS, query = "SELECT o FROM Organisation o WHERE o.status = :status ORDER BY o.createdAt, o.id")
@NamedQuery(name = Organisation.COUNT_WITH_STATUS, query = "SELECT COUNT(o) FROM Organisation o WHERE o.status = :status")
@NamedQuery(name = Organisation.MEMBERS, query = "SELECT o FROM Organisation o WHERE o.status = eu.socialmap.directory.entity.Organisation.Status.ACCEPTED "
        + "AND o.signedCharter >= :current ORDER BY o.shortName, o.id")
@NamedQuery(name = Organisation.COUNT_MEMBERS, query = "SELECT COUNT(o) FROM Organisation o WHERE o.status = eu.socialmap.directory.entity.Organisation.Status.ACCEPTED "
        + "AND o.signedCharter >= :current")
@NamedQuery(name = Organisation.MEMBER_IDS, query = "SELECT o.id FROM Organisation o WHERE o.status = eu.socialmap.directory.entity.Organisation.Status.ACCEPTED "
        + "AND o.signedCharter >= :current")
@NamedQuery(name = Organisation.UNCONFIRMED_BEFORE, query = "SELECT o.id FROM Organisation o WHERE o.status = eu.socialmap.directory.entity.Organisation.Status.EMAIL_UNVERIFIED "
        + "AND o.createdAt < :before")
@NamedQuery(name = Organisation.FIND_BY_NUMBER, query = "SELECT o FROM Organisation o WHERE o.country = :country AND o.enterpriseNumber = :number")
public class Organisation extends ExchangedRecord {

    private static final long serialVersionUID = 1L;

    public static final String WITH_STATUS = "Organisation.withStatus";
    public static final String COUNT_WITH_STATUS = "Organisation.countWithStatus";
    public static final String MEMBERS = "Organisation.members";
    public static final String COUNT_MEMBERS = "Organisation.countMembers";
    public static final String FIND_BY_NUMBER = "Organisation.findByNumber";
    public static final String MEMBER_IDS = "Organisation.memberIds";
    public static final String UNCONFIRMED_BEFORE = "Organisation.unconfirmedBefore";

    /** Where the organisation stands in the network's review. */
    public enum Status {
        /** Registered; its e-mail address is not confirmed yet. */
        EMAIL_UNVERIFIED,
        /** Waits for a coordinator's review. */
        PENDING,
        ACCEPTED,
        REFUSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;


    @Column(name = "legal_name")
    private String legalName;
    @Column(name = "short_name")
    private String shortName;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    private OrganisationKind kind;
    @Column(name = "enterprise_number")
    private String enterpriseNumber;
    @Column(name = "street")
    private String street;
    @Column(name = "postcode")
    private String postcode;
    @Column(name = "commune")
    private String commune;
    @Enumerated(EnumType.STRING)
    @Column(name = "country")
    private EnterpriseNumber.Country country;
    @Column(name = "website")
    private String website;
    @Column(name = "email")
    private String email;
    @Column(name = "phone")
    private String phone;
    @Column(name = "languages")
    private String languages;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fr", column = @Column(name = "description_fr")),
            @AttributeOverride(name = "nl", column = @Column(name = "description_nl")),
            @AttributeOverride(name = "en", column = @Column(name = "description_en"))})
    private LocalizedText description;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private Status status;
    @Column(name = "refusal_reason")
    private String refusalReason;
    @Column(name = "reviewed_at")
    private Instant reviewedAt;
    @Column(name = "signed_charter")
    private Integer signedCharter;
    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    @Column(name = "version")
    private long version;

    protected Organisation() {
        // for JPA
    }

    /** A newly registered organisation: it must confirm its e-mail address before anyone reviews it. */
    public Organisation(OrganisationDetails.Checked details, Instant now) {
        describe(details);
        this.status = Status.EMAIL_UNVERIFIED;
        this.createdAt = now;
    }

    /**
     * An entry of the social map's directory that a coordinator brings in (an Open Referral import): accepted at
     * once, with no account and no charter signature — it is listed, it is not a member.
     */
    public static Organisation directoryEntry(OrganisationDetails.Checked details, Instant now) {
        Organisation entry = new Organisation(details, now);
        entry.status = Status.ACCEPTED;
        entry.reviewedAt = now;
        return entry;
    }

    /** The organisation's administrator (or a coordinator) corrects its profile. */
    public void describe(OrganisationDetails.Checked details) {
        this.legalName = details.legalName();
        this.shortName = details.shortName();
        this.kind = details.kind();
        this.enterpriseNumber = details.number() == null ? null : details.number().digits();
        this.street = details.street();
        this.postcode = details.postcode();
        this.commune = details.commune();
        this.country = details.country();
        this.website = details.website();
        this.email = details.email();
        this.phone = details.phone();
        this.languages = String.join(",", details.languages());
        this.description = details.description();
    }

    /** The link of the confirmation mail was followed: the registration goes to the coordinators. */
    public void confirmEmail() {
        if (status == Status.EMAIL_UNVERIFIED) {
            status = Status.PENDING;
        }
    }

    public void accept(Instant now) {
        requirePending();
        status = Status.ACCEPTED;
        reviewedAt = now;
    }

    public void refuse(String reason, Instant now) {
        requirePending();
        status = Status.REFUSED;
        refusalReason = reason;
        reviewedAt = now;
    }

    private void requirePending() {
        if (status != Status.PENDING) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "directory.review.notPending", shortName);
        }
    }

    /** Signs charter version {@code number} on the organisation's behalf; only accepted organisations sign. */
    public void signCharter(int number) {
        if (status != Status.ACCEPTED) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "membership.charter.notAccepted");
        }
        if (signedCharter == null || number > signedCharter) {
            signedCharter = number;
        }
    }

    public MembershipStatus membership(Integer currentCharter) {
        return status == Status.ACCEPTED ? MembershipStatus.of(signedCharter, currentCharter)
                : MembershipStatus.NOT_MEMBER;
    }

    public Long getId() {
        return id;
    }

    public String getLegalName() {
        return legalName;
    }

    public String getShortName() {
        return shortName;
    }

    /** The name people know it by in lists and documents: its short name, else its legal name. */
    public String displayName() {
        return shortName == null || shortName.isBlank() ? legalName : shortName;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    /** The enterprise number as it is usually written ("0403.170.701", "552 100 554"), or "". */
    public String getEnterpriseNumber() {
        if (enterpriseNumber == null) {
            return "";
        }
        return country == EnterpriseNumber.Country.BE
                ? enterpriseNumber.substring(0, 4) + "." + enterpriseNumber.substring(4, 7) + "." + enterpriseNumber.substring(7)
                : enterpriseNumber.substring(0, 3) + " " + enterpriseNumber.substring(3, 6) + " " + enterpriseNumber.substring(6);
    }

    public String getStreet() {
        return street;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getCommune() {
        return commune;
    }

    public EnterpriseNumber.Country getCountry() {
        return country;
    }

    public String getWebsite() {
        return website;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public List<String> getLanguages() {
        return languages == null || languages.isEmpty() ? List.of() : Arrays.asList(languages.split(","));
    }

    /** The language to write to the organisation in: its first language of contact that the portal speaks. */
    public Language getCorrespondenceLanguage() {
        return getLanguages().stream().map(Language::fromTag).flatMap(java.util.Optional::stream).findFirst()
                .orElse(Language.DEFAULT);
    }

    public LocalizedText getDescription() {
        return description == null ? new LocalizedText("", "", "") : description;
    }

    public Status getStatus() {
        return status;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public Integer getSignedCharter() {
        return signedCharter;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
