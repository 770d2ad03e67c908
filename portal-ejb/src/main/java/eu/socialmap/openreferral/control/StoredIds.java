package eu.socialmap.openreferral.control;

import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code hsds_id} columns (V10) of organisations, locations and services, read a page at a time: one query per
 * table for the rows of a page, never one per row.
 */
public final class StoredIds implements HsdsWriter.Ids {

    public enum Table {
        ORGANISATION("organisation"), LOCATION("location"), SERVICE("service");

        private final String sql;

        Table(String sql) {
            this.sql = sql;
        }
    }

    private final EntityManager em;
    private final Map<Table, Map<Long, String>> known = new HashMap<>();

    public StoredIds(EntityManager em) {
        this.em = em;
        for (Table table : Table.values()) {
            known.put(table, new HashMap<>());
        }
    }

    /** Reads the ids of these rows at once. */
    public StoredIds load(Table table, Collection<Long> ids) {
        List<Long> missing = ids.stream().filter(id -> !known.get(table).containsKey(id)).distinct().toList();
        for (int from = 0; from < missing.size(); from += 500) {
            List<Long> batch = missing.subList(from, Math.min(missing.size(), from + 500));
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT id, hsds_id FROM " + table.sql + " WHERE id IN ("
                    + String.join(",", batch.stream().map(String::valueOf).toList()) + ")").getResultList();
            rows.forEach(row -> known.get(table).put(((Number) row[0]).longValue(), (String) row[1]));
        }
        return this;
    }

    public String of(Table table, long id) {
        String stored = known.get(table).get(id);
        if (stored == null) {
            load(table, List.of(id));
            stored = known.get(table).get(id);
        }
        if (stored == null) {
            throw new IllegalStateException("No " + table + " " + id);
        }
        return stored;
    }

    /** Our row with that HSDS id, if any. */
    public Optional<Long> find(Table table, String hsdsId) {
        List<?> found = em.createNativeQuery("SELECT id FROM " + table.sql + " WHERE hsds_id = ?")
                .setParameter(1, hsdsId).getResultList();
        return found.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    /** The id of our row holding this id written with other capitals (the columns compare exactly, V12). */
    public Optional<String> findOtherCase(Table table, String hsdsId) {
        List<?> found = em.createNativeQuery("SELECT hsds_id FROM " + table.sql + " WHERE LOWER(hsds_id) = ? AND hsds_id <> ?")
                .setParameter(1, hsdsId.toLowerCase(java.util.Locale.ROOT)).setParameter(2, hsdsId).getResultList();
        return found.stream().findFirst().map(String::valueOf);
    }

    /** Gives a row the id a package gave it (the row was just inserted with a fresh one). */
    public void assign(Table table, long id, String hsdsId) {
        em.createNativeQuery("UPDATE " + table.sql + " SET hsds_id = ? WHERE id = ?").setParameter(1, hsdsId)
                .setParameter(2, id).executeUpdate();
        known.get(table).put(id, hsdsId);
    }

    @Override
    public String organisation(long id) {
        return of(Table.ORGANISATION, id);
    }

    @Override
    public String location(long id) {
        return of(Table.LOCATION, id);
    }

    @Override
    public String service(long id) {
        return of(Table.SERVICE, id);
    }
}
