package eu.socialmap.search.control;

import eu.socialmap.platform.entity.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What the small indexes built in memory in one go share (the immersion offers, the practice sheets): the documents
 * written at once, a searcher over them and the facets' state (none when there is no document: nothing to count),
 * and the way facet values are added to a document and to a drill-down.
 *
 * @param searcher searches the documents; a reader over memory only, so an index replaced is simply dropped
 * @param state    the facets' values, null when the index is empty
 */
public record MemoryIndex(IndexSearcher searcher, SortedSetDocValuesReaderState state) {

    /** An index of these documents, in this order (the order of the hits when no word is asked). */
    public static MemoryIndex of(List<Document> documents, Analyzer analyzer, FacetsConfig facets) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Document document : documents) {
                writer.addDocument(facets.build(document));
            }
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            DirectoryReader reader = DirectoryReader.open(directory);
            return new MemoryIndex(new IndexSearcher(reader),
                    documents.isEmpty() ? null : new DefaultSortedSetDocValuesReaderState(reader, facets));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stemmed field of a language's text ({@link Analyzers#TEXT_FR}, …). */
    public static String textField(Language language) {
        return switch (language) {
            case FR -> Analyzers.TEXT_FR;
            case NL -> Analyzers.TEXT_NL;
            case EN -> Analyzers.TEXT_EN;
        };
    }

    /** Adds a dimension's values to a document, each once, blank ones left out. */
    public static void facet(Document doc, String dimension, List<String> values) {
        for (String value : new LinkedHashSet<>(values)) {
            if (value != null && !value.isBlank()) {
                doc.add(new SortedSetDocValuesFacetField(dimension, value));
            }
        }
    }

    /** Narrows a drill-down to a dimension's chosen values (any of them), each once, blank ones left out. */
    public static void drillDown(DrillDownQuery drillDown, String dimension, List<String> values) {
        values.stream().filter(value -> value != null && !value.isBlank()).distinct()
                .forEach(value -> drillDown.add(dimension, value));
    }
}
