package eu.socialmap.event.view;

import eu.socialmap.event.boundary.EventDesk;
import eu.socialmap.event.boundary.Events;
import eu.socialmap.event.entity.Event;
import eu.socialmap.event.entity.EventKind;
import eu.socialmap.event.entity.Registration;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.view.ErrorPages;
import eu.socialmap.platform.view.Notices;
import eu.socialmap.platform.view.PageIds;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An organiser's view of an event's registrations ({@code /events/manage?id=&q=&status=&page=}): the live counts,
 * the people registered by name (searched, filtered by status, a page at a time; the search lives in the address),
 * check-in of someone who forgot her ticket and its undoing, and the files to print or export.
 */
@Named
@ViewScoped
public class EventManageView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 50;

    @Inject
    Events events;

    @Inject
    EventDesk desk;

    @Inject
    Notices notices;

    private String id;
    private String q;
    private String status;
    private String page;
    private long eventId;
    private Event event;
    private EventDesk.Counts counts;
    private EventDesk.Page registrations;

    public void load() throws IOException {
        eventId = PageIds.parse(id);
        try {
            event = events.requireOrganiser(eventId);
            counts = desk.counts(eventId);
            long typedPage = PageIds.parse(page);
            registrations = desk.registrations(eventId, chosenStatus(), q, typedPage < 1 ? 1 : (int) Math.min(typedPage, 100_000),
                    PAGE_SIZE);
        } catch (BusinessException refusal) {
            ErrorPages.send(refusal.kind() == BusinessException.Kind.FORBIDDEN ? 403 : 404);
        }
    }

    /** A status that is not one of ours is "any". */
    private Registration.Status chosenStatus() {
        return Arrays.stream(Registration.Status.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
    }

    public String checkIn(long registrationId) {
        return notices.afterAction(() -> desk.checkInById(eventId, registrationId), "event.manage.checkedIn", "people",
                outcome());
    }

    public String undoCheckIn(long registrationId) {
        return notices.afterAction(() -> desk.undoCheckIn(eventId, registrationId), "event.manage.checkInUndone", "people",
                outcome());
    }

    /** Back to the same page of the same search. */
    private String outcome() {
        return "/events/manage?faces-redirect=true&id=" + eventId + query(registrations == null ? 1 : registrations.page());
    }

    /** The search's part of an address, for the pager's links and after an action. */
    public String query(int toPage) {
        StringBuilder query = new StringBuilder();
        if (q != null && !q.isBlank()) {
            query.append("&q=").append(URLEncoder.encode(q.strip(), StandardCharsets.UTF_8));
        }
        if (chosenStatus() != null) {
            query.append("&status=").append(chosenStatus().name());
        }
        return query.append("&page=").append(toPage).toString();
    }

    public boolean isFair() {
        return event != null && event.getKind() == EventKind.FAIR;
    }

    public Registration.Status[] getStatuses() { return Registration.Status.values(); }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
    public long getEventId() { return eventId; }
    public Event getEvent() { return event; }
    public EventDesk.Counts getCounts() { return counts; }
    public EventDesk.Page getRegistrations() { return registrations; }
}
