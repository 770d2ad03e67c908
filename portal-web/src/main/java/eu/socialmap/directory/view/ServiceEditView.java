package eu.socialmap.directory.view;

import eu.socialmap.platform.view.ErrorPages;
import eu.socialmap.directory.boundary.ServiceCatalogue;
import eu.socialmap.directory.entity.Closure;
import eu.socialmap.directory.entity.Location;
import eu.socialmap.directory.entity.OpeningSlot;
import eu.socialmap.directory.entity.ScheduleInput;
import eu.socialmap.directory.entity.Service;
import eu.socialmap.directory.entity.ServiceAccess;
import eu.socialmap.directory.entity.ServiceDetails;
import eu.socialmap.directory.entity.TaxonomyTerm;
import eu.socialmap.membership.boundary.Callers;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.platform.view.LanguageSelection;
import eu.socialmap.platform.view.Notices;
import eu.socialmap.platform.view.PageIds;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Describes one of the organisation's services ({@code /organisation/service?id=…}, or without id a new one): every
 * field of the social map, in French, Dutch and English, with weekly hours (two slots a day) and closures. Only the
 * organisation's administrators and the coordinators may; the service checks it again on save.
 */
@Named
@ViewScoped
public class ServiceEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SLOTS_PER_DAY = 2;
    static final int CLOSURE_LINES = 3;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    Callers callers;

    @Inject
    Notices notices;

    @Inject
    LanguageSelection language;

    private String id;
    private Long serviceId;
    private long organisationId;
    private long version;
    private Form form;
    private List<Line> slots;
    private List<ClosureLine> closures;
    private List<String> themes = new ArrayList<>();
    private List<String> audiences = new ArrayList<>();
    private List<String> places = new ArrayList<>();
    private List<Option> themeOptions;
    private List<Option> audienceOptions;
    private List<Option> placeOptions;

    /** A choice of a checkbox list: the value sent and the label read. */
    public record Option(String value, String label) implements Serializable {
    }

    /** One line of weekly hours. */
    public static final class Line implements Serializable {
        private final DayOfWeek day;
        private final String dayName;
        private String opens;
        private String closes;

        Line(DayOfWeek day, String dayName) {
            this.day = day;
            this.dayName = dayName;
        }

        public DayOfWeek getDay() { return day; }
        public String getDayName() { return dayName; }
        public String getOpens() { return opens; }
        public void setOpens(String opens) { this.opens = opens; }
        public String getCloses() { return closes; }
        public void setCloses(String closes) { this.closes = closes; }
    }

    /** One closure line. */
    public static final class ClosureLine implements Serializable {
        private String first;
        private String last;
        private String reason;

        public String getFirst() { return first; }
        public void setFirst(String first) { this.first = first; }
        public String getLast() { return last; }
        public void setLast(String last) { this.last = last; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        form = new Form();
        slots = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (int i = 0; i < SLOTS_PER_DAY; i++) {
                slots.add(new Line(day, day.getDisplayName(TextStyle.FULL_STANDALONE, language.getLocale())));
            }
        }
        closures = new ArrayList<>();
        for (int i = 0; i < CLOSURE_LINES; i++) {
            closures.add(new ClosureLine());
        }
        try {
            if (id == null || id.isBlank()) {
                Long own = callers.current().getOrganisationId();
                if (own == null) {
                    throw new BusinessException(BusinessException.Kind.FORBIDDEN, "membership.forbidden.otherOrganisation");
                }
                organisationId = own;
            } else {
                Service service = catalogue.forEditing(PageIds.parse(id));
                serviceId = service.getId();
                organisationId = service.getOrganisationId();
                version = service.getVersion();
                fill(service);
            }
            if (!catalogue.mayEdit(organisationId)) {
                throw new BusinessException(BusinessException.Kind.FORBIDDEN, "membership.forbidden.otherOrganisation");
            }
        } catch (BusinessException refused) {
            ErrorPages.send(refused.kind() == BusinessException.Kind.NOT_FOUND ? 404 : 403);
            return;
        }
        Language reader = language.getLanguage();
        themeOptions = options(catalogue.terms(TaxonomyTerm.Taxonomy.THEME), reader);
        audienceOptions = options(catalogue.terms(TaxonomyTerm.Taxonomy.AUDIENCE), reader);
        placeOptions = catalogue.locationsOf(organisationId).stream().map(place -> new Option(String.valueOf(place.getId()),
                (place.getName() == null ? "" : place.getName() + " — ") + place.getStreet() + ", " + place.getPostcode()
                        + " " + place.getCommune())).toList();
    }

    private static List<Option> options(List<TaxonomyTerm> terms, Language reader) {
        return terms.stream().map(term -> new Option(String.valueOf(term.getId()), term.getName().in(reader))).toList();
    }

    private void fill(Service service) {
        form.nameFr = service.getName().exactly(Language.FR);
        form.nameNl = service.getName().exactly(Language.NL);
        form.nameEn = service.getName().exactly(Language.EN);
        form.descriptionFr = service.getDescription().exactly(Language.FR);
        form.descriptionNl = service.getDescription().exactly(Language.NL);
        form.descriptionEn = service.getDescription().exactly(Language.EN);
        form.conditionsFr = service.getConditions().exactly(Language.FR);
        form.conditionsNl = service.getConditions().exactly(Language.NL);
        form.conditionsEn = service.getConditions().exactly(Language.EN);
        form.howToApplyFr = service.getHowToApply().exactly(Language.FR);
        form.howToApplyNl = service.getHowToApply().exactly(Language.NL);
        form.howToApplyEn = service.getHowToApply().exactly(Language.EN);
        form.feesFr = service.getFees().exactly(Language.FR);
        form.feesNl = service.getFees().exactly(Language.NL);
        form.feesEn = service.getFees().exactly(Language.EN);
        form.freeOfCharge = service.isFreeOfCharge();
        form.languages = new ArrayList<>(service.getLanguages());
        form.minimumAge = service.getMinimumAge() == null ? null : String.valueOf(service.getMinimumAge());
        form.maximumAge = service.getMaximumAge() == null ? null : String.valueOf(service.getMaximumAge());
        form.email = service.getEmail();
        form.phone = service.getPhone();
        form.website = service.getWebsite();
        service.getTerms().forEach(term -> (term.getTaxonomy() == TaxonomyTerm.Taxonomy.THEME ? themes : audiences)
                .add(String.valueOf(term.getId())));
        service.getLocations().forEach(place -> places.add(String.valueOf(place.getId())));
        Map<DayOfWeek, List<OpeningSlot>> byDay = service.getHours().stream().sorted(Comparator.comparing(OpeningSlot::getOpensAt))
                .collect(Collectors.groupingBy(OpeningSlot::getWeekday));
        byDay.forEach((day, daySlots) -> {
            for (int i = 0; i < Math.min(SLOTS_PER_DAY, daySlots.size()); i++) {
                Line line = slots.get((day.getValue() - 1) * SLOTS_PER_DAY + i);
                line.opens = daySlots.get(i).getOpensAt().toString();
                line.closes = daySlots.get(i).getClosesAt().toString();
            }
        });
        List<Closure> closed = service.getClosures().stream().sorted(Comparator.comparing(Closure::getFirstDay)).toList();
        while (closures.size() < closed.size()) {
            closures.add(new ClosureLine());
        }
        for (int i = 0; i < closed.size(); i++) {
            closures.get(i).first = closed.get(i).getFirstDay().toString();
            closures.get(i).last = closed.get(i).getLastDay().toString();
            closures.get(i).reason = closed.get(i).getReason();
        }
    }

    public String save() {
        try {
            Service saved = catalogue.save(serviceId, organisationId, version, form.details(), form.access(),
                    new ScheduleInput(slots.stream().map(line -> new ScheduleInput.Slot(line.day, line.opens, line.closes)).toList(),
                            closures.stream().map(line -> new ScheduleInput.Closed(line.first, line.last, line.reason)).toList()),
                    ids(themes, audiences), ids(places));
            notices.info("directory.service.saved");
            notices.keepAcrossRedirect();
            return "/service?faces-redirect=true&id=" + saved.getId();
        } catch (BusinessException refusal) {
            notices.error(refusal, "service");
            return null;
        }
    }

    @SafeVarargs
    private static java.util.Set<Long> ids(List<String>... lists) {
        java.util.Set<Long> ids = new HashSet<>();
        for (List<String> values : lists) {
            values.stream().map(PageIds::parse).filter(value -> value > 0).forEach(ids::add);
        }
        return ids;
    }

    /** The typed fields, kept as typed until they are saved. */
    public static final class Form implements Serializable {
        private String nameFr, nameNl, nameEn, descriptionFr, descriptionNl, descriptionEn;
        private String conditionsFr, conditionsNl, conditionsEn, howToApplyFr, howToApplyNl, howToApplyEn;
        private String feesFr, feesNl, feesEn, minimumAge, maximumAge, email, phone, website;
        private boolean freeOfCharge;
        private List<String> languages = new ArrayList<>();

        ServiceDetails details() {
            return new ServiceDetails(nameFr, nameNl, nameEn, descriptionFr, descriptionNl, descriptionEn, languages,
                    age(minimumAge), age(maximumAge), email, phone, website);
        }

        ServiceAccess access() {
            return new ServiceAccess(conditionsFr, conditionsNl, conditionsEn, howToApplyFr, howToApplyNl, howToApplyEn,
                    feesFr, feesNl, feesEn, freeOfCharge);
        }

        /** An age as typed; anything but a whole number counts as out of range, which the check refuses. */
        private static Integer age(String typed) {
            if (typed == null || typed.isBlank()) {
                return null;
            }
            try {
                return Integer.valueOf(typed.strip());
            } catch (NumberFormatException notANumber) {
                return -1;
            }
        }

        public String getNameFr() { return nameFr; }
        public void setNameFr(String v) { nameFr = v; }
        public String getNameNl() { return nameNl; }
        public void setNameNl(String v) { nameNl = v; }
        public String getNameEn() { return nameEn; }
        public void setNameEn(String v) { nameEn = v; }
        public String getDescriptionFr() { return descriptionFr; }
        public void setDescriptionFr(String v) { descriptionFr = v; }
        public String getDescriptionNl() { return descriptionNl; }
        public void setDescriptionNl(String v) { descriptionNl = v; }
        public String getDescriptionEn() { return descriptionEn; }
        public void setDescriptionEn(String v) { descriptionEn = v; }
        public String getConditionsFr() { return conditionsFr; }
        public void setConditionsFr(String v) { conditionsFr = v; }
        public String getConditionsNl() { return conditionsNl; }
        public void setConditionsNl(String v) { conditionsNl = v; }
        public String getConditionsEn() { return conditionsEn; }
        public void setConditionsEn(String v) { conditionsEn = v; }
        public String getHowToApplyFr() { return howToApplyFr; }
        public void setHowToApplyFr(String v) { howToApplyFr = v; }
        public String getHowToApplyNl() { return howToApplyNl; }
        public void setHowToApplyNl(String v) { howToApplyNl = v; }
        public String getHowToApplyEn() { return howToApplyEn; }
        public void setHowToApplyEn(String v) { howToApplyEn = v; }
        public String getFeesFr() { return feesFr; }
        public void setFeesFr(String v) { feesFr = v; }
        public String getFeesNl() { return feesNl; }
        public void setFeesNl(String v) { feesNl = v; }
        public String getFeesEn() { return feesEn; }
        public void setFeesEn(String v) { feesEn = v; }
        public String getMinimumAge() { return minimumAge; }
        public void setMinimumAge(String v) { minimumAge = v; }
        public String getMaximumAge() { return maximumAge; }
        public void setMaximumAge(String v) { maximumAge = v; }
        public String getEmail() { return email; }
        public void setEmail(String v) { email = v; }
        public String getPhone() { return phone; }
        public void setPhone(String v) { phone = v; }
        public String getWebsite() { return website; }
        public void setWebsite(String v) { website = v; }
        public boolean isFreeOfCharge() { return freeOfCharge; }
        public void setFreeOfCharge(boolean v) { freeOfCharge = v; }
        public List<String> getLanguages() { return languages; }
        public void setLanguages(List<String> v) { languages = v; }
    }

    public List<String> getSpokenLanguages() { return ServiceDetails.SPOKEN; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public boolean isNew() { return serviceId == null; }
    public Form getForm() { return form; }
    public List<Line> getSlots() { return slots; }
    public List<ClosureLine> getClosures() { return closures; }
    public List<String> getThemes() { return themes; }
    public void setThemes(List<String> themes) { this.themes = themes; }
    public List<String> getAudiences() { return audiences; }
    public void setAudiences(List<String> audiences) { this.audiences = audiences; }
    public List<String> getPlaces() { return places; }
    public void setPlaces(List<String> places) { this.places = places; }
    public List<Option> getThemeOptions() { return themeOptions; }
    public List<Option> getAudienceOptions() { return audienceOptions; }
    public List<Option> getPlaceOptions() { return placeOptions; }
    public long getOrganisationId() { return organisationId; }
}
