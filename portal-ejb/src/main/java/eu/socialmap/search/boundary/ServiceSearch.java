package eu.socialmap.search.boundary;

import eu.socialmap.platform.boundary.DataDirectory;
import eu.socialmap.search.control.IndexMaintenance;
import eu.socialmap.search.control.Highlights;
import eu.socialmap.search.control.ServiceIndex;
import eu.socialmap.search.control.ServiceQuery;
import eu.socialmap.search.control.Synonyms;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This node's search of the social map. Its index lives under the data directory; every few seconds it applies
 * the catalogue's changes from the database (or builds itself from scratch when new), so a change made on any node
 * is found on all, and a withdrawn service is never served again, even after a crash.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@PermitAll
public class ServiceSearch {

    /**
     * The synonyms a new network starts with (the same as migration V11 seeds); the coordinators' list in the
     * database replaces them as soon as the node has read it.
     */
    public static final List<List<String>> DEFAULT_SYNONYMS = List.of(
            List.of("logement", "huisvesting", "wonen", "woning", "housing"),
            List.of("sans-abri", "sans abri", "dakloos", "daklozen", "thuisloos", "homeless"),
            List.of("santé", "gezondheid", "health"),
            List.of("emploi", "travail", "werk", "tewerkstelling", "job", "employment"),
            List.of("enfant", "kind", "child"),
            List.of("jeunesse", "jongeren", "youth"),
            List.of("personnes âgées", "senior", "ouderen", "elderly"),
            List.of("alimentaire", "colis", "voedselhulp", "voedselpakket", "food"),
            List.of("dettes", "schulden", "debt"),
            List.of("médecin", "dokter", "huisarts", "doctor"),
            List.of("primo-arrivants", "primo-arrivant", "nouveaux arrivants", "nieuwkomers", "nieuwkomer", "newcomers"),
            List.of("petite enfance", "tout-petits", "jonge kinderen", "kleuters", "early childhood"));

    private static final Logger LOG = Logger.getLogger(ServiceSearch.class.getName());

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    DataDirectory dataDirectory;

    @Inject
    SynonymList synonymList;

    private ServiceIndex index;
    private boolean checkedAtStart;
    private String synonymsVersion;

    @PostConstruct
    void open() {
        try {
            index = new ServiceIndex(FSDirectory.open(dataDirectory.resolve("services-index")),
                    new Synonyms(DEFAULT_SYNONYMS));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "The social map's index cannot be opened; search stays unavailable", e);
        }
    }

    @PreDestroy
    void close() {
        if (index != null) {
            index.close();
        }
    }

    /** Applies the catalogue's changes; a new index is built from the database first. */
    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    @Lock(LockType.WRITE)
    void catchUp() {
        if (index == null) {
            return;
        }
        try {
            useCoordinatorsSynonyms();
            IndexMaintenance maintenance = new IndexMaintenance(em, index);
            if (!checkedAtStart && maintenance.isStale()) {
                rebuild(maintenance, "new or from another database");
            }
            maintenance.catchUp();
            if (!checkedAtStart && !maintenance.matchesDatabase()) {
                rebuild(maintenance, "out of step with the database");
            }
            checkedAtStart = true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The social map's index could not catch up; next try in 5 s", e);
        }
    }

    /** Synonyms apply when searching: a new list takes effect at once, without re-indexing. */
    private void useCoordinatorsSynonyms() {
        String version = synonymList.version();
        if (!version.equals(synonymsVersion)) {
            index.useSynonyms(new Synonyms(synonymList.groups()));
            synonymsVersion = version;
        }
    }

    private static void rebuild(IndexMaintenance maintenance, String why) {
        int indexed = maintenance.rebuild();
        LOG.info(() -> "Social map index rebuilt (" + why + "): " + indexed + " services");
    }

    @Lock(LockType.READ)
    public ServiceIndex.Result search(ServiceQuery query) {
        if (index == null) {
            return new ServiceIndex.Result(0, List.of(), java.util.Map.of());
        }
        return index.search(query);
    }

    @Lock(LockType.READ)
    public long count(ServiceQuery query) {
        return index == null ? 0 : index.count(query);
    }

    @Lock(LockType.READ)
    public List<String> suggest(String typing, int limit) {
        return index == null ? List.of() : index.suggest(typing, Math.max(1, Math.min(limit, 20)));
    }

    /** What to mark in the texts of a result list; nothing when the index is unavailable. */
    @Lock(LockType.READ)
    public Highlights highlights(String words) {
        return index == null ? Highlights.none() : index.highlights(words);
    }
}
