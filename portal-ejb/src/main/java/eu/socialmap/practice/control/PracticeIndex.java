package eu.socialmap.practice.control;

import eu.socialmap.platform.entity.Language;
import eu.socialmap.search.control.Analyzers;
import eu.socialmap.search.control.FacetCounts;
import eu.socialmap.search.control.MemoryIndex;
import eu.socialmap.search.control.Synonyms;
import eu.socialmap.search.control.Highlights;
import eu.socialmap.search.control.WordQuery;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The published practice sheets, searched as the social map is ({@link WordQuery}: words in French, Dutch or English,
 * synonyms across languages, typos forgiven) and counted by facets: theme, public, country and kind of the
 * organisations behind them (drill sideways: a facet's counts ignore its own selection). Members-only sheets are
 * found only by searches made for the network. Sheets are few: the index is built in memory in one go and never
 * changes — a new state of the sheets is a new index.
 */
public final class PracticeIndex {

    public static final List<String> FACETS = List.of("theme", "public", "country", "kind");
    static final String ID = "id";
    static final String VISIBILITY = "visibility";
    private static final int MAX_PAGE_SIZE = 100;
    private static final int MAX_PAGE = 1000;

    /** Words of the sheets that the social map's synonyms do not have; the coordinators' groups come after. */
    public static final List<List<String>> VOCABULARY = List.of(
            List.of("activation sociale", "sociale activering", "social activation"),
            List.of("accompagnement", "begeleiding", "support"),
            List.of("bénévolat", "vrijwilligerswerk", "volunteering"),
            List.of("intégration", "integratie", "inburgering", "integration"),
            List.of("réfugiés", "demandeurs d’asile", "vluchtelingen", "asielzoekers", "refugees", "asylum seekers"),
            List.of("isolement", "isolement social", "eenzaamheid", "isolation", "loneliness"),
            List.of("cours de langue", "taalles", "taallessen", "language course"),
            List.of("CPAS", "OCMW", "public social welfare centre"));

    /** A found sheet and how well it matches. */
    public record Hit(long sheetId, float score) {
    }

    public record FacetCount(String value, int count) implements Serializable {
    }

    public record Result(long total, List<Hit> hits, Map<String, List<FacetCount>> facets) {
    }

    private final FacetsConfig facets = new FacetsConfig();
    private final Analyzer analyzer = Analyzers.perField();
    private final WordQuery words;
    private final int size;
    private final IndexSearcher searcher;
    private final SortedSetDocValuesReaderState state;

    /** An index of these sheets, in this order when no word is asked (the newest first, say). */
    public PracticeIndex(List<PracticeDocument> sheets, Synonyms synonyms) {
        FACETS.forEach(dimension -> facets.setMultiValued(dimension, true));
        this.words = new WordQuery(analyzer, synonyms);
        this.size = sheets.size();
        MemoryIndex index = MemoryIndex.of(sheets.stream().map(PracticeIndex::document).toList(), analyzer, facets);
        this.searcher = index.searcher();
        this.state = index.state();
    }

    /** {@link #VOCABULARY}, then the coordinators' groups. */
    public static Synonyms synonyms(List<List<String>> coordinators) {
        return new Synonyms(Stream.concat(VOCABULARY.stream(), coordinators.stream()).toList());
    }

    /** What to mark in the texts shown for a search of these words. */
    public Highlights highlights(String text) {
        return words.highlights(text);
    }

    public int size() {
        return size;
    }

    /** The matching sheets, a page of them; members-only ones only when {@code inNetwork}. */
    public Result search(PracticeQuery query, boolean inNetwork) {
        if (state == null) {
            return new Result(0, List.of(), Map.of());
        }
        try {
            Query base = words.matching(query.text());
            if (!inNetwork) {
                base = new BooleanQuery.Builder().add(base, BooleanClause.Occur.MUST)
                        .add(new TermQuery(new Term(VISIBILITY, "PUBLIC")), BooleanClause.Occur.FILTER).build();
            }
            DrillDownQuery drillDown = new DrillDownQuery(facets, base);
            MemoryIndex.drillDown(drillDown, "theme", query.themes());
            MemoryIndex.drillDown(drillDown, "public", query.publics());
            MemoryIndex.drillDown(drillDown, "country", query.countries());
            MemoryIndex.drillDown(drillDown, "kind", query.kinds());
            int pageSize = Math.max(1, Math.min(query.pageSize(), MAX_PAGE_SIZE));
            int page = Math.max(1, Math.min(query.page(), MAX_PAGE));
            DrillSideways.DrillSidewaysResult result = new DrillSideways(searcher, facets, state)
                    .search(drillDown, page * pageSize);
            TopDocs top = result.hits;
            List<Hit> hits = new ArrayList<>();
            ScoreDoc[] docs = top.scoreDocs;
            for (int i = (page - 1) * pageSize; i < docs.length; i++) {
                long id = searcher.storedFields().document(docs[i].doc).getField(ID).numericValue().longValue();
                hits.add(new Hit(id, docs[i].score));
            }
            Map<String, List<FacetCount>> counts = FacetCounts.of(result.facets, FACETS, 100, FacetCount::new);
            counts.replaceAll((dimension, values) -> List.copyOf(values));
            return new Result(top.totalHits.value, hits, counts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(PracticeDocument sheet) {
        Document doc = new Document();
        doc.add(new StoredField(ID, sheet.id()));
        doc.add(new StringField(VISIBILITY, sheet.membersOnly() ? "MEMBERS" : "PUBLIC", Field.Store.NO));
        StringBuilder plain = new StringBuilder();
        for (Language language : Language.values()) {
            String text = sheet.texts().getOrDefault(language, "");
            String all = text + "\n" + (sheet.organisations() == null ? "" : sheet.organisations());
            doc.add(new TextField(MemoryIndex.textField(language), all, Field.Store.NO));
            plain.append(text).append('\n');
        }
        plain.append(sheet.organisations() == null ? "" : sheet.organisations());
        doc.add(new TextField(Analyzers.PLAIN, plain.toString(), Field.Store.NO));
        MemoryIndex.facet(doc, "theme", sheet.themes());
        MemoryIndex.facet(doc, "public", sheet.publics());
        MemoryIndex.facet(doc, "country", sheet.countries());
        MemoryIndex.facet(doc, "kind", sheet.kinds());
        return doc;
    }
}
