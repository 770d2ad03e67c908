package eu.socialmap.indicator.control;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresTest {

    private static Fact fact(String date, Long partner, String name, String country, String territory, int value) {
        return new Fact(LocalDate.parse(date), partner, name, country, territory, BigDecimal.valueOf(value));
    }

    private final List<Fact> facts = List.of(
            fact("2024-12-20", 1L, "CPAS Mouscron", "BE", "Mouscron", 4),
            fact("2025-01-10", 1L, "CPAS Mouscron", "BE", "Mouscron", 3),
            fact("2025-01-31", 2L, "CCAS Roubaix", "FR", "Roubaix", 2),
            fact("2025-03-02", 3L, "OCMW Kortrijk", "BE", "Kortrijk", 5),
            fact("2025-03-15", null, null, null, null, 1),
            fact("2025-04-01", 2L, "CCAS Roubaix", "FR", "Roubaix", 7));

    @Test
    void aFlowCountsWhatHappenedInThePeriodMonthByMonthAndEveryBreakdownSumsToTheTotal() {
        Figures f = Figures.of(facts, LocalDate.parse("2025-01-01"), LocalDate.parse("2025-03-31"), false,
                BigDecimal.valueOf(20), Locale.FRENCH);

        assertThat(f.total()).isEqualByComparingTo("11");
        assertThat(f.series()).extracting(Figures.Point::month)
                .containsExactly(YearMonth.of(2025, 1), YearMonth.of(2025, 2), YearMonth.of(2025, 3));
        assertThat(f.series()).extracting(p -> p.value().intValue()).containsExactly(5, 5, 11);
        assertThat(f.byPartner()).extracting(Figures.Line::label, l -> l.value().intValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("OCMW Kortrijk", 5),
                        org.assertj.core.groups.Tuple.tuple("CPAS Mouscron", 3),
                        org.assertj.core.groups.Tuple.tuple("CCAS Roubaix", 2),
                        org.assertj.core.groups.Tuple.tuple("", 1));
        assertThat(f.byPartner().get(3).key()).as("not known, last").isNull();
        for (List<Figures.Line> breakdown : List.of(f.byPartner(), f.bySide(), f.byTerritory())) {
            assertThat(breakdown.stream().map(Figures.Line::value).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(f.total());
        }
        assertThat(f.bySide()).extracting(Figures.Line::key).containsExactly("BE", "FR", null);
        assertThat(f.percent()).isEqualTo(55);
        assertThat(f.bar()).isEqualTo(55);
    }

    @Test
    void theSeriesOfAPeriodStillRunningStopsAtTodayWhileTheTotalCountsTheWholePeriod() {
        Figures f = Figures.of(facts, LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"), false,
                BigDecimal.valueOf(20), Locale.FRENCH, LocalDate.parse("2025-03-20"));

        assertThat(f.series()).extracting(Figures.Point::month)
                .containsExactly(YearMonth.of(2025, 1), YearMonth.of(2025, 2), YearMonth.of(2025, 3));
        assertThat(f.series()).extracting(p -> p.value().intValue()).containsExactly(5, 5, 11);
        assertThat(f.total()).as("an entry dated ahead of today still counts").isEqualByComparingTo("18");
    }

    @Test
    void aStockCountsEverythingThatExistsByEachDateAndTheLastPointIsTheTotal() {
        Figures f = Figures.of(facts, LocalDate.parse("2025-01-01"), LocalDate.parse("2025-03-10"), true,
                BigDecimal.valueOf(10), Locale.ENGLISH);

        assertThat(f.total()).isEqualByComparingTo("14");
        assertThat(f.series()).extracting(p -> p.value().intValue()).containsExactly(9, 9, 14);
        assertThat(f.series().get(f.series().size() - 1).value()).isEqualByComparingTo(f.total());
        assertThat(f.percent()).isEqualTo(140);
        assertThat(f.bar()).as("a full bar, never more").isEqualTo(100);
    }

    @Test
    void noFactsNoTargetNoDivisionByZero() {
        Figures f = Figures.of(List.of(), LocalDate.parse("2025-05-15"), LocalDate.parse("2025-05-20"), false,
                BigDecimal.ZERO, Locale.ENGLISH);
        assertThat(f.total()).isZero();
        assertThat(f.percent()).isZero();
        assertThat(f.series()).hasSize(1);
        assertThat(f.byPartner()).isEmpty();
    }

    @Test
    void aVeryLongPeriodKeepsItsLastMonthsInTheSeries() {
        Figures f = Figures.of(facts, LocalDate.parse("2000-01-01"), LocalDate.parse("2035-12-31"), false,
                BigDecimal.TEN, Locale.ENGLISH);
        assertThat(f.series()).hasSize(Figures.MAX_MONTHS);
        assertThat(f.series().get(f.series().size() - 1).value()).isEqualByComparingTo(f.total());
        assertThat(f.series().get(0).value()).as("what came before the first month shown is carried in it")
                .isEqualByComparingTo(f.total());
    }
}
