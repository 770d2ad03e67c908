package eu.socialmap.bench;

import eu.socialmap.dev.EmbeddedMariaDb;
import eu.socialmap.platform.boundary.SchemaMigration;
import org.mariadb.jdbc.MariaDbDataSource;

import javax.sql.DataSource;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The embedded MariaDB of the benchmark (portal-dev's, on loopback), one database per size, migrated by the
 * portal's own Flyway set-up from sql/ and loaded with batched inserts. A database already loaded by the same
 * generator version, seed and size is reused: loading 100,000 services is the slow part of a run.
 */
final class BenchDatabase implements AutoCloseable {

    /** Bench-only: the FULLTEXT index the comparison needs (not part of the portal's schema). */
    static final String FULLTEXT_COLUMNS = "name_fr, name_nl, name_en, description_fr, description_nl, description_en";
    private static final int BATCH = 1_000;

    private final EmbeddedMariaDb server;

    private BenchDatabase(EmbeddedMariaDb server) {
        this.server = server;
    }

    static BenchDatabase start(Path home) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        EmbeddedMariaDb server = EmbeddedMariaDb.start(home, port);
        try (Connection connection = java.sql.DriverManager.getConnection(server.jdbcUrl(""), EmbeddedMariaDb.USER, "embedded");
             Statement statement = connection.createStatement()) {
            // A server for 100,000 services gets more than the 128 MB default buffer pool (resizable online).
            statement.execute("SET GLOBAL innodb_buffer_pool_size = 536870912");
        }
        return new BenchDatabase(server);
    }

    String jdbcUrl(int size) {
        return server.jdbcUrl(databaseName(size));
    }

    static String databaseName(int size) {
        return "bench_" + size;
    }

    DataSource dataSource(int size) throws SQLException {
        MariaDbDataSource dataSource = new MariaDbDataSource(jdbcUrl(size));
        dataSource.setUser(EmbeddedMariaDb.USER);
        dataSource.setPassword("embedded");
        return dataSource;
    }

    /** The database of this size, loaded with the generated network unless it already holds exactly that. */
    DataSource prepare(int size, ServiceGenerator.Network network, boolean reload) throws Exception {
        String name = databaseName(size);
        String signature = "v" + ServiceGenerator.VERSION + " seed " + ServiceGenerator.SEED + " services " + size;
        if (!reload && signature.equals(loadedSignature(name))) {
            DataSource dataSource = dataSource(size);
            try {
                SchemaMigration.flyway(dataSource).migrate(); // a new migration on main: apply it, data stays
                System.out.printf("  database %s reused (%s)%n", name, signature);
                return dataSource;
            } catch (RuntimeException migrationRefused) {
                System.out.printf("  database %s cannot be migrated (%s): loaded again%n", name,
                        migrationRefused.getMessage().lines().findFirst().orElse(""));
            }
        }
        try (Connection connection = adminConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
        }
        server.createDatabase(name);
        DataSource dataSource = dataSource(size);
        SchemaMigration.flyway(dataSource).migrate();
        long started = System.nanoTime();
        load(dataSource, network);
        long loaded = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE service ADD FULLTEXT INDEX bench_ft_service_text (" + FULLTEXT_COLUMNS + ")");
            statement.execute("ANALYZE TABLE organisation, location, service, service_term, service_location, "
                    + "service_hours, service_closure");
            statement.execute("CREATE TABLE bench_info (signature VARCHAR(200) NOT NULL)");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_info VALUES (?)")) {
                insert.setString(1, signature);
                insert.executeUpdate();
            }
        }
        System.out.printf("  database %s loaded in %.1f s, FULLTEXT index built in %.1f s%n", name,
                (loaded - started) / 1e9, (System.nanoTime() - loaded) / 1e9);
        return dataSource;
    }

    private String loadedSignature(String database) throws SQLException {
        try (Connection connection = adminConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = 'bench_info'")) {
            query.setString(1, database);
            try (ResultSet exists = query.executeQuery()) {
                exists.next();
                if (exists.getInt(1) == 0) {
                    return null;
                }
            }
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT signature FROM " + database + ".bench_info")) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private Connection adminConnection() throws SQLException {
        return java.sql.DriverManager.getConnection(server.jdbcUrl(""), EmbeddedMariaDb.USER, "embedded");
    }

    /** Multi-row batches in transactions of {@value #BATCH} rows; keys are checked by the data, not per row. */
    private static void load(DataSource dataSource, ServiceGenerator.Network network) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET SESSION foreign_key_checks = 0");
                statement.execute("SET SESSION unique_checks = 0");
            }
            connection.setAutoCommit(false);
            Map<String, Long> termIds = termIds(connection);
            Timestamp now = Timestamp.valueOf(LocalDateTime.of(2026, 5, 1, 9, 0));
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO organisation (id, legal_name, "
                    + "short_name, kind, street, postcode, commune, country, email, languages, status, "
                    + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACCEPTED', ?)")) {
                Batch batch = new Batch(connection, insert);
                for (ServiceGenerator.Organisation o : network.organisations()) {
                    insert.setLong(1, o.id());
                    insert.setString(2, o.legalName());
                    insert.setString(3, o.shortName());
                    insert.setString(4, o.kind());
                    insert.setString(5, o.street());
                    insert.setString(6, o.commune().postcode());
                    insert.setString(7, o.commune().name());
                    insert.setString(8, o.commune().country());
                    insert.setString(9, "contact" + o.id() + "@bench.socialmap.example");
                    insert.setString(10, String.join(",", o.languages()));
                    insert.setTimestamp(11, now);
                    batch.add();
                }
                batch.flush();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO location (id, organisation_id, "
                    + "street, postcode, commune, country, latitude, longitude, coordinates_source, wheelchair, "
                    + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'POSTCODE', ?, ?)")) {
                Batch batch = new Batch(connection, insert);
                for (ServiceGenerator.Place p : network.places()) {
                    insert.setLong(1, p.id());
                    insert.setLong(2, p.organisationId());
                    insert.setString(3, p.street());
                    insert.setString(4, p.commune().postcode());
                    insert.setString(5, p.commune().name());
                    insert.setString(6, p.commune().country());
                    insert.setBigDecimal(7, java.math.BigDecimal.valueOf(p.latitude()));
                    insert.setBigDecimal(8, java.math.BigDecimal.valueOf(p.longitude()));
                    insert.setBoolean(9, p.wheelchair());
                    insert.setTimestamp(10, now);
                    batch.add();
                }
                batch.flush();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO service (id, organisation_id, "
                    + "name_fr, name_nl, name_en, description_fr, description_nl, description_en, languages, status, "
                    + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement term = connection.prepareStatement("INSERT INTO service_term VALUES (?, ?)");
                 PreparedStatement place = connection.prepareStatement("INSERT INTO service_location VALUES (?, ?)");
                 PreparedStatement hours = connection.prepareStatement(
                         "INSERT INTO service_hours (service_id, weekday, opens_at, closes_at) VALUES (?, ?, ?, ?)");
                 PreparedStatement closure = connection.prepareStatement(
                         "INSERT INTO service_closure (service_id, first_day, last_day) VALUES (?, ?, ?)")) {
                Batch services = new Batch(connection, insert);
                Batch terms = new Batch(connection, term);
                Batch places = new Batch(connection, place);
                Batch slots = new Batch(connection, hours);
                Batch closures = new Batch(connection, closure);
                for (ServiceGenerator.Service s : network.services()) {
                    insert.setLong(1, s.id());
                    insert.setLong(2, s.organisationId());
                    setText(insert, 3, s.nameFr());
                    setText(insert, 4, s.nameNl());
                    setText(insert, 5, s.nameEn());
                    setText(insert, 6, s.descriptionFr());
                    setText(insert, 7, s.descriptionNl());
                    setText(insert, 8, s.descriptionEn());
                    insert.setString(9, String.join(",", s.languages()));
                    insert.setString(10, s.active() ? "ACTIVE" : "INACTIVE");
                    insert.setTimestamp(11, now);
                    insert.setTimestamp(12, now);
                    services.add();
                    for (String code : s.themes()) {
                        addTerm(terms, term, s.id(), termIds, "THEME:" + code);
                    }
                    for (String code : s.audiences()) {
                        addTerm(terms, term, s.id(), termIds, "AUDIENCE:" + code);
                    }
                    for (ServiceGenerator.Place p : s.places()) {
                        place.setLong(1, s.id());
                        place.setLong(2, p.id());
                        places.add();
                    }
                    for (ServiceGenerator.Slot slot : s.hours()) {
                        hours.setLong(1, s.id());
                        hours.setInt(2, slot.weekday().getValue());
                        hours.setObject(3, slot.opens());
                        hours.setObject(4, slot.closes());
                        slots.add();
                    }
                    for (LocalDate[] days : s.closures()) {
                        closure.setLong(1, s.id());
                        closure.setObject(2, days[0]);
                        closure.setObject(3, days[1]);
                        closures.add();
                    }
                }
                // foreign keys are off for the load: child batches may reach the server before their service
                services.flush();
                terms.flush();
                places.flush();
                slots.flush();
                closures.flush();
            }
            connection.commit();
        }
    }

    private static void addTerm(Batch batch, PreparedStatement term, long serviceId, Map<String, Long> termIds,
                                String key) throws SQLException {
        Long id = termIds.get(key);
        if (id == null) {
            throw new IllegalStateException("The generator uses " + key + ", which sql/ does not seed");
        }
        term.setLong(1, serviceId);
        term.setLong(2, id);
        batch.add();
    }

    private static Map<String, Long> termIds(Connection connection) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, taxonomy, code FROM taxonomy_term")) {
            while (rows.next()) {
                ids.put(rows.getString(2) + ":" + rows.getString(3), rows.getLong(1));
            }
        }
        return ids;
    }

    private static void setText(PreparedStatement statement, int index, String text) throws SQLException {
        if (text == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, text);
        }
    }

    /** Sends rows by {@value #BATCH} and commits each batch. */
    private static final class Batch {
        private final Connection connection;
        private final PreparedStatement statement;
        private int pending;

        Batch(Connection connection, PreparedStatement statement) {
            this.connection = connection;
            this.statement = statement;
        }

        void add() throws SQLException {
            statement.addBatch();
            if (++pending == BATCH) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                connection.commit();
                pending = 0;
            }
        }
    }

    /** The ids of the active services (what the index must hold). */
    static long activeServices(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM service WHERE status = 'ACTIVE'")) {
            row.next();
            return row.getLong(1);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
