package eu.socialmap.practice.control;

import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.practice.entity.PracticeSection;

import java.time.Year;
import java.util.EnumMap;
import java.util.Map;

/**
 * The rules of a sheet's form that need no database: the texts (title and summary in the original language, each
 * section within its length, the title a plain line), the contact, the source and the start year. Every refusal is
 * recorded on its field ({@code text.fr.SUMMARY}, {@code contactEmail}…), none stops the others.
 */
public final class SheetCheck {

    private SheetCheck() {
    }

    /** The sections of one language as they will be stored (stripped, blank ones left out). */
    public static Map<PracticeSection, String> texts(Language language, Map<PracticeSection, String> given,
                                                     boolean original, InputCheck input) {
        Map<PracticeSection, String> texts = new EnumMap<>(PracticeSection.class);
        for (PracticeSection section : PracticeSection.values()) {
            String field = field(language, section);
            String body = given == null ? null : given.get(section);
            boolean required = original && section.isRequired();
            String value;
            if (section.isMarkdown()) {
                String stripped = body == null ? "" : body.strip();
                if (stripped.isEmpty()) {
                    if (required) {
                        input.refuse(field, "input.required");
                    }
                    continue;
                }
                if (stripped.length() > section.maxLength()) {
                    input.refuse(field, "input.tooLong", section.maxLength(), stripped.length());
                    continue;
                }
                value = stripped;
            } else {
                value = input.text(field, body == null ? null : body.replaceAll("\\s+", " "), section.maxLength(), required);
            }
            if (value != null && !value.isEmpty()) {
                texts.put(section, value);
            }
        }
        return texts;
    }

    /** The form field of a section in a language, as pages and errors name it. */
    public static String field(Language language, PracticeSection section) {
        return "text." + language.code() + "." + section.name();
    }

    /** A year between 1950 and next year, or null when empty. */
    public static Integer startYear(String given, Year thisYear, InputCheck input) {
        String value = given == null ? "" : given.strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            int year = Integer.parseInt(value);
            if (year >= 1950 && year <= thisYear.getValue() + 1) {
                return year;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        input.refuse("startYear", "practice.edit.startYear.invalid", thisYear.getValue() + 1);
        return null;
    }
}
