package eu.socialmap.workinggroup.boundary;

import eu.socialmap.membership.boundary.MembershipFixtures;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.AuditEvent;
import eu.socialmap.testing.TestDatabase;
import eu.socialmap.workinggroup.entity.CalendarFeed;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A person's secret feed address against the real database: one token at a time, only its hash stored. */
class CalendarFeedsIT {

    private final EntityManager em = TestDatabase.entityManagerFactory().createEntityManager();
    private final MembershipFixtures fixtures = new MembershipFixtures(em);
    private final MembershipFixtures.SignedIn signedIn = MembershipFixtures.signedIn(em);
    private final CalendarFeeds feeds = new CalendarFeeds();
    private Account member;
    private Account coordinator;

    @BeforeEach
    void wire() {
        feeds.em = em;
        feeds.callers = signedIn;
        feeds.audit = MembershipFixtures.audit(em, signedIn);
        member = TestDatabase.inTransaction(em, () -> fixtures.acceptedOrganisationWithAdministrator("Agenda"));
        coordinator = TestDatabase.inTransaction(em, fixtures::coordinator);
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void aNewTokenLeadsToItsPersonAndOnlyItsHashIsStored() throws Exception {
        signedIn.signIn(member.getId());
        assertThat(TestDatabase.inTransaction(em, feeds::hasFeed)).isFalse();

        String token = TestDatabase.inTransaction(em, feeds::renew);

        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(feeds.accountFor(token)).contains(member.getId());
        assertThat(TestDatabase.inTransaction(em, feeds::hasFeed)).isTrue();
        em.clear();
        CalendarFeed stored = em.find(CalendarFeed.class, member.getId());
        assertThat(stored.getTokenHash()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8))));
        assertThat(stored.getCreatedAt()).isNotNull();
        assertThat(actions(member)).containsExactly("calendarFeed.renewed");
        assertThat(details(member)).containsOnlyNulls();
    }

    @Test
    void aSecondTokenRevokesTheFirst() {
        signedIn.signIn(member.getId());
        String first = TestDatabase.inTransaction(em, feeds::renew);

        String second = TestDatabase.inTransaction(em, feeds::renew);

        assertThat(second).isNotEqualTo(first);
        assertThat(feeds.accountFor(first)).isEmpty();
        assertThat(feeds.accountFor(second)).contains(member.getId());
        assertThat(actions(member)).containsExactly("calendarFeed.renewed", "calendarFeed.renewed");
    }

    @Test
    void aClosedFeedLeadsNowhereAndClosingAgainChangesNothing() {
        signedIn.signIn(member.getId());
        String token = TestDatabase.inTransaction(em, feeds::renew);

        TestDatabase.inTransaction(em, () -> {
            feeds.revoke();
            return null;
        });
        TestDatabase.inTransaction(em, () -> {
            feeds.revoke();
            return null;
        });

        assertThat(feeds.accountFor(token)).isEmpty();
        assertThat(TestDatabase.inTransaction(em, feeds::hasFeed)).isFalse();
        assertThat(actions(member)).containsExactly("calendarFeed.renewed", "calendarFeed.revoked");
    }

    @Test
    void eachPersonHasHerOwnFeed() {
        signedIn.signIn(member.getId());
        String members = TestDatabase.inTransaction(em, feeds::renew);
        signedIn.signIn(coordinator.getId());
        String coordinators = TestDatabase.inTransaction(em, feeds::renew);
        TestDatabase.inTransaction(em, feeds::renew);

        assertThat(feeds.accountFor(members)).contains(member.getId());
        assertThat(feeds.accountFor(coordinators)).as("replaced by her own second token").isEmpty();
    }

    @Test
    void unknownAndMalformedTokensLeadNowhere() {
        signedIn.signIn(member.getId());
        String token = TestDatabase.inTransaction(em, feeds::renew);
        char last = token.charAt(42);
        String oneCharacterOff = token.substring(0, 42) + (last == 'A' ? 'B' : 'A');

        for (String wrong : new String[] {null, "", " ", "abc", oneCharacterOff, token + "A", token.substring(1),
                " " + token.substring(1), token.substring(0, 42) + "!", token.substring(0, 42) + "\n",
                CalendarFeed.hash(token), "x".repeat(10_000), "' OR '1'='1"}) {
            assertThat(feeds.accountFor(wrong)).as(String.valueOf(wrong)).isEmpty();
        }
        assertThat(feeds.accountFor(token)).contains(member.getId());
    }

    private List<String> actions(Account account) {
        return events(account).stream().map(AuditEvent::getAction).toList();
    }

    private List<String> details(Account account) {
        return events(account).stream().map(AuditEvent::getDetail).toList();
    }

    private List<AuditEvent> events(Account account) {
        return em.createNamedQuery(AuditEvent.BY_ACTOR, AuditEvent.class).setParameter("actor", account.getId())
                .getResultList().stream().filter(event -> event.getAction().startsWith("calendarFeed.")).toList();
    }
}
