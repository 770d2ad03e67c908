package eu.socialmap.membership.entity;

import eu.socialmap.platform.entity.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of the common charter, in force from its effective date until a newer version's date comes.
 * Published versions are never edited: organisations signed exactly this text.
 */
@Entity
@Table(name = "charter_version")
@NamedQuery(name = CharterVersion.IN_FORCE, query = "SELECT v FROM CharterVersion v WHERE v.effectiveOn <= :today ORDER BY v.number DESC")
@NamedQuery(name = CharterVersion.HIGHEST_NUMBER, query = "SELECT MAX(v.number) FROM CharterVersion v")
public class CharterVersion implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final String IN_FORCE = "CharterVersion.inForce";
    public static final String HIGHEST_NUMBER = "CharterVersion.highestNumber";
    public static final int TEXT_MAX = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "number")
    private int number;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fr", column = @Column(name = "text_fr")),
            @AttributeOverride(name = "nl", column = @Column(name = "text_nl")),
            @AttributeOverride(name = "en", column = @Column(name = "text_en"))})
    private LocalizedText text;

    @Column(name = "effective_on")
    private LocalDate effectiveOn;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected CharterVersion() {
        // for JPA
    }

    public CharterVersion(int number, LocalizedText text, LocalDate effectiveOn, Instant publishedAt) {
        this.number = number;
        this.text = text;
        this.effectiveOn = effectiveOn;
        this.publishedAt = publishedAt;
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public LocalizedText getText() {
        return text;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
