package eu.socialmap.search.view;

import eu.socialmap.testing.Browser;
import eu.socialmap.testing.BrowserTest;
import eu.socialmap.testing.SqlFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The social map's search in a real browser: a French word finds a service described only in Dutch, a misspelt
 * one still does, a facet narrows the list, and the address reproduces the search; a place typed in the form sorts
 * by distance and a service page leads back to the same search; an organisation describes a new service (errors
 * explained, nothing typed lost) and finds it on the map in the other language. The services are an SQL
 * fixture with their outbox rows; the portal's own index picks them up like any change.
 */
class SocialMapBrowserIT extends BrowserTest {

    private static final String TAG = "t" + System.nanoTime();
    private static final String PASSWORD = "une phrase assez longue pour le test";

    @BeforeAll
    static void twoHousingServicesOnBothSidesOfTheLanguageBorder() throws SQLException {
        try (Connection db = SqlFixtures.connect()) {
            long saintGilles = organisation(db, "CPAS " + TAG, "1060", "Saint-Gilles", "fr");
            long kortrijk = organisation(db, "OCMW " + TAG, "8500", "Kortrijk", "nl");
            service(db, saintGilles, "Permanence logement " + TAG, null, "Aide à la recherche d’un logement.", null,
                    "fr,ar", location(db, saintGilles, "1060", "Saint-Gilles", 50.8276, 4.3439));
            service(db, kortrijk, null, "Woonbegeleiding " + TAG, null, "Hulp bij het zoeken naar een huurwoning.",
                    "nl", location(db, kortrijk, "8500", "Kortrijk", 50.828, 3.2649));
        }
    }

    @Test
    void aFrenchWordAndItsMisspellingFindTheDutchServiceTooAndAFacetNarrowsTheList() {
        open("fr", "map?q=" + TAG + "+logement");
        assertThat(resultsWhenIndexed(2)).contains("Permanence logement " + TAG).contains("Woonbegeleiding " + TAG);
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();

        browser.get(base.toExternalForm() + "map?q=" + TAG + "+logemnt");
        assertThat(Browser.waitFor(browser, By.id("total")).getText()).isEqualTo("2");

        browser.findElement(By.xpath("//ul[@id='facet-commune']//a[contains(., 'Kortrijk')]")).click();
        assertThat(Browser.waitFor(browser, By.id("total")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("results")).getText()).contains("Woonbegeleiding " + TAG)
                .doesNotContain("Permanence");
        String address = browser.getCurrentUrl();
        assertThat(address).contains("commune=Kortrijk");

        open("nl", address.substring(base.toExternalForm().length()).replace("logemnt", "huisvesting"));
        assertThat(Browser.waitFor(browser, By.id("total")).getText()).as("the same search, bookmarked, in Dutch").isEqualTo("1");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("De sociale kaart");
    }

    @Test
    void theSameServicesInDutchByLanguageAndByDistanceFromAPostcodeThenAServicePageAndBackToTheSameSearch() {
        open("nl", "map?q=" + TAG + "+huisvesting");
        assertThat(resultsWhenIndexed(2)).as("huisvesting finds what logement finds")
                .contains("Permanence logement " + TAG).contains("Woonbegeleiding " + TAG);

        browser.findElement(By.xpath("//ul[@id='facet-language']//a[contains(., 'Arabisch')]")).click();
        assertThat(Browser.waitFor(browser, By.id("total")).getText()).isEqualTo("1");
        browser.findElement(By.xpath("//ul[@id='facet-language']//a[contains(., 'Arabisch')]")).click();
        assertThat(Browser.waitFor(browser, By.id("total")).getText()).as("the facet removed again").isEqualTo("2");

        browser.findElement(By.id("near")).sendKeys("8500");
        browser.findElement(By.id("search-submit")).click();
        assertThat(titles()).as("nearest to Kortrijk first")
                .containsExactly("Woonbegeleiding " + TAG, "Permanence logement " + TAG);
        assertThat(browser.findElement(By.id("results")).getText()).contains("0,0 km");
        browser.findElement(By.id("near")).clear();
        browser.findElement(By.id("near")).sendKeys("1060 Sint-Gillis");
        browser.findElement(By.id("search-submit")).click();
        assertThat(titles()).as("nearest to Saint-Gilles first")
                .containsExactly("Permanence logement " + TAG, "Woonbegeleiding " + TAG);
        assertThat(browser.getCurrentUrl()).contains("near=1060").contains("huisvesting");
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();

        browser.findElement(By.linkText("Woonbegeleiding " + TAG)).click();
        assertThat(Browser.waitFor(browser, By.id("service-name")).getText()).isEqualTo("Woonbegeleiding " + TAG);
        assertThat(browser.findElement(By.id("service-description")).getText()).contains("huurwoning");
        assertThat(browser.findElement(By.id("places")).getText()).contains("8500 Kortrijk");
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();

        browser.findElement(By.id("back-to-results")).click();
        assertThat(titles()).as("the service page leads back to the same search")
                .containsExactly("Permanence logement " + TAG, "Woonbegeleiding " + TAG);
        assertThat(browser.getCurrentUrl()).contains("near=1060").contains("huisvesting");
    }

    @Test
    void anOrganisationDescribesANewServiceWithErrorsExplainedAndFindsItOnTheMap() throws SQLException {
        String email = "admin." + TAG + "@maison-quartier.be";
        try (Connection db = SqlFixtures.connect()) {
            long organisation = organisation(db, "Maison " + TAG, "1060", "Saint-Gilles", "fr");
            location(db, organisation, "1060", "Saint-Gilles", 50.8276, 4.3439);
            long account = insert(db, "INSERT INTO account (email, display_name, password_hash, language, organisation_id) "
                    + "VALUES (?, 'Awa Diallo', ?, 'fr', ?)", email, new eu.socialmap.membership.control.PasswordHashing(
                    new org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl()).hash(PASSWORD), organisation);
            insert(db, "INSERT INTO account_role (account_id, role) VALUES (?, 'ORGANISATION_ADMIN'), (?, 'ORGANISATION_MEMBER')",
                    account, account);
        }
        open("fr", "login");
        Browser.waitFor(browser, By.id("signIn:email")).sendKeys(email);
        browser.findElement(By.id("signIn:password")).sendKeys(PASSWORD);
        browser.findElement(By.id("signIn:submit")).click();
        Browser.waitFor(browser, By.id("my-account"));
        browser.get(base.toExternalForm() + "organisation/services");
        browser.findElement(By.id("new-service")).click();
        Browser.waitFor(browser, By.id("service:save")).click();
        assertThat(Browser.waitFor(browser, By.id("service:nameFr-error")).getText())
                .isEqualTo("Donnez un nom au service dans au moins une langue.");
        assertThat(browser.findElement(By.id("service:languages-error")).getText()).isNotEmpty();
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();

        browser.findElement(By.id("service:nameFr")).sendKeys("Maraude " + TAG);
        browser.findElement(By.id("service:descriptionFr")).sendKeys("Nous allons à la rencontre des personnes sans abri, la nuit.");
        browser.findElement(By.xpath("//label[normalize-space()='français']")).click();
        browser.findElement(By.xpath("//label[normalize-space()='néerlandais']")).click();
        browser.findElement(By.xpath("//fieldset[.//legend[contains(., 'Où')]]//label[contains(., 'Saint-Gilles')]")).click();
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('service:slot-0').value='20:00';"
                        + "document.getElementById('service:slot-0-closes').value='23:30';");
        browser.findElement(By.id("service:save")).click();

        assertThat(Browser.waitFor(browser, By.id("service-name")).getText()).isEqualTo("Maraude " + TAG);
        assertThat(browser.findElement(By.id("hours")).getText()).contains("20:00–23:30");
        open("nl", "map?q=" + TAG + "+dakloos");
        assertThat(resultsWhenIndexed(1)).as("described in French, found with the Dutch word").contains("Maraude " + TAG);
    }

    private java.util.List<String> titles() {
        Browser.waitFor(browser, By.id("total"));
        return browser.findElements(By.cssSelector("#results h3")).stream().map(org.openqa.selenium.WebElement::getText).toList();
    }

    /** The page's results once this node's index has applied the fixture (it catches up every 5 s). */
    private String resultsWhenIndexed(int expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!Browser.waitFor(browser, By.id("total")).getText().equals(String.valueOf(expected))
                && System.nanoTime() < deadline) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            browser.navigate().refresh();
        }
        return browser.findElement(By.id("results")).getText();
    }

    private static long organisation(Connection db, String name, String postcode, String commune, String language)
            throws SQLException {
        return insert(db, "INSERT INTO organisation (legal_name, short_name, kind, street, postcode, commune, country, "
                + "email, languages, status, signed_charter, created_at) VALUES (?, ?, 'SOCIAL_WELFARE_CENTRE', 'Rue 1', ?, ?, "
                + "'BE', 'x@example.org', ?, 'ACCEPTED', NULL, UTC_TIMESTAMP())", name, name, postcode, commune, language);
    }

    private static long location(Connection db, long organisation, String postcode, String commune, double latitude,
                                 double longitude) throws SQLException {
        return insert(db, "INSERT INTO location (organisation_id, street, postcode, commune, country, latitude, longitude, "
                + "coordinates_source, updated_at) VALUES (?, 'Rue 1', ?, ?, 'BE', ?, ?, 'POSTCODE', UTC_TIMESTAMP())",
                organisation, postcode, commune, latitude, longitude);
    }

    private static void service(Connection db, long organisation, String nameFr, String nameNl, String descriptionFr,
                                String descriptionNl, String languages, long location) throws SQLException {
        long service = insert(db, "INSERT INTO service (organisation_id, name_fr, name_nl, description_fr, description_nl, "
                + "languages, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'ACTIVE', UTC_TIMESTAMP(), "
                + "UTC_TIMESTAMP())", organisation, nameFr, nameNl, descriptionFr, descriptionNl, languages);
        insert(db, "INSERT INTO service_location (service_id, location_id) VALUES (?, ?)", service, location);
        insert(db, "INSERT INTO service_term (service_id, term_id) SELECT ?, id FROM taxonomy_term WHERE code = 'housing'", service);
        insert(db, "INSERT INTO search_outbox (service_id, changed_at) VALUES (?, UTC_TIMESTAMP())", service);
    }

    private static long insert(Connection db, String sql, Object... parameters) throws SQLException {
        return SqlFixtures.execute(db, sql, parameters);
    }
}
