package eu.socialmap.indicator.view;

import eu.socialmap.indicator.boundary.HomeFigures;
import eu.socialmap.indicator.control.ReportDocuments;
import eu.socialmap.platform.view.LanguageSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.util.List;

/** The home page's public figures, as the coordinator chose them. */
@Named
@RequestScoped
public class HomeView {

    @Inject
    HomeFigures homeFigures;

    @Inject
    LanguageSelection language;

    private List<HomeFigures.Figure> figures = List.of();

    public void load() {
        figures = homeFigures.shown(language.getLanguage());
    }

    public String number(BigDecimal value) {
        return ReportDocuments.number(value);
    }

    public List<HomeFigures.Figure> getFigures() { return figures; }
}
