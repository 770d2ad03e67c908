package eu.socialmap.immersion.control;

import eu.socialmap.immersion.entity.OfferDetails;
import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.platform.entity.InvalidInput;
import eu.socialmap.platform.entity.LocalizedText;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An offer's form: every bad field refused at once, under the form's own field names. */
class OfferCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 11);

    @Test
    void aCompleteOfferPassesWithItsTextsStripped() {
        OfferDetails checked = OfferCheck.check(offer(2, 5, List.of(new OfferDetails.Period(null, TODAY.plusDays(7),
                TODAY.plusDays(60), 2))), TODAY, new InputCheck());
        assertThat(checked.team().exactly(eu.socialmap.platform.entity.Language.NL)).isEqualTo("Onthaal");
    }

    @Test
    void everyBadFieldIsRefusedTogether() {
        OfferDetails bad = new OfferDetails(null, null, new LocalizedText("", "", ""), new LocalizedText("<b>x</b>", "", ""),
                null, null, List.of("de"), 1, 6, LocalTime.of(17, 0), LocalTime.of(9, 0), List.of(
                new OfferDetails.Period(null, TODAY.plusDays(10), TODAY.plusDays(5), 2),
                new OfferDetails.Period(null, TODAY.plusDays(20), TODAY.plusDays(40), 0),
                new OfferDetails.Period(null, TODAY.plusDays(30), TODAY.plusDays(50), 1)));
        assertThatThrownBy(() -> OfferCheck.check(bad, TODAY, new InputCheck()))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.fieldErrors())
                        .extracting(e -> e.field() + " " + e.messageKey()).containsExactlyInAnyOrder(
                                "location input.required", "team immersion.offer.oneLanguageAtLeast",
                                "activitiesFr input.markup", "languages immersion.offer.unknownLanguage",
                                "minDays immersion.offer.days", "maxDays immersion.offer.days",
                                "dayEnds immersion.offer.dayEndsBeforeStart", "periods[0].lastDay immersion.offer.periodOrder",
                                "periods[1].places immersion.offer.places", "periods[2].firstDay immersion.offer.periodsOverlap"));
    }

    @Test
    void anOfferNeedsAPeriod() {
        assertThatThrownBy(() -> OfferCheck.check(offer(3, 2, List.of()), TODAY, new InputCheck()))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.fieldErrors())
                        .extracting(e -> e.field() + " " + e.messageKey()).containsExactlyInAnyOrder(
                                "maxDays immersion.offer.maxBelowMin", "periods immersion.offer.noPeriod"));
    }

    private static OfferDetails offer(int min, int max, List<OfferDetails.Period> periods) {
        return new OfferDetails(1L, null, new LocalizedText("", " Onthaal ", ""), new LocalizedText("", "Meelopen.", ""),
                null, null, List.of("nl", "fr"), min, max, LocalTime.of(9, 0), LocalTime.of(16, 0), periods);
    }
}
