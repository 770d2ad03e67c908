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
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A general assembly of the members. Its quorum is counted against the members on the day it was convened: a
 * member organisation present counts once, however many of its people come.
 */
@Entity
@Table(name = "assembly")
@NamedQuery(name = Assembly.LATEST, query = "SELECT a FROM Assembly a ORDER BY a.startsAt DESC, a.id DESC")
public class Assembly implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final String LATEST = "Assembly.latest";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fr", column = @Column(name = "title_fr")),
            @AttributeOverride(name = "nl", column = @Column(name = "title_nl")),
            @AttributeOverride(name = "en", column = @Column(name = "title_en"))})
    private LocalizedText title;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "place")
    private String place;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fr", column = @Column(name = "agenda_fr")),
            @AttributeOverride(name = "nl", column = @Column(name = "agenda_nl")),
            @AttributeOverride(name = "en", column = @Column(name = "agenda_en"))})
    private LocalizedText agenda;

    @Column(name = "quorum_percent")
    private int quorumPercent;

    @Column(name = "member_count")
    private int memberCount;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    @Column(name = "version")
    private long version;

    protected Assembly() {
        // for JPA
    }

    public Assembly(LocalizedText title, Instant startsAt, String place, LocalizedText agenda, int quorumPercent,
                    int memberCount, Instant now) {
        this.title = title;
        this.startsAt = startsAt;
        this.place = place;
        this.agenda = agenda;
        this.quorumPercent = quorumPercent;
        this.memberCount = memberCount;
        this.createdAt = now;
    }

    /** Whether {@code present} member organisations make the quorum (at least {@code quorumPercent} % of members). */
    public boolean quorumReached(long present) {
        return memberCount > 0 && present * 100 >= (long) quorumPercent * memberCount;
    }

    /** How many member organisations must be present. */
    public long quorumNeeded() {
        return (quorumPercent * (long) memberCount + 99) / 100;
    }

    public Long getId() {
        return id;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public String getPlace() {
        return place;
    }

    public LocalizedText getAgenda() {
        return agenda;
    }

    public int getQuorumPercent() {
        return quorumPercent;
    }

    public int getMemberCount() {
        return memberCount;
    }
}
