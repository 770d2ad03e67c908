package eu.socialmap.platform.control;

import eu.socialmap.platform.entity.InvalidInput;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks the fields of one form and collects every refusal, so a person corrects all of them in one go. Plain
 * text fields refuse markup: pages escape what they show anyway, but a name like {@code <b>CPAS</b>} is a
 * mistake (or a probe) that the person should hear about rather than see printed literally.
 */
public final class InputCheck {

    private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]|&#?\\w+;");
    /** An address as it goes into a mailto: link: no ? & = % that would add a subject or a body to it. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>?&=%\"]+@[^@\\s<>?&=%\"/]+\\.[^@\\s<>?&=%\"/]+");
    private static final Pattern WEBSITE = Pattern.compile("https?://[^\\s<>\"]+\\.[^\\s<>\"]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ./()-]{6,40}");

    private final List<InvalidInput.FieldError> errors = new ArrayList<>();

    /** A stripped plain-text value ("" when empty and optional), or null after recording why it is refused. */
    public String text(String field, String value, int maxLength, boolean required) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            if (required) {
                refuse(field, "input.required");
                return null;
            }
            return "";
        }
        if (stripped.length() > maxLength) {
            refuse(field, "input.tooLong", maxLength, stripped.length());
            return null;
        }
        if (MARKUP.matcher(stripped).find()) {
            refuse(field, "input.markup");
            return null;
        }
        return stripped;
    }

    public String email(String field, String value, boolean required) {
        String text = text(field, value, 254, required);
        if (text == null || text.isEmpty()) {
            return text;
        }
        if (!EMAIL.matcher(text).matches()) {
            refuse(field, "input.email");
            return null;
        }
        return text.toLowerCase(Locale.ROOT);
    }

    /** A web address; "www.example.be" is accepted and completed with https://. */
    public String website(String field, String value) {
        String text = text(field, value, 300, false);
        if (text == null || text.isEmpty()) {
            return text;
        }
        String url = text.matches("(?i)https?://.*") ? text : "https://" + text;
        if (!WEBSITE.matcher(url).matches()) {
            refuse(field, "input.website");
            return null;
        }
        return url;
    }

    public String phone(String field, String value) {
        String text = text(field, value, 40, false);
        if (text == null || text.isEmpty()) {
            return text;
        }
        if (!PHONE.matcher(text).matches()) {
            refuse(field, "input.phone");
            return null;
        }
        return text;
    }

    /** The constant of that name, or null when it is missing or not one (only a forged request sends one). */
    public static <E extends Enum<E>> E named(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    public void refuse(String field, String messageKey, Object... arguments) {
        errors.add(new InvalidInput.FieldError(field, messageKey, List.of(arguments)));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Ends the check: throws every refusal collected, if any. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
