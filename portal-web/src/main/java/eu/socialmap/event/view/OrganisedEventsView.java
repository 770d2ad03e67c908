package eu.socialmap.event.view;

import eu.socialmap.event.boundary.Events;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.view.Notices;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * The events the signed-in person organises ({@code /events/organised}): all of them for a coordinator, her
 * organisation's for an administrator, newest first, with their seats; and the way to a new one.
 */
@Named
@RequestScoped
public class OrganisedEventsView {

    @Inject
    Events events;

    @Inject
    Notices notices;

    private List<Events.EventCard> cards = List.of();
    private boolean mayOrganise;

    public void load() {
        mayOrganise = events.mayOrganise();
        try {
            cards = events.organised();
        } catch (BusinessException notAnOrganiser) {
            // a page of her own: it says who organises events rather than ending on "forbidden"
            notices.info("event.organised.notOrganiser");
        }
    }

    public List<Events.EventCard> getCards() { return cards; }
    public boolean isMayOrganise() { return mayOrganise; }
}
