package eu.socialmap.event.entity;

import eu.socialmap.platform.entity.Language;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A person as she registers: who she is and her answers to the event's form, already checked by the service.
 *
 * @param accountId    null for someone without an account (she confirms her address by the link we send)
 * @param country      ISO code (BE, FR…), or null
 */
public record Participant(Long accountId, String email, String name, Language language, Long organisationId,
                          String organisationName, String organisationKind, String country, ParticipantType type,
                          String role, String diet, String accessibility, boolean interpretation,
                          List<Long> sessionIds, Map<Long, String> answers) implements Serializable {

    public Participant {
        sessionIds = sessionIds == null ? List.of() : List.copyOf(sessionIds);
        answers = answers == null ? Map.of() : Map.copyOf(answers);
    }
}
