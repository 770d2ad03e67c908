package eu.socialmap.event.view;

import eu.socialmap.event.boundary.EventFeedbacks;
import eu.socialmap.event.boundary.EventFigures;
import eu.socialmap.event.boundary.Events;
import eu.socialmap.event.entity.Event;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.view.ErrorPages;
import eu.socialmap.platform.view.LanguageSelection;
import eu.socialmap.platform.view.PageIds;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * After the event, for its organisers ({@code /events/results?id=}): the survey's answers per question (how many
 * gave each score, as a table with bars, and the average), would-come-again, the comments a page at a time; and the
 * figures for the network's indicators (seated and present people by kind of organisation, country, type).
 */
@Named
@RequestScoped
public class EventResultsView {

    @Inject
    Events events;

    @Inject
    EventFeedbacks feedbacks;

    @Inject
    EventFigures figures;

    @Inject
    LanguageSelection language;

    private String id;
    private String page;
    private long eventId;
    private Event event;
    private EventFeedbacks.Results results;
    private EventFigures.Figures figuresOf;

    public void load() throws IOException {
        eventId = PageIds.parse(id);
        long pageNumber = PageIds.parse(page);
        try {
            event = events.requireOrganiser(eventId);
            results = feedbacks.results(eventId, (int) Math.max(1, Math.min(Integer.MAX_VALUE, pageNumber)));
            figuresOf = figures.of(eventId);
        } catch (BusinessException refused) {
            ErrorPages.send(refused.kind() == BusinessException.Kind.FORBIDDEN ? 403 : 404);
        }
    }

    public List<Integer> getScores() {
        return IntStream.rangeClosed(1, 5).boxed().toList();
    }

    /** The CSS class of a bar: its width in steps of 5 % (no inline style under the CSP). */
    public String bar(long count, long total) {
        int percent = total == 0 ? 0 : (int) Math.round(100.0 * count / total);
        return "bar bar-" + (Math.round(percent / 5.0f) * 5);
    }

    public int percent(long count, long total) {
        return total == 0 ? 0 : (int) Math.round(100.0 * count / total);
    }

    /** An average as people read it in their language: "4,5" in French and Dutch, "4.5" in English. */
    public String average(double value) {
        return String.format(language.getLocale(), "%.1f", value);
    }

    /** A country's name in the reader's language (the bundle knows BE and FR; the JDK the others). */
    public String country(String code) {
        if (code == null) {
            return Messages.get(language.getLanguage(), "event.figures.notGiven", List.of());
        }
        return new Locale("", code).getDisplayCountry(language.getLocale());
    }

    public String kind(String kind) {
        return Messages.get(language.getLanguage(), kind == null ? "event.figures.noOrganisation" : "directory.kind." + kind, List.of());
    }

    public String type(String type) {
        return Messages.get(language.getLanguage(), type == null ? "event.figures.notGiven" : "event.participantType." + type, List.of());
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
    public long getEventId() { return eventId; }
    public Event getEvent() { return event; }
    public EventFeedbacks.Results getResults() { return results; }
    public EventFigures.Figures getFigures() { return figuresOf; }
}
