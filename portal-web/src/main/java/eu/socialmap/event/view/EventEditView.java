package eu.socialmap.event.view;

import eu.socialmap.directory.boundary.ServiceCatalogue;
import eu.socialmap.directory.entity.TaxonomyTerm;
import eu.socialmap.event.boundary.Events;
import eu.socialmap.event.entity.Audience;
import eu.socialmap.event.entity.Event;
import eu.socialmap.event.entity.EventKind;
import eu.socialmap.event.entity.FormField;
import eu.socialmap.platform.boundary.PublicUrl;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.view.ErrorPages;
import eu.socialmap.platform.view.Notices;
import eu.socialmap.platform.view.PageIds;
import eu.socialmap.workinggroup.boundary.Meetings;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * An organiser's form for an event ({@code /events/edit}, {@code ?id=} to change one): everything about it, then
 * publish or call it off. An invitation-only event's link is shown once, when its code is made (only its hash is
 * kept). A refusal keeps what was typed, including "changed meanwhile" (the organiser copies her text, reloads).
 */
@Named
@ViewScoped
public class EventEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String INVITATION_FLASH = "event.invitationLink";

    @Inject
    Events events;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    Meetings meetings;

    @Inject
    PublicUrl publicUrl;

    @Inject
    Notices notices;

    private String id;
    private Long eventId;
    private long version;
    private Event event;
    private EventForm form = new EventForm();
    private List<TaxonomyTerm> themes = List.of();
    private List<Meetings.HostPlace> places = List.of();
    private String invitationLink;
    private boolean confirmingCancel;

    public void load() throws IOException {
        if (eventId != null) {
            return; // a postback of this view: the form holds what was typed
        }
        long typed = PageIds.parse(id);
        try {
            if (id == null || id.isBlank()) {
                if (!events.mayOrganise()) {
                    ErrorPages.send(403);
                    return;
                }
            } else {
                event = events.requireOrganiser(typed);
                eventId = event.getId();
                version = event.getVersion();
                form = EventForm.of(event, events.card(eventId, null).capacity());
            }
        } catch (BusinessException refusal) {
            ErrorPages.send(refusal.kind() == BusinessException.Kind.FORBIDDEN ? 403 : 404);
            return;
        }
        themes = catalogue.terms(TaxonomyTerm.Taxonomy.THEME);
        places = meetings.hostPlaces();
        Object code = FacesContext.getCurrentInstance().getExternalContext().getFlash().get(INVITATION_FLASH);
        invitationLink = code == null || eventId == null ? null : link(eventId, (String) code);
    }

    public String save() {
        try {
            if (eventId == null) {
                Events.Created created = events.create(form.toDetails());
                notices.info("event.edit.created");
                showInvitationAfterRedirect(created.invitationCode());
                notices.keepAcrossRedirect();
                return outcome(created.event().getId());
            }
            events.update(eventId, version, form.toDetails());
            notices.info("event.edit.saved");
            notices.keepAcrossRedirect();
            return outcome(eventId);
        } catch (BusinessException refusal) {
            notices.error(FieldIds.onForm(refusal), "event");
            return null;
        }
    }

    /** Saves what is typed, then publishes: a draft goes out as the organiser sees it. */
    public String publish() {
        try {
            events.update(eventId, version, form.toDetails());
        } catch (BusinessException refusal) {
            notices.error(FieldIds.onForm(refusal), "event");
            return null;
        }
        return notices.afterAction(() -> events.publish(eventId), "event.edit.published", "event", outcome(eventId));
    }

    public void askToCancel() {
        confirmingCancel = true;
    }

    public void keep() {
        confirmingCancel = false;
    }

    public String cancelEvent() {
        return notices.afterAction(() -> events.cancel(eventId), "event.edit.cancelled", "status", outcome(eventId));
    }

    public String newInvitation() {
        try {
            showInvitationAfterRedirect(events.newInvitationCode(eventId));
            notices.info("event.edit.invitationRenewed");
            notices.keepAcrossRedirect();
            return outcome(eventId);
        } catch (BusinessException refusal) {
            notices.error(refusal);
            return null;
        }
    }

    private void showInvitationAfterRedirect(String code) {
        if (code != null) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put(INVITATION_FLASH, code);
        }
    }

    private String link(long id, String code) {
        return publicUrl.of("/events/view?id=" + id + "&code=" + code);
    }

    private static String outcome(long id) {
        return "/events/edit?faces-redirect=true&id=" + id;
    }

    public boolean isFair() {
        return form.getKind() == EventKind.FAIR;
    }

    public boolean isDraft() {
        return event != null && event.getStatus() == Event.Status.DRAFT;
    }

    public boolean isCancellable() {
        return event != null && event.getStatus() != Event.Status.CANCELLED;
    }

    public boolean isInvitationOnly() {
        return event != null && event.getAudience() == Audience.INVITATION && event.getStatus() != Event.Status.CANCELLED;
    }

    public EventKind[] getKinds() { return EventKind.values(); }
    public Audience[] getAudiences() { return Audience.values(); }
    public FormField[] getFormFields() { return FormField.values(); }
    public List<String> getLanguageCodes() { return List.of("fr", "nl", "en"); }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Long getEventId() { return eventId; }
    public Event getEvent() { return event; }
    public EventForm getForm() { return form; }
    public List<TaxonomyTerm> getThemes() { return themes; }
    public List<Meetings.HostPlace> getPlaces() { return places; }
    public String getInvitationLink() { return invitationLink; }
    public boolean isConfirmingCancel() { return confirmingCancel; }
}
