package eu.socialmap.directory.entity;

import eu.socialmap.platform.control.InputCheck;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Opening hours and closures as typed in a service's form ("09:00", "2026-12-24"). {@link #check} turns them into
 * slots and closures, or refuses each bad line by its field name ({@code slot-N}, {@code closure-N}).
 */
public record ScheduleInput(List<Slot> slots, List<Closed> closures) implements Serializable {

    /** One line of the weekly hours; an empty line is ignored. */
    public record Slot(DayOfWeek weekday, String opens, String closes) implements Serializable {
    }

    /** One closure; an empty line is ignored, one day when {@code last} is empty. */
    public record Closed(String first, String last, String reason) implements Serializable {
    }

    public record Checked(List<OpeningSlot> slots, List<Closure> closures) {
    }

    public Checked check(InputCheck input) {
        List<OpeningSlot> hours = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            if (blank(slot.opens()) && blank(slot.closes())) {
                continue;
            }
            LocalTime opens = time(slot.opens());
            LocalTime closes = time(slot.closes());
            if (slot.weekday() == null || opens == null || closes == null || !opens.isBefore(closes)) {
                input.refuse("slot-" + i, "directory.service.slotInvalid");
                continue;
            }
            OpeningSlot checked = new OpeningSlot(slot.weekday(), opens, closes);
            if (hours.stream().anyMatch(checked::overlaps)) {
                input.refuse("slot-" + i, "directory.service.hoursOverlap", slot.weekday().getValue());
                continue;
            }
            hours.add(checked);
        }
        List<Closure> closed = new ArrayList<>();
        for (int i = 0; i < closures.size(); i++) {
            Closed closure = closures.get(i);
            if (blank(closure.first()) && blank(closure.last()) && blank(closure.reason())) {
                continue;
            }
            LocalDate first = date(closure.first());
            LocalDate last = blank(closure.last()) ? first : date(closure.last());
            String reason = input.text("closure-" + i, closure.reason(), 200, false);
            if (first == null || last == null || last.isBefore(first)) {
                input.refuse("closure-" + i, "directory.service.closureInvalid");
                continue;
            }
            closed.add(new Closure(first, last, reason == null || reason.isEmpty() ? null : reason));
        }
        return new Checked(hours, closed);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static LocalTime time(String text) {
        try {
            return blank(text) ? null : LocalTime.parse(text.strip());
        } catch (DateTimeParseException notATime) {
            return null;
        }
    }

    private static LocalDate date(String text) {
        try {
            return blank(text) ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
