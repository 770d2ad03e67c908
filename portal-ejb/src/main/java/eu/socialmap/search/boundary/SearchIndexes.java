package eu.socialmap.search.boundary;

import eu.socialmap.platform.boundary.DataDirectory;
import eu.socialmap.search.control.SearchIndex;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Opens this node's search index at start-up (under the data directory) and closes it cleanly at shutdown.
 * A node whose index cannot be opened still serves pages, but reports itself not ready.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexes {

    private static final Logger LOG = Logger.getLogger(SearchIndexes.class.getName());

    @Inject
    DataDirectory dataDirectory;

    private volatile SearchIndex index;
    private volatile String failure;

    @PostConstruct
    void open() {
        try {
            index = SearchIndex.open(dataDirectory.resolve("index"));
            LOG.info(() -> "Search index open at " + index.path());
        } catch (RuntimeException e) {
            failure = e.getMessage();
            LOG.log(Level.SEVERE, "The search index cannot be opened; search stays unavailable", e);
        }
    }

    @PreDestroy
    void close() {
        if (index != null) {
            index.close();
        }
    }

    public Optional<SearchIndex> index() {
        SearchIndex current = index;
        return current != null && current.isOpen() ? Optional.of(current) : Optional.empty();
    }

    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }
}
