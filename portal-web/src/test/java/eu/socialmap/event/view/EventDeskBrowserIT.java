package eu.socialmap.event.view;

import eu.socialmap.event.control.EventSecrets;
import eu.socialmap.membership.control.PasswordHashing;
import eu.socialmap.testing.Browser;
import eu.socialmap.testing.BrowserTest;
import eu.socialmap.testing.SqlFixtures;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The day of and the after of an event in a real browser. At the door the staff check people in by their ticket's
 * code (sent to the API by the page's script), see who is already in and a forged code refused; the network goes away,
 * a check-in waits on the phone ("1 waiting") and leaves by itself when the network is back. Afterwards a participant
 * answers the survey by her link; the organiser reads the results and the event's figures.
 */
class EventDeskBrowserIT extends BrowserTest {

    private static final String TAG = "d" + System.nanoTime();
    private static final String PASSWORD = "une phrase assez longue pour l’accueil";
    private static final String COORDINATOR = "accueil." + TAG + "@reseau.example";
    private static final String ANNE = EventSecrets.newTicketCode();
    private static final String BRUNO = EventSecrets.newTicketCode();
    private static final String SURVEY_TOKEN = EventSecrets.newToken();
    private static long today;
    private static long ended;
    private static long bruno;

    @BeforeAll
    static void aCoordinatorAnEventUnderWayAndOneThatEnded() throws SQLException {
        String hash = new PasswordHashing(new Pbkdf2PasswordHashImpl()).hash(PASSWORD);
        try (Connection db = SqlFixtures.connect()) {
            long coordinator = SqlFixtures.execute(db, "INSERT INTO account (email, display_name, password_hash, language) "
                    + "VALUES (?, 'Accueil', ?, 'fr')", COORDINATOR, hash);
            SqlFixtures.execute(db, "INSERT INTO account_role (account_id, role) VALUES (?, 'COORDINATOR')", coordinator);
            today = event(db, "Forum " + TAG, "- INTERVAL 1 HOUR", "+ INTERVAL 3 HOUR");
            ended = event(db, "Colloque " + TAG, "- INTERVAL 6 HOUR", "- INTERVAL 1 HOUR");
            registration(db, today, "Anne Dupont", "ASBL Entraide", ANNE, EventSecrets.newToken(), "VOLUNTEER");
            bruno = registration(db, today, "Bruno Peeters", null, BRUNO, EventSecrets.newToken(), "PROFESSIONAL");
            registration(db, ended, "Chloé Martin", "CPAS", EventSecrets.newTicketCode(), SURVEY_TOKEN, "PROFESSIONAL");
        }
    }

    @Test
    void theDeskChecksInKeepsACheckInWhileOfflineAndTheSurveyIsAnsweredThenRead() {
        // after the event: the participant answers by the link of her mail
        open("fr", "events/feedback?token=" + SURVEY_TOKEN);
        Browser.waitFor(browser, By.id("survey:overall:4")).click();
        browser.findElement(By.id("survey:content:3")).click();
        browser.findElement(By.id("survey:organisation:2")).click();
        browser.findElement(By.id("survey:wouldReturn:0")).click();
        browser.findElement(By.id("survey:comment")).sendKeys("Très utile, merci.");
        assertThat(Browser.accessibilityViolations(browser)).as("the survey").isEmpty();
        browser.findElement(By.id("survey:submit")).click();
        assertThat(Browser.waitFor(browser, By.id("thanks")).getText()).contains("Merci");
        open("fr", "events/feedback?token=" + EventSecrets.newToken());
        assertThat(Browser.waitFor(browser, By.id("refusal")).getText()).contains("aucune inscription");

        // the day of: the desk
        signIn("fr", "events/desk?id=" + today);
        assertThat(Browser.waitFor(browser, By.id("count-registered")).getText()).isEqualTo("2");
        assertThat(Browser.accessibilityViolations(browser)).as("the check-in desk").isEmpty();
        checkIn(ANNE.toLowerCase());
        waitForOutcome("Anne Dupont");
        assertThat(browser.findElement(By.id("outcome")).getText()).contains("Bienvenue", "ASBL Entraide");
        checkIn(ANNE);
        waitForOutcome("Déjà présent");
        checkIn("SM-" + "A".repeat(26));
        waitForOutcome("Code inconnu");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> "1".equals(d.findElement(By.id("count-present")).getText()));

        // the network goes away: Bruno's check-in waits on the phone, then leaves by itself
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        ((HasNetworkConditions) browser).setNetworkConditions(offline);
        checkIn(BRUNO);
        assertThat(Browser.waitFor(browser, By.id("queue")).getText()).contains("1");
        assertThat(browser.findElement(By.id("outcome")).getText()).contains("Pas de réseau");
        ((HasNetworkConditions) browser).deleteNetworkConditions();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElement(By.id("queue")).isDisplayed());
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> "2".equals(d.findElement(By.id("count-present")).getText()));
        assertThat(checkedIn(bruno)).isTrue();

        // after: the results and the figures, for the organiser
        browser.get(base.toExternalForm().replaceAll("/$", "") + "/events/results?id=" + ended);
        assertThat(Browser.waitFor(browser, By.id("answers")).getText()).contains("1");
        assertThat(browser.findElement(By.id("question-overall")).getText()).contains("5 – très bien");
        assertThat(browser.findElement(By.id("comments")).getText()).contains("Très utile, merci.");
        assertThat(browser.findElement(By.id("by-type")).getText()).contains("1");
        assertThat(Browser.accessibilityViolations(browser)).as("the results").isEmpty();
    }

    private void checkIn(String code) {
        Browser.waitFor(browser, By.id("code")).sendKeys(code);
        browser.findElement(By.id("submit")).click();
    }

    private void waitForOutcome(String text) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("outcome")).getText().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Outcome: " + browser.findElement(By.id("outcome")).getText(), e);
        }
    }

    private void signIn(String language, String next) {
        open(language, "login?next=" + java.net.URLEncoder.encode("/" + next, java.nio.charset.StandardCharsets.UTF_8));
        Browser.waitFor(browser, By.id("signIn:email")).sendKeys(COORDINATOR);
        browser.findElement(By.id("signIn:password")).sendKeys(PASSWORD);
        browser.findElement(By.id("signIn:submit")).click();
        Browser.waitFor(browser, By.id("my-account"));
    }

    @Override
    protected WebDriver open(String language, String path) {
        if (browser != null) {
            try {
                browser.quit(); // one browser at a time: each person starts with no cookies
            } catch (WebDriverException alreadyClosed) {
                // closed already
            }
        }
        // the deployment's address comes with or without its final slash
        return super.open(language, base.toExternalForm().endsWith("/") ? path : "/" + path);
    }

    private static boolean checkedIn(long registration) {
        try (Connection db = SqlFixtures.connect();
             var statement = db.prepareStatement("SELECT checked_in_at FROM registration WHERE id = ?")) {
            statement.setLong(1, registration);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() && row.getTimestamp(1) != null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long event(Connection db, String title, String start, String end) throws SQLException {
        long id = SqlFixtures.execute(db, "INSERT INTO event (kind, title_fr, title_nl, title_en, starts_at, ends_at, audience, "
                + "languages, status, created_at) VALUES ('FORUM', ?, ?, ?, UTC_TIMESTAMP(3) " + start + ", UTC_TIMESTAMP(3) " + end
                + ", 'PUBLIC', 'fr,nl', 'PUBLISHED', UTC_TIMESTAMP(3))", title, title, title);
        SqlFixtures.execute(db, "INSERT INTO event_seats (event_id, capacity, taken) VALUES (?, 10, 2)", id);
        return id;
    }

    private static long registration(Connection db, long event, String name, String organisation, String ticket, String token,
                                     String type) throws SQLException {
        return SqlFixtures.execute(db, "INSERT INTO registration (event_id, email, name, language, organisation_name, country, "
                + "participant_type, status, email_confirmed, ticket_code, token_hash, created_at, updated_at) VALUES (?, ?, ?, 'FR', ?, "
                + "'BE', ?, 'CONFIRMED', TRUE, ?, ?, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3))", event,
                name.toLowerCase().replaceAll("[^a-z]", "") + "." + TAG + "@example.org", name, organisation, type, ticket,
                EventSecrets.hash(token));
    }
}
