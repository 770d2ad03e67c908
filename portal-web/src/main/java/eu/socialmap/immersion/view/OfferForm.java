package eu.socialmap.immersion.view;

import eu.socialmap.immersion.entity.ImmersionOffer;
import eu.socialmap.immersion.entity.OfferDetails;
import eu.socialmap.immersion.entity.OfferPeriod;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.InvalidInput;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.platform.entity.LocalizedText;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An offer's fields as the host typed them: dates, times and numbers stay text until the service reads them, so a
 * refused form shows exactly what was typed. Periods are lines the host adds and removes; a line left entirely blank
 * is not sent, and the service's errors ({@code periods[1].places}) are put back on the line they belong to.
 */
public class OfferForm implements Serializable {

    private static final long serialVersionUID = 1L;
    /** As many lines as the service accepts periods. */
    static final int MAX_PERIODS = 24;
    private static final Pattern PERIOD_FIELD = Pattern.compile("periods\\[(\\d+)]\\.(firstDay|lastDay|places)");

    private Long locationId;
    private Long contactId;
    private String teamFr;
    private String teamNl;
    private String teamEn;
    private String activitiesFr;
    private String activitiesNl;
    private String activitiesEn;
    private String conditionsFr;
    private String conditionsNl;
    private String conditionsEn;
    private Long themeId;
    private List<String> languages = new ArrayList<>();
    private String minDays = String.valueOf(ImmersionOffer.MIN_DAYS);
    private String maxDays = String.valueOf(ImmersionOffer.MAX_DAYS);
    private String dayStarts = "09:00";
    private String dayEnds = "17:00";
    private final List<PeriodLine> periods = new ArrayList<>(List.of(new PeriodLine()));
    /** For each period sent to the service, the line it came from. */
    private List<Integer> sentLines = List.of();

    /** One period as typed; an existing one keeps its id (never read from the browser) and shows its taken places. */
    public static class PeriodLine implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long id;
        private int taken;
        private String first;
        private String last;
        private String places = "1";

        PeriodLine() {
        }

        PeriodLine(OfferPeriod period) {
            id = period.getId();
            taken = period.getTaken();
            first = period.getFirstDay().toString();
            last = period.getLastDay().toString();
            places = String.valueOf(period.getPlaces());
        }

        boolean isBlank() {
            return id == null && blank(first) && blank(last);
        }

        public Long getId() { return id; }
        public int getTaken() { return taken; }
        public boolean isExisting() { return id != null; }
        public String getFirst() { return first; }
        public void setFirst(String first) { this.first = first; }
        public String getLast() { return last; }
        public void setLast(String last) { this.last = last; }
        public String getPlaces() { return places; }
        public void setPlaces(String places) { this.places = places; }
    }

    static OfferForm of(ImmersionOffer offer, List<OfferPeriod> periods) {
        OfferForm form = new OfferForm();
        form.locationId = offer.getLocationId();
        form.contactId = offer.getContactId();
        form.teamFr = offer.getTeam().exactly(Language.FR);
        form.teamNl = offer.getTeam().exactly(Language.NL);
        form.teamEn = offer.getTeam().exactly(Language.EN);
        form.activitiesFr = offer.getActivities().exactly(Language.FR);
        form.activitiesNl = offer.getActivities().exactly(Language.NL);
        form.activitiesEn = offer.getActivities().exactly(Language.EN);
        form.conditionsFr = offer.getConditions().exactly(Language.FR);
        form.conditionsNl = offer.getConditions().exactly(Language.NL);
        form.conditionsEn = offer.getConditions().exactly(Language.EN);
        form.themeId = offer.getThemeTermId();
        form.languages = new ArrayList<>(offer.getLanguages());
        form.minDays = String.valueOf(offer.getMinDays());
        form.maxDays = String.valueOf(offer.getMaxDays());
        form.dayStarts = offer.getDayStarts() == null ? null : offer.getDayStarts().toString();
        form.dayEnds = offer.getDayEnds() == null ? null : offer.getDayEnds().toString();
        form.periods.clear();
        periods.forEach(period -> form.periods.add(new PeriodLine(period)));
        if (form.periods.isEmpty()) {
            form.periods.add(new PeriodLine());
        }
        return form;
    }

    /** What the service checks; what does not read (a date, a time, a number) is passed as none and refused by name. */
    OfferDetails toDetails() {
        List<OfferDetails.Period> sent = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            PeriodLine line = periods.get(i);
            if (line.isBlank()) {
                continue;
            }
            sent.add(new OfferDetails.Period(line.id, date(line.first), date(line.last), number(line.places)));
            lines.add(i);
        }
        sentLines = List.copyOf(lines);
        Integer min = number(minDays);
        Integer max = number(maxDays);
        return new OfferDetails(locationId, contactId, new LocalizedText(teamFr, teamNl, teamEn),
                new LocalizedText(activitiesFr, activitiesNl, activitiesEn),
                new LocalizedText(conditionsFr, conditionsNl, conditionsEn), themeId, languages,
                min == null ? 0 : min, max == null ? 0 : max, time(dayStarts), time(dayEnds), sent);
    }

    /**
     * The service's refusal with each error on the form's field: {@code teamFr} on {@code team-fr},
     * {@code periods[i].firstDay} on {@code period-<line>-first}. Anything else is returned as it is.
     */
    BusinessException onForm(BusinessException refusal) {
        if (!(refusal instanceof InvalidInput invalid)) {
            return refusal;
        }
        return new InvalidInput(invalid.fieldErrors().stream()
                .map(e -> new InvalidInput.FieldError(fieldId(e.field()), e.messageKey(), e.arguments())).toList());
    }

    String fieldId(String field) {
        Matcher period = PERIOD_FIELD.matcher(field);
        if (period.matches()) {
            int sent = Integer.parseInt(period.group(1));
            int line = sent < sentLines.size() ? sentLines.get(sent) : sent;
            String part = switch (period.group(2)) {
                case "firstDay" -> "first";
                case "lastDay" -> "last";
                default -> "places";
            };
            return "period-" + line + "-" + part;
        }
        return field.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    boolean addPeriod() {
        if (periods.size() >= MAX_PERIODS) {
            return false;
        }
        periods.add(new PeriodLine());
        return true;
    }

    void removePeriod(int line) {
        if (line >= 0 && line < periods.size()) {
            periods.remove(line);
        }
        if (periods.isEmpty()) {
            periods.add(new PeriodLine());
        }
    }

    static Integer number(String typed) {
        return typed != null && typed.strip().matches("\\d{1,4}") ? Integer.valueOf(typed.strip()) : null;
    }

    static LocalDate date(String typed) {
        if (blank(typed)) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    static LocalTime time(String typed) {
        if (blank(typed)) {
            return null;
        }
        try {
            return LocalTime.parse(typed.strip());
        } catch (DateTimeParseException notATime) {
            return null;
        }
    }

    private static boolean blank(String typed) {
        return typed == null || typed.isBlank();
    }

    public Long getLocationId() { return locationId; }
    public void setLocationId(Long locationId) { this.locationId = locationId; }
    public Long getContactId() { return contactId; }
    public void setContactId(Long contactId) { this.contactId = contactId; }
    public String getTeamFr() { return teamFr; }
    public void setTeamFr(String teamFr) { this.teamFr = teamFr; }
    public String getTeamNl() { return teamNl; }
    public void setTeamNl(String teamNl) { this.teamNl = teamNl; }
    public String getTeamEn() { return teamEn; }
    public void setTeamEn(String teamEn) { this.teamEn = teamEn; }
    public String getActivitiesFr() { return activitiesFr; }
    public void setActivitiesFr(String activitiesFr) { this.activitiesFr = activitiesFr; }
    public String getActivitiesNl() { return activitiesNl; }
    public void setActivitiesNl(String activitiesNl) { this.activitiesNl = activitiesNl; }
    public String getActivitiesEn() { return activitiesEn; }
    public void setActivitiesEn(String activitiesEn) { this.activitiesEn = activitiesEn; }
    public String getConditionsFr() { return conditionsFr; }
    public void setConditionsFr(String conditionsFr) { this.conditionsFr = conditionsFr; }
    public String getConditionsNl() { return conditionsNl; }
    public void setConditionsNl(String conditionsNl) { this.conditionsNl = conditionsNl; }
    public String getConditionsEn() { return conditionsEn; }
    public void setConditionsEn(String conditionsEn) { this.conditionsEn = conditionsEn; }
    public Long getThemeId() { return themeId; }
    public void setThemeId(Long themeId) { this.themeId = themeId; }
    public List<String> getLanguages() { return languages; }
    public void setLanguages(List<String> languages) { this.languages = languages == null ? new ArrayList<>() : languages; }
    public String getMinDays() { return minDays; }
    public void setMinDays(String minDays) { this.minDays = minDays; }
    public String getMaxDays() { return maxDays; }
    public void setMaxDays(String maxDays) { this.maxDays = maxDays; }
    public String getDayStarts() { return dayStarts; }
    public void setDayStarts(String dayStarts) { this.dayStarts = dayStarts; }
    public String getDayEnds() { return dayEnds; }
    public void setDayEnds(String dayEnds) { this.dayEnds = dayEnds; }
    public List<PeriodLine> getPeriods() { return periods; }
    public boolean isMorePeriodsAllowed() { return periods.size() < MAX_PERIODS; }
}
