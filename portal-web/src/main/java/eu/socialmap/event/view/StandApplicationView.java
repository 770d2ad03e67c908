package eu.socialmap.event.view;

import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.event.boundary.Events;
import eu.socialmap.event.boundary.FairStands;
import eu.socialmap.event.entity.Event;
import eu.socialmap.event.entity.EventKind;
import eu.socialmap.event.entity.FairStand;
import eu.socialmap.event.entity.StandSize;
import eu.socialmap.platform.control.InputCheck;
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
import java.time.Instant;

/**
 * An organisation's stand at a fair ({@code /events/stand?event=}): its administrator applies with the stand's size
 * and needs, sees what became of the application, withdraws it, or applies again after a withdrawal or a refusal.
 */
@Named
@ViewScoped
public class StandApplicationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Events events;

    @Inject
    FairStands stands;

    @Inject
    Notices notices;

    private String event;
    private String code;
    private long eventId;
    private Event fair;
    private String organisationName;
    private FairStand mine;
    private boolean open;
    private String size = StandSize.SMALL.name();
    private boolean table;
    private boolean power;
    private String note;

    public void load() throws IOException {
        eventId = PageIds.parse(event);
        try {
            fair = events.visible(eventId, code);
        } catch (BusinessException notFound) {
            ErrorPages.send(404);
            return;
        }
        if (fair.getKind() != EventKind.FAIR || fair.getStandCount() == null) {
            ErrorPages.send(404);
            return;
        }
        open = fair.getStatus() == Event.Status.PUBLISHED && Instant.now().isBefore(fair.getStartsAt());
        organisationName = stands.applicantOrganisation().map(Organisation::getShortName).orElse(null);
        mine = stands.mine(eventId).orElse(null);
        if (mine != null) {
            size = mine.getSize().name();
            table = mine.isNeedsTable();
            power = mine.isNeedsPower();
            note = mine.getNote();
        }
    }

    public String apply() {
        return notices.afterAction(() -> stands.apply(eventId, InputCheck.named(StandSize.class, size), table, power, note),
                "event.stand.apply.done", "apply", outcome());
    }

    public String withdraw() {
        long standId = mine == null ? -1 : mine.getId();
        return notices.afterAction(() -> stands.withdraw(standId), "event.stand.withdraw.done", "withdraw", outcome());
    }

    private String outcome() {
        String invitation = code == null ? "" : "&code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
        return "/events/stand?faces-redirect=true&event=" + eventId + invitation;
    }

    /** The form shows to an administrator whose organisation has no pending or allocated stand, while the fair is ahead. */
    public boolean isMayApply() {
        return open && organisationName != null && (mine == null || !mine.isActive());
    }

    public StandSize[] getSizes() {
        return StandSize.values();
    }

    public String getEvent() { return event; }
    public void setEvent(String event) { this.event = event; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public long getEventId() { return eventId; }
    public Event getFair() { return fair; }
    public String getOrganisationName() { return organisationName; }
    public FairStand getMine() { return mine; }
    public boolean isOpen() { return open; }
    public String getSize() { return size; }
    public void setSize(String size) { this.size = size; }
    public boolean isTable() { return table; }
    public void setTable(boolean table) { this.table = table; }
    public boolean isPower() { return power; }
    public void setPower(boolean power) { this.power = power; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
