package eu.socialmap.practice.view;

import eu.socialmap.platform.view.LanguageSelection;
import eu.socialmap.practice.boundary.Practices;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** My organisation's sheets ({@code /practices/mine}): every status, with the coordinator's comment on returned ones. */
@Named
@RequestScoped
public class MyPracticesView {

    @Inject
    Practices practices;

    @Inject
    LanguageSelection language;

    private List<Practices.SheetLine> lines = List.of();
    private boolean mayWrite;

    public void load() {
        lines = practices.mine(language.getLanguage());
        mayWrite = practices.mayWrite();
    }

    public List<Practices.SheetLine> getLines() { return lines; }
    public boolean isMayWrite() { return mayWrite; }
}
