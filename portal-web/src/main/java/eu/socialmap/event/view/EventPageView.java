package eu.socialmap.event.view;

import eu.socialmap.directory.boundary.Organisations;
import eu.socialmap.directory.boundary.ServiceCatalogue;
import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.directory.entity.TaxonomyTerm;
import eu.socialmap.event.boundary.EventRegistrations;
import eu.socialmap.event.boundary.Events;
import eu.socialmap.event.entity.Audience;
import eu.socialmap.event.entity.Event;
import eu.socialmap.event.entity.EventKind;
import eu.socialmap.event.entity.EventQuestion;
import eu.socialmap.event.entity.EventSession;
import eu.socialmap.event.entity.FormField;
import eu.socialmap.event.entity.ParticipantType;
import eu.socialmap.event.entity.RegistrationForm;
import eu.socialmap.membership.boundary.Callers;
import eu.socialmap.membership.boundary.Colleagues;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.platform.boundary.PublicUrl;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.view.ErrorPages;
import eu.socialmap.platform.view.LanguageSelection;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An event's page ({@code /events/view?id=}, with {@code &code=} for an invitation-only one): what, when, where, the
 * programme, and registration. A member registers in one click (her account says who she is); anyone else fills in
 * the form the organiser configured and confirms her address by mail; an organisation's administrator may register
 * several colleagues at once. A refusal keeps everything typed.
 */
@Named
@ViewScoped
public class EventPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Events events;

    @Inject
    EventRegistrations registrations;

    @Inject
    Organisations organisations;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    Colleagues colleagues;

    @Inject
    Callers callers;

    @Inject
    Notices notices;

    @Inject
    LanguageSelection language;

    @Inject
    PublicUrl publicUrl;

    private String id;
    private String code;
    private long eventId;
    private Events.EventCard card;
    private List<EventSession> sessions = List.of();
    private List<EventQuestion> questions = List.of();
    private String organiserName;
    private Long organiserId;
    private String themeName;
    private EventRegistrations.Personal mine;
    private boolean signedIn;
    private List<Colleagues.Colleague> colleagueList = List.of();
    private boolean manager;

    // the registration form; kept as typed across a refusal
    private String name;
    private String email;
    private String formLanguage;
    private String organisationName;
    private String role;
    private String type;
    private String country;
    private String diet;
    private String accessibility;
    private boolean interpretation;
    private final Map<Long, Boolean> chosenSessions = new HashMap<>();
    private final Map<Long, String> answers = new HashMap<>();
    private final Map<Long, Boolean> chosenColleagues = new HashMap<>();
    private String sent;

    public void load() throws IOException {
        eventId = PageIds.parse(id);
        try {
            card = events.card(eventId, code);
        } catch (BusinessException notFound) {
            ErrorPages.send(404);
            return;
        }
        Event event = card.event();
        sessions = events.sessions(eventId);
        questions = events.questions(eventId);
        organiserId = event.getOrganiserId();
        organiserName = organiserId == null ? null : organiserName(organiserId);
        themeName = event.getThemeTermId() == null ? null : catalogue.terms(TaxonomyTerm.Taxonomy.THEME).stream()
                .filter(t -> t.getId().equals(event.getThemeTermId())).findFirst()
                .map(t -> t.getName().in(language.getLanguage())).orElse(null);
        Optional<Account> caller = callers.signedIn();
        signedIn = caller.isPresent();
        manager = events.mayManage(event);
        mine = registrations.mineFor(eventId).orElse(null);
        if (caller.isPresent() && caller.get().getOrganisationId() != null
                && caller.get().isAdministratorOf(caller.get().getOrganisationId())) {
            colleagueList = colleagues.of(caller.get().getOrganisationId()).stream()
                    .filter(c -> c.active() && c.id() != caller.get().getId()).toList();
        }
        if (formLanguage == null) {
            formLanguage = language.getCode();
        }
    }

    private String organiserName(long organisation) {
        try {
            Organisation o = organisations.visible(organisation);
            return o.getShortName();
        } catch (BusinessException notPublic) {
            return null;
        }
    }

    public String register() {
        try {
            EventRegistrations.Made made = registrations.register(eventId, form(), code);
            if (signedIn) {
                notices.info(made.position() == 0 ? "event.register.seated" : "event.register.waitlisted", made.position());
                notices.keepAcrossRedirect();
                return self();
            }
            // someone without an account: nothing is hers until she confirms her address from the mail
            sent = made.registration().getEmail();
            return null;
        } catch (BusinessException refusal) {
            notices.error(refusal, "register");
            return null;
        }
    }

    public String registerColleagues() {
        List<Long> picked = chosenColleagues.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey).sorted().toList();
        if (picked.isEmpty()) {
            notices.error("event.register.colleagues.none");
            return null;
        }
        try {
            List<EventRegistrations.Made> made = registrations.registerColleagues(eventId, picked, form());
            long waiting = made.stream().filter(m -> m.position() > 0).count();
            notices.info("event.register.colleagues.done", made.size(), made.size() - waiting, waiting,
                    picked.size() - made.size());
            notices.keepAcrossRedirect();
            return self();
        } catch (BusinessException refusal) {
            notices.error(refusal, "colleagues");
            return null;
        }
    }

    public String cancelMine() {
        long registration = mine == null ? -1 : mine.registration().getId();
        return notices.afterAction(() -> registrations.cancelOwn(registration), "event.register.cancelled", "mine", self());
    }

    private RegistrationForm form() {
        List<Long> sessionIds = chosenSessions.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey).sorted().toList();
        ParticipantType participantType = type == null || type.isBlank() ? null
                : java.util.Arrays.stream(ParticipantType.values()).filter(t -> t.name().equals(type)).findFirst().orElse(null);
        Map<Long, String> given = new HashMap<>();
        answers.forEach((question, answer) -> {
            if (answer != null) {
                given.put(question, answer);
            }
        });
        return new RegistrationForm(name, email, formLanguage, organisationName, role, participantType, country, diet,
                accessibility, interpretation, sessionIds, given);
    }

    private String self() {
        String invitation = code == null ? "" : "&code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
        return "/events/view?faces-redirect=true&id=" + eventId + invitation;
    }

    public Event getEvent() {
        return card.event();
    }

    /** Registration is shown while it is open and she has no live registration. */
    public boolean isRegistrationOpen() {
        return card.event().windowAt(Instant.now()) == Event.RegistrationWindow.OPEN;
    }

    public Event.RegistrationWindow getWindow() {
        return card.event().windowAt(Instant.now());
    }

    public boolean isMayRegister() {
        return isRegistrationOpen() && (mine == null || !mine.registration().getStatus().isActive())
                && (card.event().getAudience() != Audience.MEMBERS || signedIn) && sent == null;
    }

    public boolean asks(String field) {
        return card.event().getFormFields().contains(FormField.valueOf(field));
    }

    public boolean isFair() {
        return card.event().getKind() == EventKind.FAIR && card.event().getStandCount() != null;
    }

    public int getSeatsLeft() {
        return Math.max(0, card.capacity() - card.taken());
    }

    /** The event for search engines and calendars: schema.org {@code Event} as JSON-LD (public events only). */
    public String getJsonLd() {
        Event event = card.event();
        if (event.getAudience() != Audience.PUBLIC || event.getStatus() == Event.Status.DRAFT) {
            return null;
        }
        return EventJsonLd.of(event, language.getLanguage(), publicUrl.of("/events/view?id=" + eventId), organiserName,
                getSeatsLeft());
    }

    public ParticipantType[] getTypes() { return ParticipantType.values(); }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public long getEventId() { return eventId; }
    public List<EventSession> getSessions() { return sessions; }
    public List<EventQuestion> getQuestions() { return questions; }
    public String getOrganiserName() { return organiserName; }
    public Long getOrganiserId() { return organiserId; }
    public String getThemeName() { return themeName; }
    public EventRegistrations.Personal getMine() { return mine; }
    public boolean isSignedIn() { return signedIn; }
    public boolean isManager() { return manager; }
    public List<Colleagues.Colleague> getColleagueList() { return colleagueList; }
    public String getSent() { return sent; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getFormLanguage() { return formLanguage; }
    public void setFormLanguage(String formLanguage) { this.formLanguage = formLanguage; }
    public String getOrganisationName() { return organisationName; }
    public void setOrganisationName(String organisationName) { this.organisationName = organisationName; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getDiet() { return diet; }
    public void setDiet(String diet) { this.diet = diet; }
    public String getAccessibility() { return accessibility; }
    public void setAccessibility(String accessibility) { this.accessibility = accessibility; }
    public boolean isInterpretation() { return interpretation; }
    public void setInterpretation(boolean interpretation) { this.interpretation = interpretation; }
    public Map<Long, Boolean> getChosenSessions() { return chosenSessions; }
    public Map<Long, String> getAnswers() { return answers; }
    public Map<Long, Boolean> getChosenColleagues() { return chosenColleagues; }

    /** Whether the session is one of hers (her registration's choice). */
    public boolean isMySession(Long sessionId) {
        return mine != null && mine.registration().getSessionIds().contains(sessionId);
    }
}
