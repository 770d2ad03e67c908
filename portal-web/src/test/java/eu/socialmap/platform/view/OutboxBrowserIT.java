package eu.socialmap.platform.view;

import eu.socialmap.testing.Browser;
import eu.socialmap.testing.BrowserTest;
import eu.socialmap.testing.TestMailServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform administrator checks the mail settings with a test e-mail: it leaves through the SMTP server (the
 * test run's GreenMail) and stays readable in the outbox, in the administrator's language. (Keeping mails when
 * no SMTP server is set is proven by OutboxDeliveryIT.)
 */
class OutboxBrowserIT extends BrowserTest {

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

        // The delivery timer runs every 5 seconds and hands the mail to the test run's SMTP server (GreenMail).
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
