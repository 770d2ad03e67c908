package eu.socialmap.practice.control;

import eu.socialmap.platform.control.HtmlPolicies;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.PolicyFactory;

/**
 * The Markdown of practice sheets made into HTML a page may show unescaped: commonmark escapes any raw HTML the author
 * typed and drops unsafe link addresses, then the portal's member-text policy ({@link HtmlPolicies}) rebuilds what is
 * left from allowed elements only. An author's headings become h4/h5: the page's own chapters and sections are h2/h3.
 */
public final class PracticeMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final PolicyFactory POLICY = HtmlPolicies.memberText()
            .allowElements("h4", "h5", "code", "pre", "hr")
            .allowElements((name, attributes) -> "h4", "h1", "h2", "h3")
            .allowElements((name, attributes) -> "h5", "h6")
            .toFactory();

    private PracticeMarkdown() {
    }

    /** The syntax tree, for the PDF. */
    public static Node parse(String markdown) {
        return PARSER.parse(markdown == null ? "" : markdown);
    }

    /** Safe HTML; "" for nothing. */
    public static String html(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return POLICY.sanitize(RENDERER.render(parse(markdown)));
    }

    /** The words only (for the search and short summaries): no marks, blocks separated by spaces. */
    public static String plainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak node) {
                text.append(' ');
            }

            @Override
            protected void visitChildren(Node parent) {
                super.visitChildren(parent);
                if (parent.getFirstChild() != null && !(parent instanceof org.commonmark.node.Emphasis)
                        && !(parent instanceof org.commonmark.node.StrongEmphasis)
                        && !(parent instanceof org.commonmark.node.Link)) {
                    text.append(' ');
                }
            }
        });
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    /** At most {@code max} characters of the plain text, cut at a word with "…". */
    public static String excerpt(String markdown, int max) {
        String text = plainText(markdown);
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1).strip() + "…";
    }
}
