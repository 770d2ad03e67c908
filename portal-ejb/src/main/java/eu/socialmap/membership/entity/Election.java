package eu.socialmap.membership.entity;

import eu.socialmap.platform.entity.BusinessException;
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
 * An election of the steering committee: member organisations put candidates forward during the candidacy
 * period, then each casts one secret ballot for up to {@link #getSeats()} candidates during the voting period.
 * Results exist only once voting has closed.
 */
@Entity
@Table(name = "election")
@NamedQuery(name = Election.LATEST, query = "SELECT e FROM Election e ORDER BY e.votingCloses DESC, e.id DESC")
public class Election implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final String LATEST = "Election.latest";
    public static final int MAX_SEATS = 50;

    public enum Phase { ANNOUNCED, CANDIDACY, BETWEEN, VOTING, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fr", column = @Column(name = "title_fr")),
            @AttributeOverride(name = "nl", column = @Column(name = "title_nl")),
            @AttributeOverride(name = "en", column = @Column(name = "title_en"))})
    private LocalizedText title;

    @Column(name = "seats")
    private int seats;
    @Column(name = "candidacy_opens")
    private Instant candidacyOpens;
    @Column(name = "candidacy_closes")
    private Instant candidacyCloses;
    @Column(name = "voting_opens")
    private Instant votingOpens;
    @Column(name = "voting_closes")
    private Instant votingCloses;
    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    @Column(name = "version")
    private long version;

    protected Election() {
        // for JPA
    }

    public Election(LocalizedText title, int seats, Instant candidacyOpens, Instant candidacyCloses,
                    Instant votingOpens, Instant votingCloses, Instant now) {
        this.title = title;
        this.seats = seats;
        this.candidacyOpens = candidacyOpens;
        this.candidacyCloses = candidacyCloses;
        this.votingOpens = votingOpens;
        this.votingCloses = votingCloses;
        this.createdAt = now;
    }

    public Phase phase(Instant now) {
        if (now.isBefore(candidacyOpens)) {
            return Phase.ANNOUNCED;
        }
        if (now.isBefore(candidacyCloses)) {
            return Phase.CANDIDACY;
        }
        if (now.isBefore(votingOpens)) {
            return Phase.BETWEEN;
        }
        return now.isBefore(votingCloses) ? Phase.VOTING : Phase.CLOSED;
    }

    public void requireCandidacyOpen(Instant now) {
        if (phase(now) != Phase.CANDIDACY) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "membership.election.candidacyClosed");
        }
    }

    /** A ballot holds at most {@code seats} distinct candidates (none: a blank ballot, counted in the turnout). */
    public void requireBallotAcceptable(Instant now, int choices) {
        if (phase(now) != Phase.VOTING) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "membership.election.votingClosed");
        }
        if (choices > seats) {
            throw new BusinessException(BusinessException.Kind.INVALID, "membership.election.tooManyChoices", seats);
        }
    }

    public boolean resultsPublished(Instant now) {
        return phase(now) == Phase.CLOSED;
    }

    public Long getId() {
        return id;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public int getSeats() {
        return seats;
    }

    public Instant getCandidacyOpens() {
        return candidacyOpens;
    }

    public Instant getCandidacyCloses() {
        return candidacyCloses;
    }

    public Instant getVotingOpens() {
        return votingOpens;
    }

    public Instant getVotingCloses() {
        return votingCloses;
    }
}
