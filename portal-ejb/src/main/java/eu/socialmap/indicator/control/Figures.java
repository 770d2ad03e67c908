package eu.socialmap.indicator.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * An indicator's figures for a period, all made from the same facts: the total, the cumulative value at the end of
 * each month, and the breakdowns by territory, side of the border and partner (each of which sums to the total).
 * Pure: no database, no clock.
 */
public record Figures(LocalDate from, LocalDate to, BigDecimal total, BigDecimal target, List<Point> series,
                      List<Line> byTerritory, List<Line> bySide, List<Line> byPartner) implements Serializable {

    /** The cumulative value at the end of a month (or at the period's end in its last month). */
    public record Point(YearMonth month, BigDecimal value) implements Serializable {
    }

    /** One line of a breakdown; {@code key} null: not known. */
    public record Line(String key, String label, BigDecimal value) implements Serializable {
    }

    /** A year and more of months is enough for any programme's chart; longer periods are cut to their last months. */
    public static final int MAX_MONTHS = 120;

    /**
     * The figures of the facts that count in {@code [from, to]}: for a stock, everything that exists by {@code to};
     * for a flow, what happened between the two dates.
     */
    public static Figures of(List<Fact> facts, LocalDate from, LocalDate to, boolean stock, BigDecimal target,
                             Locale locale) {
        return of(facts, from, to, stock, target, locale, to);
    }

    /**
     * The same, the series stopping at {@code today} when the period goes on after it: months to come have no value
     * yet, and a flat line drawn into them would read as a result.
     */
    public static Figures of(List<Fact> facts, LocalDate from, LocalDate to, boolean stock, BigDecimal target,
                             Locale locale, LocalDate today) {
        List<Fact> counted = facts.stream().filter(f -> !f.date().isAfter(to) && (stock || !f.date().isBefore(from)))
                .toList();
        BigDecimal total = sum(counted);
        Collator collator = Collator.getInstance(locale);
        LocalDate seriesEnd = today.isBefore(to) ? (today.isBefore(from) ? from : today) : to;
        return new Figures(from, to, total, target, series(counted, from, seriesEnd),
                lines(counted, Fact::territory, Fact::territory, collator),
                lines(counted, Fact::country, Fact::country, collator),
                lines(counted, f -> f.organisationId() == null ? null : f.organisationId().toString(), Fact::partner,
                        collator));
    }

    /** The share of the target reached, in whole percent (100 and more once reached); 0 for a zero target. */
    public int percent() {
        if (target == null || target.signum() <= 0) {
            return 0;
        }
        return total.multiply(BigDecimal.valueOf(100)).divide(target, 0, RoundingMode.DOWN).intValue();
    }

    /** The same, at most 100: the width of a progress bar. */
    public int bar() {
        return Math.min(100, percent());
    }

    static List<Point> series(List<Fact> counted, LocalDate from, LocalDate to) {
        YearMonth first = YearMonth.from(from);
        YearMonth last = YearMonth.from(to);
        if (first.plusMonths(MAX_MONTHS).isBefore(last)) {
            first = last.minusMonths(MAX_MONTHS - 1);
        }
        List<Fact> byDate = counted.stream().sorted(Comparator.comparing(Fact::date)).toList();
        List<Point> points = new ArrayList<>();
        BigDecimal running = BigDecimal.ZERO;
        int next = 0;
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            LocalDate end = month.equals(last) ? to : month.atEndOfMonth();
            while (next < byDate.size() && !byDate.get(next).date().isAfter(end)) {
                running = running.add(byDate.get(next++).value());
            }
            points.add(new Point(month, running));
        }
        return points;
    }

    /** Largest first, then by label; "not known" last. */
    static List<Line> lines(List<Fact> counted, Function<Fact, String> key, Function<Fact, String> label,
                            Collator collator) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Fact fact : counted) {
            String k = blankToNull(key.apply(fact));
            sums.merge(k == null ? "" : k, fact.value(), BigDecimal::add);
            labels.putIfAbsent(k == null ? "" : k, k == null ? "" : nonNull(label.apply(fact)));
        }
        return sums.entrySet().stream()
                .map(e -> new Line(e.getKey().isEmpty() ? null : e.getKey(), labels.get(e.getKey()), e.getValue()))
                .sorted(Comparator.comparing((Line l) -> l.key() == null).thenComparing(Line::value, Comparator.reverseOrder())
                        .thenComparing(Line::label, collator::compare))
                .toList();
    }

    static BigDecimal sum(List<Fact> facts) {
        return facts.stream().map(Fact::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
