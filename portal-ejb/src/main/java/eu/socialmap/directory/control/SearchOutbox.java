package eu.socialmap.directory.control;

import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Records that a service changed, in the caller's transaction: each node's search index applies the rows after its
 * last applied one, so a change reaches every index even after a crash between the commit and the indexing.
 */
public final class SearchOutbox {

    private SearchOutbox() {
    }

    public static void changed(EntityManager em, long serviceId, Instant now) {
        em.createNativeQuery("INSERT INTO search_outbox (service_id, changed_at) VALUES (?, ?)")
                .setParameter(1, serviceId).setParameter(2, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate();
    }
}
