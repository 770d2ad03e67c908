package eu.socialmap.event.entity;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What a person fills in to register. For someone signed in, name, address, language and organisation come from her
 * account and these fields are ignored; the rest (sessions, needs, answers) is hers to give.
 *
 * @param language "fr", "nl" or "en": the language of her mails, ticket and certificate
 * @param country  ISO code of the country she works in (BE, FR…), optional
 */
public record RegistrationForm(String name, String email, String language, String organisationName, String role,
                               ParticipantType type, String country, String diet, String accessibility,
                               boolean interpretation, List<Long> sessionIds, Map<Long, String> answers)
        implements Serializable {

    public RegistrationForm {
        sessionIds = sessionIds == null ? List.of() : List.copyOf(sessionIds);
        answers = answers == null ? Map.of() : Map.copyOf(answers);
    }

    /** One click: nothing but what the account says. */
    public static RegistrationForm oneClick() {
        return new RegistrationForm(null, null, null, null, null, null, null, null, null, false, List.of(), Map.of());
    }
}
