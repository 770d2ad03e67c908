package eu.socialmap.search.control;

import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.directory.entity.Service;
import jakarta.persistence.EntityManager;

import java.util.List;

/**
 * Keeps a node's service index equal to the database: applies the changes of {@code search_outbox} after the last
 * one the index contains, or rebuilds everything. Plain Java over an entity manager, so it is tested on MariaDB
 * without a container; a scheduled boundary runs it on each node.
 */
public final class IndexMaintenance {

    static final int BATCH = 500;

    private final EntityManager em;
    private final ServiceIndex index;

    public IndexMaintenance(EntityManager em, ServiceIndex index) {
        this.em = em;
        this.index = index;
    }

    /** Applies the changes made since the index's last one; how many services were re-indexed or removed. */
    public int catchUp() {
        long last = index.lastAppliedChange();
        @SuppressWarnings("unchecked")
        List<Object[]> changes = em.createNativeQuery("SELECT id, service_id FROM search_outbox WHERE id > ? ORDER BY id")
                .setParameter(1, last).setMaxResults(BATCH).getResultList();
        if (changes.isEmpty()) {
            return 0;
        }
        for (Object[] change : changes) {
            reindex(((Number) change[1]).longValue());
        }
        index.commit(((Number) changes.get(changes.size() - 1)[0]).longValue(), databaseIdentity());
        return changes.size();
    }

    /**
     * Whether the index cannot be trusted to catch up: new (empty, no change applied), or made from another
     * database (it claims changes the database never had: restored backup, fresh test database), or — once
     * caught up — holding another number of services than the database has active.
     */
    public boolean isStale() {
        long applied = index.lastAppliedChange();
        if (applied == 0 && index.size() == 0) {
            return true;
        }
        return !index.database().equals(databaseIdentity()) || applied > newestChange();
    }

    /** After catching up, the index holds exactly the active services (else it is rebuilt). */
    public boolean matchesDatabase() {
        long active = em.createQuery("SELECT COUNT(s) FROM Service s WHERE s.status = :active", Long.class)
                .setParameter("active", Service.Status.ACTIVE).getSingleResult();
        return active == index.size();
    }

    /** Which database this is: when its schema was created (a restored or new database has another). */
    String databaseIdentity() {
        Object installed = em.createNativeQuery("SELECT MIN(installed_on) FROM flyway_schema_history").getSingleResult();
        return String.valueOf(installed);
    }

    private long newestChange() {
        return ((Number) em.createNativeQuery("SELECT COALESCE(MAX(id), 0) FROM search_outbox").getSingleResult())
                .longValue();
    }

    /** Indexes every active service again, from scratch (a new node, a lost or outdated index). */
    public int rebuild() {
        long newest = newestChange();
        index.deleteAll();
        int count = 0;
        long after = 0;
        while (true) {
            List<Service> batch = em.createQuery("SELECT s FROM Service s WHERE s.status = :active AND s.id > :after "
                            + "ORDER BY s.id", Service.class).setParameter("active", Service.Status.ACTIVE)
                    .setParameter("after", after).setMaxResults(BATCH)
                    // each collection in one query for the whole batch, not one query per service
                    .setHint("eclipselink.batch.type", "IN")
                    .setHint("eclipselink.batch", "s.terms").setHint("eclipselink.batch", "s.locations")
                    .setHint("eclipselink.batch", "s.hours").setHint("eclipselink.batch", "s.closures")
                    .getResultList();
            if (batch.isEmpty()) {
                break;
            }
            java.util.Map<Long, Organisation> owners = new java.util.HashMap<>();
            em.createQuery("SELECT o FROM Organisation o WHERE o.id IN :ids", Organisation.class)
                    .setParameter("ids", batch.stream().map(Service::getOrganisationId).distinct().toList())
                    .getResultList().forEach(owner -> owners.put(owner.getId(), owner));
            for (Service service : batch) {
                index.index(ServiceDocuments.of(service, owners.get(service.getOrganisationId())));
                after = service.getId();
                count++;
            }
            em.clear(); // a large map must not pile up in one persistence context
        }
        index.commit(newest, databaseIdentity()); // also when empty: the old commit data must go with the old documents
        return count;
    }

    private void reindex(long serviceId) {
        Service service = em.find(Service.class, serviceId);
        if (service == null || service.getStatus() != Service.Status.ACTIVE) {
            index.delete(serviceId);
        } else {
            index.index(ServiceDocuments.of(service, em.find(Organisation.class, service.getOrganisationId())));
        }
    }
}
