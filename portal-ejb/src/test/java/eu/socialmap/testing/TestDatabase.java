package eu.socialmap.testing;

import eu.socialmap.platform.boundary.SchemaMigration;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.mariadb.jdbc.MariaDbDataSource;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The real MariaDB of an integration-test run ({@code DB_URL}; the build starts an embedded one when it is not
 * set), migrated with the portal's own Flyway set-up, and the portal's own persistence unit on top of it.
 */
public final class TestDatabase {

    private static DataSource dataSource;
    private static EntityManagerFactory entityManagerFactory;

    private TestDatabase() {
    }

    public static synchronized DataSource dataSource() {
        if (dataSource == null) {
            String url = System.getenv("DB_URL");
            if (url == null || url.isBlank()) {
                throw new IllegalStateException("DB_URL is not set: run integration tests through Maven (mvn verify)");
            }
            try {
                MariaDbDataSource mariaDb = new MariaDbDataSource(url);
                mariaDb.setUser(System.getenv().getOrDefault("DB_USER", "root"));
                mariaDb.setPassword(System.getenv().getOrDefault("DB_PASSWORD", ""));
                dataSource = mariaDb;
            } catch (SQLException e) {
                throw new IllegalStateException("Bad DB_URL " + url, e);
            }
            SchemaMigration.flyway(dataSource).migrate();
        }
        return dataSource;
    }

    /** Runs work in a transaction of its own entity manager, committed at the end, rolled back on failure. */
    public static void inTransaction(java.util.function.Consumer<jakarta.persistence.EntityManager> work) {
        jakarta.persistence.EntityManager em = entityManagerFactory().createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** Runs work in a transaction of the given entity manager, committed at the end, rolled back on failure. */
    public static <T> T inTransaction(jakarta.persistence.EntityManager em, java.util.function.Supplier<T> work) {
        em.getTransaction().begin();
        try {
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
        }
    }

    /** The {@code socialmap} persistence unit, switched to local transactions on the test database. */
    public static synchronized EntityManagerFactory entityManagerFactory() {
        if (entityManagerFactory == null) {
            Map<String, Object> overrides = new HashMap<>();
            overrides.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
            overrides.put("jakarta.persistence.jtaDataSource", "");
            overrides.put("jakarta.persistence.nonJtaDataSource", dataSource());
            overrides.put("eclipselink.weaving", "false");
            entityManagerFactory = Persistence.createEntityManagerFactory("socialmap", overrides);
        }
        return entityManagerFactory;
    }
}
