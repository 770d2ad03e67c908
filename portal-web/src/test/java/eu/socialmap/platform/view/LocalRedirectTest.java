package eu.socialmap.platform.view;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalRedirectTest {

    @Test
    void aPageOfThePortalIsAllowed() {
        assertThat(LocalRedirect.target("/about?x=1", "")).isEqualTo("/about?x=1");
        assertThat(LocalRedirect.target("/portal/about", "/portal")).isEqualTo("/portal/about");
    }

    @Test
    void anythingElseGoesHome() {
        assertThat(LocalRedirect.target("https://evil.example/", "")).isEqualTo("/");
        assertThat(LocalRedirect.target("//evil.example/", "")).isEqualTo("/");
        assertThat(LocalRedirect.target("/\\evil.example", "")).isEqualTo("/");
        assertThat(LocalRedirect.target("/about\r\nSet-Cookie: x=1", "")).isEqualTo("/");
        assertThat(LocalRedirect.target("/other-app/", "/portal")).isEqualTo("/portal/");
        assertThat(LocalRedirect.target(null, "")).isEqualTo("/");
        assertThat(LocalRedirect.target("  ", "/portal")).isEqualTo("/portal/");
    }
}
