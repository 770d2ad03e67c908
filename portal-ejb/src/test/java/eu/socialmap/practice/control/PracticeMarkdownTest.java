package eu.socialmap.practice.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PracticeMarkdownTest {

    @Test
    void rawHtmlAndScriptsAreEscapedNotRun() {
        String html = PracticeMarkdown.html("Hello <script>alert(1)</script> <img src=x onerror=alert(2)>\n\n"
                + "<div onclick=\"x()\">block</div>");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("<div"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void unsafeLinksLoseTheirAddress() {
        String html = PracticeMarkdown.html("[click](javascript:alert(1)) and [site](https://example.org)");
        assertFalse(html.contains("javascript"), html);
        assertTrue(html.contains("href=\"https://example.org\""), html);
        assertTrue(html.contains("rel=\"nofollow noopener noreferrer\""), html);
    }

    @Test
    void listsHeadingsAndEmphasisRender() {
        String html = PracticeMarkdown.html("# Big\n\n### Small\n\nSome **bold** and *italic*.\n\n- one\n- two\n\n1. first\n");
        assertTrue(html.contains("<h4>Big</h4>"), html);
        assertTrue(html.contains("<h4>Small</h4>"), html);
        assertTrue(html.contains("<strong>bold</strong>"), html);
        assertTrue(html.contains("<em>italic</em>"), html);
        assertTrue(html.contains("<ul><li>one</li><li>two</li></ul>"), html.replace("\n", ""));
        assertTrue(html.contains("<ol>"), html);
    }

    @Test
    void plainTextKeepsTheWordsOnly() {
        assertEquals("Title A **list** one two", PracticeMarkdown.plainText("# Title\n\nA \\*\\*list\\*\\*\n\n- one\n- two"));
        assertEquals("bold and link", PracticeMarkdown.plainText("**bold** and [link](https://x.be)"));
        assertEquals("", PracticeMarkdown.html("  "));
    }

    @Test
    void excerptCutsAtAWord() {
        assertEquals("aaaa bbbb…", PracticeMarkdown.excerpt("aaaa bbbb cccc dddd", 12));
    }
}
