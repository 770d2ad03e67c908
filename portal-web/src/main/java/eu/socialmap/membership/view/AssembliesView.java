package eu.socialmap.membership.view;

import eu.socialmap.membership.boundary.Assemblies;
import eu.socialmap.membership.entity.Assembly;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.LocalizedText;
import eu.socialmap.platform.view.DateInputs;
import eu.socialmap.platform.view.Notices;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The general assemblies, and the coordinator's form to convene one. */
@Named
@ViewScoped
public class AssembliesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Assemblies assemblies;

    @Inject
    Notices notices;

    private List<Assembly> latest = List.of();
    private String titleFr;
    private String titleNl;
    private String titleEn;
    private String startsAt;
    private String place;
    private String agendaFr;
    private String agendaNl;
    private String agendaEn;
    private int quorumPercent = 50;

    public void load() {
        latest = assemblies.latest();
    }

    public String convene() {
        try {
            Assembly assembly = assemblies.convene(new LocalizedText(titleFr, titleNl, titleEn),
                    DateInputs.instant(startsAt).orElse(null), place, new LocalizedText(agendaFr, agendaNl, agendaEn),
                    quorumPercent);
            notices.info("membership.assembly.convened");
            notices.keepAcrossRedirect();
            return "/assemblies/view?faces-redirect=true&id=" + assembly.getId();
        } catch (BusinessException refusal) {
            notices.error(refusal, "convene");
            return null;
        }
    }

    public List<Assembly> getLatest() { return latest; }
    public String getTitleFr() { return titleFr; }
    public void setTitleFr(String titleFr) { this.titleFr = titleFr; }
    public String getTitleNl() { return titleNl; }
    public void setTitleNl(String titleNl) { this.titleNl = titleNl; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public String getStartsAt() { return startsAt; }
    public void setStartsAt(String startsAt) { this.startsAt = startsAt; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getAgendaFr() { return agendaFr; }
    public void setAgendaFr(String agendaFr) { this.agendaFr = agendaFr; }
    public String getAgendaNl() { return agendaNl; }
    public void setAgendaNl(String agendaNl) { this.agendaNl = agendaNl; }
    public String getAgendaEn() { return agendaEn; }
    public void setAgendaEn(String agendaEn) { this.agendaEn = agendaEn; }
    public int getQuorumPercent() { return quorumPercent; }
    public void setQuorumPercent(int quorumPercent) { this.quorumPercent = quorumPercent; }
}
