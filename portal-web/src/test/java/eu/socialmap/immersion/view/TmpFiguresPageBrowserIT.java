package eu.socialmap.immersion.view;

import eu.socialmap.membership.control.PasswordHashing;
import eu.socialmap.testing.Browser;
import eu.socialmap.testing.BrowserTest;
import eu.socialmap.testing.SqlFixtures;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** TEMPORARY (not committed): the coordinator's immersions page in a browser. */
class TmpFiguresPageBrowserIT extends BrowserTest {

    private static final String TAG = "t" + System.nanoTime();
    private static final String PASSWORD = "une phrase assez longue pour le test";
    private static final String COORDINATOR = "coord." + TAG + "@reseau.example";
    private static final String OTHER = "other." + TAG + "@reseau.example";
    private static long booking;

    @BeforeAll
    static void anImmersionDoneLastWeek() throws Exception {
        String hash = new PasswordHashing(new Pbkdf2PasswordHashImpl()).hash(PASSWORD);
        try (Connection db = SqlFixtures.connect()) {
            long host = SqlFixtures.execute(db, "INSERT INTO organisation (legal_name, short_name, kind, street, postcode, commune, "
                    + "country, email, languages, status, created_at) VALUES (?, ?, 'SOCIAL_WELFARE_CENTRE', "
                    + "'Rue 1', '8500', 'Kortrijk', 'BE', 'x@example.org', 'nl', 'ACCEPTED', UTC_TIMESTAMP())", "OCMW " + TAG, "OCMW " + TAG);
            long sender = SqlFixtures.execute(db, "INSERT INTO organisation (legal_name, short_name, kind, street, postcode, commune, "
                    + "country, email, languages, status, created_at) VALUES (?, ?, 'SOCIAL_WELFARE_CENTRE', "
                    + "'Rue 1', '59100', 'Roubaix', 'FR', 'x@example.org', 'fr', 'ACCEPTED', UTC_TIMESTAMP())", "CCAS " + TAG, "CCAS " + TAG);
            long place = SqlFixtures.execute(db, "INSERT INTO location (organisation_id, street, postcode, commune, country, "
                    + "coordinates_source, updated_at) VALUES (?, 'Budastraat 27', '8500', 'Kortrijk', 'BE', 'NONE', UTC_TIMESTAMP())", host);
            long offer = SqlFixtures.execute(db, "INSERT INTO immersion_offer (host_id, location_id, team_nl, languages, min_days, "
                    + "max_days, day_starts, day_ends, status, created_at, updated_at) VALUES (?, ?, 'Onthaal', 'nl', 2, 5, '09:00', "
                    + "'16:30', 'PUBLISHED', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3))", host, place);
            LocalDate first = LocalDate.now().minusDays(9);
            long period = SqlFixtures.execute(db, "INSERT INTO immersion_period (offer_id, first_day, last_day, places, taken) "
                    + "VALUES (?, ?, ?, 2, 1)", offer, first, first.plusDays(2));
            booking = SqlFixtures.execute(db, "INSERT INTO immersion_booking (offer_id, period_id, host_id, visitor_name, "
                    + "visitor_org_id, first_day, last_day, working_days, status, direction, clauses_version, created_at, updated_at) "
                    + "VALUES (?, ?, ?, 'Amina " + TAG + "', ?, ?, ?, 3, 'AGREED', 'FR_TO_BE', 1, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3))",
                    offer, period, host, sender, first, first.plusDays(2));
            long coordinator = SqlFixtures.execute(db, "INSERT INTO account (email, display_name, password_hash, language) "
                    + "VALUES (?, 'Coordination', ?, 'fr')", COORDINATOR, hash);
            SqlFixtures.execute(db, "INSERT INTO account_role (account_id, role) VALUES (?, 'COORDINATOR')", coordinator);
            long other = SqlFixtures.execute(db, "INSERT INTO account (email, display_name, password_hash, language, organisation_id) "
                    + "VALUES (?, 'Other', ?, 'fr', ?)", OTHER, hash, host);
            SqlFixtures.execute(db, "INSERT INTO account_role (account_id, role) VALUES (?, 'ORGANISATION_MEMBER')", other);
        }
    }

    @Test
    void thePage() throws Exception {
        signIn(COORDINATOR, "coordination/", "fr");
        Browser.waitFor(browser, By.id("coordination-immersions")).click();
        Browser.waitFor(browser, By.id("figures"));
        System.out.println("PAGE TEXT >>> " + browser.findElement(By.tagName("main")).getText());
        assertThat(browser.findElement(By.id("by-host")).getText()).contains("OCMW " + TAG + " 1 1");
        assertThat(browser.findElement(By.id("done-list")).getText()).contains("Amina " + TAG);
        assertThat(browser.findElement(By.id("booking-list")).getText()).contains("Amina " + TAG);
        assertThat(Browser.accessibilityViolations(browser)).as("axe").isEmpty();

        String year = String.valueOf(LocalDate.now().minusDays(9).getYear());
        assertThat(get("coordination/immersion-figures?year=" + year + "&format=csv")).contains("Amina " + TAG);
        assertThat(get("coordination/immersion-figures?year=" + year + "&format=xlsx")).startsWith("PK");
        assertThat(status("immersions/agreement?id=" + booking)).isEqualTo(200);
        assertThat(status("immersions/calendar?id=" + booking)).as("the coordinator is no party").isEqualTo(403);
        assertThat(status("immersions/agreement?id=abc")).isEqualTo(404);

        WebElement target = browser.findElement(By.id("target:professionals"));
        target.clear();
        target.sendKeys("0");
        browser.findElement(By.id("target:save-target")).click();
        assertThat(Browser.waitFor(browser, By.id("target:professionals-error")).getText()).contains("entre 1 et");
        target = browser.findElement(By.id("target:professionals"));
        target.clear();
        target.sendKeys("77");
        browser.findElement(By.id("target:save-target")).click();
        assertThat(Browser.waitFor(browser, By.id("messages")).getText()).contains("Objectif enregistré");
        assertThat(browser.findElement(By.id("progress-text")).getText()).contains("objectif de 77");

        WebElement nl = browser.findElement(By.id("clauses:insuranceNl"));
        String kept = nl.getAttribute("value");
        nl.clear();
        browser.findElement(By.id("clauses:save-clauses")).click();
        assertThat(Browser.waitFor(browser, By.id("clauses:insuranceNl-error")).getText()).isNotEmpty();
        browser.findElement(By.id("clauses:insuranceNl")).sendKeys(kept);
        browser.findElement(By.id("clauses:save-clauses")).click();
        assertThat(Browser.waitFor(browser, By.id("messages")).getText()).contains("des clauses enregistrée");
        System.out.println("AFTER CLAUSES >>> " + browser.getCurrentUrl());

        new Select(browser.findElement(By.id("year"))).selectByValue(String.valueOf(LocalDate.now().getYear() + 1));
        browser.findElement(By.id("show-year")).click();
        Browser.waitForAddressEndingWith(browser, "year=" + (LocalDate.now().getYear() + 1));
        assertThat(browser.findElement(By.id("no-immersion")).isDisplayed()).isTrue();
        assertThat(Browser.accessibilityViolations(browser)).as("axe, empty year").isEmpty();

        signIn(OTHER, "coordination/immersions", "nl");
        System.out.println("OTHER >>> " + browser.getTitle());
        assertThat(status("coordination/immersion-figures?year=" + year + "&format=csv")).isEqualTo(403);
        assertThat(status("immersions/agreement?id=" + booking)).isEqualTo(404);
    }

    private void signIn(String email, String next, String language) {
        open(language, "login");
        Browser.waitFor(browser, By.id("signIn:email")).sendKeys(email);
        browser.findElement(By.id("signIn:password")).sendKeys(PASSWORD);
        browser.findElement(By.id("signIn:submit")).click();
        Browser.waitFor(browser, By.id("my-account"));
        browser.get(base.toExternalForm() + next);
    }

    private HttpResponse<String> request(String path) throws Exception {
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base.toExternalForm() + path))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = request(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("filename=");
        return new String(response.body().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), java.nio.charset.StandardCharsets.UTF_8);
    }

    private int status(String path) throws Exception {
        return request(path).statusCode();
    }
}
