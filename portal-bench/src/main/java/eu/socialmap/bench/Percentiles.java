package eu.socialmap.bench;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;

/** Latency samples (nanoseconds) and their nearest-rank percentiles. */
final class Percentiles {

    private final long[] sorted;

    Percentiles(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("No samples");
        }
        this.sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    static Percentiles of(Collection<long[]> parts) {
        return new Percentiles(parts.stream().flatMapToLong(Arrays::stream).toArray());
    }

    int count() {
        return sorted.length;
    }

    /** The smallest sample with at least p percent of all samples at or below it (nearest rank). */
    long nanos(double percent) {
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("Percentile out of (0, 100]: " + percent);
        }
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    double millis(double percent) {
        return nanos(percent) / 1_000_000d;
    }

    double meanMillis() {
        return Arrays.stream(sorted).average().orElse(0) / 1_000_000d;
    }

    /** Share of the relevant ids found (1 when nothing is relevant). */
    static double recall(Set<Long> found, Set<Long> relevant) {
        if (relevant.isEmpty()) {
            return 1;
        }
        return relevant.stream().filter(found::contains).count() / (double) relevant.size();
    }

    /** Share of the found ids that are relevant (NaN when nothing was found). */
    static double precision(Set<Long> found, Set<Long> relevant) {
        if (found.isEmpty()) {
            return Double.NaN;
        }
        return found.stream().filter(relevant::contains).count() / (double) found.size();
    }
}
