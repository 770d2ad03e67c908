package eu.socialmap.directory.entity;

import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.platform.entity.LocalizedText;

import java.io.Serializable;

/** How a person gets a service, as typed in its form: conditions, how to apply, cost — in FR/NL/EN. */
public record ServiceAccess(String conditionsFr, String conditionsNl, String conditionsEn, String howToApplyFr,
                            String howToApplyNl, String howToApplyEn, String feesFr, String feesNl, String feesEn,
                            boolean freeOfCharge) implements Serializable {

    static final int LENGTH = 2000;

    public record Checked(LocalizedText conditions, LocalizedText howToApply, LocalizedText fees, boolean freeOfCharge) {
    }

    /** Adds this form's refusals to {@code input}; the caller throws them all together. */
    public Checked check(InputCheck input) {
        return new Checked(
                new LocalizedText(input.text("conditionsFr", conditionsFr, LENGTH, false),
                        input.text("conditionsNl", conditionsNl, LENGTH, false),
                        input.text("conditionsEn", conditionsEn, LENGTH, false)),
                new LocalizedText(input.text("howToApplyFr", howToApplyFr, LENGTH, false),
                        input.text("howToApplyNl", howToApplyNl, LENGTH, false),
                        input.text("howToApplyEn", howToApplyEn, LENGTH, false)),
                new LocalizedText(input.text("feesFr", feesFr, 500, false), input.text("feesNl", feesNl, 500, false),
                        input.text("feesEn", feesEn, 500, false)),
                freeOfCharge);
    }
}
