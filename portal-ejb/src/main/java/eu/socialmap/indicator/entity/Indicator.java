package eu.socialmap.indicator.entity;

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

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A target of the programme the network reports to its funders, and how its figure is fed. */
@Entity
@Table(name = "indicator")
@NamedQuery(name = Indicator.ALL, query = "SELECT i FROM Indicator i ORDER BY i.position, i.id")
@NamedQuery(name = Indicator.ON_HOME, query = "SELECT i FROM Indicator i WHERE i.onHome = TRUE ORDER BY i.position, i.id")
public class Indicator implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String ALL = "Indicator.all";
    public static final String ON_HOME = "Indicator.onHome";

    public enum Source {
        /** Counted from the portal's own data. */
        COMPUTED,
        /** Entered by partners, with evidence. */
        ENTERED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fr", column = @Column(name = "name_fr")),
            @AttributeOverride(name = "nl", column = @Column(name = "name_nl")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en"))})
    private LocalizedText name;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fr", column = @Column(name = "unit_fr")),
            @AttributeOverride(name = "nl", column = @Column(name = "unit_nl")),
            @AttributeOverride(name = "en", column = @Column(name = "unit_en"))})
    private LocalizedText unit;

    @Column(name = "target")
    private BigDecimal target;

    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    @Column(name = "territory")
    private String territory;

    @Enumerated(EnumType.STRING)
    @Column(name = "source")
    private Source source;

    @Enumerated(EnumType.STRING)
    @Column(name = "measure")
    private Measure measure;

    @Column(name = "parameter")
    private String parameter;

    @Column(name = "on_home")
    private boolean onHome;

    @Column(name = "position")
    private int position;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    @Column(name = "version")
    private long version;

    protected Indicator() {
        // for JPA
    }

    public Indicator(IndicatorDetails details, Instant now) {
        describe(details);
        this.createdAt = now;
    }

    /** Takes checked details (see {@code IndicatorCheck}). */
    public void describe(IndicatorDetails details) {
        this.name = details.name();
        this.unit = details.unit();
        this.target = details.target();
        this.periodStart = details.periodStart();
        this.periodEnd = details.periodEnd();
        this.territory = details.territory();
        this.source = details.source();
        this.measure = details.source() == Source.COMPUTED ? details.measure() : null;
        this.parameter = details.source() == Source.COMPUTED ? details.parameter() : null;
        this.onHome = details.onHome();
        this.position = details.position();
    }

    /** Whether a value dated so may count for this indicator. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(periodStart) && !date.isAfter(periodEnd);
    }

    /** A stock (services, members) counts what exists at a date; everything else what happened in the period. */
    public boolean isStock() {
        return source == Source.COMPUTED && measure != null && measure.isStock();
    }

    public boolean isEntered() {
        return source == Source.ENTERED;
    }

    public IndicatorDetails details() {
        return new IndicatorDetails(name, unit, target, periodStart, periodEnd, territory, source, measure, parameter,
                onHome, position);
    }

    public Long getId() { return id; }
    public LocalizedText getName() { return name; }
    public LocalizedText getUnit() { return unit; }
    public BigDecimal getTarget() { return target; }
    public LocalDate getPeriodStart() { return periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public String getTerritory() { return territory; }
    public Source getSource() { return source; }
    public Measure getMeasure() { return measure; }
    public String getParameter() { return parameter; }
    public boolean isOnHome() { return onHome; }
    public int getPosition() { return position; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
