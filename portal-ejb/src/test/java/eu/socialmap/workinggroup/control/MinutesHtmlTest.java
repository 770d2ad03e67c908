package eu.socialmap.workinggroup.control;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MinutesHtmlTest {

    @Test
    void whatTheEditorWritesIsKeptAsItIs() {
        String quill = "<p><strong>Décisions</strong></p><ol><li>Point un</li><li>Point deux</li></ol>"
                + "<h3>Suivi</h3><p>Léa <em>relance</em> <u>le</u> <s>CPAS</s> l’asbl.<br>Le 3 mars.</p>"
                + "<blockquote>Une citation</blockquote>";
        assertThat(MinutesHtml.sanitise(quill)).isEqualTo(quill.replace("<br>", "<br />"));
    }

    @Test
    void linksKeepTheirWebOrMailAddressAndAreMarkedAsNotOurs() {
        String safe = MinutesHtml.sanitise("<p><a href=\"https://example.org/plan\" target=\"_blank\" "
                + "rel=\"noopener noreferrer\">le plan</a> <a href=\"mailto:lea@cpas.be\">Léa</a></p>");
        assertThat(safe).contains("<a href=\"https://example.org/plan\" rel=\"nofollow noopener noreferrer\">le plan</a>")
                .contains("href=\"mailto:lea&#64;cpas.be\"").doesNotContain("target");
    }

    @Test
    void quillBulletListsBecomeRealBulletLists() {
        // Quill 2 writes every list as <ol>, each item saying what it is, and draws the marks with its own CSS
        String quill = "<ol><li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\"></span>Logement</li>"
                + "<li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\"></span>Emploi</li>"
                + "<li data-list=\"ordered\"><span class=\"ql-ui\" contenteditable=\"false\"></span>Premier</li></ol>";
        String safe = MinutesHtml.sanitise(quill);
        assertThat(safe).isEqualTo("<ul><li>Logement</li><li>Emploi</li></ul><ol><li>Premier</li></ol>");
        assertThat(MinutesHtml.paragraphs(safe)).containsExactly("• Logement", "• Emploi", "1. Premier");
    }

    @Test
    void scriptsEventHandlersImagesFramesFormsAndStylesAreRemoved() {
        String[] attacks = {
            "<img src=x onerror=alert(1)>",
            "<script>alert(1)</script>",
            "<svg onload=alert(1)><circle/></svg>",
            "<svg><script>alert(1)</script></svg>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<object data=\"evil.swf\"></object><embed src=\"evil.swf\">",
            "<form action=\"https://evil.example\"><input name=password><button formaction=x>OK</button></form>",
            "<style>body{background:url(javascript:alert(1))}</style>",
            "<p style=\"background:url(javascript:alert(1))\" class=\"x\" id=\"login\" onclick=\"alert(1)\">Texte</p>",
            "<details open ontoggle=alert(1)>",
            "<body onload=alert(1)>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<base href=\"https://evil.example/\">",
            "<p onmouseover=alert(1)>x<b onmouseover=alert(1)>y",
            "<<script>alert(1)//<</script>",
            "<scr<script>ipt>alert(1)</scr</script>ipt>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
            "<a href=\"https://x.be\" onclick=\"alert(1)\" style=\"position:fixed\">x</a>",
        };
        for (String attack : attacks) {
            String safe = MinutesHtml.sanitise(attack);
            assertThat(safe).as(attack).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                    .doesNotContainIgnoringCase("<svg").doesNotContainIgnoringCase("<iframe")
                    .doesNotContainIgnoringCase("<object").doesNotContainIgnoringCase("<embed")
                    .doesNotContainIgnoringCase("<form").doesNotContainIgnoringCase("<input")
                    .doesNotContainIgnoringCase("<style").doesNotContainIgnoringCase("<meta")
                    .doesNotContainIgnoringCase("<base").doesNotContainIgnoringCase("<details")
                    .doesNotContainIgnoringCase("style=").doesNotContainIgnoringCase("class=")
                    .doesNotContainIgnoringCase("id=").doesNotContainIgnoringCase("javascript")
                    .doesNotContainPattern("(?i)\\son\\w+=");
            assertThat(MinutesHtml.sanitise(safe)).as("sanitising twice changes nothing: %s", attack).isEqualTo(safe);
        }
        assertThat(MinutesHtml.sanitise("<p style=\"color:red\" onclick=\"x()\">Texte</p>")).isEqualTo("<p>Texte</p>");
    }

    @Test
    void onlyWebAndMailAddressesRemainLinks() {
        String[] refused = {
            "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java&#09;script:alert(1)", "&#106;avascript:alert(1)",
            " javascript:alert(1)", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "vbscript:msgbox(1)",
            "//evil.example/page", "/admin/users?delete=1", "../account", "file:///etc/passwd", "ftp://example.org",
        };
        for (String href : refused) {
            assertThat(MinutesHtml.sanitise("<p><a href=\"" + href + "\">clic</a></p>")).as(href).isEqualTo("<p>clic</p>");
        }
    }

    @Test
    void unclosedAndMisnestedTagsComeOutBalanced() {
        String safe = MinutesHtml.sanitise("<h1>Titre</h1><p>Un <b>gras <i>et italique</p><p>suite");
        assertThat(safe).startsWith("<h2>Titre</h2>").contains("suite").doesNotContain("<h1");
        assertThat(count(safe, "<b>")).isEqualTo(count(safe, "</b>"));
        assertThat(count(safe, "<i>")).isEqualTo(count(safe, "</i>"));
        assertThat(count(safe, "<p>")).isEqualTo(count(safe, "</p>"));
        assertThat(MinutesHtml.paragraphs(safe)).containsExactly("Titre", "Un gras et italique", "suite");
    }

    @Test
    void anEmptyEditorOrOnlyRemovedMarkupIsBlank() {
        assertThat(MinutesHtml.sanitise(null)).isEmpty();
        assertThat(MinutesHtml.sanitise("  ")).isEmpty();
        assertThat(MinutesHtml.sanitise("<p><br></p>")).as("what an emptied editor sends").isEmpty();
        assertThat(MinutesHtml.isBlank("<p><br></p>")).isTrue();
        assertThat(MinutesHtml.isBlank("<p>&nbsp;&nbsp;</p><p>\u200b</p>")).isTrue();
        assertThat(MinutesHtml.isBlank("<script>alert(1)</script><img src=x>")).isTrue();
        assertThat(MinutesHtml.isBlank("<p>Présents : 12</p>")).isFalse();
    }

    @Test
    void paragraphsAreTheTextBlocksInOrderForAPdf() {
        String safe = MinutesHtml.sanitise("<h2>Présents</h2><p>Douze membres,<br>dont trois nouveaux.</p>"
                + "<ul><li>Logement<ul><li>Bruxelles</li></ul></li><li>Emploi</li></ul>"
                + "<blockquote><p>Citation</p></blockquote>"
                + "<p>Voir <a href=\"https://example.org/plan\">le plan</a> ou <a href=\"mailto:lea@cpas.be\">lea@cpas.be</a>.</p>"
                + "<p>&nbsp;</p><ol><li>Un</li><li><p>Deux</p></li></ol>Texte libre");
        assertThat(MinutesHtml.paragraphs(safe)).containsExactly(
                "Présents",
                "Douze membres,\ndont trois nouveaux.",
                "• Logement",
                "  • Bruxelles",
                "• Emploi",
                "Citation",
                "Voir le plan (https://example.org/plan) ou lea@cpas.be.",
                "1. Un",
                "2. Deux",
                "Texte libre");
        assertThat(MinutesHtml.paragraphs(null)).isEmpty();
        assertThat(MinutesHtml.paragraphs("")).isEmpty();
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
