package eu.socialmap.dev;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class StartupLogTest {

    private static final String MARKER = PortalLauncher.STARTUP_FAILURE_MARKER;

    @TempDir
    Path dir;

    @Test
    void thePortalsOwnExplanationIsRepeatedWithoutLogDecoration() throws Exception {
        Path log = write("[2026-11-23] [SEVERE] [tid: 1] " + MARKER + " the database could not be prepared: "
                + "cannot reach the database (Connection refused).]]\n"
                + "[2026-11-23] [SEVERE] Exception while loading the app\n");

        assertThat(StartupLog.failure(log, MARKER)).hasValue(
                "the database could not be prepared: cannot reach the database (Connection refused).");
    }

    @Test
    void aFailedDeploymentWithoutExplanationIsStillReported() throws Exception {
        Path log = write("[SEVERE] WELD-001408 something\n[SEVERE] Exception while loading the app\n");

        assertThat(StartupLog.failure(log, MARKER)).hasValue("Payara Micro could not deploy the portal");
    }

    @Test
    void noticesForThePersonAtTheConsoleAreCollectedInOrder() throws Exception {
        Path log = write("[INFO] SOCIALMAP-NOTICE: first]]\n[INFO] other\n[WARNING] SOCIALMAP-NOTICE: second\n");

        assertThat(StartupLog.notices(log, PortalLauncher.NOTICE_MARKER)).containsExactly("first", "second");
    }

    @Test
    void aHealthyOrMissingLogReportsNothing() throws Exception {
        assertThat(StartupLog.failure(write("Payara Micro ready in 12,000 ms\n"), MARKER)).isEmpty();
        assertThat(StartupLog.failure(dir.resolve("absent.log"), MARKER)).isEmpty();
    }

    private Path write(String content) throws Exception {
        Path log = dir.resolve("payara.log");
        Files.writeString(log, content);
        return log;
    }
}
