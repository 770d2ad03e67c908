package eu.socialmap.membership.view;

import eu.socialmap.platform.view.ErrorPages;
import eu.socialmap.membership.boundary.Callers;
import eu.socialmap.membership.boundary.Elections;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.Candidate;
import eu.socialmap.membership.entity.Election;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.view.Notices;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * One election: its candidates; for a member organisation's administrator, the candidacy form and the secret
 * ballot; once closed, the results.
 */
@Named
@ViewScoped
public class ElectionPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Elections elections;

    @Inject
    Callers callers;

    @Inject
    Notices notices;

    private String id;
    private long numericId;
    private Election election;
    private Election.Phase phase;
    private List<Candidate> candidates = List.of();
    private Elections.Results results;
    private Long myOrganisation;
    private boolean voted;
    private String candidateName;
    private String statement;
    private List<Long> choices = new ArrayList<>();

    public void load() throws IOException {
        try {
            election = elections.find(numericId);
        } catch (BusinessException missing) {
            ErrorPages.send(404);
            return;
        }
        phase = elections.phase(election);
        candidates = elections.candidates(numericId);
        results = elections.results(numericId).orElse(null);
        myOrganisation = callers.signedIn().filter(a -> a.isAdministratorOf(a.getOrganisationId()))
                .map(Account::getOrganisationId).orElse(null);
        voted = myOrganisation != null && elections.hasVoted(numericId, myOrganisation);
    }

    public void propose() {
        try {
            elections.propose(numericId, myOrganisation, candidateName, statement);
            notices.info("membership.election.proposed", candidateName);
            candidateName = null;
            statement = null;
        } catch (BusinessException refusal) {
            notices.error(refusal, "candidacy");
        }
        reload();
    }

    public void vote() {
        try {
            elections.vote(numericId, myOrganisation, new HashSet<>(choices));
            notices.info("membership.election.voted");
        } catch (BusinessException refusal) {
            notices.error(refusal);
        }
        reload();
    }

    private void reload() {
        try {
            load();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public boolean isMayPropose() {
        return myOrganisation != null && phase == Election.Phase.CANDIDACY
                && candidates.stream().noneMatch(c -> c.getOrganisationId() == myOrganisation);
    }

    public boolean isMayVote() {
        return myOrganisation != null && phase == Election.Phase.VOTING && !voted;
    }

    public String getId() { return id; }
    public void setId(String id) {
        this.id = id;
        this.numericId = eu.socialmap.platform.view.PageIds.parse(id);
    }
    public Election getElection() { return election; }
    public Election.Phase getPhase() { return phase; }
    public List<Candidate> getCandidates() { return candidates; }
    public Elections.Results getResults() { return results; }
    public boolean isVoted() { return voted; }
    public String getCandidateName() { return candidateName; }
    public void setCandidateName(String candidateName) { this.candidateName = candidateName; }
    public String getStatement() { return statement; }
    public void setStatement(String statement) { this.statement = statement; }
    public List<Long> getChoices() { return choices; }
    public void setChoices(List<Long> choices) { this.choices = choices; }
}
