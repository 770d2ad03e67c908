package eu.socialmap.membership.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Counts an election: candidates by votes, the first {@code seats} elected — unless the last seat is shared by
 * a tie, which is reported (the network's rules decide, not the software).
 */
public final class Tally {

    private Tally() {
    }

    public record Count(long candidateId, String personName, long organisationId, long votes) implements java.io.Serializable {
    }

    public enum Outcome { ELECTED, TIED_FOR_LAST_SEAT, NOT_ELECTED }

    public record Line(Count count, int rank, Outcome outcome) implements java.io.Serializable {
    }

    public static List<Line> of(List<Count> counts, int seats) {
        List<Count> sorted = new ArrayList<>(counts);
        sorted.sort(Comparator.comparingLong(Count::votes).reversed().thenComparing(Count::personName));
        long cutOff = sorted.size() > seats ? sorted.get(seats - 1).votes() : -1;
        boolean tieAtCutOff = sorted.size() > seats && sorted.get(seats).votes() == cutOff;
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Count count = sorted.get(i);
            int rank = 1 + (int) sorted.stream().filter(c -> c.votes() > count.votes()).count();
            Outcome outcome;
            if (tieAtCutOff && count.votes() == cutOff) {
                outcome = Outcome.TIED_FOR_LAST_SEAT;
            } else if (i < seats) {
                outcome = Outcome.ELECTED;
            } else {
                outcome = Outcome.NOT_ELECTED;
            }
            lines.add(new Line(count, rank, outcome));
        }
        return lines;
    }
}
