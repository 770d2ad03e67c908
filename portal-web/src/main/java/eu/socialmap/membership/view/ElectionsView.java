package eu.socialmap.membership.view;

import eu.socialmap.membership.boundary.Elections;
import eu.socialmap.membership.entity.Election;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.LocalizedText;
import eu.socialmap.platform.view.DateInputs;
import eu.socialmap.platform.view.Notices;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The steering-committee elections, and the coordinator's form to open one. */
@Named
@ViewScoped
public class ElectionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Elections elections;

    @Inject
    Notices notices;

    private List<Election> latest = List.of();
    private String titleFr;
    private String titleNl;
    private String titleEn;
    private int seats = 7;
    private String candidacyOpens;
    private String candidacyCloses;
    private String votingOpens;
    private String votingCloses;

    public void load() {
        latest = elections.latest();
        if (candidacyOpens == null) {
            Instant today = Instant.now().truncatedTo(ChronoUnit.HOURS);
            candidacyOpens = DateInputs.field(today);
            candidacyCloses = DateInputs.field(today.plus(Duration.ofDays(14)));
            votingOpens = DateInputs.field(today.plus(Duration.ofDays(15)));
            votingCloses = DateInputs.field(today.plus(Duration.ofDays(22)));
        }
    }

    public String open() {
        try {
            Election election = elections.open(new LocalizedText(titleFr, titleNl, titleEn), seats,
                    DateInputs.instant(candidacyOpens).orElse(null), DateInputs.instant(candidacyCloses).orElse(null),
                    DateInputs.instant(votingOpens).orElse(null), DateInputs.instant(votingCloses).orElse(null));
            notices.info("membership.election.opened");
            notices.keepAcrossRedirect();
            return "/elections/view?faces-redirect=true&id=" + election.getId();
        } catch (BusinessException refusal) {
            notices.error(refusal, "open");
            return null;
        }
    }

    public Election.Phase phase(Election election) {
        return elections.phase(election);
    }

    public List<Election> getLatest() { return latest; }
    public String getTitleFr() { return titleFr; }
    public void setTitleFr(String titleFr) { this.titleFr = titleFr; }
    public String getTitleNl() { return titleNl; }
    public void setTitleNl(String titleNl) { this.titleNl = titleNl; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public int getSeats() { return seats; }
    public void setSeats(int seats) { this.seats = seats; }
    public String getCandidacyOpens() { return candidacyOpens; }
    public void setCandidacyOpens(String candidacyOpens) { this.candidacyOpens = candidacyOpens; }
    public String getCandidacyCloses() { return candidacyCloses; }
    public void setCandidacyCloses(String candidacyCloses) { this.candidacyCloses = candidacyCloses; }
    public String getVotingOpens() { return votingOpens; }
    public void setVotingOpens(String votingOpens) { this.votingOpens = votingOpens; }
    public String getVotingCloses() { return votingCloses; }
    public void setVotingCloses(String votingCloses) { this.votingCloses = votingCloses; }
}
