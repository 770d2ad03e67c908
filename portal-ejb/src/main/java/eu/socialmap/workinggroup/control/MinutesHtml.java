package eu.socialmap.workinggroup.control;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Minutes typed in the rich-text editor, made safe before they are stored (OWASP Java HTML Sanitizer): paragraphs,
 * headings, emphasis, lists, quotes and http(s)/mailto links survive; scripts, styles, event handlers, images,
 * frames and forms do not. Callers refuse texts longer than {@code MAX_LENGTH} first.
 */
public final class MinutesHtml {

    public static final int MAX_LENGTH = 200_000;

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "ul", "ol", "li", "blockquote", "a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    private MinutesHtml() {
    }

    public static String sanitise(String html) {
        return html == null || html.isBlank() ? "" : POLICY.sanitize(html);
    }

    /** No visible text once sanitised (an editor left with an empty paragraph). */
    public static boolean isBlank(String html) {
        return Jsoup.parse(sanitise(html)).text().isBlank();
    }

    /** The text blocks in order, as plain strings (list items marked), to print minutes in a PDF. */
    public static List<String> paragraphs(String sanitisedHtml) {
        List<String> blocks = new ArrayList<>();
        if (sanitisedHtml == null || sanitisedHtml.isBlank()) {
            return blocks;
        }
        Document document = Jsoup.parseBodyFragment(sanitisedHtml);
        for (Element block : document.body().select("p, h2, h3, h4, li, blockquote")) {
            if (block.tagName().equals("p") && block.parent() != null && block.parent().tagName().equals("li")) {
                continue;
            }
            String text = block.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (block.tagName().equals("li")) {
                Element list = block.parent();
                text = (list != null && list.tagName().equals("ol") ? (block.elementSiblingIndex() + 1) + ". " : "• ") + text;
            }
            blocks.add(text);
        }
        return blocks;
    }
}
