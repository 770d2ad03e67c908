package eu.socialmap.workinggroup.control;

import eu.socialmap.workinggroup.entity.Answer;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The answers of a date poll counted per option, and the best option: the one most people can attend (yes or if
 * need be); among equals the one with the most plain yes, then the earliest. None while nobody can come.
 */
public record PollSummary(List<OptionCount> options, Long bestOptionId) implements Serializable {

    public record Option(long id, Instant start, Instant end) implements Serializable {
    }

    public record OptionCount(Option option, int yes, int ifNeedBe, int no, boolean best) implements Serializable {
        public int available() {
            return yes + ifNeedBe;
        }
    }

    /** @param answers per option id, each person's answer */
    public static PollSummary of(List<Option> options, Map<Long, Map<Long, Answer>> answers) {
        List<OptionCount> counted = new ArrayList<>();
        for (Option option : options) {
            Map<Long, Answer> given = answers.getOrDefault(option.id(), Map.of());
            counted.add(new OptionCount(option, count(given, Answer.YES), count(given, Answer.IF_NEED_BE),
                    count(given, Answer.NO), false));
        }
        Long best = counted.stream().filter(c -> c.available() > 0)
                .max(Comparator.comparingInt(OptionCount::available).thenComparingInt(OptionCount::yes)
                        .thenComparing(c -> c.option().start(), Comparator.reverseOrder()))
                .map(c -> c.option().id()).orElse(null);
        List<OptionCount> marked = counted.stream()
                .map(c -> new OptionCount(c.option(), c.yes(), c.ifNeedBe(), c.no(), best != null && best == c.option().id()))
                .toList();
        return new PollSummary(marked, best);
    }

    private static int count(Map<Long, Answer> given, Answer answer) {
        return (int) given.values().stream().filter(answer::equals).count();
    }
}
