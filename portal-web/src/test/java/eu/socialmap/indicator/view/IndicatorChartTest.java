package eu.socialmap.indicator.view;

import eu.socialmap.indicator.control.Figures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorChartTest {

    private static Figures.Point point(int month, int value) {
        return new Figures.Point(YearMonth.of(2026, month), BigDecimal.valueOf(value));
    }

    @Test
    void theLineRisesWithTheValuesAndTheTargetLineIsAboveThemUntilReached() {
        IndicatorChart chart = IndicatorChart.of(List.of(point(1, 0), point(2, 10), point(3, 30)), BigDecimal.valueOf(60),
                Locale.FRENCH);

        assertThat(chart.dots()).hasSize(3);
        assertThat(chart.dots().get(0).y()).as("zero on the axis").isEqualTo(chart.bottom());
        assertThat(chart.dots().get(2).y()).isLessThan(chart.dots().get(1).y());
        assertThat(chart.targetY()).isLessThan(chart.dots().get(2).y()).isGreaterThanOrEqualTo(IndicatorChart.TOP);
        assertThat(chart.dots().get(0).x()).isEqualTo(chart.left());
        assertThat(chart.dots().get(2).x()).isEqualTo(chart.right());
        assertThat(chart.line()).isEqualTo(chart.dots().stream().map(d -> d.x() + "," + d.y())
                .reduce((a, b) -> a + " " + b).orElseThrow());
        assertThat(chart.xTicks()).extracting(IndicatorChart.Tick::label).containsExactly("01/26", "02/26", "03/26");
        assertThat(chart.yTicks()).extracting(IndicatorChart.Tick::label).first().isEqualTo("0");
    }

    @Test
    void aLongPeriodLabelsAFewMonthsAndTheLastWithoutTwoLabelsSideBySide() {
        List<Figures.Point> months = java.util.stream.IntStream.range(0, 23)
                .mapToObj(i -> new Figures.Point(YearMonth.of(2025, 1).plusMonths(i), BigDecimal.valueOf(i))).toList();
        IndicatorChart chart = IndicatorChart.of(months, BigDecimal.valueOf(50), Locale.ENGLISH);
        assertThat(chart.xTicks()).extracting(IndicatorChart.Tick::label)
                .containsExactly("01/25", "04/25", "07/25", "10/25", "01/26", "04/26", "07/26", "11/26");
    }

    @Test
    void aValuePastTheTargetStaysInsideTheChartAndOneMonthIsCentred() {
        IndicatorChart chart = IndicatorChart.of(List.of(point(5, 140)), BigDecimal.valueOf(100), Locale.ENGLISH);
        assertThat(chart.dots().get(0).y()).isGreaterThanOrEqualTo(IndicatorChart.TOP);
        assertThat(chart.dots().get(0).x()).isEqualTo((chart.left() + chart.right()) / 2.0);
        assertThat(IndicatorChart.niceCeiling(154)).isEqualTo(200);
        assertThat(IndicatorChart.niceCeiling(66)).isEqualTo(80);
    }
}
