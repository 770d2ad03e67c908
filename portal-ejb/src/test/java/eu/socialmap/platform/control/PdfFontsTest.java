package eu.socialmap.platform.control;

import com.lowagie.text.Font;
import org.junit.jupiter.api.Test;

import java.awt.Color;

import static org.assertj.core.api.Assertions.assertThat;

class PdfFontsTest {

    @Test
    void aFrenchTextKeepsItsStyleInTheBuiltInHelvetica() {
        Font bold = PdfFonts.of("Journée de l’accueil — « bienvenue »", 14, Font.BOLD, Color.RED);
        assertThat(bold.getBaseFont().getPostscriptFontName()).isEqualTo("Helvetica-Bold");
        assertThat(bold.getSize()).isEqualTo(14);
        assertThat(bold.getColor()).isEqualTo(Color.RED);
        Font underlined = PdfFonts.of("l’été", 10, Font.BOLDITALIC | Font.UNDERLINE, null);
        assertThat(underlined.getBaseFont().getPostscriptFontName()).isEqualTo("Helvetica-BoldOblique");
        assertThat(underlined.isUnderlined()).as("underline is kept").isTrue();
        assertThat(PdfFonts.of("Zoë", new Font(Font.HELVETICA, 9, Font.ITALIC)).getBaseFont().getPostscriptFontName())
                .isEqualTo("Helvetica-Oblique");
    }

    @Test
    void aNameBeyondCp1252FallsBackToTheCompleteFontWithTheStyleAsked() {
        Font font = PdfFonts.of("Łukasz Wąsik", 12, Font.BOLD, null);
        assertThat(font.getBaseFont()).as("OpenPDF picks its complete font when the text is set").isNull();
        assertThat(font.getFamily()).isEqualTo(Font.HELVETICA);
        assertThat(font.isBold()).isTrue();
    }
}
