package eu.socialmap.practice.control;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

class PracticePdfTest {

    @Test
    void theChaptersSectionsListsAndEmphasisArePrinted() throws Exception {
        byte[] pdf = PracticePdf.write(new PracticePdf.Sheet("fr", "Un toit d’abord", "Un **résumé**.",
                List.of("Organisation : CPAS de Liège"),
                List.of(new PracticePdf.Chapter("1. Le projet en quelques mots", List.of(
                        new PracticePdf.Section("Pourquoi ?", "# Titre\n\nDu *texte* et <b>rien</b>.\n\n- un\n- deux\n"
                                + "  1. imbriqué\n\n> une citation\n\n[lien](https://example.org)")))),
                "Imprimé le 1er janvier"));
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        for (String expected : List.of("Un toit d’abord", "résumé", "Le projet en quelques mots", "Pourquoi",
                "Titre", "texte", "<b>rien</b>", "un", "deux", "imbriqué", "une citation", "https://example.org")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
    }
}
