package eu.socialmap.directory.control;

import eu.socialmap.directory.entity.OpeningSlot;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A week of opening hours in one short line, as a printed list shows it: days with the same hours are joined into
 * ranges ("Mon–Fri 09:00–12:00 · Sat 10:00–12:00").
 */
public final class WeeklyHours {

    private WeeklyHours() {
    }

    public static String summary(Collection<OpeningSlot> slots, Locale locale) {
        List<String> parts = new ArrayList<>();
        DayOfWeek[] days = DayOfWeek.values();
        int i = 0;
        while (i < days.length) {
            String hours = hoursOf(slots, days[i]);
            if (hours.isEmpty()) {
                i++;
                continue;
            }
            int last = i;
            while (last + 1 < days.length && hoursOf(slots, days[last + 1]).equals(hours)) {
                last++;
            }
            String first = days[i].getDisplayName(TextStyle.SHORT, locale);
            parts.add((last == i ? first : first + "–" + days[last].getDisplayName(TextStyle.SHORT, locale)) + " " + hours);
            i = last + 1;
        }
        return String.join(" · ", parts);
    }

    private static String hoursOf(Collection<OpeningSlot> slots, DayOfWeek day) {
        return slots.stream().filter(slot -> slot.getWeekday() == day).sorted(Comparator.comparing(OpeningSlot::getOpensAt))
                .map(slot -> slot.getOpensAt() + "–" + slot.getClosesAt()).collect(Collectors.joining(", "));
    }
}
