package eu.socialmap.platform.view;

import eu.socialmap.testing.Browser;
import eu.socialmap.testing.BrowserTest;
import eu.socialmap.testing.TestMailServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor in a real browser: the home page speaks her browser's language, the switch changes it and the
 * choice is remembered, unknown pages answer in her language, and axe-core finds no accessibility violation. And the
 * platform administrator checks the mail settings with a test e-mail: it leaves through the SMTP server (the test
 * run's GreenMail) and stays readable in the outbox, in her language (keeping mails when no SMTP server is set is
 * proven by OutboxDeliveryIT). One class, one Payara Micro start.
 */
class PlatformBrowserIT extends BrowserTest {

    @Test
    void aFrenchSpeakingVisitorGetsTheHomePageInFrench() {
        assertHomePageIn("fr", "Accueil", "Réseau de coordination sociale");
    }

    @Test
    void aDutchSpeakingVisitorGetsTheHomePageInDutch() {
        assertHomePageIn("nl", "Home", "Sociaal coördinatienetwerk");
    }

    @Test
    void anEnglishSpeakingVisitorGetsTheHomePageInEnglish() {
        assertHomePageIn("en", "Home", "Social coordination network");
    }

    @Test
    void theLanguageSwitchChangesThePageAndIsRemembered() {
        open("fr", "");
        assertThat(htmlLang()).isEqualTo("fr");

        browser.findElement(By.cssSelector(".language-switch a[lang='nl']")).click();

        Browser.waitFor(browser, By.cssSelector(".language-switch .current[lang='nl']"));
        assertThat(htmlLang()).isEqualTo("nl");
        assertThat(browser.getCurrentUrl()).isEqualTo(base.toExternalForm());
        assertThat(browser.findElement(By.cssSelector(".main-nav")).getText()).contains("Over ons");

        browser.findElement(By.linkText("Over ons")).click();
        Browser.waitForAddressEndingWith(browser, "/about");
        assertThat(htmlLang()).as("the choice outlives the page").isEqualTo("nl");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Een sociaal coördinatienetwerk");
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();
    }

    @Test
    void anUnknownAddressShowsTheNotFoundPageInTheVisitorsLanguage() {
        open("en", "no-such-page");

        assertThat(htmlLang()).isEqualTo("en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();
    }

    private void assertHomePageIn(String language, String homeLink, String networkName) {
        open(language, "");

        assertThat(htmlLang()).isEqualTo(language);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(networkName);
        assertThat(browser.findElement(By.cssSelector(".main-nav")).getText()).contains(homeLink);
        assertThat(browser.findElements(By.cssSelector(".feature-card"))).hasSize(6);
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();
    }

    private String htmlLang() {
        return browser.findElement(By.tagName("html")).getAttribute("lang");
    }

    @Test
    void aTestMailIsQueuedThenSentAndReadableInTheOutbox() {
        openAsAdministrator("nl", "/admin/outbox");

        browser.findElement(By.id("test:recipient")).sendKeys("someone@localhost"); // the browser accepts it; the portal wants a domain
        browser.findElement(By.id("test:send")).click();
        assertThat(Browser.waitFor(browser, By.cssSelector(".message-error")).getText())
                .isEqualTo("Dit e-mailadres is ongeldig.");

        browser.findElement(By.id("test:recipient")).clear();
        browser.findElement(By.id("test:recipient")).sendKeys("maatschappelijk.werker@ocmw-kortrijk.be");
        browser.findElement(By.id("test:send")).click();
        assertThat(Browser.waitFor(browser, By.cssSelector(".message-info")).getText())
                .startsWith("De test-e-mail staat in het postvak uit");
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();

        // The delivery timer runs every 15 seconds and hands the mail to the test run's SMTP server (GreenMail).
        assertThat(TestMailServer.awaitMail("maatschappelijk.werker@ocmw-kortrijk.be", "Testbericht van het portaal"))
                .contains("maatschappelijk.werker@ocmw-kortrijk.be");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String mails = "";
        while (System.nanoTime() < deadline && !mails.contains("Verzonden")) {
            browser.navigate().refresh();
            mails = Browser.waitFor(browser, By.id("mails")).getText();
        }
        assertThat(mails).contains("maatschappelijk.werker@ocmw-kortrijk.be").contains("Testbericht van het portaal")
                .contains("Verzonden");
    }
}
