package eu.socialmap.platform.view;

import eu.socialmap.testing.Browser;
import eu.socialmap.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor in a real browser: the home page speaks her browser's language, the switch changes it and the
 * choice is remembered, unknown pages answer in her language, and axe-core finds no accessibility violation.
 */
class HomePageBrowserIT extends BrowserTest {

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
}
