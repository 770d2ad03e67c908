package eu.socialmap.testing;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

import java.net.URL;

/**
 * A journey in a real browser against the portal deployed in Payara Micro: each test starts its browser with
 * {@link #open(String)} (in the visitor's language); it is closed after the test.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class BrowserTest {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    protected URL base;

    protected WebDriver browser;

    /** The portal's address always ends with "/" (Arquillian gives it with or without), so tests append paths. */
    @org.junit.jupiter.api.BeforeEach
    void baseEndsWithASlash() throws java.net.MalformedURLException {
        if (!base.toExternalForm().endsWith("/")) {
            base = new URL(base.toExternalForm() + "/");
        }
    }

    /** Starts a browser speaking {@code language} and opens {@code path} of the portal. */
    protected WebDriver open(String language, String path) {
        closeBrowser(); // one browser at a time: the next person starts without cookies, and none is left running
        browser = Browser.start(language);
        browser.get(base.toExternalForm() + path);
        return browser;
    }

    /** The platform administrator the build creates (ADMIN_EMAIL / ADMIN_PASSWORD in portal-web's pom). */
    protected static final String ADMIN_EMAIL = "admin@socialmap.test";
    protected static final String ADMIN_PASSWORD = "correct horse battery staple";

    /** Starts a browser speaking {@code language} and signs in as the administrator, landing on {@code next}. */
    protected void openAsAdministrator(String language, String next) {
        open(language, "login?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8));
        browser.findElement(org.openqa.selenium.By.id("signIn:email")).sendKeys(ADMIN_EMAIL);
        browser.findElement(org.openqa.selenium.By.id("signIn:password")).sendKeys(ADMIN_PASSWORD);
        browser.findElement(org.openqa.selenium.By.id("signIn:submit")).click();
        Browser.waitForAddressEndingWith(browser, next);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            try {
                browser.quit();
            } catch (org.openqa.selenium.WebDriverException alreadyClosed) {
                // the test closed it itself
            }
            browser = null;
        }
    }
}
