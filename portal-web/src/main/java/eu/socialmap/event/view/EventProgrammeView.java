package eu.socialmap.event.view;

import eu.socialmap.event.boundary.Events;
import eu.socialmap.event.entity.Event;
import eu.socialmap.event.entity.EventQuestion;
import eu.socialmap.event.entity.EventSession;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.InvalidInput;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.platform.entity.LocalizedText;
import eu.socialmap.platform.view.DateInputs;
import eu.socialmap.platform.view.Notices;
import eu.socialmap.platform.view.PageIds;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The programme part of {@code /events/edit?id=}: sessions and workshops (sessions at the same time are parallel
 * tracks, each with its own seats) and the organiser's own questions on the registration form. The event page's
 * bean has already refused anyone who does not organise the event; the service checks again on every change.
 */
@Named
@ViewScoped
public class EventProgrammeView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int QUESTIONS = 10;

    @Inject
    Events events;

    @Inject
    Notices notices;

    private long eventId;
    private List<EventSession> sessions = List.of();
    private final Set<Long> parallel = new HashSet<>();
    /** The session being written: null for a new one. */
    private Long sessionId;
    private String titleFr;
    private String titleNl;
    private String titleEn;
    private String start;
    private String end;
    private String room;
    private String speakers;
    private String capacity;
    private final List<QuestionRow> questions = new ArrayList<>();

    /** One of the organiser's questions as typed. */
    public static class QuestionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String text;
        private boolean required;

        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public boolean isRequired() { return required; }
        public void setRequired(boolean required) { this.required = required; }
    }

    /** Runs after the page's own bean, on the same {@code id} of the address. */
    public void load() {
        eventId = PageIds.parse(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id"));
        if (eventId <= 0) {
            return;
        }
        try {
            Event event = events.requireOrganiser(eventId);
            sessions = events.sessions(eventId);
            markParallel();
            List<EventQuestion> saved = events.questions(eventId);
            for (int i = 0; i < QUESTIONS; i++) {
                QuestionRow row = new QuestionRow();
                if (i < saved.size()) {
                    row.text = saved.get(i).getText();
                    row.required = saved.get(i).isRequired();
                }
                questions.add(row);
            }
            start = DateInputs.field(event.getStartsAt());
            end = DateInputs.field(event.getEndsAt());
        } catch (BusinessException refusal) {
            eventId = -1; // the page's own bean answers with the error page
        }
    }

    /** Sessions that overlap another one: the tracks a participant chooses between. */
    private void markParallel() {
        for (EventSession a : sessions) {
            for (EventSession b : sessions) {
                if (a != b && a.getStartsAt().isBefore(b.getEndsAt()) && b.getStartsAt().isBefore(a.getEndsAt())) {
                    parallel.add(a.getId());
                }
            }
        }
    }

    public void edit(EventSession session) {
        sessionId = session.getId();
        titleFr = session.getTitle().exactly(Language.FR);
        titleNl = session.getTitle().exactly(Language.NL);
        titleEn = session.getTitle().exactly(Language.EN);
        start = DateInputs.field(session.getStartsAt());
        end = DateInputs.field(session.getEndsAt());
        room = session.getRoom();
        speakers = session.getSpeakers();
        capacity = session.getCapacity() == null ? null : String.valueOf(session.getCapacity());
    }

    public String saveSession() {
        Integer seats = EventForm.number(capacity);
        if (capacity != null && !capacity.isBlank() && seats == null) {
            seats = 0; // typed but not a number: refused by the service with its range
        }
        Integer checkedSeats = seats;
        return act(() -> events.saveSession(eventId, sessionId, new LocalizedText(titleFr, titleNl, titleEn),
                DateInputs.instant(start).orElse(null), DateInputs.instant(end).orElse(null), room, speakers, checkedSeats),
                "event.edit.session.saved", "session");
    }

    public String removeSession(long session) {
        return act(() -> events.removeSession(session), "event.edit.session.removed", "sessions");
    }

    /**
     * The service numbers the questions it is given and reads "required" by that number: rows left empty are left
     * out, and an error on the service's n-th question goes back to the row it came from.
     */
    public String saveQuestions() {
        List<Integer> typed = IntStream.range(0, questions.size())
                .filter(i -> questions.get(i).text != null && !questions.get(i).text.isBlank()).boxed().toList();
        try {
            events.saveQuestions(eventId, typed.stream().map(i -> questions.get(i).text).toList(),
                    typed.stream().map(i -> questions.get(i).required).toList());
        } catch (InvalidInput invalid) {
            notices.error(new InvalidInput(invalid.fieldErrors().stream().map(e -> {
                int given = Integer.parseInt(e.field().substring("question-".length()));
                int row = given < typed.size() ? typed.get(given) : QUESTIONS - 1;
                return new InvalidInput.FieldError("question-" + row, e.messageKey(), e.arguments());
            }).toList()), "questions");
            return null;
        } catch (BusinessException refusal) {
            notices.error(refusal);
            return null;
        }
        return act(() -> { }, "event.edit.questions.saved", "questions");
    }

    /** Done: back to the programme with the message; refused: the reasons next to the fields, nothing typed lost. */
    private String act(Runnable action, String doneKey, String formId) {
        try {
            action.run();
            notices.info(doneKey);
            notices.keepAcrossRedirect();
            return outcome();
        } catch (BusinessException refusal) {
            notices.error(FieldIds.onForm(refusal), formId);
            return null;
        }
    }

    private String outcome() {
        return "/events/edit?faces-redirect=true&id=" + eventId;
    }

    public boolean isParallel(EventSession session) {
        return parallel.contains(session.getId());
    }

    public long getEventId() { return eventId; }
    public List<EventSession> getSessions() { return sessions; }
    public Long getSessionId() { return sessionId; }
    public String getTitleFr() { return titleFr; }
    public void setTitleFr(String titleFr) { this.titleFr = titleFr; }
    public String getTitleNl() { return titleNl; }
    public void setTitleNl(String titleNl) { this.titleNl = titleNl; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public String getStart() { return start; }
    public void setStart(String start) { this.start = start; }
    public String getEnd() { return end; }
    public void setEnd(String end) { this.end = end; }
    public String getRoom() { return room; }
    public void setRoom(String room) { this.room = room; }
    public String getSpeakers() { return speakers; }
    public void setSpeakers(String speakers) { this.speakers = speakers; }
    public String getCapacity() { return capacity; }
    public void setCapacity(String capacity) { this.capacity = capacity; }
    public List<QuestionRow> getQuestions() { return questions; }
}
