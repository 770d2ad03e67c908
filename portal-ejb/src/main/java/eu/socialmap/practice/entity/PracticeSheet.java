package eu.socialmap.practice.entity;

import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.Language;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A practice sheet: a member organisation's project told in the structure of the network's publications
 * ({@link PracticeSection}), written in one language ({@link #getOriginalLanguage()}, which holds at least the title
 * and summary) with optional, possibly partial translations. A draft is submitted to the coordinator, who publishes
 * it or returns it to its authors with a comment; a published sheet is read by everyone or by members only. The
 * sheet belongs to its organisation: it stays when its author leaves.
 */
@Entity
@Table(name = "practice_sheet")
@NamedQuery(name = PracticeSheet.OF_ORGANISATION, query = "SELECT s FROM PracticeSheet s WHERE s.organisationId = :organisation ORDER BY s.updatedAt DESC, s.id DESC")
@NamedQuery(name = PracticeSheet.IN_STATUS, query = "SELECT s FROM PracticeSheet s WHERE s.status = :status ORDER BY s.submittedAt, s.id")
@NamedQuery(name = PracticeSheet.COUNT_IN_STATUS, query = "SELECT COUNT(s) FROM PracticeSheet s WHERE s.status = :status")
@NamedQuery(name = PracticeSheet.OF_AUTHOR, query = "SELECT s FROM PracticeSheet s WHERE s.authorId = :author")
public class PracticeSheet implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_ORGANISATION = "PracticeSheet.ofOrganisation";
    public static final String IN_STATUS = "PracticeSheet.inStatus";
    public static final String COUNT_IN_STATUS = "PracticeSheet.countInStatus";
    public static final String OF_AUTHOR = "PracticeSheet.ofAuthor";

    public enum Status { DRAFT, SUBMITTED, PUBLISHED, WITHDRAWN }

    /** Who reads a published sheet: everyone, or people of member organisations and coordinators. */
    public enum Visibility { PUBLIC, MEMBERS }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "original_lang")
    private String originalLang;
    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private Status status;
    @Enumerated(EnumType.STRING)
    @Column(name = "visibility")
    private Visibility visibility;
    @Column(name = "organisation_id")
    private long organisationId;
    @Column(name = "author_id")
    private Long authorId;
    @Column(name = "contact_name")
    private String contactName;
    @Column(name = "contact_email")
    private String contactEmail;
    @Column(name = "contact_phone")
    private String contactPhone;
    @Column(name = "source")
    private String source;
    @Column(name = "start_year")
    private Integer startYear;
    @Column(name = "review_comment")
    private String reviewComment;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "reviewed_by")
    private Long reviewedBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    @Column(name = "version")
    private long version;

    @OneToMany(mappedBy = "sheet", cascade = CascadeType.ALL, orphanRemoval = true)
    private Set<PracticeText> texts = new HashSet<>();

    /** THEME and AUDIENCE terms of the social map's taxonomies. */
    @ElementCollection
    @CollectionTable(name = "practice_sheet_term", joinColumns = @JoinColumn(name = "sheet_id"))
    @Column(name = "term_id")
    private Set<Long> termIds = new HashSet<>();

    /** Other organisations behind the project. */
    @ElementCollection
    @CollectionTable(name = "practice_sheet_partner", joinColumns = @JoinColumn(name = "sheet_id"))
    @Column(name = "organisation_id")
    private Set<Long> partnerIds = new HashSet<>();

    protected PracticeSheet() {
        // for JPA
    }

    /**
     * A new draft of {@code organisationId}, written in {@code original} by {@code authorId} (null for demo content).
     */
    public PracticeSheet(long organisationId, Long authorId, Language original, Visibility visibility, Instant now) {
        this.organisationId = organisationId;
        this.authorId = authorId;
        this.originalLang = Objects.requireNonNull(original).code();
        this.visibility = Objects.requireNonNull(visibility);
        this.status = Status.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    // ---- texts

    /** Sets one section in one language; a null or blank body removes it. */
    public void putText(Language language, PracticeSection section, String body) {
        PracticeText existing = texts.stream().filter(t -> t.isAt(language.code(), section)).findFirst().orElse(null);
        if (body == null || body.isBlank()) {
            if (existing != null) {
                texts.remove(existing);
            }
        } else if (existing != null) {
            existing.rewrite(body.strip());
        } else {
            texts.add(new PracticeText(this, language.code(), section, body.strip()));
        }
    }

    /** Replaces every section of one language with these (missing or blank ones removed). */
    public void replaceTexts(Language language, Map<PracticeSection, String> bodies) {
        for (PracticeSection section : PracticeSection.values()) {
            putText(language, section, bodies.get(section));
        }
    }

    /** The sheet was written in another language than first said (its texts are kept as they are). */
    public void changeOriginalLanguage(Language language) {
        this.originalLang = Objects.requireNonNull(language).code();
    }

    /** Removes a translation (never the original language: its title and summary are required). */
    public void removeTranslation(Language language) {
        if (language == getOriginalLanguage()) {
            throw new IllegalArgumentException("The original language stays");
        }
        texts.removeIf(t -> t.getLang().equals(language.code()));
    }

    public Optional<String> text(Language language, PracticeSection section) {
        return texts.stream().filter(t -> t.isAt(language.code(), section)).map(PracticeText::getBody).findFirst();
    }

    /**
     * The section for a reader of {@code wanted}: in her language where it exists, else in the original language
     * (the shown text says which, for the page's {@code lang} attribute); empty when neither has it.
     */
    public Optional<PracticeText> textFor(Language wanted, PracticeSection section) {
        Optional<PracticeText> own = texts.stream().filter(t -> t.isAt(wanted.code(), section)).findFirst();
        return own.isPresent() ? own
                : texts.stream().filter(t -> t.isAt(originalLang, section)).findFirst();
    }

    /** The title in the reader's language, else the original one. */
    public String titleFor(Language wanted) {
        return textFor(wanted, PracticeSection.TITLE).map(PracticeText::getBody).orElse("");
    }

    /** The languages the sheet has some text in, the original first. */
    public Set<Language> languages() {
        Set<Language> languages = new LinkedHashSet<>();
        languages.add(getOriginalLanguage());
        for (Language language : Language.values()) {
            if (texts.stream().anyMatch(t -> t.getLang().equals(language.code()))) {
                languages.add(language);
            }
        }
        return languages;
    }

    /** The sections written in that language. */
    public Set<PracticeSection> sectionsIn(Language language) {
        Set<PracticeSection> sections = EnumSet.noneOf(PracticeSection.class);
        texts.stream().filter(t -> t.getLang().equals(language.code())).forEach(t -> sections.add(t.getSection()));
        return sections;
    }

    public Set<PracticeText> getTexts() {
        return Set.copyOf(texts);
    }

    // ---- the rest of the description

    public void describe(Visibility visibility, String contactName, String contactEmail, String contactPhone,
                         String source, Integer startYear, Set<Long> termIds, Set<Long> partnerIds, Instant now) {
        this.visibility = Objects.requireNonNull(visibility);
        this.contactName = blankToNull(contactName);
        this.contactEmail = blankToNull(contactEmail);
        this.contactPhone = blankToNull(contactPhone);
        this.source = blankToNull(source);
        this.startYear = startYear;
        this.termIds.retainAll(termIds);
        this.termIds.addAll(termIds);
        this.partnerIds.retainAll(partnerIds);
        this.partnerIds.addAll(partnerIds);
        this.partnerIds.remove(organisationId);
        this.updatedAt = now;
    }

    /** Marks a change of the texts or files (the search's stamp and the lists read it). */
    public void touch(Instant now) {
        this.updatedAt = now;
    }

    // ---- the review

    /** A draft (new, or returned by the coordinator) goes to the coordinator's queue. */
    public void submit(Instant now) {
        if (status != Status.DRAFT) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "practice.submit.notDraft");
        }
        requireOriginal();
        status = Status.SUBMITTED;
        submittedAt = now;
        updatedAt = now;
    }

    public void publish(Long reviewerId, Instant now) {
        if (status != Status.SUBMITTED) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "practice.review.notSubmitted");
        }
        status = Status.PUBLISHED;
        reviewedBy = reviewerId;
        reviewComment = null;
        if (publishedAt == null) {
            publishedAt = now;
        }
        updatedAt = now;
    }

    /** Back to its authors, with what to change. */
    public void returnToAuthors(Long reviewerId, String comment, Instant now) {
        if (status != Status.SUBMITTED) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "practice.review.notSubmitted");
        }
        status = Status.DRAFT;
        reviewedBy = reviewerId;
        reviewComment = comment;
        updatedAt = now;
    }

    /** No longer shown nor searched; its authors may rewrite it and submit it again. */
    public void withdraw(Instant now) {
        if (status == Status.WITHDRAWN) {
            return;
        }
        status = Status.WITHDRAWN;
        updatedAt = now;
    }

    /** A withdrawn sheet is edited as a draft again. */
    public void reopen(Instant now) {
        if (status == Status.WITHDRAWN) {
            status = Status.DRAFT;
            updatedAt = now;
        }
    }

    /**
     * A published sheet that its authors change goes back to review: the coordinator checks what the public reads.
     */
    public void changedByAuthors(Instant now) {
        if (status == Status.PUBLISHED || status == Status.WITHDRAWN) {
            status = Status.DRAFT;
        }
        updatedAt = now;
    }

    private void requireOriginal() {
        Language original = getOriginalLanguage();
        for (PracticeSection section : List.of(PracticeSection.TITLE, PracticeSection.SUMMARY)) {
            if (text(original, section).isEmpty()) {
                throw new BusinessException(BusinessException.Kind.INVALID, "practice.submit.incomplete");
            }
        }
    }

    /** The author forgot: demo content and deleted accounts have none. */
    public void forgetAuthor() {
        this.authorId = null;
    }

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }

    public boolean isPublic() {
        return status == Status.PUBLISHED && visibility == Visibility.PUBLIC;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() { return id; }
    public Language getOriginalLanguage() { return Language.fromTag(originalLang).orElse(Language.DEFAULT); }
    public Status getStatus() { return status; }
    public Visibility getVisibility() { return visibility; }
    public long getOrganisationId() { return organisationId; }
    public Long getAuthorId() { return authorId; }
    public String getContactName() { return contactName; }
    public String getContactEmail() { return contactEmail; }
    public String getContactPhone() { return contactPhone; }
    public String getSource() { return source; }
    public Integer getStartYear() { return startYear; }
    public String getReviewComment() { return reviewComment; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getPublishedAt() { return publishedAt; }
    public Long getReviewedBy() { return reviewedBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
    public Set<Long> getTermIds() { return Set.copyOf(termIds); }
    public Set<Long> getPartnerIds() { return Set.copyOf(partnerIds); }
}
