package eu.socialmap.search.control;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One Lucene index on disk with its single writer and a searcher that refreshes after each commit.
 * Owned by {@link eu.socialmap.search.boundary.SearchIndexes}; plain Java so it can be tested without a container.
 */
public final class SearchIndex implements AutoCloseable {

    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private SearchIndex(Path path, Directory directory, IndexWriter writer, SearcherManager searchers) {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
    }

    /** Opens the index at {@code path}, creating an empty one when there is none. */
    public static SearchIndex open(Path path) {
        try {
            Files.createDirectories(path);
            Directory directory = FSDirectory.open(path);
            IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            IndexWriter writer = new IndexWriter(directory, config);
            writer.commit(); // a brand-new index must have a commit before a reader can open it
            return new SearchIndex(path, directory, writer, new SearcherManager(writer, null));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index at " + path, e);
        }
    }

    public Path path() {
        return path;
    }

    public boolean isOpen() {
        return writer.isOpen();
    }

    /** Number of documents a searcher sees now. */
    public int documentCount() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    @Override
    public void close() {
        try (directory; writer; searchers) {
            // closes in reverse order: searchers, writer, directory
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the search index at " + path, e);
        }
    }
}
