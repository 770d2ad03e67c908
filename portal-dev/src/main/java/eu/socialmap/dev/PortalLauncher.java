package eu.socialmap.dev;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The README's run command: checks the configuration, starts the embedded MariaDB (unless {@code DB_URL} points
 * elsewhere), runs the portal's WAR on Payara Micro in a child JVM, and prints one line once the portal is ready.
 * Payara runs with the C1 compiler and the serial collector, which start a server about a third faster on a small
 * machine; production deployments (docs/deployment.md) keep the JVM defaults. Ctrl-C stops Payara first, then
 * the database, so no transaction is cut in half.
 *
 * <p>Every expected failure (port taken, database unreachable, deployment failed) ends with one line saying what
 * is wrong and what to do, and exit code 2.
 */
public final class PortalLauncher {

    /** Printed by the portal when it cannot start; the launcher repeats the rest of that line. */
    static final String STARTUP_FAILURE_MARKER = "SOCIALMAP-STARTUP-FAILED:";
    /** Printed by the portal for the person who started it (e.g. how to create the first administrator). */
    static final String NOTICE_MARKER = "SOCIALMAP-NOTICE:";
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(4);
    private static final String DATABASE = "socialmap";

    private final LaunchSettings settings;
    private volatile EmbeddedMariaDb embeddedDb;
    private volatile Process payara;
    /** Set by Ctrl-C (the shutdown hook), so that Payara's exit is not mistaken for a crash. */
    private volatile boolean stopping;

    private PortalLauncher(LaunchSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) {
        try {
            LaunchSettings settings = LaunchSettings.from(System.getenv(), propertiesAsMap());
            new PortalLauncher(settings).run();
        } catch (LaunchSettings.InvalidSettings | LaunchFailure e) {
            System.err.println();
            System.err.println("socialmap cannot start: " + e.getMessage());
            System.exit(2);
        }
    }

    private void run() throws LaunchFailure {
        long startedAt = System.nanoTime();
        checkPortIsFree(settings.port());
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopEverything, "socialmap-shutdown"));
        Map<String, String> databaseEnv = prepareDatabase();
        Path log = startPayara(databaseEnv);
        awaitReadiness(log);
        StartupLog.notices(log, NOTICE_MARKER).forEach(notice -> System.out.println("Note: " + notice));
        System.out.println();
        System.out.printf("socialmap is ready at http://localhost:%d/  (started in %d s; Ctrl-C stops it)%n",
                settings.port(), (System.nanoTime() - startedAt) / 1_000_000_000L);
        try {
            int exit = payara.waitFor();
            if (!stopping) {
                System.err.println("socialmap stopped: Payara Micro exited by itself (exit code " + exit + "); see " + log);
                System.exit(1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void checkPortIsFree(int port) throws LaunchFailure {
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new LaunchFailure("port " + port + " is already in use (is the portal already running?). "
                    + "Stop the program that uses it, or choose another port: PORT=" + (port + 1)
                    + " mvn -Prun package");
        }
    }

    private Map<String, String> prepareDatabase() throws LaunchFailure {
        Map<String, String> env = new HashMap<>();
        Optional<LaunchSettings.ExternalDatabase> external = settings.externalDatabase();
        if (external.isPresent()) {
            LaunchSettings.ExternalDatabase db = external.get();
            checkConnection(db);
            env.put("DB_URL", db.url());
            env.put("DB_USER", db.user());
            env.put("DB_PASSWORD", db.password());
            System.out.println("Using the database at " + db.url());
            return env;
        }
        Path home = settings.dataDir().resolve("mariadb");
        System.out.println("Starting the embedded MariaDB (data in " + home + ") ...");
        // Before Payara: EclipseLink connects while the application deploys.
        try {
            embeddedDb = EmbeddedMariaDb.start(home, freePort());
            embeddedDb.createDatabase(DATABASE);
        } catch (Exception e) {
            throw new LaunchFailure("the embedded MariaDB did not start (" + rootCause(e)
                    + "). Delete " + home + " if it was copied from another machine, then try again.");
        }
        env.put("DB_URL", embeddedDb.jdbcUrl(DATABASE));
        env.put("DB_USER", EmbeddedMariaDb.USER);
        // The embedded server accepts any password; MicroProfile Config ignores empty values, so give one.
        env.put("DB_PASSWORD", "embedded");
        return env;
    }

    static void checkConnection(LaunchSettings.ExternalDatabase db) throws LaunchFailure {
        DriverManager.setLoginTimeout(10);
        try (var connection = DriverManager.getConnection(db.url(), db.user(), db.password())) {
            connection.isValid(5);
        } catch (SQLException e) {
            throw new LaunchFailure("cannot connect to DB_URL=" + db.url() + " as " + db.user() + " ("
                    + firstLine(e.getMessage()) + "). Check DB_URL, DB_USER and DB_PASSWORD, "
                    + "or unset DB_URL to use the embedded database.");
        }
    }

    private Path startPayara(Map<String, String> databaseEnv) throws LaunchFailure {
        Path logDir = settings.dataDir().resolve("logs");
        Path log = logDir.resolve("payara.log");
        try {
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new LaunchFailure("cannot write to " + settings.dataDir() + " (" + e.getMessage() + ")");
        }
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-jar", settings.microJar().toString(),
                "--deploy", settings.war().toString(), "--contextroot", "/",
                "--port", String.valueOf(settings.port()), "--nocluster", "--nohazelcast"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(databaseEnv);
        builder.environment().put("SOCIALMAP_DATA_DIR", settings.dataDir().toString());
        // Links in e-mails point here, unless the person running the portal says otherwise.
        builder.environment().putIfAbsent("PUBLIC_URL", "http://localhost:" + settings.port());
        System.out.println("Starting Payara Micro on port " + settings.port() + " (log: " + log + ") ...");
        try {
            payara = builder.start();
        } catch (IOException e) {
            throw new LaunchFailure("cannot start Payara Micro (" + e.getMessage() + ")");
        }
        return log;
    }

    private void awaitReadiness(Path log) throws LaunchFailure {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + settings.port() + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<String> failure = StartupLog.failure(log, STARTUP_FAILURE_MARKER);
            if (failure.isPresent()) {
                throw new LaunchFailure(failure.get() + " (details in " + log + ")");
            }
            if (!payara.isAlive()) {
                throw new LaunchFailure("Payara Micro stopped during start-up; see " + log);
            }
            try {
                HttpResponse<String> response = http.send(ready, HttpResponse.BodyHandlers.ofString());
                // Payara answers /health before the application is deployed: wait for our own checks.
                if (response.statusCode() == 200 && response.body().contains("\"schema\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LaunchFailure("interrupted during start-up");
            }
            sleep(Duration.ofMillis(500));
        }
        throw new LaunchFailure("the portal was not ready after " + STARTUP_TIMEOUT.toMinutes() + " minutes; see " + log);
    }

    private void stopEverything() {
        stopping = true;
        Process process = payara;
        if (process != null && process.isAlive()) {
            System.out.println("Stopping Payara Micro ...");
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
            }
        }
        EmbeddedMariaDb db = embeddedDb;
        if (db != null) {
            System.out.println("Stopping the embedded MariaDB ...");
            db.close();
            embeddedDb = null;
        }
        if (process != null || db != null) {
            System.out.println("socialmap stopped.");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static Map<String, String> propertiesAsMap() {
        Map<String, String> map = new HashMap<>();
        System.getProperties().forEach((k, v) -> map.put(String.valueOf(k), String.valueOf(v)));
        return map;
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return firstLine(cause.getMessage());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no details";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An expected reason not to start, phrased for the person who typed the command. */
    static final class LaunchFailure extends Exception {
        LaunchFailure(String message) {
            super(message);
        }
    }
}
