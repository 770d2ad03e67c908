package eu.socialmap.indicator.view;

import eu.socialmap.indicator.boundary.IndicatorDashboards;
import eu.socialmap.indicator.control.Figures;
import eu.socialmap.indicator.control.ReportDocuments;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.InvalidInput;
import eu.socialmap.platform.view.ErrorPages;
import eu.socialmap.platform.view.LanguageSelection;
import eu.socialmap.platform.view.Notices;
import eu.socialmap.platform.view.PageIds;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * An indicator's dashboard ({@code /indicators/view?id=[&from=&to=]}): its value against the target, progress over
 * time as a cumulative monthly chart with the target line (and the same numbers as a table), the breakdowns by
 * territory, side of the border and partner, and the entered values with their evidence (the entry's organisation
 * or a coordinator deletes one), newest first, {@link IndicatorDashboards#ENTRIES_PER_PAGE} a page. A period typed wrong is said next to its field; the indicator's own period is used.
 */
@Named
@ViewScoped
public class DashboardView implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IndicatorDashboards dashboards;

    @Inject
    LanguageSelection language;

    @Inject
    Notices notices;

    private String id;
    private String from;
    private String to;
    private int page = 1;
    private IndicatorDashboards.Dashboard dashboard;
    private IndicatorChart chart;

    public void load() throws IOException {
        long indicatorId = PageIds.parse(id);
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        try {
            try {
                dashboard = dashboards.dashboard(indicatorId, start, end, page, language.getLanguage());
            } catch (InvalidInput badPeriod) {
                notices.error(badPeriod, "period");
                dashboard = dashboards.dashboard(indicatorId, null, null, page, language.getLanguage());
            }
        } catch (BusinessException refusal) {
            ErrorPages.send(refusal.kind() == BusinessException.Kind.FORBIDDEN ? 403 : 404);
            return;
        }
        Figures figures = dashboard.progress().figures();
        chart = IndicatorChart.of(figures.series(), figures.target(), language.getLanguage().locale());
        if (from == null || from.isBlank()) {
            from = figures.from().toString();
        }
        if (to == null || to.isBlank()) {
            to = figures.to().toString();
        }
    }

    public String deleteEntry(long entryId) {
        return notices.afterAction(() -> dashboards.deleteEntry(entryId), "indicator.view.deleted", "entries",
                "/indicators/view?faces-redirect=true&id=" + PageIds.parse(id));
    }

    /** A breakdown line's label in the reader's language ("not known", a side's country). */
    public String label(Figures.Line line, String dimension) {
        return ReportDocuments.label(line, dimension, language.getLanguage());
    }

    public String number(BigDecimal value) {
        return ReportDocuments.number(value);
    }

    /** A file's size in kB, at least 1. */
    public long kilobytes(Long bytes) {
        return bytes == null ? 0 : Math.max(1, (bytes + 1023) / 1024);
    }

    private LocalDate date(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException unreadable) {
            notices.error(new InvalidInput(java.util.List.of(new InvalidInput.FieldError(field, "indicator.view.badDate",
                    java.util.List.of()))), "period");
            return null;
        }
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = page; }
    public IndicatorDashboards.Dashboard getDashboard() { return dashboard; }
    public IndicatorChart getChart() { return chart; }
}
