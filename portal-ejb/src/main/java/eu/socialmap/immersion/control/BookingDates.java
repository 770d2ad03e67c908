package eu.socialmap.immersion.control;

import eu.socialmap.immersion.entity.ImmersionBooking;
import eu.socialmap.immersion.entity.ImmersionOffer;
import eu.socialmap.immersion.entity.OfferPeriod;
import eu.socialmap.platform.control.InputCheck;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The dates of a request (or of the host's proposal) against the offer: in the future, two to five working days
 * within the offer's own minimum and maximum, all inside one of its periods. Every refusal names the field
 * ({@code firstDay}, {@code lastDay}) and says what would be accepted.
 */
public final class BookingDates {

    /** The longest span of calendar days: five working days with a weekend in between. */
    static final int MAX_SPAN_DAYS = 14;

    private BookingDates() {
    }

    /**
     * The period the dates fall in; or null, after recording on {@code input} why they are refused (the caller
     * throws with every refusal of its form at once).
     */
    public static OfferPeriod periodFor(ImmersionOffer offer, List<OfferPeriod> periods, LocalDate first,
                                        LocalDate last, LocalDate today, InputCheck input) {
        if (first == null || last == null) {
            if (first == null) {
                input.refuse("firstDay", "input.required");
            }
            if (last == null) {
                input.refuse("lastDay", "input.required");
            }
            return null;
        }
        if (last.isBefore(first)) {
            input.refuse("lastDay", "immersion.dates.order");
            return null;
        }
        if (!first.isAfter(today)) {
            input.refuse("firstDay", "immersion.dates.past");
            return null;
        }
        int days = ImmersionBooking.workingDays(first, last);
        if (days > ImmersionOffer.MAX_DAYS || days > offer.getMaxDays() || last.toEpochDay() - first.toEpochDay() >= MAX_SPAN_DAYS) {
            input.refuse("lastDay", "immersion.dates.tooLong", offer.getMaxDays(), days);
            return null;
        }
        if (days < offer.getMinDays()) {
            input.refuse("lastDay", "immersion.dates.tooShort", offer.getMinDays(), days);
            return null;
        }
        OfferPeriod period = periods.stream().filter(p -> p.covers(first, last)).findFirst().orElse(null);
        if (period == null) {
            input.refuse("firstDay", "immersion.dates.outsidePeriods", periods.stream()
                    .filter(p -> !p.getLastDay().isBefore(today)).map(OfferPeriod::label)
                    .collect(Collectors.joining(", ")));
        }
        return period;
    }
}
