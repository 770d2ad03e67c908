package eu.socialmap.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The same searches as plain MariaDB would answer them, for comparison: every word {@code LIKE '%word%'} in one of
 * the name and description columns, or the words in a FULLTEXT index ({@code MATCH … AGAINST} in boolean mode, each
 * word required, as the portal requires every word). Facets, opening hours and distance as SQL would do them.
 * A search is what a result page needs: the first 20 (by id for LIKE, which has no relevance; by relevance for
 * FULLTEXT; by distance when asked) and the total — no facet counts, which Lucene computes on top.
 */
final class SqlSearch {

    enum Method { LIKE, FULLTEXT }

    private static final List<String> TEXT_COLUMNS = List.of("s.name_fr", "s.name_nl", "s.name_en",
            "s.description_fr", "s.description_nl", "s.description_en");
    private static final String MATCH = "MATCH (" + BenchDatabase.FULLTEXT_COLUMNS.replace("name_", "s.name_")
            .replace("description_", "s.description_") + ") AGAINST (? IN BOOLEAN MODE)";

    private SqlSearch() {
    }

    /** The words as a person typed them, split like SQL users would: on anything but letters and digits. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** InnoDB's default FULLTEXT stopwords (INFORMATION_SCHEMA.INNODB_FT_DEFAULT_STOPWORD). */
    static final Set<String> INNODB_STOPWORDS = Set.of("a", "about", "an", "are", "as", "at", "be", "by", "com", "de",
            "en", "for", "from", "how", "i", "in", "is", "it", "la", "of", "on", "or", "that", "the", "this", "to",
            "was", "what", "when", "where", "who", "will", "with", "und", "www");

    /**
     * "+word +word": every word required (FULLTEXT's boolean operators are stripped by {@link #words}). Words the
     * index never holds (shorter than innodb_ft_min_token_size = 3, stopwords) are left out, as anyone using
     * FULLTEXT learns to: a required word that is not indexed would make every search containing it find nothing.
     */
    static String booleanQuery(List<String> words) {
        return String.join(" ", words.stream().filter(w -> w.length() >= 3 && !INNODB_STOPWORDS.contains(w))
                .map(w -> "+" + w).toList());
    }

    /** One result page and the total: the latency figure. Returns the total. */
    static long page(Connection connection, BenchQuery query, Method method) throws SQLException {
        Sql where = where(query, method);
        String order;
        List<Object> orderParameters = new ArrayList<>();
        if (query.near() != null) {
            order = "(SELECT MIN(ST_Distance_Sphere(POINT(l.longitude, l.latitude), POINT(?, ?))) "
                    + "FROM service_location sl JOIN location l ON l.id = sl.location_id WHERE sl.service_id = s.id)";
            orderParameters.add(query.near().longitude());
            orderParameters.add(query.near().latitude());
        } else if (method == Method.FULLTEXT && !words(query.text()).isEmpty()) {
            order = MATCH + " DESC";
            orderParameters.add(booleanQuery(words(query.text())));
        } else {
            order = "s.id";
        }
        List<Object> parameters = new ArrayList<>(where.parameters);
        parameters.addAll(orderParameters);
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT s.id FROM service s WHERE " + where.sql + " ORDER BY " + order + " LIMIT 20")) {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    rows.getLong(1);
                }
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT COUNT(*) FROM service s WHERE " + where.sql)) {
            bind(statement, where.parameters);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** Every service the method finds: the recall figure. */
    static Set<Long> all(Connection connection, BenchQuery query, Method method) throws SQLException {
        Sql where = where(query, method);
        Set<Long> ids = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT s.id FROM service s WHERE " + where.sql)) {
            bind(statement, where.parameters);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    private record Sql(String sql, List<Object> parameters) {
    }

    private static Sql where(BenchQuery query, Method method) {
        StringBuilder sql = new StringBuilder("s.status = 'ACTIVE'");
        List<Object> parameters = new ArrayList<>();
        List<String> words = words(query.text());
        if (!words.isEmpty()) {
            if (method == Method.LIKE) {
                for (String word : words) {
                    sql.append(" AND (").append(String.join(" OR ", TEXT_COLUMNS.stream().map(c -> c + " LIKE ?").toList()))
                            .append(')');
                    TEXT_COLUMNS.forEach(c -> parameters.add("%" + word + "%"));
                }
            } else {
                sql.append(" AND ").append(MATCH);
                parameters.add(booleanQuery(words));
            }
        }
        if (query.themeFilter() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM service_term st JOIN taxonomy_term t ON t.id = st.term_id "
                    + "WHERE st.service_id = s.id AND t.taxonomy = 'THEME' AND t.code = ?)");
            parameters.add(query.themeFilter());
        }
        if (query.commune() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM service_location sl JOIN location l ON l.id = sl.location_id "
                    + "WHERE sl.service_id = s.id AND l.commune = ?)");
            parameters.add(query.commune());
        }
        if (query.spoken() != null) {
            sql.append(" AND FIND_IN_SET(?, s.languages) > 0");
            parameters.add(query.spoken());
        }
        if (query.openAt() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM service_hours h WHERE h.service_id = s.id AND h.weekday = ? "
                    + "AND h.opens_at <= ? AND h.closes_at > ?) AND NOT EXISTS (SELECT 1 FROM service_closure c "
                    + "WHERE c.service_id = s.id AND ? BETWEEN c.first_day AND c.last_day)");
            parameters.add(query.openAt().getDayOfWeek().getValue());
            parameters.add(Time.valueOf(query.openAt().toLocalTime()));
            parameters.add(Time.valueOf(query.openAt().toLocalTime()));
            parameters.add(java.sql.Date.valueOf(query.openAt().toLocalDate()));
        }
        return new Sql(sql.toString(), parameters);
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }
}
