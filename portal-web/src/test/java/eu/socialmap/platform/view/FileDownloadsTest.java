package eu.socialmap.platform.view;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileDownloadsTest {

    @Test
    void aPlainNameIsGivenTwiceAsItIs() {
        assertThat(FileDownloads.disposition("immersion-agreement-12.pdf", false))
                .isEqualTo("attachment; filename=\"immersion-agreement-12.pdf\"; filename*=UTF-8''immersion-agreement-12.pdf");
        assertThat(FileDownloads.disposition("practice-3.pdf", true)).startsWith("inline; filename=\"practice-3.pdf\"");
    }

    @Test
    void anyOtherNameIsMadeSafeForOldClientsAndGivenInFull() {
        assertThat(FileDownloads.disposition("Rapport \"été\"\r\n2026.pdf", false))
                .isEqualTo("attachment; filename=\"Rapport __t____2026.pdf\"; "
                        + "filename*=UTF-8''Rapport%20%22%C3%A9t%C3%A9%22%0D%0A2026.pdf");
    }
}
