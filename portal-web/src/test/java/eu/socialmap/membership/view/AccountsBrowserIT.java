package eu.socialmap.membership.view;

import eu.socialmap.testing.Browser;
import eu.socialmap.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.Select;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts in a browser, on one deployment (each costs a Payara Micro start). Signing in: the platform administrator
 * (created at first start from ADMIN_EMAIL / ADMIN_PASSWORD, set by the build) signs in through the form, reaches the
 * administration, and signs out; protected pages send visitors to the form. "Password forgotten": the request, the
 * mail (read in the outbox), the link, a refused confirmation, the new password, and the link refused the second
 * time. Invitations: the platform administrator invites the network's coordinator, who chooses her password through
 * the mailed link, signs in with her role and later changes her password; roles change, but never leave the portal
 * without an administrator.
 */
class AccountsBrowserIT extends BrowserTest {

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
