package eu.socialmap.event.entity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The optional questions an organiser puts on an event's registration form. */
public enum FormField {
    ORGANISATION, ROLE, DIET, ACCESSIBILITY, INTERPRETATION;

    /** As stored: names separated by commas, unknown names ignored (a removed field reads as not asked). */
    public static Set<FormField> parse(String stored) {
        Set<FormField> fields = EnumSet.noneOf(FormField.class);
        if (stored != null) {
            Arrays.stream(stored.split(",")).map(String::trim).forEach(name -> Arrays.stream(values())
                    .filter(f -> f.name().equals(name)).findFirst().ifPresent(fields::add));
        }
        return fields;
    }

    public static String format(Set<FormField> fields) {
        return fields == null ? "" : fields.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }
}
