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

    /** Starts a browser speaking {@code language} and opens {@code path} of the portal. */
    protected WebDriver open(String language, String path) {
        browser = Browser.start(language);
        browser.get(base.toExternalForm() + path);
        return browser;
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }
}
