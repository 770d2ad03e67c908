package eu.socialmap.directory.entity;

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

/** A term of one of the network's taxonomies: a theme (housing, health…) or an audience (families, elderly…). */
@Entity
@Table(name = "taxonomy_term")
@NamedQuery(name = TaxonomyTerm.OF_TAXONOMY, query = "SELECT t FROM TaxonomyTerm t WHERE t.taxonomy = :taxonomy ORDER BY t.position, t.id")
public class TaxonomyTerm implements java.io.Serializable {

    private static final long serialVersionUID = 1L;
    public static final String OF_TAXONOMY = "TaxonomyTerm.ofTaxonomy";

    public enum Taxonomy { THEME, AUDIENCE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "taxonomy")
    private Taxonomy taxonomy;

    @Column(name = "code")
    private String code;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fr", column = @Column(name = "name_fr")),
            @AttributeOverride(name = "nl", column = @Column(name = "name_nl")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en"))})
    private LocalizedText name;

    @Column(name = "position")
    private int position;

    @Version
    @Column(name = "version")
    private long version;

    protected TaxonomyTerm() {
        // for JPA
    }

    public TaxonomyTerm(Taxonomy taxonomy, String code, LocalizedText name, int position) {
        this.taxonomy = taxonomy;
        this.code = code;
        this.name = name;
        this.position = position;
    }

    /** New names; the code (in addresses, facets and exchanges) never changes. */
    public void rename(LocalizedText newName) {
        this.name = newName;
    }

    public Long getId() { return id; }
    public Taxonomy getTaxonomy() { return taxonomy; }
    public String getCode() { return code; }
    public LocalizedText getName() { return name; }
    public int getPosition() { return position; }
}
