package eu.socialmap.practice;

import eu.socialmap.immersion.ImmersionSql;
import eu.socialmap.testing.SqlFixtures;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What the practice library's browser journey writes into the test run's database before it starts: two member
 * organisations (Liège, French; Ghent, Dutch) with one administrator each, and a coordinator.
 */
public final class PracticeSql {

    private PracticeSql() {
    }

    /** The people of the journey, all with this password hash. */
    public static void people(Connection db, String tag, String author, String coordinator, String taker, String hash)
            throws SQLException {
        int charter = ImmersionSql.charterInForce(db);
        long liege = ImmersionSql.organisation(db, "CPAS Liège " + tag, "4000", "Liège", "BE", charter);
        long ghent = ImmersionSql.organisation(db, "OCMW Gent " + tag, "9000", "Gent", "BE", charter);
        ImmersionSql.person(db, author, "Claire Dubois", "fr", liege, hash, true);
        ImmersionSql.person(db, taker, "Pieter Janssens", "nl", ghent, hash, true);
        long coordination = SqlFixtures.execute(db, "INSERT INTO account (email, display_name, password_hash, language) "
                + "VALUES (?, 'Coordination', ?, 'fr')", coordinator, hash);
        SqlFixtures.execute(db, "INSERT INTO account_role (account_id, role) VALUES (?, 'COORDINATOR')", coordination);
    }
}
