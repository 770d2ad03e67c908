package eu.socialmap.platform.view;

import eu.socialmap.platform.control.Messages;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads the browser's date-time fields ({@code 2026-12-01T18:00}) as Brussels times, and writes them back. */
public final class DateInputs {

    private DateInputs() {
    }

    /** The moment typed, empty when the field is empty or not a date-time. */
    public static Optional<Instant> instant(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(typed.strip()).atZone(Messages.NETWORK_ZONE).toInstant());
        } catch (DateTimeParseException notADateTime) {
            return Optional.empty();
        }
    }

    public static String field(Instant instant) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(Messages.NETWORK_ZONE).format(instant);
    }
}
