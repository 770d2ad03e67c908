package eu.socialmap.indicator.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One counted thing (or a group of them on the same day for the same partner): every figure of an indicator is a
 * sum of facts. {@code organisationId}, {@code country} and {@code territory} are null when not known (a visitor
 * without an organisation, a meeting without a host).
 */
public record Fact(LocalDate date, Long organisationId, String partner, String country, String territory,
                   BigDecimal value) implements Serializable {
}
