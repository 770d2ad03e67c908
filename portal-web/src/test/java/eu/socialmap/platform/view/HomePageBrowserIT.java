package eu.socialmap.platform.view;

import eu.socialmap.testing.Browser;
import eu.socialmap.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor in a real browser: the home page speaks her browser's language, the switch changes it and the
 * choice is remembered, unknown pages answer in her language, and axe-core finds no accessibility violation.
 */
@ExtendWith(ArquillianExtension.class)
class HomePageBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

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
        browser = Browser.start("fr");
        browser.get(base.toExternalForm());
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
        browser = Browser.start("en");
        browser.get(base.toExternalForm() + "no-such-page");

        assertThat(htmlLang()).isEqualTo("en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();
    }

    private void assertHomePageIn(String language, String homeLink, String networkName) {
        browser = Browser.start(language);
        browser.get(base.toExternalForm());

        assertThat(htmlLang()).isEqualTo(language);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(networkName);
        assertThat(browser.findElement(By.cssSelector(".main-nav")).getText()).contains(homeLink);
        assertThat(browser.findElements(By.cssSelector(".feature-card"))).hasSize(6);
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();
    }

    private String htmlLang() {
        return browser.findElement(By.tagName("html")).getAttribute("lang");
    }
}
