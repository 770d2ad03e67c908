package eu.socialmap.platform.control;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The font of a piece of text in the portal's PDFs. OpenPDF replaces a Helvetica without an explicit base font by its
 * Liberation Sans Regular as soon as a character is beyond Latin-1 — the typographic apostrophe of "l’accueil"
 * included — and bold or italic is lost. The built-in Helvetica in Cp1252 has that apostrophe: it is used, in the style
 * asked, whenever it has every character of the text; OpenPDF's fallback (complete but regular) only for a name such
 * as "Łukasz".
 */
public final class PdfFonts {

    /** By style: {@link Font#NORMAL}, {@link Font#BOLD}, {@link Font#ITALIC}, {@link Font#BOLDITALIC}. */
    private static final BaseFont[] HELVETICA = {builtIn(BaseFont.HELVETICA), builtIn(BaseFont.HELVETICA_BOLD),
            builtIn(BaseFont.HELVETICA_OBLIQUE), builtIn(BaseFont.HELVETICA_BOLDOBLIQUE)};

    private PdfFonts() {
    }

    /** Helvetica of this size and style (bits of {@link Font}, underline included) for this text; color may be null. */
    public static Font of(String text, float size, int style, Color color) {
        int shown = style == Font.UNDEFINED ? Font.NORMAL : style;
        BaseFont base = HELVETICA[shown & Font.BOLDITALIC];
        boolean printable = text == null || text.codePoints().allMatch(c -> c < 32 || base.charExists(c));
        return printable ? new Font(base, size, shown & ~Font.BOLDITALIC, color) : new Font(Font.HELVETICA, size, shown, color);
    }

    /** The same size, style and colour as {@code wanted}, for this text. */
    public static Font of(String text, Font wanted) {
        return of(text, wanted.getSize(), wanted.getStyle(), wanted.getColor());
    }

    /** The built-in Helvetica of this style, for text drawn on a page's canvas. */
    public static BaseFont helvetica(int style) {
        return HELVETICA[style & Font.BOLDITALIC];
    }

    private static BaseFont builtIn(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
