package eu.socialmap.membership.entity;

import eu.socialmap.platform.entity.LocalizedText;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ElectionAndAssemblyTest {

    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void anElectionGoesThroughItsPhasesAndAcceptsBallotsOnlyWhileVotingIsOpen() {
        Election election = new Election(new LocalizedText("Comité", "", ""), 2, T, T.plus(Duration.ofDays(7)),
                T.plus(Duration.ofDays(8)), T.plus(Duration.ofDays(15)), T);

        assertThat(election.phase(T.minusSeconds(1))).isEqualTo(Election.Phase.ANNOUNCED);
        assertThat(election.phase(T)).isEqualTo(Election.Phase.CANDIDACY);
        assertThat(election.phase(T.plus(Duration.ofDays(7)))).isEqualTo(Election.Phase.BETWEEN);
        assertThat(election.phase(T.plus(Duration.ofDays(8)))).isEqualTo(Election.Phase.VOTING);
        assertThat(election.phase(T.plus(Duration.ofDays(15)))).isEqualTo(Election.Phase.CLOSED);
        assertThatThrownBy(() -> election.requireBallotAcceptable(T.plus(Duration.ofDays(2)), 1))
                .hasMessage("membership.election.votingClosed");
        assertThatThrownBy(() -> election.requireBallotAcceptable(T.plus(Duration.ofDays(9)), 3))
                .hasMessage("membership.election.tooManyChoices");
        election.requireBallotAcceptable(T.plus(Duration.ofDays(9)), 0); // a blank ballot counts in the turnout
        assertThat(election.resultsPublished(T.plus(Duration.ofDays(14)))).isFalse();
    }

    @Test
    void theQuorumCountsMemberOrganisationsAgainstTheMembersOnTheDayItWasConvened() {
        Assembly assembly = new Assembly(new LocalizedText("AG", "AV", ""), T, "Maison du Peuple",
                new LocalizedText("", "", ""), 50, 45, T);

        assertThat(assembly.quorumNeeded()).isEqualTo(23);
        assertThat(assembly.quorumReached(22)).isFalse();
        assertThat(assembly.quorumReached(23)).isTrue();
        assertThat(new Assembly(new LocalizedText("AG", "", ""), T, "x", new LocalizedText("", "", ""), 50, 0, T)
                .quorumReached(0)).as("no members, no assembly").isFalse();
    }
}
