package eu.socialmap.membership.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** An organisation signed charter version {@code charterNumber}: who signed on its behalf, and when. */
@Entity
@Table(name = "charter_signature")
@NamedQuery(name = CharterSignature.OF_ORGANISATION, query = "SELECT s FROM CharterSignature s WHERE s.organisationId = :organisation ORDER BY s.charterNumber DESC")
@NamedQuery(name = CharterSignature.BY_SIGNER, query = "SELECT s FROM CharterSignature s WHERE s.signedBy = :account ORDER BY s.signedAt")
public class CharterSignature implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_ORGANISATION = "CharterSignature.ofOrganisation";
    public static final String BY_SIGNER = "CharterSignature.bySigner";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id")
    private long organisationId;

    @Column(name = "charter_number")
    private int charterNumber;

    /** The signer's account; null once she deleted it (the signature stays, anonymous). */
    @Column(name = "signed_by")
    private Long signedBy;

    @Column(name = "signer_name")
    private String signerName;

    @Column(name = "signed_at")
    private Instant signedAt;

    protected CharterSignature() {
        // for JPA
    }

    public CharterSignature(long organisationId, int charterNumber, Account signer, Instant signedAt) {
        this.organisationId = organisationId;
        this.charterNumber = charterNumber;
        this.signedBy = signer.getId();
        this.signerName = signer.getDisplayName();
        this.signedAt = signedAt;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public int getCharterNumber() {
        return charterNumber;
    }

    public Long getSignedBy() {
        return signedBy;
    }

    /** The signer's name, or null once her account was deleted. */
    public String getSignerName() {
        return signerName;
    }

    public Instant getSignedAt() {
        return signedAt;
    }
}
