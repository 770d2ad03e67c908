package eu.socialmap.membership.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TallyTest {

    @Test
    void theFirstSeatsAreElectedWhenTheLastSeatIsNotShared() {
        List<Tally.Line> lines = Tally.of(List.of(count(1, "Ann", 5), count(2, "Bert", 9), count(3, "Chloé", 2)), 2);

        assertThat(lines).extracting(l -> l.count().personName(), Tally.Line::rank, Tally.Line::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Bert", 1, Tally.Outcome.ELECTED),
                org.assertj.core.groups.Tuple.tuple("Ann", 2, Tally.Outcome.ELECTED),
                org.assertj.core.groups.Tuple.tuple("Chloé", 3, Tally.Outcome.NOT_ELECTED));
    }

    @Test
    void aTieForTheLastSeatIsReportedNotDecided() {
        List<Tally.Line> lines = Tally.of(List.of(count(1, "Ann", 4), count(2, "Bert", 4), count(3, "Chloé", 7),
                count(4, "Dirk", 1)), 2);

        assertThat(lines).extracting(l -> l.count().personName(), Tally.Line::rank, Tally.Line::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Chloé", 1, Tally.Outcome.ELECTED),
                org.assertj.core.groups.Tuple.tuple("Ann", 2, Tally.Outcome.TIED_FOR_LAST_SEAT),
                org.assertj.core.groups.Tuple.tuple("Bert", 2, Tally.Outcome.TIED_FOR_LAST_SEAT),
                org.assertj.core.groups.Tuple.tuple("Dirk", 4, Tally.Outcome.NOT_ELECTED));
    }

    @Test
    void fewerCandidatesThanSeatsAreAllElected() {
        assertThat(Tally.of(List.of(count(1, "Ann", 0)), 3)).extracting(Tally.Line::outcome)
                .containsExactly(Tally.Outcome.ELECTED);
    }

    private static Tally.Count count(long id, String name, long votes) {
        return new Tally.Count(id, name, 10 + id, votes);
    }
}
