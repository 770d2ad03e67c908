package eu.socialmap.workinggroup.entity;

import eu.socialmap.platform.entity.BusinessException;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MonthlyRuleTest {

    @Test
    void theFirstTuesdayOfEachMonthWithoutTheSummerBreak() {
        MonthlyRule firstTuesday = new MonthlyRule(1, DayOfWeek.TUESDAY);

        assertThat(firstTuesday.datesBetween(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 10, 31),
                Set.of(LocalDate.of(2026, 7, 7), LocalDate.of(2026, 8, 4))))
                .containsExactly(LocalDate.of(2026, 6, 2), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 6));
    }

    @Test
    void theLastThursdayAndDatesOutsideTheRangeLeftOut() {
        MonthlyRule lastThursday = new MonthlyRule(MonthlyRule.LAST, DayOfWeek.THURSDAY);

        assertThat(lastThursday.datesBetween(LocalDate.of(2026, 1, 30), LocalDate.of(2026, 3, 25), Set.of()))
                .as("29 January is before the first date, 26 March after the last")
                .containsExactly(LocalDate.of(2026, 2, 26));
    }

    @Test
    void aFifthWeekIsNotARule() {
        assertThatThrownBy(() -> new MonthlyRule(5, DayOfWeek.MONDAY)).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> new MonthlyRule(0, DayOfWeek.MONDAY)).isInstanceOf(BusinessException.class);
    }
}
