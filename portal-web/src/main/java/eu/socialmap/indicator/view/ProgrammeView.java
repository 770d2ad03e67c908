package eu.socialmap.indicator.view;

import eu.socialmap.indicator.boundary.IndicatorDashboards;
import eu.socialmap.membership.boundary.Callers;
import eu.socialmap.membership.entity.Role;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.view.ErrorPages;
import eu.socialmap.platform.view.LanguageSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The programme ({@code /indicators/}): every indicator's value against its target over its own period, as a
 * progress bar, each leading to its dashboard; and the funder's report for a chosen period (a GET form to
 * {@code /indicators/report}). People of member organisations and coordinators; anyone else gets 403.
 */
@Named
@RequestScoped
public class ProgrammeView {

    @Inject
    IndicatorDashboards dashboards;

    @Inject
    Callers callers;

    @Inject
    LanguageSelection language;

    private List<IndicatorDashboards.Progress> indicators = List.of();
    private boolean coordinator;
    private String reportFrom;
    private String reportTo;

    public void load() throws IOException {
        try {
            indicators = dashboards.programme(language.getLanguage());
        } catch (BusinessException refusal) {
            ErrorPages.send(403);
            return;
        }
        coordinator = callers.signedIn().map(a -> a.has(Role.COORDINATOR)).orElse(false);
        LocalDate today = LocalDate.now(eu.socialmap.platform.control.Messages.NETWORK_ZONE);
        reportFrom = indicators.stream().map(IndicatorDashboards.Progress::periodStart).min(LocalDate::compareTo)
                .orElse(LocalDate.of(today.getYear(), 1, 1)).toString();
        reportTo = indicators.stream().map(IndicatorDashboards.Progress::periodEnd).max(LocalDate::compareTo)
                .orElse(LocalDate.of(today.getYear(), 12, 31)).toString();
    }

    public String number(java.math.BigDecimal value) {
        return eu.socialmap.indicator.control.ReportDocuments.number(value);
    }

    public List<IndicatorDashboards.Progress> getIndicators() { return indicators; }
    public boolean isCoordinator() { return coordinator; }
    public String getReportFrom() { return reportFrom; }
    public String getReportTo() { return reportTo; }
}
