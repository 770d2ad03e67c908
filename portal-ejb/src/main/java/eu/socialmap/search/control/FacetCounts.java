package eu.socialmap.search.control;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The counts of a search's facets, as every index reads them: each dimension's values, the most frequent first, in a
 * value type of the index's own ({@code count} makes one of a value and its count).
 */
public final class FacetCounts {

    private FacetCounts() {
    }

    /** Each dimension's values in the order the dimensions are given (see {@link #values}). */
    public static <C> Map<String, List<C>> of(Facets facets, List<String> dimensions, int top,
                                             BiFunction<String, Integer, C> count) throws IOException {
        Map<String, List<C>> counts = new LinkedHashMap<>();
        for (String dimension : dimensions) {
            counts.put(dimension, values(facets, dimension, top, count));
        }
        return counts;
    }

    /**
     * A dimension's {@code top} values at most, the most frequent first, in a list the caller may sort; none when no
     * document of the index has a value in this dimension yet.
     */
    public static <C> List<C> values(Facets facets, String dimension, int top, BiFunction<String, Integer, C> count)
            throws IOException {
        FacetResult result;
        try {
            result = facets.getTopChildren(top, dimension);
        } catch (IllegalArgumentException noValueIndexedYet) {
            return new ArrayList<>();
        }
        List<C> values = new ArrayList<>();
        if (result != null) {
            for (LabelAndValue value : result.labelValues) {
                values.add(count.apply(value.label, value.value.intValue()));
            }
        }
        return values;
    }
}
