package eu.socialmap.dev;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.nio.file.Path;

/**
 * Starts the embedded MariaDB once for a whole integration-test run, before any test class (and so before
 * Arquillian boots Payara Micro, which reads {@code DB_URL} from the environment Failsafe gives it).
 *
 * <p>Active only when the build sets {@code socialmap.test.embeddedDb.port} (the {@code embedded-test-database}
 * profile, on whenever {@code DB_URL} is not set): unit tests and runs against an external server start nothing.
 */
public class TestDatabaseSession implements LauncherSessionListener {

    public static final String PORT_PROPERTY = "socialmap.test.embeddedDb.port";
    public static final String DIR_PROPERTY = "socialmap.test.embeddedDb.dir";
    public static final String DATABASE = "socialmap_test";

    private EmbeddedMariaDb db;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        int port = Integer.getInteger(PORT_PROPERTY, 0);
        String dir = System.getProperty(DIR_PROPERTY);
        if (port <= 0 || dir == null) {
            return;
        }
        try {
            long started = System.nanoTime();
            db = EmbeddedMariaDb.start(Path.of(dir), port);
            db.createDatabase(DATABASE);
            System.out.printf("Embedded test MariaDB ready on port %d in %d ms%n", port,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the embedded test MariaDB on port " + port, e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (db != null) {
            db.close();
            db = null;
        }
    }
}
