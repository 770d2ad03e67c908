package eu.socialmap.indicator.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The funder's report: every indicator's figures for one period, names and units in the reader's language. */
public record Report(LocalDate from, LocalDate to, List<Line> lines) implements Serializable {

    public record Line(long indicatorId, String name, String unit, boolean entered, Figures figures)
            implements Serializable {
    }
}
