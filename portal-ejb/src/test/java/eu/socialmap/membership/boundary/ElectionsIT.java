package eu.socialmap.membership.boundary;

import eu.socialmap.membership.control.Tally;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.Candidate;
import eu.socialmap.membership.entity.CharterVersion;
import eu.socialmap.membership.entity.Election;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.LocalizedText;
import eu.socialmap.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Steering-committee elections on a real MariaDB: one secret ballot per member organisation. */
class ElectionsIT {

    private static final Instant OPENED = Instant.parse("2026-03-01T09:00:00Z");

    private final EntityManager em = TestDatabase.entityManagerFactory().createEntityManager();
    private final MembershipFixtures fixtures = new MembershipFixtures(em);
    private Account coordinator;
    private final List<Account> members = new ArrayList<>();
    private Election election;

    @BeforeEach
    void threeMemberOrganisationsAndAnElectionForTwoSeats() {
        coordinator = inTransaction(fixtures::coordinator);
        fixtures.signIn(coordinator);
        CharterVersion charter = inTransaction(() -> fixtures.charter.publish("Charte", "", "",
                LocalDate.now(ZoneId.of("Europe/Brussels"))));
        for (String name : List.of("Alpha", "Beta", "Gamma")) {
            Account admin = inTransaction(() -> fixtures.acceptedOrganisationWithAdministrator(name));
            fixtures.signIn(admin);
            inTransaction(() -> {
                fixtures.charter.sign(admin.getOrganisationId(), charter.getNumber());
                return null;
            });
            members.add(admin);
        }
        fixtures.signIn(coordinator);
        at(OPENED);
        election = inTransaction(() -> fixtures.elections.open(new LocalizedText("Comité 2026", "Comité 2026", ""), 2,
                OPENED.plus(Duration.ofDays(1)), OPENED.plus(Duration.ofDays(10)), OPENED.plus(Duration.ofDays(11)),
                OPENED.plus(Duration.ofDays(20))));
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void membersProposeCandidatesVoteOnceAndResultsAppearOnlyAfterClosingWithTheTieReported() {
        at(OPENED.plus(Duration.ofDays(2)));
        List<Candidate> candidates = new ArrayList<>();
        for (Account admin : members) {
            fixtures.signIn(admin);
            candidates.add(inTransaction(() -> fixtures.elections.propose(election.getId(), admin.getOrganisationId(),
                    "Candidate of " + admin.getDisplayName(), "Je veux représenter les petites associations.")));
        }
        fixtures.signIn(members.get(0));
        assertThatThrownBy(() -> inTransaction(() -> {
            fixtures.elections.vote(election.getId(), members.get(0).getOrganisationId(), Set.of());
            return null;
        })).as("not yet").hasMessage("membership.election.votingClosed");

        at(OPENED.plus(Duration.ofDays(12)));
        vote(0, candidates.get(0), candidates.get(1));
        vote(1, candidates.get(0), candidates.get(2));
        fixtures.signIn(members.get(2));
        assertThatThrownBy(() -> inTransaction(() -> {
            fixtures.elections.vote(election.getId(), members.get(2).getOrganisationId(),
                    Set.of(candidates.get(0).getId(), candidates.get(1).getId(), candidates.get(2).getId()));
            return null;
        })).as("at most two").hasMessage("membership.election.tooManyChoices");
        vote(2, candidates.get(0));
        assertThat(fixtures.elections.results(election.getId())).as("no running count").isEmpty();

        at(OPENED.plus(Duration.ofDays(21)));
        Elections.Results results = fixtures.elections.results(election.getId()).orElseThrow();
        assertThat(results.ballots()).isEqualTo(3);
        assertThat(results.receipts()).isEqualTo(3);
        assertThat(results.lines()).extracting(line -> line.count().personName(), line -> line.count().votes(),
                Tally.Line::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(candidates.get(0).getPersonName(), 3L, Tally.Outcome.ELECTED),
                org.assertj.core.groups.Tuple.tuple(candidates.get(1).getPersonName(), 1L, Tally.Outcome.TIED_FOR_LAST_SEAT),
                org.assertj.core.groups.Tuple.tuple(candidates.get(2).getPersonName(), 1L, Tally.Outcome.TIED_FOR_LAST_SEAT));
    }

    @Test
    void twoBallotsOfOneOrganisationSentAtTheSameInstantCountOnce() throws Exception {
        at(OPENED.plus(Duration.ofDays(2)));
        Account admin = members.get(0);
        fixtures.signIn(admin);
        Candidate candidate = inTransaction(() -> fixtures.elections.propose(election.getId(), admin.getOrganisationId(),
                "Sofia Martins", ""));
        Instant votingTime = OPENED.plus(Duration.ofDays(12));

        int attempts = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            outcomes.add(pool.submit(() -> {
                EntityManager own = TestDatabase.entityManagerFactory().createEntityManager();
                try {
                    MembershipFixtures voter = new MembershipFixtures(own);
                    voter.elections.clock = Clock.fixed(votingTime, ZoneOffset.UTC);
                    voter.signIn(admin);
                    start.await();
                    TestDatabase.inTransaction(own, () -> {
                        voter.elections.vote(election.getId(), admin.getOrganisationId(), Set.of(candidate.getId()));
                        return null;
                    });
                    return "counted";
                } catch (BusinessException refused) {
                    return refused.messageKey();
                } finally {
                    own.close();
                }
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();

        assertThat(results).containsOnlyOnce("counted");
        assertThat(results).filteredOn(r -> !r.equals("counted")).hasSize(attempts - 1)
                .allMatch("membership.election.alreadyVoted"::equals);
        assertThat(em.createQuery("SELECT COUNT(b) FROM Ballot b WHERE b.electionId = :e", Long.class)
                .setParameter("e", election.getId()).getSingleResult()).isEqualTo(1L);
    }

    @Test
    void nothingStoredLinksABallotToTheOrganisationThatCastIt() throws SQLException {
        DataSource database = TestDatabase.dataSource();
        try (Connection connection = database.getConnection()) {
            assertThat(columns(connection, "ballot")).containsExactlyInAnyOrder("id", "election_id");
            assertThat(columns(connection, "ballot_choice")).containsExactlyInAnyOrder("ballot_id", "candidate_id");
            assertThat(columns(connection, "vote_receipt")).doesNotContain("ballot_id", "candidate_id");
        }
        at(OPENED.plus(Duration.ofDays(2)));
        fixtures.signIn(members.get(0));
        Candidate candidate = inTransaction(() -> fixtures.elections.propose(election.getId(),
                members.get(0).getOrganisationId(), "Lotte Claes", ""));
        at(OPENED.plus(Duration.ofDays(12)));
        vote(0, candidate);
        vote(1);
        List<String> ids = em.createQuery("SELECT b.id FROM Ballot b WHERE b.electionId = :e", String.class)
                .setParameter("e", election.getId()).getResultList();
        assertThat(ids).hasSize(2).allMatch(id -> id.matches("[0-9a-f-]{36}"));
        assertThat(em.createQuery("SELECT a.action FROM AuditEvent a WHERE a.subjectType = 'election' AND a.subjectId = :e",
                String.class).setParameter("e", election.getId()).getResultList())
                .as("the trail says nothing of ballots").doesNotContain("election.vote");
    }

    private static List<String> columns(Connection connection, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getColumns(connection.getCatalog(), null, table, null)) {
            while (rs.next()) {
                names.add(rs.getString("COLUMN_NAME"));
            }
        }
        return names;
    }

    private void vote(int member, Candidate... choices) {
        Account admin = members.get(member);
        fixtures.signIn(admin);
        inTransaction(() -> {
            fixtures.elections.vote(election.getId(), admin.getOrganisationId(),
                    Set.copyOf(java.util.Arrays.stream(choices).map(Candidate::getId).toList()));
            return null;
        });
    }

    private void at(Instant now) {
        fixtures.elections.clock = Clock.fixed(now, ZoneOffset.UTC);
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return TestDatabase.inTransaction(em, work);
    }
}
