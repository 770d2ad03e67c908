package eu.socialmap.membership.boundary;

import eu.socialmap.directory.entity.MembershipStatus;
import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.membership.control.Tally;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.Ballot;
import eu.socialmap.membership.entity.Candidate;
import eu.socialmap.membership.entity.Election;
import eu.socialmap.membership.entity.Role;
import eu.socialmap.membership.entity.VoteReceipt;
import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.LocalizedText;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Steering-committee elections: the coordinator opens one, member organisations put candidates forward, each
 * member organisation casts one secret ballot, results are published once voting closes.
 */
@Stateless
@PermitAll
public class Elections {

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Charter charter;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** Fewer ballots than this and the tally is not shown: a lone ballot's choice would be plain to read. */
    public static final int MIN_BALLOTS_FOR_RESULTS = 2;

    /** The published result: turnout and the tally (empty until voting closes). */
    public record Results(long ballots, long receipts, List<Tally.Line> lines) implements java.io.Serializable {
    }

    public List<Election> latest() {
        return em.createNamedQuery(Election.LATEST, Election.class).setMaxResults(50).getResultList();
    }

    public Election find(long id) {
        Election election = em.find(Election.class, id);
        if (election == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "membership.election.notFound");
        }
        return election;
    }

    public List<Candidate> candidates(long electionId) {
        return em.createNamedQuery(Candidate.OF_ELECTION, Candidate.class).setParameter("election", electionId)
                .setMaxResults(500).getResultList();
    }

    public Election.Phase phase(Election election) {
        return election.phase(clock.instant());
    }

    @RolesAllowed(Role.Names.COORDINATOR)
    public Election open(LocalizedText title, int seats, Instant candidacyOpens, Instant candidacyCloses,
                         Instant votingOpens, Instant votingCloses) {
        Account coordinator = callers.withRole(Role.COORDINATOR);
        InputCheck input = new InputCheck();
        String fr = input.text("titleFr", title.exactly(eu.socialmap.platform.entity.Language.FR), 200, false);
        String nl = input.text("titleNl", title.exactly(eu.socialmap.platform.entity.Language.NL), 200, false);
        String en = input.text("titleEn", title.exactly(eu.socialmap.platform.entity.Language.EN), 200, false);
        if (title.isEmpty()) {
            input.refuse("titleFr", "input.required");
        }
        if (seats < 1 || seats > Election.MAX_SEATS) {
            input.refuse("seats", "membership.election.seatsRange", Election.MAX_SEATS);
        }
        if (candidacyOpens == null || candidacyCloses == null || votingOpens == null || votingCloses == null) {
            input.refuse("votingCloses", "membership.election.datesRequired");
        } else if (!candidacyOpens.isBefore(candidacyCloses) || votingOpens.isBefore(candidacyCloses)
                || !votingOpens.isBefore(votingCloses)) {
            input.refuse("votingCloses", "membership.election.datesOrder");
        }
        input.throwIfAny();
        Election election = new Election(new LocalizedText(fr, nl, en), seats, candidacyOpens, candidacyCloses,
                votingOpens, votingCloses, clock.instant());
        em.persist(election);
        em.flush();
        audit.record(coordinator.getId(), "election.opened", "election", election.getId(), title.toString());
        return election;
    }

    /** A member organisation's administrator puts a person forward, during the candidacy period. */
    @RolesAllowed(Role.Names.ORGANISATION_ADMIN)
    public Candidate propose(long electionId, long organisationId, String personName, String statement) {
        Account admin = callers.administratorOf(organisationId);
        Election election = find(electionId);
        election.requireCandidacyOpen(clock.instant());
        requireMember(organisationId);
        InputCheck input = new InputCheck();
        String name = input.text("personName", personName, 200, true);
        String why = input.text("statement", statement, 2000, false);
        input.throwIfAny();
        Candidate candidate = new Candidate(electionId, organisationId, name, why, clock.instant());
        try {
            em.persist(candidate);
            em.flush();
        } catch (PersistenceException secondCandidate) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "membership.election.alreadyCandidate");
        }
        audit.record(admin.getId(), "election.candidateProposed", "election", electionId, name);
        return candidate;
    }

    /**
     * Casts the organisation's secret ballot. The receipt is written (and flushed) first: a second ballot of the
     * same organisation fails on its primary key before anything else, also when two arrive at once.
     */
    @RolesAllowed(Role.Names.ORGANISATION_ADMIN)
    public void vote(long electionId, long organisationId, Set<Long> candidateIds) {
        callers.administratorOf(organisationId);
        Election election = find(electionId);
        Set<Long> choices = candidateIds == null ? Set.of() : new HashSet<>(candidateIds);
        election.requireBallotAcceptable(clock.instant(), choices.size());
        requireMember(organisationId);
        Set<Long> standing = new HashSet<>(candidates(electionId).stream().map(Candidate::getId).toList());
        if (!standing.containsAll(choices)) {
            throw new BusinessException(BusinessException.Kind.INVALID, "membership.election.unknownCandidate");
        }
        try {
            em.persist(new VoteReceipt(electionId, organisationId, clock.instant()));
            em.flush();
        } catch (PersistenceException secondBallot) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "membership.election.alreadyVoted");
        }
        em.persist(new Ballot(electionId, choices));
        // no audit line naming the voter's choice; the receipt is the trace that the organisation voted
    }

    public boolean hasVoted(long electionId, long organisationId) {
        return em.find(VoteReceipt.class, new VoteReceipt.Key(electionId, organisationId)) != null;
    }

    /** The results, only once voting has closed (before, not even the coordinator sees a running count). */
    public Optional<Results> results(long electionId) {
        Election election = find(electionId);
        if (!election.resultsPublished(clock.instant())) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.id, c.person_name, c.organisation_id, COUNT(bc.ballot_id) "
                        + "FROM candidate c LEFT JOIN ballot_choice bc ON bc.candidate_id = c.id "
                        + "WHERE c.election_id = ? GROUP BY c.id, c.person_name, c.organisation_id")
                .setParameter(1, electionId).getResultList();
        List<Tally.Count> counts = rows.stream().map(row -> new Tally.Count(((Number) row[0]).longValue(),
                (String) row[1], ((Number) row[2]).longValue(), ((Number) row[3]).longValue())).toList();
        long ballots = em.createQuery("SELECT COUNT(b) FROM Ballot b WHERE b.electionId = :election", Long.class)
                .setParameter("election", electionId).getSingleResult();
        long receipts = em.createNamedQuery(VoteReceipt.COUNT, Long.class).setParameter("election", electionId)
                .getSingleResult();
        return Optional.of(new Results(ballots, receipts, ballots < MIN_BALLOTS_FOR_RESULTS ? List.of()
                : Tally.of(counts, election.getSeats())));
    }

    private void requireMember(long organisationId) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null || charter.statusOf(organisation) != MembershipStatus.MEMBER) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "membership.election.membersOnly");
        }
    }
}
