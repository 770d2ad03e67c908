package eu.socialmap.search.control;

import java.time.LocalDate;
import java.util.List;

/**
 * What the search knows of one service: its words in each language, its facets, where it is and when it opens.
 * Built from the database by the indexer; the index can always be rebuilt from these.
 *
 * @param openMinutes  weekly opening slots as [start, end) minutes from Monday 00:00 (Brussels time)
 * @param closures     closed day ranges [first, last] (inclusive)
 */
public record ServiceDocument(long id, long organisationId, String organisationName, Text name, Text description,
                              List<String> themes, List<String> audiences, List<String> languages,
                              List<String> communes, List<String> countries, List<String> postcodes,
                              List<Point> points, boolean wheelchair, List<int[]> openMinutes,
                              List<LocalDate[]> closures) {

    /** A text in French, Dutch and English (empty where there is no translation). */
    public record Text(String fr, String nl, String en) {
    }

    public record Point(double latitude, double longitude) {
    }
}
