package eu.socialmap.membership.boundary;

import eu.socialmap.directory.entity.OpeningSlot;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** Opening hours as the demo file writes them: "MON-FRI 09:00-12:00" or "TUE,THU 13:30-16:00". */
final class DemoHours {

    private DemoHours() {
    }

    static List<OpeningSlot> parse(String written) {
        List<OpeningSlot> slots = new ArrayList<>();
        String[] parts = written.strip().split("\\s+");
        if (parts.length != 2) {
            return slots;
        }
        String[] times = parts[1].split("-");
        LocalTime opens = LocalTime.parse(times[0]);
        LocalTime closes = LocalTime.parse(times[1]);
        for (String days : parts[0].split(",")) {
            String[] range = days.split("-");
            DayOfWeek first = day(range[0]);
            DayOfWeek last = range.length > 1 ? day(range[1]) : first;
            for (int d = first.getValue(); d <= last.getValue(); d++) {
                slots.add(new OpeningSlot(DayOfWeek.of(d), opens, closes));
            }
        }
        return slots;
    }

    private static DayOfWeek day(String abbreviation) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(abbreviation)) {
                return day;
            }
        }
        throw new IllegalArgumentException("Not a day: " + abbreviation);
    }
}
