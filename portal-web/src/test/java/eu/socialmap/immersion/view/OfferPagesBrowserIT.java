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
import org.openqa.selenium.support.ui.WebDriverWait;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The immersion offers' public pages in a real browser: an offer written in Dutch in Kortrijk is found with French
 * words by a visitor, who is asked to sign in to request it; a social worker of Roubaix sees it 20-odd km away across
 * the border and the language border, narrows the list by month, and requests three days — a refusal keeps what she
 * typed, the request made leads to its page; someone of an organisation outside the network is told why she cannot.
 */
class OfferPagesBrowserIT extends BrowserTest {

    private static final String TAG = "t" + System.nanoTime();
    private static final String PASSWORD = "une phrase assez longue pour le test";
    private static final String VISITOR = "amina." + TAG + "@ccas-roubaix.fr";
    private static final String OUTSIDER = "olivia." + TAG + "@ailleurs.fr";
    private static final LocalDate MONDAY = LocalDate.now(ZoneId.of("Europe/Brussels"))
            .with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(3);
    private static long offer;

    @BeforeAll
    static void anOfferInKortrijkAndPeopleOfRoubaix() throws SQLException {
        String hash = new PasswordHashing(new Pbkdf2PasswordHashImpl()).hash(PASSWORD);
        try (Connection db = SqlFixtures.connect()) {
            int charter = charterInForce(db);
            long host = organisation(db, "CAW " + TAG, "8500", "Kortrijk", "BE", charter);
            long sender = organisation(db, "CCAS " + TAG, "59100", "Roubaix", "FR", charter);
            long outside = organisation(db, "Ailleurs " + TAG, "59000", "Lille", "FR", null);
            person(db, "pieter." + TAG + "@caw.be", "Pieter Contact", host, hash);
            person(db, VISITOR, "Amina", sender, hash);
            person(db, OUTSIDER, "Olivia", outside, hash);
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
    void aSocialWorkerOfRoubaixSeesTheWayNarrowsByMonthAndRequestsThreeDays() {
        signIn(VISITOR, "immersions/?q=" + TAG);
        assertThat(Browser.waitFor(browser, By.id("total")).getText()).isEqualTo("1");
        String card = browser.findElement(By.id("offer-" + offer)).getText();
        assertThat(card).contains("km de CCAS " + TAG).contains("FR → BE").contains("frontière linguistique");
        assertThat(browser.findElement(By.id("sort-choice")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("my-bookings")).isDisplayed()).isTrue();
        browser.findElement(By.id("sort-distance")).click();
        assertThat(Browser.waitFor(browser, By.id("total")).getText()).isEqualTo("1");
        assertThat(browser.getCurrentUrl()).contains("sort=distance");

        browser.findElement(By.cssSelector("#facet-month a[data-value='" + MONDAY.toString().substring(0, 7) + "']")).click();
        assertThat(Browser.waitFor(browser, By.id("total")).getText()).isEqualTo("1");
        assertThat(browser.getCurrentUrl()).contains("month=" + MONDAY.toString().substring(0, 7));
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();

        browser.findElement(By.linkText("Onthaal van daklozen " + TAG)).click();
        Browser.waitFor(browser, By.id("request:submit"));
        assertThat(browser.findElement(By.id("contact")).getText()).as("the host's contact, for the network's people")
                .contains("Pieter Contact");
        browser.findElement(By.id("request:motivation")).sendKeys("Découvrir l’accueil de nuit flamand.");
        dates(MONDAY.minusWeeks(1), MONDAY.minusWeeks(1).plusDays(2));
        browser.findElement(By.id("request:submit")).click();
        assertThat(Browser.waitFor(browser, By.id("request:firstDay-error")).getText()).contains("Périodes possibles");
        assertThat(browser.findElement(By.id("request:motivation")).getAttribute("value")).as("nothing typed lost")
                .isEqualTo("Découvrir l’accueil de nuit flamand.");
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();

        dates(MONDAY, MONDAY.plusDays(2));
        browser.findElement(By.id("request:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/immersions/booking?id="));
        assertThat(browser.getCurrentUrl()).as("the request's own page").contains("/immersions/booking?id=");
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
        open("fr", "login");
        Browser.waitFor(browser, By.id("signIn:email")).sendKeys(email);
        browser.findElement(By.id("signIn:password")).sendKeys(PASSWORD);
        browser.findElement(By.id("signIn:submit")).click();
        Browser.waitFor(browser, By.id("my-account"));
        browser.get(base.toExternalForm() + next);
    }

    private static int charterInForce(Connection db) throws SQLException {
        try (ResultSet row = db.createStatement().executeQuery(
                "SELECT MAX(number) FROM charter_version WHERE effective_on <= CURDATE()")) {
            if (row.next() && row.getObject(1) != null) {
                return row.getInt(1);
            }
        }
        int number;
        try (ResultSet row = db.createStatement().executeQuery("SELECT COALESCE(MAX(number), 0) + 1 FROM charter_version")) {
            row.next();
            number = row.getInt(1);
        }
        SqlFixtures.execute(db, "INSERT INTO charter_version (number, text_fr, effective_on, published_at) VALUES (?, "
                + "'Nous agissons ensemble.', '2025-01-01', UTC_TIMESTAMP(3))", number);
        return number;
    }

    private static long organisation(Connection db, String name, String postcode, String commune, String country,
                                     Integer charter) throws SQLException {
        return SqlFixtures.execute(db, "INSERT INTO organisation (legal_name, short_name, kind, street, postcode, commune, "
                + "country, email, languages, status, signed_charter, created_at) VALUES (?, ?, 'SOCIAL_WELFARE_CENTRE', "
                + "'Rue 1', ?, ?, ?, 'x@example.org', 'fr,nl', 'ACCEPTED', ?, UTC_TIMESTAMP())", name, name, postcode,
                commune, country, charter);
    }

    private static void person(Connection db, String email, String name, long organisation, String hash) throws SQLException {
        long account = SqlFixtures.execute(db, "INSERT INTO account (email, display_name, password_hash, language, "
                + "organisation_id) VALUES (?, ?, ?, 'fr', ?)", email, name, hash, organisation);
        SqlFixtures.execute(db, "INSERT INTO account_role (account_id, role) VALUES (?, 'ORGANISATION_MEMBER')", account);
        if (email.startsWith("pieter.")) {
            SqlFixtures.execute(db, "INSERT INTO account_role (account_id, role) VALUES (?, 'ORGANISATION_ADMIN')", account);
        }
    }
}
