package eu.socialmap.immersion.entity;

import eu.socialmap.platform.entity.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The insurance and confidentiality clauses of every immersion agreement, in three languages, as the coordinator
 * keeps them. Never changed once written: a new text is a new version, and an agreement names the version it was
 * made under, so what both sides signed stays what they read.
 */
@Entity
@Table(name = "immersion_clauses")
@NamedQuery(name = AgreementClauses.LATEST, query = "SELECT c FROM AgreementClauses c ORDER BY c.version DESC")
public class AgreementClauses implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final String LATEST = "AgreementClauses.latest";

    @Id
    @Column(name = "version")
    private int version;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fr", column = @Column(name = "insurance_fr")),
            @AttributeOverride(name = "nl", column = @Column(name = "insurance_nl")),
            @AttributeOverride(name = "en", column = @Column(name = "insurance_en"))})
    private LocalizedText insurance;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fr", column = @Column(name = "confidentiality_fr")),
            @AttributeOverride(name = "nl", column = @Column(name = "confidentiality_nl")),
            @AttributeOverride(name = "en", column = @Column(name = "confidentiality_en"))})
    private LocalizedText confidentiality;
    @Column(name = "created_by")
    private Long createdBy;
    @Column(name = "created_at")
    private Instant createdAt;

    protected AgreementClauses() {
        // for JPA
    }

    public AgreementClauses(int version, LocalizedText insurance, LocalizedText confidentiality, Long createdBy,
                            Instant now) {
        this.version = version;
        this.insurance = insurance;
        this.confidentiality = confidentiality;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public int getVersion() { return version; }
    public LocalizedText getInsurance() { return insurance; }
    public LocalizedText getConfidentiality() { return confidentiality; }
    public Long getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
