package eu.socialmap.search.control;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The social map's Lucene index: one document per active service. Finds services by words in any of the three
 * languages (stemmed, accents ignored, synonyms across languages, typos forgiven), filters and counts by facets
 * (counts of a facet ignore that facet's own selection, so other values stay choosable), and sorts by relevance or
 * by distance. Plain Java over a {@link Directory}: tested in memory, run on disk.
 */
public final class ServiceIndex implements AutoCloseable {

    static final String ID = "id";
    static final String POINT = "point";
    static final String OPEN = "open";
    static final String CLOSED = "closed";
    static final String WHEELCHAIR = "wheelchair";
    static final String LAST_CHANGE = "socialmap.lastChange";
    static final String DATABASE = "socialmap.database";
    public static final List<String> FACETS = List.of("theme", "audience", "language", "commune", "country");
    /** The facets counted with a search's results: the filters, then the wheelchair's. */
    private static final List<String> COUNTED = Stream.concat(FACETS.stream(), Stream.of(WHEELCHAIR)).toList();
    private static final int MINUTES_PER_DAY = 24 * 60;

    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facets = new FacetsConfig();
    private final Analyzer analyzer = Analyzers.perField();
    private volatile WordQuery wordQuery;

    public record Hit(long serviceId, float score, Double distanceMeters) {
    }

    public record FacetCount(String value, int count) {
    }

    public record Result(long total, List<Hit> hits, Map<String, List<FacetCount>> facets) {
    }

    public ServiceIndex(Directory directory, Synonyms synonyms) {
        FACETS.forEach(dimension -> facets.setMultiValued(dimension, true));
        facets.setMultiValued(WHEELCHAIR, false);
        this.wordQuery = new WordQuery(analyzer, synonyms);
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            writer.commit(); // an empty index is a valid one: searchers can open it
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void useSynonyms(Synonyms newSynonyms) {
        this.wordQuery = new WordQuery(analyzer, newSynonyms);
    }

    /** Adds the service or replaces its previous version; visible to searches once {@link #commit()} ran. */
    public void index(ServiceDocument service) {
        try {
            writer.updateDocument(new Term(ID, String.valueOf(service.id())), facets.build(document(service)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(long serviceId) {
        try {
            writer.deleteDocuments(new Term(ID, String.valueOf(serviceId)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void deleteAll() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the changes durable and visible to the next searches. */
    public void commit() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Commits, recording the last change of the database's outbox that the index now contains: after a crash
     * the node resumes from there, so a withdrawn service cannot survive in its index.
     */
    public void commit(long lastAppliedChange, String database) {
        writer.setLiveCommitData(Map.of(LAST_CHANGE, String.valueOf(lastAppliedChange), DATABASE, database).entrySet());
        commit();
    }

    /** The last outbox change this index contains (0 for a new index). */
    public long lastAppliedChange() {
        return Long.parseLong(commitData(LAST_CHANGE, "0"));
    }

    /** The identity of the database this index was built from ("" for a new index). */
    public String database() {
        return commitData(DATABASE, "");
    }

    private String commitData(String key, String absent) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (key.equals(entry.getKey())) {
                    return entry.getValue();
                }
            }
        }
        return absent;
    }

    public int size() {
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

    public Result search(ServiceQuery query) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return search(searcher, query);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Result search(IndexSearcher searcher, ServiceQuery query) throws IOException {
        if (org.apache.lucene.index.FieldInfos.getMergedFieldInfos(searcher.getIndexReader())
                .fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) == null) {
            // every service has facet values: no facet field means an empty index (a new node, all withdrawn)
            return new Result(0, List.of(), Map.of());
        }
        DrillDownQuery drillDown = drillDown(query);
        int pageSize = Math.max(1, Math.min(query.pageSize(), 100));
        int page = Math.max(1, query.page());
        int topN = page * pageSize;
        SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), facets);
        DrillSideways sideways = new DrillSideways(searcher, facets, state);
        DrillSideways.DrillSidewaysResult result;
        boolean byDistance = query.sort() == ServiceQuery.Sort.DISTANCE && query.origin() != null;
        if (byDistance) {
            Sort sort = new Sort(LatLonDocValuesField.newDistanceSort(POINT, query.origin().latitude(),
                    query.origin().longitude()));
            result = sideways.search(drillDown, null, null, topN, sort, false);
        } else {
            result = sideways.search(drillDown, topN);
        }
        TopDocs top = result.hits;
        List<Hit> hits = new ArrayList<>();
        ScoreDoc[] docs = top.scoreDocs;
        for (int i = (page - 1) * pageSize; i < docs.length; i++) {
            ScoreDoc doc = docs[i];
            long id = Long.parseLong(searcher.storedFields().document(doc.doc).get(ID));
            Double distance = byDistance && doc instanceof FieldDoc field ? (Double) field.fields[0] : null;
            hits.add(new Hit(id, doc.score, distance != null && distance.isInfinite() ? null : distance));
        }
        return new Result(top.totalHits.value, hits, counts(result.facets));
    }

    /**
     * How many services match, and nothing else: no page, no facets (the "open now" count beside a result list
     * costs a count, not a second search).
     */
    public long count(ServiceQuery query) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                if (org.apache.lucene.index.FieldInfos.getMergedFieldInfos(searcher.getIndexReader())
                        .fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) == null) {
                    return 0;
                }
                return searcher.count(drillDown(query));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DrillDownQuery drillDown(ServiceQuery query) {
        DrillDownQuery drillDown = new DrillDownQuery(facets, baseQuery(query));
        addDrillDown(drillDown, "theme", query.themes());
        addDrillDown(drillDown, "audience", query.audiences());
        addDrillDown(drillDown, "language", query.languages());
        addDrillDown(drillDown, "commune", query.communes());
        addDrillDown(drillDown, "country", query.countries());
        return drillDown;
    }

    private static void addDrillDown(DrillDownQuery drillDown, String dimension, List<String> values) {
        if (values != null) {
            values.forEach(value -> drillDown.add(dimension, value));
        }
    }

    private static Map<String, List<FacetCount>> counts(Facets facets) throws IOException {
        return FacetCounts.of(facets, COUNTED, 50, FacetCount::new);
    }

    /** The words (all of them must match, each in any language or through a synonym or a near spelling) and the filters. */
    Query baseQuery(ServiceQuery query) {
        BooleanQuery.Builder base = new BooleanQuery.Builder();
        List<Query> words = wordQuery.clauses(query.text());
        if (words.isEmpty()) {
            base.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        }
        words.forEach(word -> base.add(word, BooleanClause.Occur.MUST));
        if (query.wheelchair()) {
            base.add(new TermQuery(new Term(WHEELCHAIR, "true")), BooleanClause.Occur.FILTER);
        }
        if (query.openAt() != null) {
            int minute = minuteOfWeek(query.openAt());
            base.add(IntRange.newIntersectsQuery(OPEN, new int[] {minute}, new int[] {minute}), BooleanClause.Occur.FILTER);
            long day = query.openAt().toLocalDate().toEpochDay();
            base.add(LongRange.newIntersectsQuery(CLOSED, new long[] {day}, new long[] {day}), BooleanClause.Occur.MUST_NOT);
        }
        return base.build();
    }

    /**
     * Words of the index that begin like the last word being typed (accents and case ignored), the most frequent
     * first: the suggestions under the search box. The words typed before it are kept in front.
     */
    public List<String> suggest(String typing, int limit) {
        List<String> words = Synonyms.words(typing);
        if (words.isEmpty() || words.get(words.size() - 1).length() < 2) {
            return List.of();
        }
        String before = String.join(" ", words.subList(0, words.size() - 1));
        org.apache.lucene.util.BytesRef prefix = new org.apache.lucene.util.BytesRef(words.get(words.size() - 1));
        List<Map.Entry<String, Integer>> found = new ArrayList<>();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                org.apache.lucene.index.Terms terms = org.apache.lucene.index.MultiTerms.getTerms(searcher.getIndexReader(), Analyzers.PLAIN);
                if (terms != null) {
                    org.apache.lucene.index.TermsEnum each = terms.iterator();
                    if (each.seekCeil(prefix) != org.apache.lucene.index.TermsEnum.SeekStatus.END) {
                        // a bounded walk: the 500 words after the prefix are plenty to pick the frequent ones from
                        for (int seen = 0; seen < 500 && each.term() != null
                                && org.apache.lucene.util.StringHelper.startsWith(each.term(), prefix); seen++) {
                            found.add(Map.entry(each.term().utf8ToString(), each.docFreq()));
                            if (each.next() == null) {
                                break;
                            }
                        }
                    }
                }
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found.stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
                .map(entry -> before.isEmpty() ? entry.getKey() : before + " " + entry.getKey()).toList();
    }

    /** What to mark in the texts shown for a search of these words. */
    public Highlights highlights(String words) {
        return wordQuery.highlights(words);
    }

    private static Document document(ServiceDocument service) {
        Document doc = new Document();
        doc.add(new StringField(ID, String.valueOf(service.id()), Field.Store.YES));
        ServiceDocument.Text name = service.name();
        ServiceDocument.Text description = service.description();
        // the name twice: a word in the name weighs more than one in the description
        doc.add(new TextField(Analyzers.TEXT_FR, join(name.fr(), name.fr(), description.fr()), Field.Store.NO));
        doc.add(new TextField(Analyzers.TEXT_NL, join(name.nl(), name.nl(), description.nl()), Field.Store.NO));
        doc.add(new TextField(Analyzers.TEXT_EN, join(name.en(), name.en(), description.en()), Field.Store.NO));
        doc.add(new TextField(Analyzers.PLAIN, join(name.fr(), name.nl(), name.en(), description.fr(), description.nl(),
                description.en(), service.organisationName()), Field.Store.NO));
        facet(doc, "theme", service.themes());
        facet(doc, "audience", service.audiences());
        facet(doc, "language", service.languages());
        facet(doc, "commune", service.communes());
        facet(doc, "country", service.countries());
        doc.add(new StringField(WHEELCHAIR, String.valueOf(service.wheelchair()), Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(WHEELCHAIR, String.valueOf(service.wheelchair())));
        for (ServiceDocument.Point point : service.points()) {
            doc.add(new LatLonPoint(POINT, point.latitude(), point.longitude()));
            doc.add(new LatLonDocValuesField(POINT, point.latitude(), point.longitude()));
        }
        for (int[] slot : service.openMinutes()) {
            doc.add(new IntRange(OPEN, new int[] {slot[0]}, new int[] {slot[1] - 1}));
        }
        for (LocalDate[] closure : service.closures()) {
            doc.add(new LongRange(CLOSED, new long[] {closure[0].toEpochDay()}, new long[] {closure[1].toEpochDay()}));
        }
        return doc;
    }

    private static void facet(Document doc, String dimension, List<String> values) {
        for (String value : Set.copyOf(values)) {
            if (value != null && !value.isBlank()) {
                doc.add(new StringField(dimension, value, Field.Store.NO));
                doc.add(new SortedSetDocValuesFacetField(dimension, value));
            }
        }
    }

    private static String join(String... texts) {
        StringBuilder all = new StringBuilder();
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                all.append(text).append('\n');
            }
        }
        return all.toString();
    }

    /** Minutes since Monday 00:00 of that moment's week (Brussels time, as the opening hours are written). */
    public static int minuteOfWeek(ZonedDateTime moment) {
        return (moment.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue()) * MINUTES_PER_DAY
                + moment.getHour() * 60 + moment.getMinute();
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
