package eu.socialmap.platform.boundary;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseErrorsTest {

    @Test
    void anUnreachableServerPointsAtDbUrl() {
        var error = new RuntimeException("Unable to obtain connection",
                new SQLException("Socket fail to connect to host:db.example:3306.\nConnection refused", "08000"));
        assertThat(DatabaseErrors.explain(error))
                .startsWith("cannot reach the database (Socket fail to connect to host:db.example:3306.)")
                .contains("DB_URL");
    }

    @Test
    void refusedCredentialsPointAtUserAndPassword() {
        var error = new SQLException("Access denied for user 'portal'@'localhost'", "28000");
        assertThat(DatabaseErrors.explain(error)).contains("DB_USER/DB_PASSWORD").contains("Access denied");
    }

    @Test
    void anythingElseKeepsOnlyTheFirstLineOfTheMessage() {
        assertThat(DatabaseErrors.explain(new IllegalStateException("first\nsecond"))).isEqualTo("first");
    }
}
