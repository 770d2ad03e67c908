package eu.socialmap.platform.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Moments as people of the network read them: Brussels time, in the format of their language. */
@Named("dates")
@RequestScoped
public class DateFormats {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Inject
    LanguageSelection language;

    public String date(java.time.LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.getLocale())
                .format(date);
    }

    /** The day of a moment, in Brussels. */
    public String day(Instant instant) {
        return instant == null ? "" : date(instant.atZone(BRUSSELS).toLocalDate());
    }

    /** "16 Dec 2026, 09:00 – 16:00", or both dates in full when it ends on another day. */
    public String span(Instant start, Instant end) {
        if (start == null || end == null) {
            return dateTime(start);
        }
        if (start.atZone(BRUSSELS).toLocalDate().equals(end.atZone(BRUSSELS).toLocalDate())) {
            return dateTime(start) + " – " + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                    .withLocale(language.getLocale()).withZone(BRUSSELS).format(end);
        }
        return dateTime(start) + " – " + dateTime(end);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language.getLocale()).withZone(BRUSSELS).format(instant);
    }
}
