package eu.socialmap.event.view;

import eu.socialmap.event.entity.Audience;
import eu.socialmap.event.entity.Event;
import eu.socialmap.event.entity.EventDetails;
import eu.socialmap.event.entity.EventKind;
import eu.socialmap.event.entity.FormField;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.platform.entity.LocalizedText;
import eu.socialmap.platform.view.DateInputs;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An event's fields as the organiser typed them: numbers and dates stay text until the service reads them, so that
 * a refused form shows exactly what was typed.
 */
public class EventForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int DEFAULT_OFFER_HOURS = 48;

    private EventKind kind = EventKind.FORUM;
    private String titleFr;
    private String titleNl;
    private String titleEn;
    private String descriptionFr;
    private String descriptionNl;
    private String descriptionEn;
    private Long themeId;
    private Long locationId;
    private String address;
    private String onlineUrl;
    private String start;
    private String end;
    private Audience audience = Audience.PUBLIC;
    private List<String> languages = new ArrayList<>(List.of("fr", "nl"));
    private boolean interpretation;
    private String capacity;
    private String registrationOpens;
    private String registrationCloses;
    /** Names of the optional {@link FormField}s asked (as text: a list of enums would not convert by itself). */
    private List<String> formFields = new ArrayList<>(List.of(FormField.ORGANISATION.name()));
    private String offerHours = String.valueOf(DEFAULT_OFFER_HOURS);
    private String standCount;

    static EventForm of(Event event, int seats) {
        EventForm form = new EventForm();
        form.kind = event.getKind();
        form.titleFr = event.getTitle().exactly(Language.FR);
        form.titleNl = event.getTitle().exactly(Language.NL);
        form.titleEn = event.getTitle().exactly(Language.EN);
        form.descriptionFr = event.getDescription().exactly(Language.FR);
        form.descriptionNl = event.getDescription().exactly(Language.NL);
        form.descriptionEn = event.getDescription().exactly(Language.EN);
        form.themeId = event.getThemeTermId();
        form.locationId = event.getLocationId();
        // the address of a social-map place is the place's: shown by the choice, not typed again
        form.address = event.getLocationId() == null ? event.getAddress() : null;
        form.onlineUrl = event.getOnlineUrl();
        form.start = field(event.getStartsAt());
        form.end = field(event.getEndsAt());
        form.audience = event.getAudience();
        form.languages = new ArrayList<>(event.getLanguages());
        form.interpretation = event.isInterpretation();
        form.capacity = String.valueOf(seats);
        form.registrationOpens = field(event.getRegistrationOpensAt());
        form.registrationCloses = field(event.getRegistrationClosesAt());
        form.formFields = new ArrayList<>(event.getFormFields().stream().map(Enum::name).toList());
        form.offerHours = String.valueOf(event.getOfferHours());
        form.standCount = event.getStandCount() == null ? null : String.valueOf(event.getStandCount());
        return form;
    }

    /** What the service checks; a number that does not read is passed as none, and refused by the service by name. */
    EventDetails toDetails() {
        Set<FormField> fields = EnumSet.noneOf(FormField.class);
        if (formFields != null) {
            fields.addAll(FormField.parse(String.join(",", formFields)));
        }
        Integer hours = number(offerHours);
        return new EventDetails(kind, new LocalizedText(titleFr, titleNl, titleEn),
                new LocalizedText(descriptionFr, descriptionNl, descriptionEn), themeId, locationId, address, onlineUrl,
                moment(start), moment(end), audience, languages, interpretation, number(capacity), moment(registrationOpens),
                moment(registrationCloses), fields, hours == null ? 0 : hours, kind == EventKind.FAIR ? number(standCount) : null);
    }

    static Integer number(String typed) {
        return typed != null && typed.strip().matches("\\d{1,6}") ? Integer.valueOf(typed.strip()) : null;
    }

    private static Instant moment(String typed) {
        return DateInputs.instant(typed).orElse(null);
    }

    private static String field(Instant instant) {
        return instant == null ? null : DateInputs.field(instant);
    }

    public EventKind getKind() { return kind; }
    public void setKind(EventKind kind) { this.kind = kind; }
    public String getTitleFr() { return titleFr; }
    public void setTitleFr(String titleFr) { this.titleFr = titleFr; }
    public String getTitleNl() { return titleNl; }
    public void setTitleNl(String titleNl) { this.titleNl = titleNl; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public String getDescriptionFr() { return descriptionFr; }
    public void setDescriptionFr(String descriptionFr) { this.descriptionFr = descriptionFr; }
    public String getDescriptionNl() { return descriptionNl; }
    public void setDescriptionNl(String descriptionNl) { this.descriptionNl = descriptionNl; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String descriptionEn) { this.descriptionEn = descriptionEn; }
    public Long getThemeId() { return themeId; }
    public void setThemeId(Long themeId) { this.themeId = themeId; }
    public Long getLocationId() { return locationId; }
    public void setLocationId(Long locationId) { this.locationId = locationId; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getOnlineUrl() { return onlineUrl; }
    public void setOnlineUrl(String onlineUrl) { this.onlineUrl = onlineUrl; }
    public String getStart() { return start; }
    public void setStart(String start) { this.start = start; }
    public String getEnd() { return end; }
    public void setEnd(String end) { this.end = end; }
    public Audience getAudience() { return audience; }
    public void setAudience(Audience audience) { this.audience = audience; }
    public List<String> getLanguages() { return languages; }
    public void setLanguages(List<String> languages) { this.languages = languages; }
    public boolean isInterpretation() { return interpretation; }
    public void setInterpretation(boolean interpretation) { this.interpretation = interpretation; }
    public String getCapacity() { return capacity; }
    public void setCapacity(String capacity) { this.capacity = capacity; }
    public String getRegistrationOpens() { return registrationOpens; }
    public void setRegistrationOpens(String registrationOpens) { this.registrationOpens = registrationOpens; }
    public String getRegistrationCloses() { return registrationCloses; }
    public void setRegistrationCloses(String registrationCloses) { this.registrationCloses = registrationCloses; }
    public List<String> getFormFields() { return formFields; }
    public void setFormFields(List<String> formFields) { this.formFields = formFields; }
    public String getOfferHours() { return offerHours; }
    public void setOfferHours(String offerHours) { this.offerHours = offerHours; }
    public String getStandCount() { return standCount; }
    public void setStandCount(String standCount) { this.standCount = standCount; }
}
