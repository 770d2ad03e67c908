package eu.socialmap.directory.control;

import eu.socialmap.directory.entity.OpeningSlot;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The week in one line for a printed list: days with the same hours in ranges, in the reader's language. */
class WeeklyHoursTest {

    private static OpeningSlot slot(DayOfWeek day, String opens, String closes) {
        return new OpeningSlot(day, LocalTime.parse(opens), LocalTime.parse(closes));
    }

    @Test
    void daysWithTheSameHoursAreJoinedAndOthersFollow() {
        List<OpeningSlot> week = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            week.add(slot(day, "09:00", "12:00"));
        }
        week.add(slot(DayOfWeek.TUESDAY, "13:30", "16:00"));
        week.add(slot(DayOfWeek.SATURDAY, "10:00", "12:00"));
        assertThat(WeeklyHours.summary(week, Locale.ENGLISH))
                .isEqualTo("Mon 09:00–12:00 · Tue 09:00–12:00, 13:30–16:00 · Wed–Fri 09:00–12:00 · Sat 10:00–12:00");
        assertThat(WeeklyHours.summary(List.of(slot(DayOfWeek.WEDNESDAY, "14:00", "18:00")), Locale.FRENCH))
                .isEqualTo("mer. 14:00–18:00");
        assertThat(WeeklyHours.summary(List.of(), Locale.ENGLISH)).isEmpty();
    }
}
