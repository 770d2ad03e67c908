package eu.socialmap.platform.control;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PagingTest {

    @Test
    void pagesAreCountedAndTheAskedPageIsKeptWithinBounds() {
        assertThat(Paging.of(2, 120, 50)).isEqualTo(new Paging(2, 3, 50, 50));
        assertThat(Paging.of(9, 120, 50).page()).isEqualTo(3);
        assertThat(Paging.of(-1, 120, 50).page()).isEqualTo(1);
        assertThat(Paging.of(1, 0, 50)).isEqualTo(new Paging(1, 1, 0, 50));
        assertThat(Paging.of(1, 50, 50).pageCount()).isEqualTo(1);
    }
}
