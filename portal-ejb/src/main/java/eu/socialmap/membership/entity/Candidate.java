package eu.socialmap.membership.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** A person a member organisation puts forward for the steering committee (one per organisation and election). */
@Entity
@Table(name = "candidate")
@NamedQuery(name = Candidate.OF_ELECTION, query = "SELECT c FROM Candidate c WHERE c.electionId = :election ORDER BY c.personName, c.id")
public class Candidate implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_ELECTION = "Candidate.ofElection";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "election_id")
    private long electionId;

    @Column(name = "organisation_id")
    private long organisationId;

    @Column(name = "person_name")
    private String personName;

    @Column(name = "statement")
    private String statement;

    @Column(name = "proposed_at")
    private Instant proposedAt;

    protected Candidate() {
        // for JPA
    }

    public Candidate(long electionId, long organisationId, String personName, String statement, Instant now) {
        this.electionId = electionId;
        this.organisationId = organisationId;
        this.personName = personName;
        this.statement = statement;
        this.proposedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getElectionId() {
        return electionId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getPersonName() {
        return personName;
    }

    public String getStatement() {
        return statement;
    }
}
