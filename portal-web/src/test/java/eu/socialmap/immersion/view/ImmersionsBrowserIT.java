package eu.socialmap.immersion.view;

import eu.socialmap.membership.control.PasswordHashing;
import eu.socialmap.testing.Browser;
import eu.socialmap.testing.BrowserTest;
import eu.socialmap.testing.SqlFixtures;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import eu.socialmap.testing.TestMailServer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

import static eu.socialmap.immersion.ImmersionSql.charterInForce;
import static eu.socialmap.immersion.ImmersionSql.organisation;
import static eu.socialmap.immersion.ImmersionSql.person;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Immersions in a real browser. The whole way of the issue: the OCMW of Kortrijk's administrator publishes an offer
 * (in Dutch) from the editor; a social worker of the CCAS of Roubaix finds it with French words, 20-odd km away
 * across the border and the language border, narrows the list by month, and requests three days (a refusal keeps
 * what she typed); her administrator approves from the mail's link; the host accepts and signs, her administrator
 * signs; both get the calendar invitation and the calendar file; after the dates she files her report; the
 * coordinator's figures count one FR → BE immersion. Also: a visitor finds a Dutch offer with French words and is
 * asked to sign in; someone outside the network is told why she cannot request. One class, one deployment.
 */
class ImmersionsBrowserIT extends BrowserTest {

    private static final String TAG = "t" + System.nanoTime();
    private static final String PASSWORD = "une phrase assez longue pour le test";
    private static final String VISITOR = "amina." + TAG + "@ccas-roubaix.fr";
    private static final String OUTSIDER = "olivia." + TAG + "@ailleurs.fr";
    private static final LocalDate MONDAY = LocalDate.now(ZoneId.of("Europe/Brussels"))
            .with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(3);
    /** The whole journey's own word: far from {@link #TAG} even for the search's spelling tolerance. */
    private static final String JOURNEY = "j" + new StringBuilder(String.valueOf(System.nanoTime())).reverse();
    private static final String HOST_ADMIN = "beheer." + TAG + "@ocmw-kortrijk.be";
    private static final String EMPLOYER = "direction." + TAG + "@ccas-roubaix.fr";
    private static final String COORDINATOR = "coordination." + TAG + "@reseau.example";
    private static final Pattern BOOKING_LINK = Pattern.compile("immersions/booking\\?id=(\\d+)");
    private static long offer;
    private static long kortrijk;
    private static long roubaix;

    @BeforeAll
    static void anOfferInKortrijkAndPeopleOfRoubaix() throws SQLException {
        eu.socialmap.immersion.api.ImmersionApiJourney.threeMemberOrganisationsAndTheirPeople();
        String hash = new PasswordHashing(new Pbkdf2PasswordHashImpl()).hash(PASSWORD);
        try (Connection db = SqlFixtures.connect()) {
            int charter = charterInForce(db);
            long host = organisation(db, "CAW " + TAG, "8500", "Kortrijk", "BE", charter);
            long sender = organisation(db, "CCAS " + TAG, "59100", "Roubaix", "FR", charter);
            long outside = organisation(db, "Ailleurs " + TAG, "59000", "Lille", "FR", null);
            person(db, "pieter." + TAG + "@caw.be", "Pieter Contact", "fr", host, hash, true);
            person(db, VISITOR, "Amina", "fr", sender, hash, false);
            roubaix = sender;
            kortrijk = organisation(db, "OCMW Kortrijk " + JOURNEY, "8500", "Kortrijk", "BE", charter);
            person(db, HOST_ADMIN, "Pieter Beheer", "nl", kortrijk, hash, true);
            person(db, EMPLOYER, "Claire Direction", "fr", sender, hash, true);
            SqlFixtures.execute(db, "INSERT INTO location (organisation_id, name, street, postcode, commune, country, "
                    + "latitude, longitude, coordinates_source, updated_at) VALUES (?, 'Sociaal Huis', 'Budastraat 27', "
                    + "'8500', 'Kortrijk', 'BE', 50.8279, 3.2649, 'POSTCODE', UTC_TIMESTAMP())", kortrijk);
            long coordinator = SqlFixtures.execute(db, "INSERT INTO account (email, display_name, password_hash, language) "
                    + "VALUES (?, 'Coordination', ?, 'fr')", COORDINATOR, hash);
            SqlFixtures.execute(db, "INSERT INTO account_role (account_id, role) VALUES (?, 'COORDINATOR')", coordinator);
            person(db, OUTSIDER, "Olivia", "fr", outside, hash, false);
            long place = SqlFixtures.execute(db, "INSERT INTO location (organisation_id, street, postcode, commune, country, "
                    + "latitude, longitude, coordinates_source, updated_at) VALUES (?, 'Budastraat 27', '8500', 'Kortrijk', "
                    + "'BE', 50.8279, 3.2649, 'POSTCODE', UTC_TIMESTAMP())", host);
            offer = SqlFixtures.execute(db, "INSERT INTO immersion_offer (host_id, location_id, team_nl, activities_nl, "
                    + "conditions_nl, theme_term_id, languages, min_days, max_days, day_starts, day_ends, status, created_at, "
                    + "updated_at) SELECT ?, ?, ?, 'U volgt de onthaalmedewerkers bij het eerste gesprek.', "
                    + "'Beroepsgeheim respecteren.', id, 'nl,fr', 2, 3, '09:00', '16:30', 'PUBLISHED', UTC_TIMESTAMP(3), "
                    + "UTC_TIMESTAMP(3) FROM taxonomy_term WHERE code = 'homelessness'", host, place,
                    "Onthaal van daklozen " + TAG);
            SqlFixtures.execute(db, "INSERT INTO immersion_period (offer_id, first_day, last_day, places) VALUES (?, ?, ?, 2)",
                    offer, MONDAY, MONDAY.plusWeeks(3));
        }
    }

    @Test
    void aVisitorFindsTheDutchOfferWithFrenchWordsAndIsAskedToSignIn() {
        open("fr", "immersions/?q=sans-abri+accueil+" + TAG);
        assertThat(Browser.waitFor(browser, By.id("total")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("results")).getText()).contains("Onthaal van daklozen " + TAG)
                .contains("CAW " + TAG).contains("Kortrijk").contains("2 à 3 jours").contains("2 places libres");
        assertThat(browser.findElements(By.id("sort-choice"))).as("no organisation to measure from").isEmpty();
        assertThat(browser.findElement(By.id("sign-in-for-distance")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("facet-theme")).getText()).contains("Sans-abrisme (1)");
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();

        browser.findElement(By.linkText("Onthaal van daklozen " + TAG)).click();
        assertThat(Browser.waitFor(browser, By.tagName("h1")).getText()).isEqualTo("Onthaal van daklozen " + TAG);
        assertThat(browser.findElement(By.id("facts")).getText()).contains("Budastraat 27, 8500 Kortrijk")
                .contains("néerlandais, français").contains("09:00");
        assertThat(browser.findElements(By.id("contact"))).as("the contact is for the network's people").isEmpty();
        assertThat(browser.findElement(By.id("periods")).getText()).contains("2 sur 2");
        browser.findElement(By.id("sign-in-to-request")).findElement(By.tagName("a")).click();
        assertThat(Browser.waitFor(browser, By.id("signIn:email")).isDisplayed()).isTrue();
        assertThat(browser.getCurrentUrl()).contains("next=").contains("offer%3Fid%3D" + offer);
    }

    @Test
    void aHostInKortrijkPublishesAndASocialWorkerOfRoubaixGoesAllTheWayToHerReport() throws Exception {
        String team = "Dagonthaal voor daklozen " + JOURNEY;
        publishOfferFromTheEditor(team);

        // the social worker of Roubaix finds it with French words, sees the way, narrows by month
        signIn(VISITOR, "immersions/?q=" + java.net.URLEncoder.encode("sans-abri " + JOURNEY, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(Browser.waitFor(browser, By.id("total")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("results")).getText()).contains(team).contains("km de CCAS " + TAG).contains("FR → BE")
                .contains("frontière linguistique");
        browser.findElement(By.id("sort-distance")).click();
        assertThat(Browser.waitFor(browser, By.id("total")).getText()).isEqualTo("1");
        assertThat(browser.getCurrentUrl()).contains("sort=distance");
        browser.findElement(By.cssSelector("#facet-month a[data-value='" + MONDAY.toString().substring(0, 7) + "']")).click();
        assertThat(Browser.waitFor(browser, By.id("total")).getText()).isEqualTo("1");
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();

        // she asks for three days: first outside the periods (refused, nothing typed lost), then right
        browser.findElement(By.linkText(team)).click();
        Browser.waitFor(browser, By.id("request:submit"));
        browser.findElement(By.id("request:motivation")).sendKeys("Découvrir l’accueil de jour flamand.");
        dates(MONDAY.minusWeeks(2), MONDAY.minusWeeks(2).plusDays(2));
        browser.findElement(By.id("request:submit")).click();
        assertThat(Browser.waitFor(browser, By.id("request:firstDay-error")).getText()).contains("Périodes possibles");
        assertThat(browser.findElement(By.id("request:motivation")).getAttribute("value")).as("nothing typed lost")
                .isEqualTo("Découvrir l’accueil de jour flamand.");
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();
        dates(MONDAY.plusWeeks(1), MONDAY.plusWeeks(1).plusDays(2));
        browser.findElement(By.id("request:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/immersions/booking?id="));
        assertThat(Browser.waitFor(browser, By.id("booking-status")).getText()).isEqualTo("Demandée");

        // her administrator approves from the mail's link; the host (in Dutch) accepts and signs
        String approval = bookingLink(EMPLOYER, "À approuver");
        signIn(EMPLOYER, approval);
        Browser.waitFor(browser, By.id("employer:booking-approve")).click();
        assertThat(Browser.waitFor(browser, By.id("booking-status")).getText()).isEqualTo("Approuvée par l’employeur");

        String answer = bookingLink(HOST_ADMIN, "Immersieaanvraag");
        signIn(HOST_ADMIN, answer, "nl");
        Browser.waitFor(browser, By.id("host:booking-accept")).click();
        Browser.waitFor(browser, By.id("sign:booking-sign")).click();
        assertThat(Browser.waitFor(browser, By.id("timeline")).getText()).contains("Pieter Beheer");
        assertThat(Browser.accessibilityViolations(browser)).as("the booking page").isEmpty();

        signIn(EMPLOYER, answer);
        Browser.waitFor(browser, By.id("sign:booking-sign")).click();
        assertThat(Browser.waitFor(browser, By.id("booking-status")).getText()).isEqualTo("Convenue et signée");
        assertThat(download(answer.replace("booking?", "agreement?"), "application/pdf")).startsWith("%PDF");

        // both calendars get the dates: the invitation mailed to each, and the calendar file
        assertThat(TestMailServer.awaitMail(VISITOR, "Immersion confirmée")).contains("OCMW Kortrijk " + JOURNEY);
        assertThat(TestMailServer.awaitMail(HOST_ADMIN, "Immersie bevestigd")).contains("Amina");
        String monday = MONDAY.plusWeeks(1).toString().replace("-", "");
        assertThat(download(answer.replace("booking?", "calendar?"), "text/calendar"))
                .contains("DTSTART;TZID=Europe/Brussels:" + monday + "T090000")
                .contains("UID:immersion-" + answer.replaceAll("\\D", "") + "@socialmap");

        // the dates go by; she files her report; the figures count one FR → BE immersion
        try (Connection db = SqlFixtures.connect()) {
            SqlFixtures.execute(db, "UPDATE immersion_booking SET first_day = CURDATE() - INTERVAL 9 DAY, "
                    + "last_day = CURDATE() - INTERVAL 7 DAY WHERE id = ?", Long.parseLong(answer.replaceAll("\\D", "")));
        }
        signIn(VISITOR, answer);
        Browser.waitFor(browser, By.id("report:learnt")).sendKeys("L’accueil sans rendez-vous en deux langues.");
        browser.findElement(By.id("report:practice")).sendKeys("La consigne gérée par des pairs aidants.");
        browser.findElement(By.cssSelector("input[name='report:recommends'][value='yes']")).click();
        browser.findElement(By.id("report:booking-report-submit")).click();
        assertThat(Browser.waitFor(browser, By.id("report-learnt")).getText()).isEqualTo("L’accueil sans rendez-vous en deux langues.");

        signIn(COORDINATOR, "coordination/immersions?year=" + LocalDate.now(ZoneId.of("Europe/Brussels")).minusDays(9).getYear());
        Browser.waitFor(browser, By.id("figures"));
        assertThat(browser.findElement(By.id("done-count")).getText()).as("this test's and any other done this year")
                .startsWith("Immersions réalisées : ");
        assertThat(browser.findElement(By.id("by-direction")).getText()).contains("France → Belgique");
        assertThat(browser.findElement(By.id("by-host")).getText()).contains("OCMW Kortrijk " + JOURNEY + " 1 1");
        assertThat(Browser.accessibilityViolations(browser)).as("the coordinator's figures").isEmpty();
    }

    /** The host's administrator writes the offer in Dutch, with one period of two places, and publishes it. */
    private void publishOfferFromTheEditor(String team) {
        signIn(HOST_ADMIN, "immersions/offers", "nl");
        Browser.waitFor(browser, By.id("new-offer")).click();
        Browser.waitFor(browser, By.id("offer:team-nl")).sendKeys(team);
        browser.findElement(By.id("offer:activities-nl")).sendKeys("U loopt mee met het onthaal en de straathoekwerkers.");
        new Select(browser.findElement(By.id("offer:theme"))).selectByVisibleText("Dakloosheid");
        for (String language : List.of("nl", "fr")) {
            WebElement box = browser.findElement(By.cssSelector("input[name='offer:languages'][value='" + language + "']"));
            if (!box.isSelected()) {
                box.click();
            }
        }
        ((JavascriptExecutor) browser).executeScript("document.getElementById('offer:period-0-first').value = arguments[0];"
                + "document.getElementById('offer:period-0-last').value = arguments[1];", MONDAY.toString(),
                MONDAY.plusWeeks(4).toString());
        WebElement places = browser.findElement(By.id("offer:period-0-places"));
        places.clear();
        places.sendKeys("2");
        browser.findElement(By.id("offer:publish")).click();
        assertThat(Browser.waitFor(browser, By.id("offer-status")).getText()).startsWith("Gepubliceerd");
    }

    /** The booking's page named by the last mail of that subject to that person. */
    private static String bookingLink(String recipient, String subject) {
        Matcher link = BOOKING_LINK.matcher(TestMailServer.awaitMail(recipient, subject));
        assertThat(link.find()).as("a link to the booking").isTrue();
        return link.group();
    }

    /** A file of the portal, fetched with the browser's session (the signed-in person's). */
    private String download(String path, String type) throws IOException, InterruptedException {
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base.toExternalForm() + path)).header("Cookie", "JSESSIONID=" + session).build(),
                HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(type);
        return response.body();
    }

    /** The same way through the REST API, as a partner's program would go (on this class's deployment). */
    @Test
    void theWholeWayThroughTheApi() {
        new eu.socialmap.immersion.api.ImmersionApiJourney(base)
                .anOfferIsWrittenPublishedRequestedApprovedAcceptedAndSignedThroughTheApi();
    }

    @Test
    void someoneOutsideTheNetworkIsToldWhySheCannotRequest() {
        signIn(OUTSIDER, "immersions/offer?id=" + offer);
        assertThat(Browser.waitFor(browser, By.id("why-not")).getText()).contains("organisation membre");
        assertThat(browser.findElements(By.id("request:submit"))).isEmpty();
    }

    private void dates(LocalDate first, LocalDate last) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById('request:firstDay').value = arguments[0];"
                + "document.getElementById('request:lastDay').value = arguments[1];", first.toString(), last.toString());
    }

    private void signIn(String email, String next) {
        signIn(email, next, "fr");
    }

    private void signIn(String email, String next, String language) {
        open(language, "login");
        Browser.waitFor(browser, By.id("signIn:email")).sendKeys(email);
        browser.findElement(By.id("signIn:password")).sendKeys(PASSWORD);
        browser.findElement(By.id("signIn:submit")).click();
        Browser.waitFor(browser, By.id("my-account"));
        browser.get(base.toExternalForm() + next);
    }
}
