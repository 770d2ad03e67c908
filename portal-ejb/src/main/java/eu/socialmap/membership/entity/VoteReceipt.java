package eu.socialmap.membership.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * Organisation X voted in election Y (and when) — not for whom. Its primary key is the one-ballot rule: a
 * second receipt for the same organisation cannot be written, even by two requests at the same instant.
 */
@Entity
@Table(name = "vote_receipt")
@NamedQuery(name = VoteReceipt.COUNT, query = "SELECT COUNT(r) FROM VoteReceipt r WHERE r.id.electionId = :election")
public class VoteReceipt {

    public static final String COUNT = "VoteReceipt.count";

    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "election_id")
        private long electionId;

        @Column(name = "organisation_id")
        private long organisationId;

        protected Key() {
            // for JPA
        }

        public Key(long electionId, long organisationId) {
            this.electionId = electionId;
            this.organisationId = organisationId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && electionId == that.electionId && organisationId == that.organisationId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(electionId, organisationId);
        }
    }

    @EmbeddedId
    private Key id;

    @Column(name = "cast_at")
    private Instant castAt;

    protected VoteReceipt() {
        // for JPA
    }

    public VoteReceipt(long electionId, long organisationId, Instant castAt) {
        this.id = new Key(electionId, organisationId);
        this.castAt = castAt;
    }

    public Instant getCastAt() {
        return castAt;
    }
}
