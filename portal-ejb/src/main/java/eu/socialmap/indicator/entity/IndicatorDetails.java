package eu.socialmap.indicator.entity;

import eu.socialmap.platform.entity.LocalizedText;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What the coordinator says of an indicator: checked as a whole before it is saved. */
public record IndicatorDetails(LocalizedText name, LocalizedText unit, BigDecimal target, LocalDate periodStart,
                               LocalDate periodEnd, String territory, Indicator.Source source, Measure measure,
                               String parameter, boolean onHome, int position) implements Serializable {
}
