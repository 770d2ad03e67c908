package eu.socialmap.testing;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Debian's headless Chromium driven by Debian's chromedriver: Selenium Manager never downloads a browser.
 * Without Chromium the browser tests are skipped on a developer's machine, and fail in CI ({@code CI=true}),
 * whose script installs it.
 */
public final class Browser {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private Browser() {
    }

    /** A browser whose preferred language (Accept-Language and navigator.language) is {@code language}. */
    public static WebDriver start(String language) {
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI needs /usr/bin/chromium and /usr/bin/chromedriver: .ci/run installs them");
        }
        Assumptions.assumeTrue(installed, "Browser tests need Debian's chromium and chromium-driver "
                + "(apt-get install chromium chromium-driver); skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** Waits (10 s at most) for an element: a click that submits a form does not wait for the next page. */
    public static org.openqa.selenium.WebElement waitFor(WebDriver driver, org.openqa.selenium.By locator) {
        try {
            return new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(locator));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("No " + locator + " on the page the browser shows: " + shown(driver), e);
        }
    }

    /** Waits (10 s at most) until the browser is on an address ending so. */
    public static void waitForAddressEndingWith(WebDriver driver, String end) {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().endsWith(end));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Not on …" + end + ": " + shown(driver), e);
        }
    }

    /** Where the browser is and the text it shows, to tell in a failure what went wrong. */
    private static String shown(WebDriver driver) {
        String text = driver.findElement(org.openqa.selenium.By.tagName("body")).getText();
        return driver.getCurrentUrl() + "\n" + text.substring(0, Math.min(text.length(), 1500));
    }

    /** The accessibility violations axe-core finds on the current page, one line each (empty when none). */
    public static List<String> accessibilityViolations(WebDriver driver) {
        Results results = new AxeBuilder().analyze(driver);
        return results.getViolations().stream().map(Browser::describe).collect(Collectors.toList());
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", "));
    }
}
