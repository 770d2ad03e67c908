package eu.socialmap.event.control;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import eu.socialmap.platform.control.PdfFonts;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.entity.Language;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * What the event documents share: a document in memory with its title and language set, fonts, translated words.
 * The built-in Helvetica (Cp1252, nothing embedded) covers French, Dutch and English; for a letter it lacks, as in
 * a participant's name ("Łukasz"), OpenPDF embeds the glyphs it needs from its own Liberation Sans.
 */
final class EventPdf {

    static final Color QUIET = new Color(90, 90, 90);
    static final Color LINE = new Color(170, 170, 170);
    static final Color HEADER = new Color(230, 230, 230);

    final Language language;
    final Document document;
    final PdfWriter writer;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** Not opened yet: a page footer has to be set before {@link #open()}. */
    EventPdf(Language language, Rectangle page, float margin) {
        this.language = language;
        this.document = new Document(page, margin, margin, margin, margin);
        this.writer = PdfWriter.getInstance(document, out);
        document.addCreator("socialmap");
        // screen readers pick their voice by the document's language
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.code()));
    }

    /** The title a viewer shows in its window bar and a screen reader announces. */
    EventPdf title(String title) {
        document.addTitle(title);
        return this;
    }

    EventPdf open() {
        document.open();
        return this;
    }

    byte[] close() {
        document.close();
        return out.toByteArray();
    }

    String message(String key, Object... arguments) {
        return Messages.get(language, "event.document." + key, Arrays.asList(arguments));
    }

    /** Alphabetical as the language sorts: "Émile" among the E, not after "Zoë". */
    static <T> List<T> byName(List<T> people, java.util.function.Function<T, String> name, Language language) {
        Collator collator = Collator.getInstance(language.locale());
        return people.stream().sorted(Comparator.comparing(name, collator::compare)).toList();
    }

    /** A font's size, style and colour; {@link #paragraph} picks the face that has the text's characters. */
    static Font font(float size, int style) {
        return new Font(Font.HELVETICA, size, style);
    }

    static Font font(float size, int style, Color color) {
        return new Font(Font.HELVETICA, size, style, color);
    }

    static Paragraph paragraph(String text, Font font, float spacingBefore, int alignment) {
        Paragraph paragraph = new Paragraph(text, PdfFonts.of(text, font));
        paragraph.setSpacingBefore(spacingBefore);
        paragraph.setAlignment(alignment);
        return paragraph;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
