package eu.socialmap.dev;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;

/** What the run command promises: data written before a stop is still there after the next start. */
class EmbeddedMariaDbIT {

    @TempDir
    Path home;

    @Test
    void dataSurvivesAStopAndAStart() throws Exception {
        int port = freePort();
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(home, port)) {
            db.createDatabase("kept");
            try (Connection c = DriverManager.getConnection(db.jdbcUrl("kept"), EmbeddedMariaDb.USER, "x")) {
                c.createStatement().execute("CREATE TABLE note (text VARCHAR(100)) CHARACTER SET utf8mb4");
                c.createStatement().execute("INSERT INTO note VALUES ('Réseau — Sint-Gillis')");
            }
        }

        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(home, port);
             Connection c = DriverManager.getConnection(db.jdbcUrl("kept"), EmbeddedMariaDb.USER, "x");
             ResultSet rows = c.createStatement().executeQuery("SELECT text FROM note")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("Réseau — Sint-Gillis");
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
