package eu.socialmap.event.view;

import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.InvalidInput;

import java.util.Locale;

/**
 * The event services name fields in camel case ({@code titleFr}, {@code registrationCloses}); the organisers'
 * forms give their fields the same names in lower case with dashes ({@code title-fr}, {@code registration-closes}),
 * stable ids for people's scripts and the browser tests. This puts each refusal next to its field.
 */
final class FieldIds {

    private FieldIds() {
    }

    static BusinessException onForm(BusinessException refusal) {
        if (!(refusal instanceof InvalidInput invalid)) {
            return refusal;
        }
        return new InvalidInput(invalid.fieldErrors().stream()
                .map(e -> new InvalidInput.FieldError(id(e.field()), e.messageKey(), e.arguments())).toList());
    }

    static String id(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
