package eu.socialmap.immersion.entity;

import eu.socialmap.directory.entity.EnterpriseNumber;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** What a booking counts: working days, and the direction of the border it crosses. */
class ImmersionBookingTest {

    @Test
    void workingDaysLeaveOutTheWeekend() {
        assertThat(ImmersionBooking.workingDays(LocalDate.of(2027, 3, 8), LocalDate.of(2027, 3, 10))).isEqualTo(3);
        assertThat(ImmersionBooking.workingDays(LocalDate.of(2027, 3, 11), LocalDate.of(2027, 3, 16))).isEqualTo(4);
        assertThat(ImmersionBooking.workingDays(LocalDate.of(2027, 3, 13), LocalDate.of(2027, 3, 14))).isZero();
    }

    @Test
    void theDirectionIsFromTheVisitorsCountryToTheHosts() {
        assertThat(Direction.of(EnterpriseNumber.Country.FR, EnterpriseNumber.Country.BE)).isEqualTo(Direction.FR_TO_BE);
        assertThat(Direction.of(EnterpriseNumber.Country.BE, EnterpriseNumber.Country.FR)).isEqualTo(Direction.BE_TO_FR);
        assertThat(Direction.of(EnterpriseNumber.Country.BE, EnterpriseNumber.Country.BE).crossesTheBorder()).isFalse();
    }
}
