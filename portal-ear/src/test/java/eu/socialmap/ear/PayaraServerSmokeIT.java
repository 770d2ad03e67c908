package eu.socialmap.ear;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The EAR is never a dead artefact: it is deployed on a real Payara Server 6 (a fresh domain, against the test
 * MariaDB), must report itself ready with its three checks, and must serve the translated home page.
 */
class PayaraServerSmokeIT {

    private static final String DOMAIN = "socialmap-smoke";
    private static final Path HOME = Path.of(System.getProperty("payara.server.home", "target/payara-server/payara6"));
    private static final Path DOMAINS = Path.of("target", "payara-domains").toAbsolutePath();
    private static int portBase;

    @BeforeAll
    static void deployTheEarOnAFreshDomain() throws Exception {
        portBase = freePortBase();
        asadmin("create-domain", "--nopassword", "--portbase", String.valueOf(portBase),
                "--domaindir", DOMAINS.toString(), DOMAIN);
        asadmin("start-domain", "--domaindir", DOMAINS.toString(), DOMAIN);
        asadmin("--port", String.valueOf(adminPort()), "deploy", "--name", "socialmap",
                System.getProperty("socialmap.ear"));
    }

    @AfterAll
    static void stopTheDomain() throws Exception {
        if (Files.isDirectory(DOMAINS.resolve(DOMAIN))) {
            asadmin("stop-domain", "--domaindir", DOMAINS.toString(), DOMAIN);
        }
    }

    @Test
    void theDeployedEarIsReadyWithItsThreeChecks() throws Exception {
        HttpResponse<String> health = get("/health/ready", "en");

        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(health.body()).contains("\"database\"").contains("\"schema\"").contains("\"search-index\"")
                .doesNotContain("DOWN");
    }

    @Test
    void theDeployedEarServesTheTranslatedHomePage() throws Exception {
        HttpResponse<String> home = get("/", "nl");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("lang=\"nl\"").contains("Sociaal coördinatienetwerk");
    }

    private static HttpResponse<String> get(String path, String language) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + (portBase + 80) + path))
                .header("Accept-Language", language).timeout(Duration.ofSeconds(60)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static int adminPort() {
        return portBase + 48;
    }

    private static void asadmin(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", HOME.resolve("bin/asadmin").toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " did not finish in 5 minutes");
        }
        assertThat(process.exitValue()).as("asadmin " + String.join(" ", arguments)).isZero();
    }

    /** A base from which Payara's 10-odd ports (base+9 … base+86, see create-domain --portbase) are all free. */
    private static int freePortBase() {
        int[] offsets = {9, 37, 38, 39, 48, 66, 76, 80, 81, 86};
        for (int base = 28000; base < 60000; base += 100) {
            if (allFree(base, offsets)) {
                return base;
            }
        }
        throw new IllegalStateException("No free block of ports for Payara Server");
    }

    private static boolean allFree(int base, int[] offsets) {
        for (int offset : offsets) {
            try (ServerSocket ignored = new ServerSocket(base + offset)) {
                // free
            } catch (IOException taken) {
                return false;
            }
        }
        return true;
    }
}
