package eu.socialmap.membership.view;

import eu.socialmap.testing.Browser;
import eu.socialmap.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform administrator invites the network's coordinator; the coordinator chooses her password through
 * the mailed link (read in the outbox: the tests have no SMTP server), signs in with her role, and later changes
 * her password on her account page.
 */
class InvitationBrowserIT extends BrowserTest {

    private static final Pattern TOKEN = Pattern.compile("/password\\?token=([A-Za-z0-9_-]+)");

    @Test
    void anInvitedCoordinatorChoosesHerPasswordAndSignsInAsCoordinator() {
        String email = "els.vermeulen." + System.nanoTime() + "@ocmw-kortrijk.be";
        openAsAdministrator("en", "/admin/");
        Browser.waitFor(browser, By.id("invite:email")).sendKeys(email);
        browser.findElement(By.id("invite:name")).sendKeys("Els Vermeulen");
        new Select(browser.findElement(By.id("invite:language"))).selectByValue("nl");
        browser.findElement(By.cssSelector("input[value='COORDINATOR']")).click();
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();
        browser.findElement(By.id("invite:send")).click();
        assertThat(Browser.waitFor(browser, By.cssSelector(".message-info")).getText())
                .isEqualTo("The invitation was sent to " + email + ".");
        assertThat(browser.findElement(By.id("accounts")).getText()).contains(email)
                .contains("Network coordinator");

        browser.get(base.toExternalForm() + "admin/outbox");
        Browser.waitFor(browser, By.id("mails"));
        String body = browser.findElement(By.cssSelector("#mails .mail-body")).getAttribute("textContent");
        assertThat(body).startsWith("Goeiedag Els Vermeulen,");
        Matcher token = TOKEN.matcher(body);
        assertThat(token.find()).isTrue();
        browser.findElement(By.id("signOut:submit")).click();
        Browser.waitFor(browser, By.id("sign-in"));

        browser.get(base.toExternalForm() + "password?token=" + token.group(1));
        browser.findElement(By.id("password:new")).sendKeys("samen sterk in de Eurometropool");
        browser.findElement(By.id("password:confirmation")).sendKeys("samen sterk in de Eurometropool");
        browser.findElement(By.id("password:save")).click();
        Browser.waitFor(browser, By.cssSelector(".message-info"));
        browser.findElement(By.id("signIn:password")).sendKeys("samen sterk in de Eurometropool");
        browser.findElement(By.id("signIn:submit")).click();

        assertThat(Browser.waitFor(browser, By.id("roles")).getText()).isEqualTo("Network coordinator");
        assertThat(browser.findElements(By.linkText("Administration"))).as("no administration for her").isEmpty();

        changePassword("not my password at all", "een nieuwe zin voor het portaal");
        assertThat(Browser.waitFor(browser, By.cssSelector(".message-error")).getText())
                .isEqualTo("The current password is wrong.");
        changePassword("samen sterk in de Eurometropool", "een nieuwe zin voor het portaal");
        assertThat(Browser.waitFor(browser, By.cssSelector(".message-info")).getText())
                .isEqualTo("Your new password is saved.");
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();

        browser.findElement(By.id("signOut:submit")).click();
        Browser.waitFor(browser, By.id("sign-in")); // signed out before opening the form again
        browser.get(base.toExternalForm() + "login");
        Browser.waitFor(browser, By.id("signIn:email")).sendKeys(email);
        browser.findElement(By.id("signIn:password")).sendKeys("een nieuwe zin voor het portaal");
        browser.findElement(By.id("signIn:submit")).click();
        assertThat(Browser.waitFor(browser, By.id("signed-in-email")).getText()).isEqualTo(email);
    }

    @Test
    void theAdministratorChangesRolesButNeverLeavesThePortalWithoutAdministrator() {
        String email = "lead." + System.nanoTime() + "@ccas-roubaix.fr";
        openAsAdministrator("fr", "/admin/");
        Browser.waitFor(browser, By.id("invite:email")).sendKeys(email);
        browser.findElement(By.id("invite:name")).sendKeys("Karim Benali");
        browser.findElement(By.id("invite:send")).click();
        Browser.waitFor(browser, By.cssSelector(".message-info"));

        browser.get(base.toExternalForm() + "admin/account?email=" + email);
        assertThat(Browser.waitFor(browser, By.id("account-name")).getText()).isEqualTo("Karim Benali");
        browser.findElement(By.cssSelector("input[value='GROUP_LEAD']")).click();
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();
        browser.findElement(By.id("roles:save")).click();
        assertThat(Browser.waitFor(browser, By.cssSelector(".message-info")).getText())
                .isEqualTo("Les rôles de " + email + " sont enregistrés.");
        assertThat(browser.findElement(By.id("accounts")).getText()).contains("Animateur de groupe de travail");

        browser.get(base.toExternalForm() + "admin/account?email=admin%40socialmap.test");
        Browser.waitFor(browser, By.cssSelector("input[value='PLATFORM_ADMIN']")).click();
        browser.findElement(By.id("roles:save")).click();
        assertThat(Browser.waitFor(browser, By.cssSelector(".message-error")).getText())
                .startsWith("C’est le dernier administrateur de la plateforme");
    }

    private void changePassword(String current, String next) {
        browser.findElement(By.id("change:current")).sendKeys(current);
        browser.findElement(By.id("change:new")).sendKeys(next);
        browser.findElement(By.id("change:confirmation")).sendKeys(next);
        browser.findElement(By.id("change:save")).click();
    }
}
