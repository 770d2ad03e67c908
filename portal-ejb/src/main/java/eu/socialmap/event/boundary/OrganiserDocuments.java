package eu.socialmap.event.boundary;

import eu.socialmap.event.control.EventDocuments;
import eu.socialmap.event.control.RegistrationExport;
import eu.socialmap.event.entity.Event;
import eu.socialmap.event.entity.EventQuestion;
import eu.socialmap.event.entity.EventSession;
import eu.socialmap.event.entity.Registration;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.entity.Language;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The organisers' files of an event: name badges and the attendee list (PDF) for those with a seat, and every
 * registration as CSV or XLSX with the answers to the custom questions. Headings and labels in the language asked
 * for (the reader's); only the event's organisers get them. Three queries whatever the number of registrations:
 * the registrations, their answers, their sessions.
 */
@Stateless
@PermitAll
public class OrganiserDocuments {

    /** More than an event holds (5,000 seats and a waiting list): a bound, never reached in practice. */
    static final int MAX_ROWS = 50_000;

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    Events events;

    @Inject
    EventDesk desk;

    /** A file as served: its name (without path), its content type and its bytes. */
    public record Document(String fileName, String contentType, byte[] content) implements Serializable {
    }

    public Document badges(long eventId, Language language) {
        Event event = events.requireOrganiser(eventId);
        byte[] pdf = EventDocuments.badges(PrintedEvent.sheet(em, event, language), attendees(eventId, language), language);
        return new Document(fileName(event, "badges", "pdf"), "application/pdf", pdf);
    }

    public Document attendeeList(long eventId, Language language) {
        Event event = events.requireOrganiser(eventId);
        byte[] pdf = EventDocuments.attendeeList(PrintedEvent.sheet(em, event, language), attendees(eventId, language), language);
        return new Document(fileName(event, "attendees", "pdf"), "application/pdf", pdf);
    }

    /** UTF-8 with a byte-order mark, so that a spreadsheet opened by double-click reads the accents right. */
    public Document csv(long eventId, Language language) {
        Event event = events.requireOrganiser(eventId);
        Export export = export(eventId, language);
        StringWriter out = new StringWriter();
        RegistrationExport.csv(export.rows(), export.questions(), language, out);
        return new Document(fileName(event, "registrations", "csv"), "text/csv; charset=UTF-8",
                ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8));
    }

    public Document xlsx(long eventId, Language language) {
        Event event = events.requireOrganiser(eventId);
        Export export = export(eventId, language);
        byte[] workbook = RegistrationExport.xlsx(export.rows(), export.questions(), language, event.getTitle().in(language));
        return new Document(fileName(event, "registrations", "xlsx"),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook);
    }

    private List<EventDocuments.Attendee> attendees(long eventId, Language language) {
        String confirmed = Messages.get(language, "event.registration.status.CONFIRMED");
        String present = Messages.get(language, "event.file.present");
        return desk.attendees(eventId).stream().map(r -> new EventDocuments.Attendee(r.getName(), r.getOrganisationName(),
                r.getTicketCode(), r.getCheckedInAt() == null ? confirmed : present, r.getCheckedInAt() != null)).toList();
    }

    private record Export(List<RegistrationExport.Row> rows, List<String> questions) {
    }

    private Export export(long eventId, Language language) {
        List<Registration> registrations = em.createNamedQuery(Registration.OF_EVENT, Registration.class)
                .setParameter("event", eventId).setParameter("status", null).setParameter("name", "")
                .setMaxResults(MAX_ROWS).getResultList();
        // a question's column is named by its text; two questions worded alike get their number too
        Map<Long, String> columns = new LinkedHashMap<>();
        for (EventQuestion q : events.questions(eventId)) {
            String text = columns.containsValue(q.getText()) ? q.getText() + " (" + (q.getPosition() + 1) + ")" : q.getText();
            columns.put(q.getId(), text);
        }
        Map<Long, String> sessionTitles = events.sessions(eventId).stream()
                .collect(Collectors.toMap(EventSession::getId, s -> s.getTitle().in(language)));
        Map<Long, Map<String, String>> answers = new HashMap<>();
        for (Object[] row : em.createNamedQuery(Registration.ANSWERS_OF_EVENT, Object[].class)
                .setParameter("event", eventId).getResultList()) {
            String column = columns.get(((Number) row[1]).longValue());
            if (column != null) {
                answers.computeIfAbsent(((Number) row[0]).longValue(), id -> new HashMap<>()).put(column, (String) row[2]);
            }
        }
        Map<Long, List<String>> sessions = new HashMap<>();
        for (Object[] row : em.createNamedQuery(Registration.SESSIONS_OF_EVENT, Object[].class)
                .setParameter("event", eventId).getResultList()) {
            String title = sessionTitles.get(((Number) row[1]).longValue());
            if (title != null) {
                sessions.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>()).add(title);
            }
        }
        List<RegistrationExport.Row> rows = registrations.stream().map(r -> new RegistrationExport.Row(r.getName(),
                r.getEmail(), r.getOrganisationName(),
                r.getOrganisationKind() == null ? null : Messages.get(language, "directory.kind." + r.getOrganisationKind()),
                r.getCountry(),
                r.getParticipantType() == null ? null : Messages.get(language, "event.participantType." + r.getParticipantType()),
                r.getRole(), Messages.get(language, "event.registration.status." + r.getStatus()), r.getWaitlistNumber(),
                r.getCreatedAt(), r.getCheckedInAt(), r.getDiet(), r.getAccessibility(), r.isInterpretation(),
                sessions.containsKey(r.getId()) ? sessions.get(r.getId()).stream().sorted().collect(Collectors.joining("; ")) : null,
                answers.get(r.getId()))).toList();
        return new Export(rows, List.copyOf(columns.values()));
    }

    private static String fileName(Event event, String what, String extension) {
        return "event-" + event.getId() + "-" + what + "." + extension;
    }
}
