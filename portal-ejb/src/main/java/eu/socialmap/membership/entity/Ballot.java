package eu.socialmap.membership.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A secret ballot: for whom, never by whom. Deliberately without organisation, account or time, and with a
 * random id, so no column or insertion order links it to the {@link VoteReceipt} written with it.
 */
@Entity
@Table(name = "ballot")
public class Ballot {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "election_id")
    private long electionId;

    @ElementCollection
    @CollectionTable(name = "ballot_choice", joinColumns = @JoinColumn(name = "ballot_id"))
    @Column(name = "candidate_id")
    private Set<Long> candidateIds = new HashSet<>();

    protected Ballot() {
        // for JPA
    }

    public Ballot(long electionId, Set<Long> candidateIds) {
        this.id = UUID.randomUUID().toString();
        this.electionId = electionId;
        this.candidateIds = new HashSet<>(candidateIds);
    }

    public Set<Long> getCandidateIds() {
        return Set.copyOf(candidateIds);
    }
}
