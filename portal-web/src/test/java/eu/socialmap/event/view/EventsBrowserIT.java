package eu.socialmap.event.view;

import eu.socialmap.event.control.EventSecrets;
import eu.socialmap.event.control.TicketQr;
import eu.socialmap.membership.control.PasswordHashing;
import eu.socialmap.testing.Browser;
import eu.socialmap.testing.BrowserTest;
import eu.socialmap.testing.SqlFixtures;
import eu.socialmap.testing.TestMailServer;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event's life in a real browser: the coordinator creates a forum of three seats; three people take them (two
 * without an account, who confirm their address, and a member in one click); the fourth goes on the waiting list; one
 * cancels by the link of her mail; the fourth is offered the seat, told by mail, and takes it; at the door the staff
 * check in her QR ticket; afterwards she downloads her certificate. And the associations fair: two associations apply
 * for a stand, the coordinator numbers them (one number twice is refused, naming its holder), everyone reads who is
 * where, and a withdrawal frees the number. At the desk: a second scan, a forged code, a check-in kept while the
 * phone is offline and sent once back online; the survey answered and its results read. One class, one deployment:
 * each deployment costs a minute of the build.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class EventsBrowserIT extends BrowserTest {

    private static final String TAG = "e" + System.nanoTime();
    private static final String PASSWORD = "une phrase assez longue pour le forum";
    private static final String COORDINATOR = "coord." + TAG + "@reseau.example";
    private static final String MEMBER = "membre." + TAG + "@cpas.example";
    private static final Pattern PERSONAL_LINK = Pattern.compile("events/registration\\?token=[A-Za-z0-9_-]+");
    private static final String TITLE = "Forum " + TAG;
    private static final String FIRST = "admin." + TAG + "@asbl.example";
    private static final String SECOND = "beheer." + TAG + "@vzw.example";
    private static long fair;
    private static final String DESK_ANNE = EventSecrets.newTicketCode();
    private static final String DESK_BRUNO = EventSecrets.newTicketCode();
    private static final String SURVEY_TOKEN = EventSecrets.newToken();
    private static long today;
    private static long ended;
    private static long bruno;

    @BeforeAll
    static void aCoordinatorAndAMember() throws SQLException {
        String hash = new PasswordHashing(new Pbkdf2PasswordHashImpl()).hash(PASSWORD);
        try (Connection db = SqlFixtures.connect()) {
            long coordinator = SqlFixtures.execute(db, "INSERT INTO account (email, display_name, password_hash, language) "
                    + "VALUES (?, 'Coordination sociale', ?, 'fr')", COORDINATOR, hash);
            SqlFixtures.execute(db, "INSERT INTO account_role (account_id, role) VALUES (?, 'COORDINATOR')", coordinator);
            long cpas = SqlFixtures.execute(db, "INSERT INTO organisation (legal_name, short_name, kind, street, postcode, "
                    + "commune, country, email, languages, status, signed_charter, created_at) VALUES (?, ?, "
                    + "'SOCIAL_WELFARE_CENTRE', 'Rue 1', '1060', 'Saint-Gilles', 'BE', 'x@example.org', 'fr', 'ACCEPTED', NULL, "
                    + "UTC_TIMESTAMP())", "CPAS " + TAG, "CPAS " + TAG);
            long member = SqlFixtures.execute(db, "INSERT INTO account (email, display_name, password_hash, language, "
                    + "organisation_id) VALUES (?, 'Maya Membre', ?, 'fr', ?)", MEMBER, hash, cpas);
            SqlFixtures.execute(db, "INSERT INTO account_role (account_id, role) VALUES (?, 'ORGANISATION_MEMBER')", member);

            long asbl = organisation(db, "Entraide " + TAG);
            long vzw = organisation(db, "Buurthuis " + TAG);
            administrator(db, FIRST, "Amina", "fr", asbl, hash);
            administrator(db, SECOND, "Pieter", "nl", vzw, hash);
            fair = SqlFixtures.execute(db, "INSERT INTO event (kind, title_fr, title_nl, title_en, starts_at, ends_at, audience, "
                    + "languages, stand_count, status, created_at) VALUES ('FAIR', ?, ?, ?, UTC_TIMESTAMP(3) + INTERVAL 20 DAY, "
                    + "UTC_TIMESTAMP(3) + INTERVAL 20 DAY + INTERVAL 6 HOUR, 'PUBLIC', 'fr,nl', 12, 'PUBLISHED', UTC_TIMESTAMP(3))",
                    "Bourse " + TAG, "Beurs " + TAG, "Fair " + TAG);
            SqlFixtures.execute(db, "INSERT INTO event_seats (event_id, capacity) VALUES (?, 500)", fair);

            today = deskEvent(db, "Forum " + TAG, "- INTERVAL 1 HOUR", "+ INTERVAL 3 HOUR");
            ended = deskEvent(db, "Colloque " + TAG, "- INTERVAL 6 HOUR", "- INTERVAL 1 HOUR");
            // its survey has gone out already: else the quarter-hour timer sends it and relinks the token this test holds
            SqlFixtures.execute(db, "UPDATE event SET feedback_sent_at = UTC_TIMESTAMP(3) WHERE id = ?", ended);
            deskRegistration(db, today, "Anne Dupont", "ASBL Entraide", DESK_ANNE, EventSecrets.newToken(), "VOLUNTEER");
            bruno = deskRegistration(db, today, "Bruno Peeters", null, DESK_BRUNO, EventSecrets.newToken(), "PROFESSIONAL");
            deskRegistration(db, ended, "Chloé Martin", "CPAS", EventSecrets.newTicketCode(), SURVEY_TOKEN, "PROFESSIONAL");
        }
    }

    @Test
    void aForumOfThreeSeatsFillsItsWaitingListPromotesChecksInAndCertifies() throws Exception {
        long event = createAndPublishForum();

        String anne = "anne." + TAG + "@asbl.example";
        String bart = "bart." + TAG + "@vzw.example";
        String dina = "dina." + TAG + "@asbl.example";
        registerWithoutAccount("fr", event, "Anne Dupont", anne);
        assertThat(Browser.accessibilityViolations(browser)).as("the event page, after registering").isEmpty();
        confirmAddress("fr", mailedLink(anne, "Confirmez votre inscription"));
        registerWithoutAccount("nl", event, "Bart Peeters", bart);
        confirmAddress("nl", mailedLink(bart, "Bevestig uw inschrijving"));

        signIn("fr", MEMBER, "events/view?id=" + event);
        assertThat(Browser.waitFor(browser, By.id("one-click")).getText()).contains("votre compte dit qui vous êtes");
        browser.findElement(By.id("register:submit")).click();
        assertThat(Browser.waitFor(browser, By.id("mine-status")).getText()).isEqualTo("Place confirmée");
        assertThat(TestMailServer.awaitMail(MEMBER, "Votre place")).contains(TITLE);
        browser.get(base.toExternalForm() + "events/");
        assertThat(Browser.waitFor(browser, By.id("mine")).getText()).as("her registrations, on the agenda")
                .contains(TITLE).contains("Place confirmée");

        registerWithoutAccount("en", event, "Dina Smith", dina);
        String dinaLink = mailedLink(dina, "waiting list");
        open("en", dinaLink);
        Browser.waitFor(browser, By.id("confirm:submit")).click();
        assertThat(Browser.waitFor(browser, By.id("status")).getText()).isEqualTo("On the waiting list");
        assertThat(browser.findElement(By.id("position")).getText()).contains("number 1");

        // Anne cannot come: she cancels by the link of her mail, and the seat goes to Dina at once
        open("fr", mailedLink(anne, "Votre place"));
        Browser.waitFor(browser, By.id("cancel:submit")).click();
        browser.switchTo().alert().accept();
        assertThat(Browser.waitFor(browser, By.id("status")).getText()).isEqualTo("Annulée");
        assertThat(browser.findElement(By.id("messages")).getText()).contains("Votre inscription est annulée");

        String offer = mailedLink(dina, "A seat has freed up");
        open("en", offer);
        assertThat(Browser.waitFor(browser, By.id("status")).getText()).isEqualTo("Seat offered");
        browser.findElement(By.id("offer:accept")).click();
        assertThat(Browser.waitFor(browser, By.id("status")).getText()).isEqualTo("Seat confirmed");
        assertThat(Browser.waitFor(browser, By.id("ticket-qr")).getAttribute("alt")).startsWith("QR code of the ticket");
        assertThat(Browser.accessibilityViolations(browser)).as("the personal page with its ticket").isEmpty();
        String token = offer.substring(offer.indexOf("token=") + 6);

        // at the door: the staff's phone reads the QR code of Dina's ticket
        String code = TicketQr.read(download("events/ticket?token=" + token + "&what=qr", "image/png")).orElseThrow();
        assertThat(code).startsWith("SM-");
        signIn("fr", COORDINATOR, "events/desk?id=" + event);
        Browser.waitFor(browser, By.id("code")).sendKeys(code);
        browser.findElement(By.id("submit")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("outcome")).getText().contains("Dina Smith"));
        assertThat(Browser.accessibilityViolations(browser)).as("the check-in desk").isEmpty();

        open("en", offer);
        assertThat(Browser.waitFor(browser, By.id("present")).getText()).startsWith("Checked in on");
        String certificate = browser.findElement(By.id("certificate-link")).getAttribute("href");
        byte[] pdf = download(certificate.substring(certificate.indexOf("events/ticket")), "application/pdf");
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        open("fr", "events/registration?token=forged" + TAG);
        assertThat(Browser.waitFor(browser, By.id("messages")).getText()).contains("Ce lien ne correspond à aucune inscription");
    }

    @Test
    void twoAssociationsApplyTheCoordinatorNumbersThemAndEveryoneSeesWhoIsWhere() {
        signIn("fr", FIRST, "events/stand?event=" + fair);
        new Select(Browser.waitFor(browser, By.id("apply:size"))).selectByValue("LARGE");
        browser.findElement(By.id("apply:power")).click();
        browser.findElement(By.id("apply:note")).sendKeys("Un écran.");
        assertThat(Browser.accessibilityViolations(browser)).as("the application form").isEmpty();
        browser.findElement(By.id("apply:submit")).click();
        assertThat(Browser.waitFor(browser, By.id("mine-status")).getText()).contains("En attente");
        assertThat(browser.findElements(By.id("apply:submit"))).isEmpty();
        assertThat(Browser.accessibilityViolations(browser)).as("the application").isEmpty();

        signIn("nl", SECOND, "events/stand?event=" + fair);
        Browser.waitFor(browser, By.id("apply:submit")).click();
        assertThat(Browser.waitFor(browser, By.id("mine-status")).getText()).contains("In afwachting");

        signIn("fr", COORDINATOR, "events/stands?event=" + fair);
        List<WebElement> rows = Browser.waitFor(browser, By.id("applications")).findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(2);
        assertThat(Browser.accessibilityViolations(browser)).as("the organisers' page").isEmpty();
        allocate("Entraide", "3");
        assertThat(Browser.waitFor(browser, By.id("messages")).getText()).contains("Le stand est attribué");
        allocate("Buurthuis", "3");
        assertThat(Browser.waitFor(browser, By.id("messages")).getText())
                .contains("Le stand n° 3 est déjà attribué à Entraide " + TAG);
        allocate("Buurthuis", "5");
        assertThat(Browser.waitFor(browser, By.id("plan")).getText()).contains("Entraide " + TAG).contains("Buurthuis " + TAG);
        assertThat(browser.findElements(By.cssSelector("#plan li.stand-free"))).hasSize(10);
        assertThat(browser.findElement(By.id("plan-summary")).getText()).isEqualTo("2 stands attribués, 10 libres, sur 12.");
        assertThat(Browser.accessibilityViolations(browser)).as("the organisers' page with the plan").isEmpty();

        open("fr", "events/exhibitors?event=" + fair);
        assertThat(Browser.waitFor(browser, By.id("exhibitors")).findElements(By.cssSelector("tbody tr")))
                .extracting(WebElement::getText).containsExactly("3 Entraide " + TAG, "5 Buurthuis " + TAG);
        assertThat(browser.findElement(By.linkText("Entraide " + TAG)).getAttribute("href")).contains("/organisations/view?id=");
        assertThat(Browser.accessibilityViolations(browser)).as("who is where").isEmpty();

        signIn("fr", FIRST, "events/stand?event=" + fair);
        assertThat(Browser.waitFor(browser, By.id("mine-status")).getText()).contains("n° 3");
        browser.findElement(By.id("withdraw:submit")).click();
        assertThat(Browser.waitFor(browser, By.id("mine-status")).getText()).contains("Retiré");
        browser.get(base.toExternalForm() + "events/exhibitors?event=" + fair);
        assertThat(Browser.waitFor(browser, By.id("exhibitors")).findElements(By.cssSelector("tbody tr")))
                .extracting(WebElement::getText).containsExactly("5 Buurthuis " + TAG);
    }

    /** Gives a number on the row of the organisation (pending rows come first: rows move); returns the row. */
    private int allocate(String organisation, String number) {
        List<WebElement> rows = Browser.waitFor(browser, By.id("applications")).findElements(By.cssSelector("tbody tr"));
        int row = 0;
        while (!rows.get(row).getText().startsWith(organisation)) {
            row++;
        }
        WebElement field = Browser.waitFor(browser, By.id("stands:rows:" + row + ":number"));
        field.clear();
        field.sendKeys(number);
        browser.findElement(By.id("stands:rows:" + row + ":allocate")).click();
        Browser.waitFor(browser, By.id("plan"));
        return row;
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
        signIn("fr", COORDINATOR, "events/desk?id=" + today);
        assertThat(Browser.waitFor(browser, By.id("count-registered")).getText()).isEqualTo("2");
        assertThat(Browser.accessibilityViolations(browser)).as("the check-in desk").isEmpty();
        checkIn(DESK_ANNE.toLowerCase());
        waitForOutcome("Anne Dupont");
        assertThat(browser.findElement(By.id("outcome")).getText()).contains("Bienvenue", "ASBL Entraide");
        checkIn(DESK_ANNE);
        waitForOutcome("Déjà présent");
        checkIn("SM-" + "A".repeat(26));
        waitForOutcome("Code inconnu");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> "1".equals(d.findElement(By.id("count-present")).getText()));

        // the network goes away: Bruno's check-in waits on the phone, then leaves by itself
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        ((HasNetworkConditions) browser).setNetworkConditions(offline);
        checkIn(DESK_BRUNO);
        assertThat(Browser.waitFor(browser, By.id("queue")).getText()).contains("1");
        assertThat(browser.findElement(By.id("outcome")).getText()).contains("Pas de réseau");
        ((HasNetworkConditions) browser).deleteNetworkConditions();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElement(By.id("queue")).isDisplayed());
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> "2".equals(d.findElement(By.id("count-present")).getText()));
        assertThat(checkedIn(bruno)).isTrue();

        // after: the results and the figures, for the organiser
        browser.get(base.toExternalForm() + "events/results?id=" + ended);
        assertThat(Browser.waitFor(browser, By.id("answers")).getText()).contains("1");
        assertThat(browser.findElement(By.id("question-overall")).getText()).contains("5 – très bien");
        assertThat(browser.findElement(By.id("comments")).getText()).contains("Très utile, merci.");
        assertThat(browser.findElement(By.id("by-type")).getText()).contains("1");
        assertThat(Browser.accessibilityViolations(browser)).as("the results").isEmpty();
    }

    /**
     * The registrations' load test, on this class's Payara start: last, since the mails of its 2,000 people would
     * delay the journeys' own (they are kept unsent at its end).
     */
    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE)
    void twoThousandPeopleRegisterAtOnceForTwoHundredSeats() throws Exception {
        eu.socialmap.event.api.RegistrationLoad.twoThousandAtOnceForTwoHundredSeats(base);
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

    /**
     * The coordinator writes the forum (in three hours, three seats) and publishes it; its id. Not "tomorrow": the desk
     * opens a day before the start, so a forum tomorrow morning could not check anyone in before this morning.
     */
    private long createAndPublishForum() {
        java.time.LocalDateTime start = java.time.LocalDateTime.now(ZoneId.of("Europe/Brussels")).plusHours(3)
                .truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        signIn("fr", COORDINATOR, "events/edit");
        Browser.waitFor(browser, By.id("event:title-fr")).sendKeys(TITLE);
        browser.findElement(By.id("event:title-nl")).sendKeys(TITLE);
        browser.findElement(By.id("event:title-en")).sendKeys(TITLE);
        setValue(browser, "event:start", start.toString());
        setValue(browser, "event:end", start.plusHours(3).toString());
        browser.findElement(By.id("event:address")).sendKeys("Rue de la Victoire 96, 1060 Saint-Gilles");
        browser.findElement(By.id("event:capacity")).sendKeys("trois");
        browser.findElement(By.id("event:save")).click();
        assertThat(Browser.waitFor(browser, By.id("event:capacity-error")).getText()).as("a clear refusal").isNotBlank();
        assertThat(browser.findElement(By.id("event:title-fr")).getAttribute("value")).as("nothing typed is lost").isEqualTo(TITLE);
        browser.findElement(By.id("event:capacity")).clear();
        browser.findElement(By.id("event:capacity")).sendKeys("3");
        browser.findElement(By.id("event:save")).click();
        Browser.waitFor(browser, By.id("event:publish")).click();
        Browser.waitFor(browser, By.id("messages"));
        Matcher id = Pattern.compile("[?&]id=(\\d+)").matcher(browser.getCurrentUrl());
        assertThat(id.find()).as(browser.getCurrentUrl()).isTrue();
        long event = Long.parseLong(id.group(1));
        open("fr", "events/");
        Browser.waitFor(browser, By.linkText(TITLE));
        assertThat(Browser.accessibilityViolations(browser)).as("the agenda").isEmpty();
        return event;
    }

    private void registerWithoutAccount(String language, long event, String name, String email) {
        open(language, "events/view?id=" + event);
        Browser.waitFor(browser, By.id("register:name")).sendKeys(name);
        browser.findElement(By.id("register:email")).sendKeys(email);
        browser.findElement(By.id("register:organisation")).sendKeys("Association " + TAG);
        new Select(browser.findElement(By.id("register:type"))).selectByValue("PROFESSIONAL");
        browser.findElement(By.id("register:submit")).click();
        assertThat(Browser.waitFor(browser, By.id("sent")).getText()).contains(email);
    }

    private void confirmAddress(String language, String link) {
        open(language, link);
        Browser.waitFor(browser, By.id("confirm:submit")).click();
        Browser.waitFor(browser, By.id("ticket-qr"));
    }

    /** The personal link of the newest mail to her with that subject, as a path of the portal under test. */
    private static String mailedLink(String recipient, String subject) {
        Matcher link = PERSONAL_LINK.matcher(TestMailServer.awaitMail(recipient, subject));
        assertThat(link.find()).isTrue();
        return link.group();
    }

    private void signIn(String language, String email, String next) {
        open(language, "login?next=" + java.net.URLEncoder.encode("/" + next, java.nio.charset.StandardCharsets.UTF_8));
        Browser.waitFor(browser, By.id("signIn:email")).sendKeys(email);
        browser.findElement(By.id("signIn:password")).sendKeys(PASSWORD);
        browser.findElement(By.id("signIn:submit")).click();
        Browser.waitFor(browser, By.id("my-account"));
    }

    private byte[] download(String path, String type) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base.toExternalForm() + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(type);
        return response.body();
    }

    static void setValue(org.openqa.selenium.WebDriver browser, String id, String value) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    private static long organisation(Connection db, String name) throws SQLException {
        return SqlFixtures.execute(db, "INSERT INTO organisation (legal_name, short_name, kind, street, postcode, commune, country, "
                + "email, languages, status, signed_charter, created_at) VALUES (?, ?, 'ASSOCIATION', 'Rue 1', '1060', "
                + "'Saint-Gilles', 'BE', 'x@example.org', 'fr', 'ACCEPTED', NULL, UTC_TIMESTAMP())", name, name);
    }

    private static void administrator(Connection db, String email, String name, String language, long organisation,
                                      String hash) throws SQLException {
        long account = SqlFixtures.execute(db, "INSERT INTO account (email, display_name, password_hash, language, organisation_id) "
                + "VALUES (?, ?, ?, ?, ?)", email, name, hash, language, organisation);
        SqlFixtures.execute(db, "INSERT INTO account_role (account_id, role) VALUES (?, 'ORGANISATION_MEMBER'), (?, 'ORGANISATION_ADMIN')",
                account, account);
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

    private static long deskEvent(Connection db, String title, String start, String end) throws SQLException {
        long id = SqlFixtures.execute(db, "INSERT INTO event (kind, title_fr, title_nl, title_en, starts_at, ends_at, audience, "
                + "languages, status, created_at) VALUES ('FORUM', ?, ?, ?, UTC_TIMESTAMP(3) " + start + ", UTC_TIMESTAMP(3) " + end
                + ", 'PUBLIC', 'fr,nl', 'PUBLISHED', UTC_TIMESTAMP(3))", title, title, title);
        SqlFixtures.execute(db, "INSERT INTO event_seats (event_id, capacity, taken) VALUES (?, 10, 2)", id);
        return id;
    }

    private static long deskRegistration(Connection db, long event, String name, String organisation, String ticket, String token,
                                     String type) throws SQLException {
        return SqlFixtures.execute(db, "INSERT INTO registration (event_id, email, name, language, organisation_name, country, "
                + "participant_type, status, email_confirmed, ticket_code, token_hash, created_at, updated_at) VALUES (?, ?, ?, 'FR', ?, "
                + "'BE', ?, 'CONFIRMED', TRUE, ?, ?, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3))", event,
                name.toLowerCase().replaceAll("[^a-z]", "") + "." + TAG + "@example.org", name, organisation, type, ticket,
                EventSecrets.hash(token));
    }
}
