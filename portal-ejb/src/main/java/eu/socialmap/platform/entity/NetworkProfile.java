package eu.socialmap.platform.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** Who the network is: its name and one-line description, shown on every page. There is exactly one. */
@Entity
@Table(name = "network_profile")
public class NetworkProfile {

    /** The only row. */
    public static final long ID = 1L;

    @Id
    private Long id;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fr", column = @Column(name = "name_fr")),
            @AttributeOverride(name = "nl", column = @Column(name = "name_nl")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en"))})
    private LocalizedText name;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fr", column = @Column(name = "tagline_fr")),
            @AttributeOverride(name = "nl", column = @Column(name = "tagline_nl")),
            @AttributeOverride(name = "en", column = @Column(name = "tagline_en"))})
    private LocalizedText tagline;

    @Column(name = "territory")
    private String territory;

    @Column(name = "contact_email")
    private String contactEmail;

    @Version
    @Column(name = "version")
    private long version;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected NetworkProfile() {
        // for JPA
    }

    public NetworkProfile(LocalizedText name, LocalizedText tagline) {
        this.id = ID;
        rename(name, tagline);
    }

    /** The network changes its name or description; a name is needed in at least one language. */
    public void rename(LocalizedText newName, LocalizedText newTagline) {
        if (newName == null || newName.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, "platform.network.nameRequired");
        }
        this.name = newName;
        this.tagline = newTagline == null ? new LocalizedText("", "", "") : newTagline;
    }

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public LocalizedText getName() {
        return name;
    }

    public LocalizedText getTagline() {
        return tagline;
    }

    public String getTerritory() {
        return territory == null ? "" : territory;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
