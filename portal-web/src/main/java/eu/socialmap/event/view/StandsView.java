package eu.socialmap.event.view;

import eu.socialmap.event.boundary.Events;
import eu.socialmap.event.boundary.FairStands;
import eu.socialmap.event.entity.Event;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.view.ErrorPages;
import eu.socialmap.platform.view.Notices;
import eu.socialmap.platform.view.PageIds;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The organisers' page of a fair's stands ({@code /events/stands?event=}): the applications with their needs, a number
 * to give or a reason to decline on each row, and the numbered plan. Anyone else: 403 (404 for an unknown event).
 */
@Named
@ViewScoped
public class StandsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Events events;

    @Inject
    FairStands stands;

    @Inject
    Notices notices;

    private String event;
    private long eventId;
    private Event fair;
    private List<FairStands.Application> applications = List.of();
    private List<FairStands.Box> plan = List.of();
    private int allocatedCount;
    /** Typed per stand id, as text: a number that does not parse is refused by the service with its range. */
    private final Map<Long, String> numbers = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();

    public void load() throws IOException {
        eventId = PageIds.parse(event);
        try {
            applications = stands.applications(eventId);
            fair = events.visible(eventId, null);
        } catch (BusinessException refusal) {
            ErrorPages.send(refusal.kind() == BusinessException.Kind.FORBIDDEN ? 403 : 404);
            return;
        }
        List<FairStands.Exhibitor> allocated = applications.stream().filter(a -> a.stand().isAllocated())
                .map(a -> new FairStands.Exhibitor(a.stand().getStandNumber(), a.stand().getOrganisationId(),
                        a.organisation(), false))
                .toList();
        allocatedCount = allocated.size();
        plan = FairStands.plan(fair.getStandCount(), allocated);
        applications.stream().filter(a -> a.stand().isAllocated())
                .forEach(a -> numbers.put(a.stand().getId(), String.valueOf(a.stand().getStandNumber())));
    }

    /** {@code row} names the row's form, so that a refused number shows next to its own field. */
    public String allocate(long standId, int row) {
        return notices.afterAction(() -> stands.allocate(standId, parse(numbers.get(standId))),
                "event.stand.allocated.done", formOf(row), outcome());
    }

    public String decline(long standId, int row) {
        return notices.afterAction(() -> stands.decline(standId, reasons.get(standId)),
                "event.stand.declined.done", formOf(row), outcome());
    }

    private static String formOf(int row) {
        return "stands:rows:" + row;
    }

    private String outcome() {
        return "/events/stands?faces-redirect=true&event=" + eventId;
    }

    private static int parse(String typed) {
        return typed != null && typed.strip().matches("\\d{1,6}") ? Integer.parseInt(typed.strip()) : -1;
    }

    public int getFreeCount() {
        return plan.size() - (int) plan.stream().filter(b -> !b.isFree()).count();
    }

    public String getEvent() { return event; }
    public void setEvent(String event) { this.event = event; }
    public long getEventId() { return eventId; }
    public Event getFair() { return fair; }
    public List<FairStands.Application> getApplications() { return applications; }
    public List<FairStands.Box> getPlan() { return plan; }
    public int getAllocatedCount() { return allocatedCount; }
    public Map<Long, String> getNumbers() { return numbers; }
    public Map<Long, String> getReasons() { return reasons; }
}
