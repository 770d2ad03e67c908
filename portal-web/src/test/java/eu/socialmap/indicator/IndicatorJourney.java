package eu.socialmap.indicator;

import eu.socialmap.immersion.ImmersionSql;
import eu.socialmap.membership.control.PasswordHashing;
import eu.socialmap.testing.Browser;
import eu.socialmap.testing.SqlFixtures;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The people of the indicators' browser journey (PortalIT): a coordinator, the administrator of a member
 * organisation in Mouscron and a person of an accepted organisation that never signed the charter; and the steps
 * they take in the browser.
 */
public final class IndicatorJourney {

    public static final String PASSWORD = "indicators journey 2026";
    public final String tag = "i" + System.nanoTime();
    public final String coordinator = "coordination." + tag + "@reseau.example";
    public final String partner = "claire." + tag + "@cpas-mouscron.example";
    public final String outsider = "olivia." + tag + "@ailleurs.example";
    public final String partnerName = "CPAS Mouscron " + tag;

    /** Writes the three people (and a charter in force, if there is none yet). */
    public IndicatorJourney() throws SQLException {
        String hash = new PasswordHashing(new Pbkdf2PasswordHashImpl()).hash(PASSWORD);
        try (Connection db = SqlFixtures.connect()) {
            int charter = ImmersionSql.charterInForce(db);
            long member = ImmersionSql.organisation(db, partnerName, "7700", "Mouscron", "BE", charter);
            ImmersionSql.person(db, partner, "Claire Partenaire", "en", member, hash, true);
            long outside = ImmersionSql.organisation(db, "Ailleurs " + tag, "59000", "Lille", "FR", null);
            ImmersionSql.person(db, outsider, "Olivia", "en", outside, hash, false);
            long account = SqlFixtures.execute(db, "INSERT INTO account (email, display_name, password_hash, language) "
                    + "VALUES (?, 'Coordination', ?, 'en')", coordinator, hash);
            SqlFixtures.execute(db, "INSERT INTO account_role (account_id, role) VALUES (?, 'COORDINATOR')", account);
        }
    }

    /** Signs in (in English) and goes to {@code next}. */
    public static void signIn(WebDriver browser, String base, String email, String next) {
        Browser.waitFor(browser, By.id("signIn:email")).sendKeys(email);
        browser.findElement(By.id("signIn:password")).sendKeys(PASSWORD);
        browser.findElement(By.id("signIn:submit")).click();
        Browser.waitFor(browser, By.id("my-account"));
        browser.get(base + next);
    }

    /** Sets a date field's value (browsers type dates in their own locale's order). */
    public static void date(WebDriver browser, String id, String value) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    /** A small PDF file to attach as evidence. */
    public static Path evidence() throws IOException {
        Path file = Files.createTempDirectory("evidence").resolve("attendance-list.pdf");
        Files.writeString(file, "%PDF-1.4\n% attendance list\n%%EOF\n", StandardCharsets.US_ASCII);
        return file;
    }
}
