package eu.socialmap.immersion.control;

import eu.socialmap.immersion.entity.ImmersionOffer;
import eu.socialmap.immersion.entity.OfferDetails;
import eu.socialmap.immersion.entity.OfferPeriod;
import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.platform.entity.InvalidInput;
import eu.socialmap.platform.entity.LocalizedText;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dates a professional may ask for: working days within the offer's length, inside one of its periods. */
class BookingDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1); // a Monday
    private final ImmersionOffer offer = new ImmersionOffer(1, new OfferDetails(1L, null, new LocalizedText("Accueil", "", ""),
            new LocalizedText("Suivre l’accueil.", "", ""), null, null, List.of("fr"), 3, 4, LocalTime.of(9, 0),
            LocalTime.of(17, 0), List.of()), Instant.now());
    private final List<OfferPeriod> periods = List.of(
            new OfferPeriod(1, LocalDate.of(2027, 3, 8), LocalDate.of(2027, 3, 26), 2),
            new OfferPeriod(1, LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 28), 1));

    @Test
    void threeWorkingDaysInsideAPeriodAreTheFirstPeriods() {
        OfferPeriod found = check(LocalDate.of(2027, 5, 4), LocalDate.of(2027, 5, 6));
        assertThat(found).isSameAs(periods.get(1));
    }

    @Test
    void aWeekendInBetweenDoesNotCount() {
        // Thursday to Tuesday: Thursday, Friday, Monday, Tuesday — four working days
        assertThat(check(LocalDate.of(2027, 3, 11), LocalDate.of(2027, 3, 16))).isSameAs(periods.get(0));
    }

    @Test
    void datesOutsideEveryPeriodNameThePeriodsThatWouldDo() {
        assertThatThrownBy(() -> check(LocalDate.of(2027, 3, 25), LocalDate.of(2027, 3, 29)))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> {
                    assertThat(refused.fieldErrors()).hasSize(1);
                    assertThat(refused.fieldErrors().get(0).messageKey()).isEqualTo("immersion.dates.outsidePeriods");
                    assertThat(refused.fieldErrors().get(0).arguments()).containsExactly("8/3/2027 – 26/3/2027, 3/5/2027 – 28/5/2027");
                });
    }

    @Test
    void tooLongTooShortPastAndReversedDatesAreRefusedOnTheirField() {
        assertThat(refusal(LocalDate.of(2027, 3, 8), LocalDate.of(2027, 3, 12))).isEqualTo("lastDay immersion.dates.tooLong");
        assertThat(refusal(LocalDate.of(2027, 3, 8), LocalDate.of(2027, 3, 9))).isEqualTo("lastDay immersion.dates.tooShort");
        assertThat(refusal(TODAY, TODAY.plusDays(2))).isEqualTo("firstDay immersion.dates.past");
        assertThat(refusal(LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 8))).isEqualTo("lastDay immersion.dates.order");
        assertThat(refusal(null, LocalDate.of(2027, 3, 8))).isEqualTo("firstDay input.required");
    }

    /** The dates checked as the service does: every refusal recorded, then thrown together. */
    private OfferPeriod check(LocalDate first, LocalDate last) {
        InputCheck input = new InputCheck();
        OfferPeriod period = BookingDates.periodFor(offer, periods, first, last, TODAY, input);
        input.throwIfAny();
        return period;
    }

    private String refusal(LocalDate first, LocalDate last) {
        try {
            check(first, last);
            return "accepted";
        } catch (InvalidInput refused) {
            return refused.fieldErrors().get(0).field() + " " + refused.fieldErrors().get(0).messageKey();
        }
    }
}
