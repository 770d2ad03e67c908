package eu.socialmap.membership.view;

import eu.socialmap.testing.Browser;
import eu.socialmap.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Password forgotten" in a browser: the request, the mail (read in the outbox, as there is no SMTP server in the
 * tests), the link, a refused confirmation, the new password, and the link refused the second time.
 */
class PasswordResetBrowserIT extends BrowserTest {

    private static final Pattern TOKEN = Pattern.compile("/password\\?token=([A-Za-z0-9_-]+)");

    @Test
    void anAdministratorWhoForgotHerPasswordChoosesANewOneThroughTheMailedLink() {
        open("fr", "login");
        browser.findElement(By.id("forgotten")).click();
        Browser.waitFor(browser, By.id("forgotten:email")).sendKeys(ADMIN_EMAIL);
        browser.findElement(By.id("forgotten:send")).click();
        assertThat(Browser.waitFor(browser, By.cssSelector(".message-info")).getText())
                .startsWith("Si un compte existe pour cette adresse");
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();

        String token = tokenOfTheResetMail();
        browser.findElement(By.id("signOut:submit")).click();
        Browser.waitFor(browser, By.id("sign-in"));

        browser.get(base.toExternalForm() + "password?token=" + token);
        browser.findElement(By.id("password:new")).sendKeys(ADMIN_PASSWORD);
        browser.findElement(By.id("password:confirmation")).sendKeys("something else entirely");
        browser.findElement(By.id("password:save")).click();
        assertThat(Browser.waitFor(browser, By.cssSelector(".message-error")).getText())
                .isEqualTo("Les deux mots de passe ne sont pas identiques.");
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();

        browser.findElement(By.id("password:new")).sendKeys(ADMIN_PASSWORD);
        browser.findElement(By.id("password:confirmation")).sendKeys(ADMIN_PASSWORD);
        browser.findElement(By.id("password:save")).click();
        assertThat(Browser.waitFor(browser, By.cssSelector(".message-info")).getText())
                .isEqualTo("Votre mot de passe est enregistré. Vous pouvez vous connecter.");
        assertThat(browser.findElement(By.id("signIn:email")).getAttribute("value")).isEqualTo(ADMIN_EMAIL);

        browser.get(base.toExternalForm() + "password?token=" + token);
        assertThat(Browser.waitFor(browser, By.cssSelector(".message-error")).getText())
                .isEqualTo("Ce lien a déjà servi. Demandez-en un nouveau si nécessaire.");
        assertThat(browser.findElements(By.id("password:new"))).isEmpty();
    }

    /** Signs in and reads the newest reset mail in Administration > Outbox. */
    private String tokenOfTheResetMail() {
        browser.get(base.toExternalForm() + "login?next=%2Fadmin%2Foutbox");
        browser.findElement(By.id("signIn:email")).sendKeys(ADMIN_EMAIL);
        browser.findElement(By.id("signIn:password")).sendKeys(ADMIN_PASSWORD);
        browser.findElement(By.id("signIn:submit")).click();
        Browser.waitForAddressEndingWith(browser, "/admin/outbox");
        Browser.waitFor(browser, By.id("mails"));
        // The body is inside a closed <details>: present, not visible.
        String body = browser.findElement(By.cssSelector("#mails .mail-body")).getAttribute("textContent");
        Matcher token = TOKEN.matcher(body);
        assertThat(token.find()).as(body).isTrue();
        return token.group(1);
    }
}
