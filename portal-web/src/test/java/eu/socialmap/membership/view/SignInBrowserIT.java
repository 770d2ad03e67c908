package eu.socialmap.membership.view;

import eu.socialmap.testing.Browser;
import eu.socialmap.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform administrator (created at first start from ADMIN_EMAIL / ADMIN_PASSWORD, set by the build) signs
 * in through the form, reaches the administration, and signs out. Protected pages send visitors to the form.
 */
class SignInBrowserIT extends BrowserTest {


    @Test
    void aVisitorWhoOpensTheAdministrationIsAskedToSignInThenTakenThere() {
        open("fr", "admin/");

        Browser.waitFor(browser, By.id("signIn:email"));
        assertThat(browser.getCurrentUrl()).contains("/login?next=");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Connexion");
        String sessionBefore = sessionId();

        signIn(ADMIN_EMAIL, ADMIN_PASSWORD);

        Browser.waitForAddressEndingWith(browser, "/admin/");
        assertThat(Browser.waitFor(browser, By.id("accounts")).getText()).contains(ADMIN_EMAIL)
                .contains("Administrateur de la plateforme");
        assertThat(sessionId()).as("a new session id at sign-in").isNotEqualTo(sessionBefore);
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();
    }

    @Test
    void aWrongPasswordIsRefusedInTheVisitorsLanguageAndNothingIsRevealed() {
        open("nl", "login");

        signIn(ADMIN_EMAIL, "not the right password");

        assertThat(Browser.waitFor(browser, By.cssSelector(".message-error")).getText())
                .isEqualTo("E-mailadres of wachtwoord onjuist.");
        assertThat(browser.findElement(By.id("signIn:password")).getAttribute("value")).isEmpty();
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();

        signIn("nobody@socialmap.test", "not the right password");
        assertThat(Browser.waitFor(browser, By.cssSelector(".message-error")).getText())
                .as("the same words for an unknown address").isEqualTo("E-mailadres of wachtwoord onjuist.");
    }

    @Test
    void signingOutEndsTheSession() {
        open("en", "login");
        signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(Browser.waitFor(browser, By.id("signed-in-email")).getText()).isEqualTo(ADMIN_EMAIL);

        browser.findElement(By.id("signOut:submit")).click();

        assertThat(Browser.waitFor(browser, By.id("sign-in")).getText()).isEqualTo("Sign in");
        browser.get(base.toExternalForm() + "account");
        Browser.waitFor(browser, By.id("signIn:email"));
    }

    private void signIn(String email, String password) {
        browser.findElement(By.id("signIn:email")).clear();
        browser.findElement(By.id("signIn:email")).sendKeys(email);
        browser.findElement(By.id("signIn:password")).sendKeys(password);
        browser.findElement(By.id("signIn:submit")).click();
    }

    private String sessionId() {
        Cookie cookie = browser.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }
}
