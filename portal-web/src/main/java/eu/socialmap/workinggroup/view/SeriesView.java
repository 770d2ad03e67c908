package eu.socialmap.workinggroup.view;

import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.InvalidInput;
import eu.socialmap.platform.entity.LocalizedText;
import eu.socialmap.platform.view.LanguageSelection;
import eu.socialmap.platform.view.Notices;
import eu.socialmap.workinggroup.boundary.Meetings;
import eu.socialmap.workinggroup.boundary.WorkingGroups;
import eu.socialmap.workinggroup.entity.Meeting;
import eu.socialmap.workinggroup.entity.MonthlyRule;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A lead's form for a monthly series ({@code /groups/series?group=}): "the first Tuesday of the month, 9:30 to
 * 11:30, from September to June, except 5 May". Each date becomes a meeting that can later be moved or cancelled.
 */
@Named
@ViewScoped
public class SeriesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"), DateTimeFormatter.ofPattern("d-M-uuuu"));

    @Inject
    WorkingGroups groups;

    @Inject
    Meetings meetings;

    @Inject
    Notices notices;

    @Inject
    LanguageSelection language;

    private String group;
    private long groupId;
    private LocalizedText groupName;
    private String title;
    private int weekOfMonth = 1;
    private int dayOfWeek = DayOfWeek.TUESDAY.getValue();
    private String startTime = "09:30";
    private int duration = 120;
    private String firstDate;
    private String lastDate;
    private String skipped;
    private final PlaceFields place = new PlaceFields();
    private List<Meetings.HostPlace> hostPlaces = List.of();

    public void load() throws IOException {
        groupId = LeadPage.open(groups, group);
        if (groupId > 0) {
            groupName = groups.group(groupId).getName();
            hostPlaces = meetings.hostPlaces();
        }
    }

    public String submit() {
        List<InvalidInput.FieldError> typing = new ArrayList<>();
        LocalTime start = time(startTime, "startTime", typing);
        LocalDate first = date(firstDate, "firstDate", typing);
        LocalDate last = date(lastDate, "lastDate", typing);
        Set<LocalDate> skip = new LinkedHashSet<>();
        for (String typed : (skipped == null ? "" : skipped).split("[,;\\s]+")) {
            if (!typed.isBlank()) {
                skip.add(date(typed, "skipped", typing));
            }
        }
        try {
            if (!typing.isEmpty()) {
                throw new InvalidInput(typing);
            }
            List<Meeting> made = meetings.scheduleSeries(groupId, title, new MonthlyRule(weekOfMonth, DayOfWeek.of(dayOfWeek)),
                    start, duration, first, last, skip, place.toDetails());
            notices.info("workinggroup.series.made", made.size());
            notices.keepAcrossRedirect();
            return "/groups/view?faces-redirect=true&id=" + groupId;
        } catch (BusinessException refusal) {
            notices.error(refusal, "series");
            return null;
        }
    }

    private static LocalTime time(String typed, String field, List<InvalidInput.FieldError> errors) {
        try {
            return typed == null || typed.isBlank() ? null : LocalTime.parse(typed.strip());
        } catch (DateTimeParseException unreadable) {
            errors.add(new InvalidInput.FieldError(field, "workinggroup.form.time", List.of()));
            return null;
        }
    }

    private static LocalDate date(String typed, String field, List<InvalidInput.FieldError> errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(typed.strip(), format);
            } catch (DateTimeParseException tryNext) {
                // the next format
            }
        }
        errors.add(new InvalidInput.FieldError(field, "workinggroup.form.date", List.of(typed.strip())));
        return null;
    }

    /** Monday to Sunday in the reader's language. */
    public Map<Integer, String> getDays() {
        return Arrays.stream(DayOfWeek.values()).collect(Collectors.toMap(DayOfWeek::getValue,
                d -> d.getDisplayName(TextStyle.FULL_STANDALONE, language.getLocale()), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    public List<Integer> getWeeks() {
        return List.of(1, 2, 3, 4, MonthlyRule.LAST);
    }

    public String getGroup() { return group; }
    public void setGroup(String group) { this.group = group; }
    public long getGroupId() { return groupId; }
    public LocalizedText getGroupName() { return groupName; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public int getWeekOfMonth() { return weekOfMonth; }
    public void setWeekOfMonth(int weekOfMonth) { this.weekOfMonth = weekOfMonth; }
    public int getDayOfWeek() { return dayOfWeek; }
    public void setDayOfWeek(int dayOfWeek) { this.dayOfWeek = dayOfWeek; }
    public String getStartTime() { return startTime; }
    public void setStartTime(String startTime) { this.startTime = startTime; }
    public int getDuration() { return duration; }
    public void setDuration(int duration) { this.duration = duration; }
    public String getFirstDate() { return firstDate; }
    public void setFirstDate(String firstDate) { this.firstDate = firstDate; }
    public String getLastDate() { return lastDate; }
    public void setLastDate(String lastDate) { this.lastDate = lastDate; }
    public String getSkipped() { return skipped; }
    public void setSkipped(String skipped) { this.skipped = skipped; }
    public PlaceFields getPlace() { return place; }
    public List<Meetings.HostPlace> getHostPlaces() { return hostPlaces; }
}
