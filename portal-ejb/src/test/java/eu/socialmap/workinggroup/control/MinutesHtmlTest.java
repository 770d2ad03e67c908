package eu.socialmap.workinggroup.control;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MinutesHtmlTest {

    @Test
    void theEditorsFormattingIsKept() {
        String html = "<p><strong>Décisions</strong></p><ol><li>Point un</li><li>Point deux</li></ol><p><a href=\"https://example.org\">lien</a></p>";
        String safe = MinutesHtml.sanitise(html);
        assertThat(safe).contains("<strong>Décisions</strong>").contains("<ol><li>Point un</li>")
                .contains("href=\"https://example.org\"").contains("rel=\"nofollow noopener noreferrer\"");
        assertThat(MinutesHtml.paragraphs(safe)).containsExactly("Décisions", "1. Point un", "2. Point deux", "lien");
    }

    @Test
    void scriptsHandlersStylesAndDangerousLinksAreRemoved() {
        String safe = MinutesHtml.sanitise("<p style=\"color:red\" onclick=\"x()\">Texte</p><img src=x onerror=alert(1)>"
                + "<script>alert(2)</script><svg onload=alert(3)></svg><a href=\"javascript:alert(4)\">clic</a><iframe src=//evil>");
        assertThat(safe).contains("Texte").contains("clic").doesNotContain("style").doesNotContain("onclick")
                .doesNotContain("<img").doesNotContain("script").doesNotContain("svg").doesNotContain("javascript")
                .doesNotContain("iframe").doesNotContain("alert");
    }

    @Test
    void anEmptyEditorIsBlank() {
        assertThat(MinutesHtml.isBlank("<p><br></p>")).isTrue();
        assertThat(MinutesHtml.isBlank("<script>alert(1)</script>")).isTrue();
        assertThat(MinutesHtml.isBlank("<p>Présents : 12</p>")).isFalse();
    }
}
