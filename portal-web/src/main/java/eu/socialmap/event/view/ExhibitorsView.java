package eu.socialmap.event.view;

import eu.socialmap.event.boundary.Events;
import eu.socialmap.event.boundary.FairStands;
import eu.socialmap.event.entity.Event;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.view.ErrorPages;
import eu.socialmap.platform.view.PageIds;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.util.List;

/**
 * "Who is where" at a fair ({@code /events/exhibitors?event=}), for everyone: the numbered plan read-only and the
 * exhibitors by number, each linked to its page on the social map. An invitation-only fair needs its {@code code}.
 */
@Named
@RequestScoped
public class ExhibitorsView {

    @Inject
    Events events;

    @Inject
    FairStands stands;

    private String event;
    private String code;
    private long eventId;
    private Event fair;
    private List<FairStands.Exhibitor> exhibitors = List.of();
    private List<FairStands.Box> plan = List.of();
    private boolean organiser;

    public void load() throws IOException {
        eventId = PageIds.parse(event);
        try {
            exhibitors = stands.exhibitors(eventId, code);
            fair = events.visible(eventId, code);
        } catch (BusinessException notFound) {
            ErrorPages.send(404);
            return;
        }
        plan = FairStands.plan(fair.getStandCount(), exhibitors);
        organiser = events.mayManage(fair);
    }

    public int getFreeCount() {
        return plan.size() - (int) plan.stream().filter(b -> !b.isFree()).count();
    }

    public String getEvent() { return event; }
    public void setEvent(String event) { this.event = event; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public long getEventId() { return eventId; }
    public Event getFair() { return fair; }
    public List<FairStands.Exhibitor> getExhibitors() { return exhibitors; }
    public List<FairStands.Box> getPlan() { return plan; }
    public boolean isOrganiser() { return organiser; }
}
