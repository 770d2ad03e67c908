package eu.socialmap.indicator.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A value a partner reports for an entered indicator, who entered it and when, with its evidence if any. */
@Entity
@Table(name = "indicator_entry")
@NamedQuery(name = IndicatorEntry.COUNT_IN_PERIOD, query = "SELECT COUNT(e) FROM IndicatorEntry e "
        + "WHERE e.indicatorId = :indicator AND e.date >= :from AND e.date <= :to")
public class IndicatorEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String COUNT_IN_PERIOD = "IndicatorEntry.countInPeriod";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "indicator_id")
    private long indicatorId;

    @Column(name = "value")
    private BigDecimal value;

    @Column(name = "entry_date")
    private LocalDate date;

    @Column(name = "territory")
    private String territory;

    @Column(name = "country")
    private String country;

    @Column(name = "organisation_id")
    private long organisationId;

    @Column(name = "entered_by")
    private Long enteredBy;

    @Column(name = "entered_at")
    private Instant enteredAt;

    @Column(name = "note")
    private String note;

    @Column(name = "evidence_name")
    private String evidenceName;

    @Column(name = "evidence_type")
    private String evidenceType;

    @Column(name = "evidence_size")
    private Long evidenceSize;

    @Column(name = "evidence_stored")
    private String evidenceStored;

    @Version
    @Column(name = "version")
    private long version;

    protected IndicatorEntry() {
        // for JPA
    }

    public IndicatorEntry(long indicatorId, long organisationId, BigDecimal value, LocalDate date, String territory,
                          String country, String note, Long enteredBy, Instant enteredAt) {
        this.indicatorId = indicatorId;
        this.organisationId = organisationId;
        this.value = value;
        this.date = date;
        this.territory = territory;
        this.country = country;
        this.note = note;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }

    public void attach(String name, String contentType, long size, String storedName) {
        this.evidenceName = name;
        this.evidenceType = contentType;
        this.evidenceSize = size;
        this.evidenceStored = storedName;
    }

    public boolean hasEvidence() {
        return evidenceStored != null;
    }

    public Long getId() { return id; }
    public long getIndicatorId() { return indicatorId; }
    public BigDecimal getValue() { return value; }
    public LocalDate getDate() { return date; }
    public String getTerritory() { return territory; }
    public String getCountry() { return country; }
    public long getOrganisationId() { return organisationId; }
    public Long getEnteredBy() { return enteredBy; }
    public Instant getEnteredAt() { return enteredAt; }
    public String getNote() { return note; }
    public String getEvidenceName() { return evidenceName; }
    public String getEvidenceType() { return evidenceType; }
    public Long getEvidenceSize() { return evidenceSize; }
    public String getEvidenceStored() { return evidenceStored; }
}
