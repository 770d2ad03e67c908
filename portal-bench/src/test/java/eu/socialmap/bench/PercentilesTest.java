package eu.socialmap.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PercentilesTest {

    @Test
    void nearestRankOfUnsortedSamples() {
        long[] samples = new long[100];
        for (int i = 0; i < 100; i++) {
            samples[i] = 100 - i; // 100 … 1
        }
        Percentiles p = new Percentiles(samples);
        assertThat(p.nanos(50)).isEqualTo(50);
        assertThat(p.nanos(95)).isEqualTo(95);
        assertThat(p.nanos(99)).isEqualTo(99);
        assertThat(p.nanos(100)).isEqualTo(100);
        assertThat(samples[0]).as("the caller's array is left as it was").isEqualTo(100);
    }

    @Test
    void fewSamplesGiveTheLargestForHighPercentiles() {
        Percentiles p = new Percentiles(new long[] {3_000_000, 1_000_000, 2_000_000});
        assertThat(p.millis(50)).isEqualTo(2.0);
        assertThat(p.millis(95)).isEqualTo(3.0);
        assertThat(p.nanos(1)).isEqualTo(1_000_000);
    }

    @Test
    void samplesOfSeveralSearchesArePooled() {
        Percentiles p = Percentiles.of(List.of(new long[] {1, 2}, new long[] {3, 4}));
        assertThat(p.count()).isEqualTo(4);
        assertThat(p.nanos(50)).isEqualTo(2);
    }

    @Test
    void refusesNoSamplesAndImpossiblePercentiles() {
        assertThatThrownBy(() -> new Percentiles(new long[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Percentiles(new long[] {1}).nanos(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recallAndPrecision() {
        Set<Long> relevant = Set.of(1L, 2L, 3L, 4L);
        Set<Long> found = Set.of(1L, 2L, 9L);
        assertThat(Percentiles.recall(found, relevant)).isEqualTo(0.5);
        assertThat(Percentiles.precision(found, relevant)).isEqualTo(2 / 3.0);
        assertThat(Percentiles.recall(Set.of(), Set.of())).isEqualTo(1.0);
        assertThat(Percentiles.precision(Set.of(), relevant)).isNaN();
    }
}
