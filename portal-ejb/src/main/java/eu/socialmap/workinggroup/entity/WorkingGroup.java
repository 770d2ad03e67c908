package eu.socialmap.workinggroup.entity;

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
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Instant;

/** A thematic working group of the network (housing, health, migration…), created by the coordinator. */
@Entity
@Table(name = "working_group")
@NamedQuery(name = WorkingGroup.ALL, query = "SELECT g FROM WorkingGroup g ORDER BY g.id")
public class WorkingGroup implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String ALL = "WorkingGroup.all";
    public static final int MAX_REMINDER_DAYS = 14;

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
            @AttributeOverride(name = "fr", column = @Column(name = "mission_fr")),
            @AttributeOverride(name = "nl", column = @Column(name = "mission_nl")),
            @AttributeOverride(name = "en", column = @Column(name = "mission_en"))})
    private LocalizedText mission;

    @Column(name = "theme_term_id")
    private Long themeTermId;

    @Column(name = "reminder_days")
    private int reminderDays;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    @Column(name = "version")
    private long version;

    protected WorkingGroup() {
        // for JPA
    }

    public WorkingGroup(LocalizedText name, LocalizedText mission, Long themeTermId, int reminderDays, Instant now) {
        describe(name, mission, themeTermId, reminderDays);
        this.createdAt = now;
    }

    public void describe(LocalizedText name, LocalizedText mission, Long themeTermId, int reminderDays) {
        this.name = name;
        this.mission = mission;
        this.themeTermId = themeTermId;
        this.reminderDays = reminderDays;
    }

    public Long getId() { return id; }
    public LocalizedText getName() { return name; }
    public LocalizedText getMission() { return mission; }
    public Long getThemeTermId() { return themeTermId; }
    public int getReminderDays() { return reminderDays; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
