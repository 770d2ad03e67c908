package eu.socialmap.practice.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import eu.socialmap.platform.control.PdfFonts;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * A practice sheet as a PDF (OpenPDF): its title, the facts, then each chapter and section, the Markdown of each
 * walked from commonmark's syntax tree — headings, paragraphs, bullet and numbered lists (nested), quotes, bold and
 * italic; raw HTML is printed as the text it is. The built-in Helvetica in Cp1252 is used wherever it has every
 * character (it keeps bold and italic, and has the typographic apostrophe); OpenPDF's embedded fallback otherwise.
 */
public final class PracticePdf {

    private static final Color QUIET = new Color(80, 80, 80);
    private static final float BODY = 10;

    /** A section of the sheet: its heading (translated) and Markdown; {@code lang} the language it is written in. */
    public record Section(String heading, String markdown) {
    }

    /** A chapter: its heading and sections (only those with a text). */
    public record Chapter(String heading, List<Section> sections) {
    }

    /**
     * @param facts lines under the title: organisations, themes, contact… ("label: value")
     */
    public record Sheet(String languageCode, String title, String summary, List<String> facts, List<Chapter> chapters,
                        String footer) {
    }

    private PracticePdf() {
    }

    public static byte[] write(Sheet sheet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(sheet.languageCode()));
        document.addTitle(sheet.title());
        document.addCreator("socialmap");
        document.open();
        Paragraph title = new Paragraph(chunk(sheet.title(), 18, true, false, Color.BLACK));
        title.setSpacingAfter(8);
        document.add(title);
        for (String fact : sheet.facts()) {
            document.add(new Paragraph(chunk(fact, 9, false, false, QUIET)));
        }
        if (sheet.summary() != null && !sheet.summary().isBlank()) {
            blocks(document, PracticeMarkdown.parse(sheet.summary()), 11);
        }
        for (Chapter chapter : sheet.chapters()) {
            Paragraph heading = new Paragraph(chunk(chapter.heading(), 14, true, false, Color.BLACK));
            heading.setSpacingBefore(14);
            heading.setSpacingAfter(4);
            document.add(heading);
            for (Section section : chapter.sections()) {
                Paragraph sub = new Paragraph(chunk(section.heading(), 12, true, false, Color.BLACK));
                sub.setSpacingBefore(8);
                document.add(sub);
                blocks(document, PracticeMarkdown.parse(section.markdown()), BODY);
            }
        }
        if (sheet.footer() != null) {
            Paragraph footer = new Paragraph(chunk(sheet.footer(), 8, false, true, QUIET));
            footer.setSpacingBefore(16);
            document.add(footer);
        }
        document.close();
        return out.toByteArray();
    }

    private static void blocks(Document document, Node parent, float size) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            Element element = block(node, size, 0);
            if (element != null) {
                document.add(element);
            }
        }
    }

    private static Element block(Node node, float size, int depth) {
        if (node instanceof Heading heading) {
            Paragraph paragraph = new Paragraph();
            inline(paragraph, heading, size + (heading.getLevel() <= 2 ? 1 : 0), true, false);
            paragraph.setSpacingBefore(6);
            return paragraph;
        }
        if (node instanceof org.commonmark.node.Paragraph) {
            Paragraph paragraph = new Paragraph();
            paragraph.setLeading(size * 1.35f);
            inline(paragraph, node, size, false, false);
            paragraph.setSpacingBefore(4);
            return paragraph;
        }
        if (node instanceof BulletList || node instanceof OrderedList) {
            boolean numbered = node instanceof OrderedList;
            com.lowagie.text.List list = new com.lowagie.text.List(numbered, 14);
            if (!numbered) {
                list.setListSymbol(new Chunk("\u2022 ", PdfFonts.of("\u2022 ", size, Font.NORMAL, null)));
            } else if (node instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null) {
                list.setFirst(ordered.getMarkerStartNumber());
            }
            list.setIndentationLeft(12f * depth);
            for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                ListItem listItem = new ListItem();
                listItem.setLeading(size * 1.35f);
                for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof org.commonmark.node.Paragraph) {
                        inline(listItem, child, size, false, false);
                    } else {
                        Element nested = block(child, size, depth + 1);
                        if (nested != null) {
                            listItem.add(nested);
                        }
                    }
                }
                list.add(listItem);
            }
            return list;
        }
        if (node instanceof BlockQuote) {
            Paragraph quote = new Paragraph();
            quote.setIndentationLeft(18);
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                Paragraph part = new Paragraph();
                inline(part, child, size, false, true);
                quote.add(part);
            }
            return quote;
        }
        if (node instanceof FencedCodeBlock code) {
            return new Paragraph(code.getLiteral(), new Font(Font.COURIER, size - 1));
        }
        if (node instanceof IndentedCodeBlock code) {
            return new Paragraph(code.getLiteral(), new Font(Font.COURIER, size - 1));
        }
        if (node instanceof HtmlBlock html) {
            return new Paragraph(chunk(html.getLiteral(), size, false, false, Color.BLACK));
        }
        return null;
    }

    private static void inline(Phrase target, Node parent, float size, boolean bold, boolean italic) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text text) {
                target.add(chunk(text.getLiteral(), size, bold, italic, Color.BLACK));
            } else if (node instanceof Code code) {
                target.add(new Chunk(code.getLiteral(), new Font(Font.COURIER, size)));
            } else if (node instanceof HtmlInline html) {
                target.add(chunk(html.getLiteral(), size, bold, italic, Color.BLACK));
            } else if (node instanceof SoftLineBreak) {
                target.add(chunk(" ", size, bold, italic, Color.BLACK));
            } else if (node instanceof HardLineBreak) {
                target.add(Chunk.NEWLINE);
            } else if (node instanceof StrongEmphasis) {
                inline(target, node, size, true, italic);
            } else if (node instanceof Emphasis) {
                inline(target, node, size, bold, true);
            } else if (node instanceof Link link) {
                inline(target, node, size, bold, italic);
                String shown = PracticeMarkdown.plainText(textOf(link));
                if (link.getDestination() != null && !link.getDestination().equals(shown)) {
                    target.add(chunk(" (" + link.getDestination() + ")", size - 1, false, false, QUIET));
                }
            } else {
                inline(target, node, size, bold, italic);
            }
        }
    }

    private static String textOf(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                text.append(t.getLiteral());
            } else {
                text.append(textOf(child));
            }
        }
        return text.toString();
    }

    /** A piece of text in Helvetica with its style (see {@link PdfFonts}). */
    static Chunk chunk(String text, float size, boolean bold, boolean italic, Color color) {
        return new Chunk(text, PdfFonts.of(text, size, (bold ? Font.BOLD : 0) | (italic ? Font.ITALIC : 0), color));
    }
}
