package eu.socialmap.indicator.view;

import eu.socialmap.indicator.boundary.Indicators;
import eu.socialmap.indicator.entity.Indicator;
import eu.socialmap.platform.view.Notices;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The coordinator's indicators ({@code /coordination/indicators}): the programme's indicators, each to its editor,
 * and the public figures the home page shows.
 */
@Named
@ViewScoped
public class IndicatorListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Indicators indicators;

    @Inject
    Notices notices;

    private List<Indicator> all = List.of();
    private final Map<String, Boolean> shown = new LinkedHashMap<>();

    public void load() {
        if (!shown.isEmpty()) {
            return;
        }
        all = indicators.all();
        indicators.homeChoices().forEach(choice -> shown.put(choice.code(), choice.shown()));
    }

    public String saveHomeFigures() {
        return notices.afterAction(() -> indicators.chooseHomeFigures(shown), "indicator.admin.homeSaved", "home",
                "/coordination/indicators?faces-redirect=true");
    }

    public List<Indicator> getAll() { return all; }
    public Map<String, Boolean> getShown() { return shown; }
    public List<String> getCodes() { return List.copyOf(shown.keySet()); }
}
