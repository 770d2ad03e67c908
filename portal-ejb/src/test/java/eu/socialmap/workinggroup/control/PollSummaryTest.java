package eu.socialmap.workinggroup.control;

import eu.socialmap.workinggroup.entity.Answer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PollSummaryTest {

    private final PollSummary.Option monday = option(1, "2026-12-07T08:30:00Z");
    private final PollSummary.Option tuesday = option(2, "2026-12-08T08:30:00Z");
    private final PollSummary.Option thursday = option(3, "2026-12-10T08:30:00Z");

    @Test
    void theBestOptionIsTheOneMostPeopleCanAttendEvenIfSomeOnlyIfNeedBe() {
        PollSummary summary = PollSummary.of(List.of(monday, tuesday, thursday), Map.of(
                1L, Map.of(10L, Answer.YES, 11L, Answer.YES, 12L, Answer.NO),
                2L, Map.of(10L, Answer.YES, 11L, Answer.IF_NEED_BE, 12L, Answer.IF_NEED_BE),
                3L, Map.of(10L, Answer.NO, 11L, Answer.NO, 12L, Answer.YES)));

        assertThat(summary.bestOptionId()).isEqualTo(2L);
        assertThat(summary.options().get(1)).satisfies(count -> {
            assertThat(count.yes()).isEqualTo(1);
            assertThat(count.ifNeedBe()).isEqualTo(2);
            assertThat(count.no()).isZero();
            assertThat(count.best()).isTrue();
        });
        assertThat(summary.options()).filteredOn(PollSummary.OptionCount::best).hasSize(1);
    }

    @Test
    void amongEqualsThePlainYesThenTheEarliestDateWin() {
        PollSummary moreYes = PollSummary.of(List.of(monday, tuesday), Map.of(
                1L, Map.of(10L, Answer.IF_NEED_BE, 11L, Answer.YES),
                2L, Map.of(10L, Answer.YES, 11L, Answer.YES)));
        assertThat(moreYes.bestOptionId()).isEqualTo(2L);

        PollSummary tie = PollSummary.of(List.of(monday, tuesday), Map.of(
                1L, Map.of(10L, Answer.YES), 2L, Map.of(11L, Answer.YES)));
        assertThat(tie.bestOptionId()).isEqualTo(1L);
    }

    @Test
    void noBestOptionWhileNobodyCanCome() {
        assertThat(PollSummary.of(List.of(monday, tuesday), Map.of()).bestOptionId()).isNull();
        assertThat(PollSummary.of(List.of(monday), Map.of(1L, Map.of(10L, Answer.NO))).bestOptionId()).isNull();
    }

    private static PollSummary.Option option(long id, String start) {
        Instant at = Instant.parse(start);
        return new PollSummary.Option(id, at, at.plusSeconds(7200));
    }
}
