package eu.socialmap.immersion.control;

import eu.socialmap.directory.control.Postcodes;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.platform.entity.LocalizedText;
import eu.socialmap.search.control.Analyzers;
import eu.socialmap.search.control.FacetCounts;
import eu.socialmap.search.control.Highlights;
import eu.socialmap.search.control.MemoryIndex;
import eu.socialmap.search.control.Synonyms;
import eu.socialmap.search.control.WordQuery;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The published immersion offers, searched as the social map is ({@link WordQuery}: words in French, Dutch or English,
 * synonyms across languages, typos forgiven) and counted by facets: theme, country, language on site, duration (each
 * number of days the offer accepts) and month (each month in which a period not yet over still has a free place).
 * Counts of a facet ignore that facet's own selection (drill sideways), so its other values stay choosable.
 * <p>
 * Offers are few: the index is built in memory in one go and never changes afterwards — a new state of the offers
 * is a new index. Searches may run on it from any number of threads.
 */
public final class OfferIndex {

    public static final List<String> FACETS = List.of("theme", "country", "language", "duration", "month");
    /** Facets whose values read in their own order (days, months) rather than by count. */
    private static final Set<String> ORDERED_FACETS = Set.of("duration", "month");
    static final String ID = "id";
    static final String POINT = "point";
    private static final int MAX_PAGE_SIZE = 100;
    private static final int MAX_PAGE = 1000;

    /**
     * Words of immersions that the social map's synonyms do not have. The coordinators' list comes after them: where
     * both name a word, the coordinators' group wins.
     */
    public static final List<List<String>> VOCABULARY = List.of(
            List.of("accueil", "onthaal", "opvang", "welcome", "reception"),
            List.of("immersion", "immersie", "job shadowing"),
            List.of("équipe", "team", "ploeg"),
            List.of("travail social", "sociaal werk", "social work"),
            List.of("assistant social", "assistante sociale", "travailleur social", "maatschappelijk werker",
                    "sociaal werker", "social worker"),
            List.of("santé mentale", "geestelijke gezondheid", "ggz", "mental health"),
            List.of("assuétudes", "toxicomanie", "verslaving", "verslavingszorg", "addiction"),
            List.of("handicap", "beperking", "disability"),
            List.of("réfugiés", "demandeurs d’asile", "vluchtelingen", "asielzoekers", "refugees", "asylum seekers"),
            List.of("violences conjugales", "partnergeweld", "intrafamiliaal geweld", "domestic violence"));

    /** A found offer: its id, how well it matches, and how far it is when sorted by distance. */
    public record Hit(long offerId, float score, Double distanceKm) {
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

    /**
     * An index of these offers, with the months counted from {@code today}: build a new one when the offers change
     * or the day does.
     */
    public OfferIndex(List<OfferDocument> offers, Synonyms synonyms, LocalDate today) {
        FACETS.forEach(dimension -> facets.setMultiValued(dimension, true));
        this.words = new WordQuery(analyzer, synonyms);
        this.size = offers.size();
        // without words, the offers with the soonest free place come first
        List<OfferDocument> ordered = offers.stream().sorted(Comparator
                .comparing((OfferDocument offer) -> firstFreeDay(offer, today), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(OfferDocument::id)).toList();
        MemoryIndex index = MemoryIndex.of(ordered.stream().map(offer -> document(offer, today)).toList(), analyzer, facets);
        this.searcher = index.searcher();
        this.state = index.state();
    }

    /** Groups of synonyms for the offers: {@link #VOCABULARY}, then the coordinators' groups. */
    public static Synonyms synonyms(List<List<String>> coordinators) {
        return new Synonyms(Stream.concat(VOCABULARY.stream(), coordinators.stream()).toList());
    }

    public int size() {
        return size;
    }

    /** The matching offers, a page of them sorted as asked (by distance from {@code origin} when given). */
    public Result search(OfferQuery query, Postcodes.Point origin) {
        if (state == null) {
            return new Result(0, List.of(), Map.of());
        }
        try {
            return search(drillDown(query), query, origin);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Result search(DrillDownQuery drillDown, OfferQuery query, Postcodes.Point origin) throws IOException {
        int pageSize = Math.max(1, Math.min(query.pageSize(), MAX_PAGE_SIZE));
        int page = Math.max(1, Math.min(query.page(), MAX_PAGE));
        int topN = page * pageSize;
        DrillSideways sideways = new DrillSideways(searcher, facets, state);
        boolean byDistance = query.sort() == OfferQuery.Sort.DISTANCE && origin != null;
        DrillSideways.DrillSidewaysResult result = byDistance
                ? sideways.search(drillDown, null, null, topN,
                        new Sort(LatLonDocValuesField.newDistanceSort(POINT, origin.latitude(), origin.longitude())), false)
                : sideways.search(drillDown, topN);
        TopDocs top = result.hits;
        List<Hit> hits = new ArrayList<>();
        ScoreDoc[] docs = top.scoreDocs;
        for (int i = (page - 1) * pageSize; i < docs.length; i++) {
            ScoreDoc doc = docs[i];
            long id = searcher.storedFields().document(doc.doc).getField(ID).numericValue().longValue();
            Double meters = byDistance && doc instanceof FieldDoc field ? (Double) field.fields[0] : null;
            hits.add(new Hit(id, doc.score, meters == null || meters.isInfinite() ? null : meters / 1000));
        }
        return new Result(top.totalHits.value, hits, counts(result.facets));
    }

    /** What to mark in the texts shown for a search of these words. */
    public Highlights highlights(String text) {
        return words.highlights(text);
    }

    private DrillDownQuery drillDown(OfferQuery query) {
        DrillDownQuery drillDown = new DrillDownQuery(facets, words.matching(query.text()));
        MemoryIndex.drillDown(drillDown, "theme", query.themes());
        MemoryIndex.drillDown(drillDown, "country", query.countries());
        MemoryIndex.drillDown(drillDown, "language", query.languages());
        MemoryIndex.drillDown(drillDown, "duration", query.durations());
        MemoryIndex.drillDown(drillDown, "month", query.months());
        return drillDown;
    }

    private static Map<String, List<FacetCount>> counts(Facets facets) throws IOException {
        Map<String, List<FacetCount>> counts = FacetCounts.of(facets, FACETS, 100, FacetCount::new);
        // days and months read in their own order; by length first so that "10" would come after "9"
        ORDERED_FACETS.forEach(dimension -> counts.get(dimension)
                .sort(Comparator.comparing((FacetCount count) -> count.value().length()).thenComparing(FacetCount::value)));
        counts.replaceAll((dimension, values) -> List.copyOf(values));
        return counts;
    }

    private static Document document(OfferDocument offer, LocalDate today) {
        Document doc = new Document();
        doc.add(new StoredField(ID, offer.id()));
        for (Language language : Language.values()) {
            // the team twice: a word naming the team weighs more than one in the activities
            String text = join(offer.team().exactly(language), offer.team().exactly(language),
                    offer.activities().exactly(language), offer.conditions().exactly(language), offer.hostName(),
                    offer.commune());
            doc.add(new TextField(MemoryIndex.textField(language), text, Field.Store.NO));
        }
        doc.add(new TextField(Analyzers.PLAIN, join(all(offer.team()), all(offer.activities()), all(offer.conditions()),
                offer.hostName(), offer.commune()), Field.Store.NO));
        MemoryIndex.facet(doc, "theme", offer.themeCode() == null ? List.of() : List.of(offer.themeCode()));
        MemoryIndex.facet(doc, "country", offer.country() == null ? List.of() : List.of(offer.country()));
        MemoryIndex.facet(doc, "language", offer.languages());
        List<String> days = new ArrayList<>();
        for (int day = offer.minDays(); day <= offer.maxDays(); day++) {
            days.add(String.valueOf(day));
        }
        MemoryIndex.facet(doc, "duration", days);
        MemoryIndex.facet(doc, "month", months(offer.periods(), today));
        if (offer.latitude() != null && offer.longitude() != null) {
            doc.add(new LatLonPoint(POINT, offer.latitude(), offer.longitude()));
            doc.add(new LatLonDocValuesField(POINT, offer.latitude(), offer.longitude()));
        }
        return doc;
    }

    /**
     * The months ("2027-03") in which the offer still has a free place: each month touched by a period that is not
     * over and not full, counted from today (a period begun last month is available this month only).
     */
    static List<String> months(List<OfferDocument.Period> periods, LocalDate today) {
        Set<String> months = new LinkedHashSet<>();
        for (OfferDocument.Period period : periods) {
            if (period.free() <= 0 || period.lastDay().isBefore(today)) {
                continue;
            }
            LocalDate from = period.firstDay().isBefore(today) ? today : period.firstDay();
            YearMonth last = YearMonth.from(period.lastDay());
            // a period lasts a few months at most; the bound only guards against a wrong date
            for (YearMonth month = YearMonth.from(from); !month.isAfter(last) && months.size() < 120; month = month.plusMonths(1)) {
                months.add(month.toString());
            }
        }
        return List.copyOf(months);
    }

    private static LocalDate firstFreeDay(OfferDocument offer, LocalDate today) {
        return offer.periods().stream().filter(p -> p.free() > 0 && !p.lastDay().isBefore(today))
                .map(p -> p.firstDay().isBefore(today) ? today : p.firstDay()).min(Comparator.naturalOrder()).orElse(null);
    }

    private static String all(LocalizedText text) {
        return join(text.exactly(Language.FR), text.exactly(Language.NL), text.exactly(Language.EN));
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
}
