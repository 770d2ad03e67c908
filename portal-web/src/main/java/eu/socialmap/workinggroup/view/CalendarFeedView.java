package eu.socialmap.workinggroup.view;

import eu.socialmap.platform.boundary.PublicUrl;
import eu.socialmap.platform.view.Notices;
import eu.socialmap.workinggroup.boundary.CalendarFeeds;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * A person's calendar feed ({@code /groups/calendar}): the secret address of all her meetings, to subscribe to in
 * Outlook, Google, Apple or Thunderbird. Only a hash is kept, so the address is shown once, when it is made; making
 * a new one revokes the old (a lost phone, a shared screen).
 */
@Named
@ViewScoped
public class CalendarFeedView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CalendarFeeds feeds;

    @Inject
    PublicUrl publicUrl;

    @Inject
    Notices notices;

    private boolean hasFeed;
    private String newAddress;

    public void load() {
        hasFeed = feeds.hasFeed();
    }

    public void renew() {
        newAddress = publicUrl.of("/calendar/feed/" + feeds.renew() + ".ics");
        hasFeed = true;
        notices.info("workinggroup.calendar.made");
    }

    public void revoke() {
        feeds.revoke();
        hasFeed = false;
        newAddress = null;
        notices.info("workinggroup.calendar.revoked");
    }

    public boolean isHasFeed() { return hasFeed; }
    public String getNewAddress() { return newAddress; }
}
