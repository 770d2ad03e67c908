package eu.socialmap.immersion.control;

import eu.socialmap.immersion.entity.Direction;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A year of immersions against the funder's target: those done (agreed, their last day reached, counted in the year
 * of their first day), the professionals behind them (a person twice in the year counts once; one whose account was
 * deleted counts once per immersion, nobody can tell her apart any more), those planned (agreed, not over yet), the
 * breakdowns and the list of those done.
 *
 * @param target        the professionals the funder expects this year
 * @param targetSet     whether the coordinator set it (otherwise the programme's default)
 */
public record YearFigures(int year, long done, long professionals, int target, boolean targetSet, long planned,
                          List<Line> byDirection, List<Line> byTheme, List<Line> byHost, List<Line> bySender,
                          List<Immersion> immersions) implements Serializable {

    /**
     * One line of a breakdown: {@code key} is the direction's name, or the id of the theme or organisation (null: no
     * theme); {@code label} is what a person reads (empty for a direction, whose label the reader's bundle gives).
     */
    public record Line(String key, String label, long immersions, long professionals) implements Serializable {
    }

    /** An immersion done, as the list shows it; {@code visitor} is empty when her account was deleted. */
    public record Immersion(long bookingId, String visitor, String sender, String host, LocalDate firstDay,
                            LocalDate lastDay, int workingDays, String theme, Direction direction, boolean reported,
                            Boolean recommends) implements Serializable {
    }

    /** How far the professionals are towards the target, in percent (over 100 when it is passed). */
    public int percentOfTarget() {
        return target <= 0 ? 0 : (int) Math.round(100.0 * professionals / target);
    }
}
