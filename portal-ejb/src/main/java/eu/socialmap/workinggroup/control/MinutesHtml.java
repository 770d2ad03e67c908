package eu.socialmap.workinggroup.control;

import eu.socialmap.platform.control.HtmlPolicies;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.owasp.html.PolicyFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Minutes typed in the portal's rich-text editor ({@code p:textEditor}, which is Quill 2), made safe before they are
 * stored, since pages show them unescaped: paragraphs, line breaks, headings, emphasis, lists, quotes and
 * http(s)/mailto links survive; everything else loses its tags (scripts, styles, event handlers, images, frames,
 * forms, classes, style attributes). The OWASP sanitiser rebuilds the HTML from what its policy allows instead of
 * looking for what seems dangerous, so a trick nobody thought of yet is dropped too.
 * <p>
 * Callers refuse a text longer than {@link #MAX_LENGTH} <em>before</em> sanitising: the work grows with the input.
 */
public final class MinutesHtml {

    /** Characters of submitted HTML: some forty pages of minutes, more than any meeting produces. */
    public static final int MAX_LENGTH = 200_000;

    private static final PolicyFactory POLICY = HtmlPolicies.memberText()
            .allowElements("h2", "h3", "h4")
            // pasted headings stay headings, at the levels a section of the page may use (h1 is the page's own)
            .allowElements((name, attributes) -> "h2", "h1")
            .allowElements((name, attributes) -> "h4", "h5", "h6")
            .toFactory();

    private MinutesHtml() {
    }

    /** The minutes as they may be stored and shown; "" when nothing visible is left (an editor's empty line). */
    public static String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        String safe = POLICY.sanitize(semanticLists(html));
        return hasVisibleText(safe) ? safe : "";
    }

    /** Nothing a reader would see once sanitised: empty paragraphs, spaces, or only what the sanitiser removes. */
    public static boolean isBlank(String html) {
        return sanitise(html).isEmpty();
    }

    /**
     * The text blocks of sanitised minutes in order, as plain strings for a PDF: each paragraph, heading, quote and
     * list item is one string (items start with "• " or their number, nested ones are indented by two spaces per
     * level), a line break within a block is a {@code \n}, a link's address follows its text in brackets.
     */
    public static List<String> paragraphs(String sanitisedHtml) {
        TextBlocks blocks = new TextBlocks();
        if (sanitisedHtml != null && !sanitisedHtml.isBlank()) {
            blocks.container(Jsoup.parseBodyFragment(sanitisedHtml).body(), 0);
        }
        return blocks.out;
    }

    /**
     * Quill 2 writes every list as an {@code <ol>} and marks each item {@code data-list="bullet"} or
     * {@code "ordered"}, drawing the marks with its own style sheet; outside the editor (a page, this PDF, a mail)
     * bullets would show as numbers. So each run of items of one kind becomes its own {@code <ul>} or {@code <ol>},
     * which the editor reads back as the same lists. The sanitiser still has the last word on what comes out.
     */
    private static String semanticLists(String html) {
        if (!html.contains("data-list")) {
            return html;
        }
        Document document = Jsoup.parseBodyFragment(html);
        for (Element list : document.select("ol:has(> li[data-list])")) {
            Element run = null;
            for (Element item : new ArrayList<>(list.children())) {
                String tag = "ordered".equals(item.attr("data-list")) ? "ol" : "ul";
                if (run == null || !run.normalName().equals(tag)) {
                    run = new Element(tag);
                    list.before(run);
                }
                run.appendChild(item);
            }
            list.remove();
        }
        // as written: pretty-printing would add line breaks between the lists
        document.outputSettings().prettyPrint(false);
        return document.body().html();
    }

    private static boolean hasVisibleText(String html) {
        return Jsoup.parseBodyFragment(html).text().codePoints().anyMatch(MinutesHtml::isVisible);
    }

    /** Not a space of any kind (no-break spaces come with every double space typed), nor a zero-width character. */
    private static boolean isVisible(int codePoint) {
        return !Character.isWhitespace(codePoint) && !Character.isSpaceChar(codePoint)
                && Character.getType(codePoint) != Character.FORMAT;
    }

    /** Walks the blocks of the HTML, collecting runs of inline content as one string per block. */
    private static final class TextBlocks {

        private static final Set<String> BLOCKS = Set.of("p", "h2", "h3", "h4", "blockquote", "ul", "ol", "li");
        private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

        private final List<String> out = new ArrayList<>();
        /** The bullet or number waiting for the first text of its list item. */
        private String marker = "";

        void container(Element element, int depth) {
            StringBuilder text = new StringBuilder();
            for (Node child : element.childNodes()) {
                if (child instanceof Element inner && holdsBlocks(inner)) {
                    emit(text, depth);
                    if (inner.normalName().equals("ul") || inner.normalName().equals("ol")) {
                        list(inner, depth);
                    } else {
                        container(inner, depth);
                    }
                } else {
                    inline(child, text);
                }
            }
            emit(text, depth);
        }

        private void list(Element list, int depth) {
            int number = 0;
            for (Element item : list.children()) {
                marker = list.normalName().equals("ol") ? ++number + ". " : "• ";
                container(item, depth + 1);
                marker = "";
            }
        }

        /** A block, or an inline element the sanitiser left around one (as in {@code <b><p>…</p></b>}). */
        private static boolean holdsBlocks(Element element) {
            return BLOCKS.contains(element.normalName())
                    || element.getAllElements().stream().anyMatch(e -> BLOCKS.contains(e.normalName()));
        }

        private static void inline(Node node, StringBuilder text) {
            if (node instanceof TextNode textNode) {
                text.append(textNode.getWholeText());
            } else if (node instanceof Element element) {
                if (element.normalName().equals("br")) {
                    text.append('\n');
                    return;
                }
                element.childNodes().forEach(child -> inline(child, text));
                String href = element.normalName().equals("a") ? element.attr("href").strip() : "";
                String shown = href.replaceFirst("(?i)^mailto:", "");
                if (!href.isEmpty() && !element.text().strip().equals(shown)) {
                    text.append(" (").append(shown).append(')');
                }
            }
        }

        private void emit(StringBuilder text, int depth) {
            List<String> lines = new ArrayList<>();
            for (String line : text.toString().split("\n")) {
                String tidy = SPACES.matcher(line).replaceAll(" ").strip();
                if (!tidy.isEmpty()) {
                    lines.add(tidy);
                }
            }
            text.setLength(0);
            if (!lines.isEmpty()) {
                out.add("  ".repeat(Math.max(0, depth - 1)) + marker + String.join("\n", lines));
                marker = "";
            }
        }
    }
}
