package eu.socialmap.immersion.control;

import eu.socialmap.immersion.entity.ImmersionOffer;
import eu.socialmap.immersion.entity.OfferDetails;
import eu.socialmap.immersion.entity.OfferPeriod;
import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.platform.entity.LocalizedText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every rule of an offer's form, checked at once so the host corrects all of them in one go. Field names are the
 * form's ({@code team}, {@code periods[2].places}…); what needs the database (the place belongs to the host, the
 * contact works there, a period keeps its bookings) is checked by the service.
 */
public final class OfferCheck {

    static final Set<String> LANGUAGES = Set.of("fr", "nl", "en");
    /** A period starts at most two years ahead: offers are planned for the coming seasons. */
    static final int YEARS_AHEAD = 2;

    private OfferCheck() {
    }

    /** The details with their texts stripped, or an {@code InvalidInput} listing every refused field. */
    public static OfferDetails check(OfferDetails given, LocalDate today, InputCheck input) {
        if (given.locationId() == null) {
            input.refuse("location", "input.required");
        }
        LocalizedText team = texts(input, "team", given.team(), 200, true);
        LocalizedText activities = texts(input, "activities", given.activities(), 4000, true);
        LocalizedText conditions = texts(input, "conditions", given.conditions(), 2000, false);
        if (given.languages().isEmpty()) {
            input.refuse("languages", "input.required");
        } else if (!LANGUAGES.containsAll(given.languages())) {
            input.refuse("languages", "immersion.offer.unknownLanguage");
        }
        if (given.minDays() < ImmersionOffer.MIN_DAYS || given.minDays() > ImmersionOffer.MAX_DAYS) {
            input.refuse("minDays", "immersion.offer.days", ImmersionOffer.MIN_DAYS, ImmersionOffer.MAX_DAYS);
        }
        if (given.maxDays() < ImmersionOffer.MIN_DAYS || given.maxDays() > ImmersionOffer.MAX_DAYS) {
            input.refuse("maxDays", "immersion.offer.days", ImmersionOffer.MIN_DAYS, ImmersionOffer.MAX_DAYS);
        } else if (given.maxDays() < given.minDays()) {
            input.refuse("maxDays", "immersion.offer.maxBelowMin");
        }
        if (given.dayStarts() == null) {
            input.refuse("dayStarts", "input.required");
        }
        if (given.dayEnds() == null) {
            input.refuse("dayEnds", "input.required");
        } else if (given.dayStarts() != null && !given.dayEnds().isAfter(given.dayStarts())) {
            input.refuse("dayEnds", "immersion.offer.dayEndsBeforeStart");
        }
        periods(given.periods(), today, input);
        input.throwIfAny();
        return new OfferDetails(given.locationId(), given.contactId(), team, activities, conditions,
                given.themeTermId(), List.copyOf(new java.util.LinkedHashSet<>(given.languages())), given.minDays(),
                given.maxDays(), given.dayStarts(), given.dayEnds(), given.periods());
    }

    private static void periods(List<OfferDetails.Period> periods, LocalDate today, InputCheck input) {
        if (periods.isEmpty()) {
            input.refuse("periods", "immersion.offer.noPeriod");
            return;
        }
        if (periods.size() > 24) {
            input.refuse("periods", "immersion.offer.tooManyPeriods", 24);
            return;
        }
        List<OfferDetails.Period> seen = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            OfferDetails.Period period = periods.get(i);
            String field = "periods[" + i + "]";
            if (period.firstDay() == null) {
                input.refuse(field + ".firstDay", "input.required");
            }
            if (period.lastDay() == null) {
                input.refuse(field + ".lastDay", "input.required");
            }
            if (period.places() == null) {
                input.refuse(field + ".places", "input.required");
            } else if (period.places() < (period.id() == null ? 1 : 0) || period.places() > OfferPeriod.MAX_PLACES) {
                input.refuse(field + ".places", "immersion.offer.places", 1, OfferPeriod.MAX_PLACES);
            }
            if (period.firstDay() == null || period.lastDay() == null) {
                continue;
            }
            if (period.lastDay().isBefore(period.firstDay())) {
                input.refuse(field + ".lastDay", "immersion.offer.periodOrder");
            } else if (period.id() == null && period.lastDay().isBefore(today)) {
                input.refuse(field + ".lastDay", "immersion.offer.periodPast");
            } else if (period.firstDay().isAfter(today.plusYears(YEARS_AHEAD))) {
                input.refuse(field + ".firstDay", "immersion.offer.periodTooFar", YEARS_AHEAD);
            } else if (seen.stream().anyMatch(other -> !other.lastDay().isBefore(period.firstDay())
                    && !period.lastDay().isBefore(other.firstDay()))) {
                input.refuse(field + ".firstDay", "immersion.offer.periodsOverlap");
            } else {
                seen.add(period);
            }
        }
    }

    /** A text in at least one language when required; each translation within the length and without markup. */
    static LocalizedText texts(InputCheck input, String field, LocalizedText given, int maxLength, boolean required) {
        LocalizedText text = given == null ? new LocalizedText("", "", "") : given;
        String fr = input.text(field + "Fr", text.exactly(eu.socialmap.platform.entity.Language.FR), maxLength, false);
        String nl = input.text(field + "Nl", text.exactly(eu.socialmap.platform.entity.Language.NL), maxLength, false);
        String en = input.text(field + "En", text.exactly(eu.socialmap.platform.entity.Language.EN), maxLength, false);
        LocalizedText checked = new LocalizedText(fr, nl, en);
        if (required && fr != null && nl != null && en != null && checked.isEmpty()) {
            input.refuse(field, "immersion.offer.oneLanguageAtLeast");
        }
        return checked;
    }
}
