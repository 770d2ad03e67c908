package eu.socialmap.immersion;

import eu.socialmap.testing.SqlFixtures;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What the immersion journeys write straight into the test run's database before they start: member organisations
 * (signers of the charter in force) and their people.
 */
public final class ImmersionSql {

    private ImmersionSql() {
    }

    /** The charter version in force (one is published if there is none yet): its signers are members. */
    public static int charterInForce(Connection db) throws SQLException {
        // "today" is the network's (Brussels) day, as the portal reads it: the database's CURDATE() is UTC's, which
        // after 23:00 in winter still holds yesterday and would miss a version published today
        try (java.sql.PreparedStatement query = db.prepareStatement(
                "SELECT MAX(number) FROM charter_version WHERE effective_on <= ?")) {
            query.setObject(1, java.time.LocalDate.now(java.time.ZoneId.of("Europe/Brussels")));
            try (ResultSet row = query.executeQuery()) {
                if (row.next() && row.getObject(1) != null) {
                    return row.getInt(1);
                }
            }
        }
        int number;
        try (ResultSet row = db.createStatement().executeQuery("SELECT COALESCE(MAX(number), 0) + 1 FROM charter_version")) {
            row.next();
            number = row.getInt(1);
        }
        SqlFixtures.execute(db, "INSERT INTO charter_version (number, text_fr, effective_on, published_at) VALUES (?, "
                + "'Nous agissons ensemble.', '2025-01-01', UTC_TIMESTAMP(3))", number);
        return number;
    }

    /** An accepted organisation in this town, a member if it signed {@code charter} (none: not a member). */
    public static long organisation(Connection db, String name, String postcode, String commune, String country,
                                    Integer charter) throws SQLException {
        return SqlFixtures.execute(db, "INSERT INTO organisation (legal_name, short_name, kind, street, postcode, commune, "
                + "country, email, languages, status, signed_charter, created_at) VALUES (?, ?, 'SOCIAL_WELFARE_CENTRE', "
                + "'Rue 1', ?, ?, ?, 'x@example.org', 'fr,nl', 'ACCEPTED', ?, UTC_TIMESTAMP())", name, name, postcode,
                commune, country, charter);
    }

    /** A professional of the organisation, one of its administrators when {@code administrator}; her account's id. */
    public static long person(Connection db, String email, String name, String language, long organisation, String hash,
                              boolean administrator) throws SQLException {
        long account = SqlFixtures.execute(db, "INSERT INTO account (email, display_name, password_hash, language, "
                + "organisation_id) VALUES (?, ?, ?, ?, ?)", email, name, hash, language, organisation);
        SqlFixtures.execute(db, "INSERT INTO account_role (account_id, role) VALUES (?, 'ORGANISATION_MEMBER')", account);
        if (administrator) {
            SqlFixtures.execute(db, "INSERT INTO account_role (account_id, role) VALUES (?, 'ORGANISATION_ADMIN')", account);
        }
        return account;
    }
}
