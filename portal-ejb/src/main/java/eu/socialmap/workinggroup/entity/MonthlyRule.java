package eu.socialmap.workinggroup.entity;

import eu.socialmap.platform.entity.BusinessException;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "The first Tuesday of the month", "the last Thursday": the nth (1–4) or last ({@code -1}) given weekday of each
 * month. A fifth weekday is left out on purpose: most months have none, and a series would skip them silently.
 */
public record MonthlyRule(int weekOfMonth, DayOfWeek dayOfWeek) implements Serializable {

    public static final int LAST = -1;
    /** Two years of monthly meetings at most in one go. */
    public static final int MAX_OCCURRENCES = 24;

    public MonthlyRule {
        if (dayOfWeek == null || !(weekOfMonth == LAST || weekOfMonth >= 1 && weekOfMonth <= 4)) {
            throw new BusinessException(BusinessException.Kind.INVALID, "workinggroup.series.rule");
        }
    }

    /** The date of this rule in a month. */
    public LocalDate in(YearMonth month) {
        LocalDate first = month.atDay(1);
        return weekOfMonth == LAST
                ? month.atEndOfMonth().with(TemporalAdjusters.lastInMonth(dayOfWeek))
                : first.with(TemporalAdjusters.dayOfWeekInMonth(weekOfMonth, dayOfWeek));
    }

    /** The dates from {@code first} to {@code last} (both included), without the skipped ones. */
    public List<LocalDate> datesBetween(LocalDate first, LocalDate last, Set<LocalDate> skipped) {
        List<LocalDate> dates = new ArrayList<>();
        for (YearMonth month = YearMonth.from(first); !month.isAfter(YearMonth.from(last)); month = month.plusMonths(1)) {
            LocalDate date = in(month);
            if (!date.isBefore(first) && !date.isAfter(last) && !skipped.contains(date)) {
                dates.add(date);
            }
        }
        return dates;
    }
}
