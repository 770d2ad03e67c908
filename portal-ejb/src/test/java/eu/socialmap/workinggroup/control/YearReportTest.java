package eu.socialmap.workinggroup.control;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import eu.socialmap.platform.entity.Language;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class YearReportTest {

    private final YearReport.Group group = new YearReport.Group("Logement et énergie", 2026);
    private final YearReport.Meeting april = new YearReport.Meeting(LocalDateTime.of(2026, 4, 7, 14, 0),
            "Réunion d’avril", null, "Confirmée", List.of(), null);
    private final YearReport.Meeting march = new YearReport.Meeting(LocalDateTime.of(2026, 3, 3, 9, 30),
            "Réunion de mars", "Maison du Peuple, Saint-Gilles", "Confirmée",
            List.of(new YearReport.Attendee("Pieter Janssens", "Huurdersbond"),
                    new YearReport.Attendee("Amina Benali", "CPAS de Saint-Gilles"),
                    new YearReport.Attendee("Léa Dubois", "CPAS de Saint-Gilles"),
                    new YearReport.Attendee("Łukasz Wąsik", null)),
            MinutesHtml.sanitise("<p><strong>Décision</strong> : Zoë prévoit 1 200 € pour l’accueil de Noël.</p>"
                    + "<ol><li data-list=\"bullet\">Logement</li><li data-list=\"bullet\">Énergie</li></ol>"));
    private final YearReport.Meeting may = new YearReport.Meeting(LocalDateTime.of(2026, 5, 5, 9, 30),
            "=HYPERLINK(\"https://evil.example\")", "Zoom", "Confirmée",
            List.of(new YearReport.Attendee("Amina Benali", "CPAS de Saint-Gilles"),
                    new YearReport.Attendee("Jan Peeters", "Écoles de devoirs")), null);
    /** In no particular order, as a caller might pass them. */
    private final List<YearReport.Meeting> meetings = List.of(april, may, march);

    @Test
    void thePdfHoldsTheSummaryTheAttendanceTheMeetingsAndTheirMinutes() throws IOException {
        byte[] pdf = YearReport.pdf(group, meetings, Language.FR);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains("Logement et énergie — l’année 2026")
                .contains("3 réunions, 6 présences, 3 organisations.")
                .contains("5 personnes différentes sont venues.")
                .contains("Présences par organisation")
                .contains("mardi 3 mars 2026").contains("Réunion de mars").contains("Maison du Peuple, Saint-Gilles")
                .contains("Léa Dubois — CPAS de Saint-Gilles")
                .contains("Décision : Zoë prévoit 1 200 € pour l’accueil de Noël.")
                .contains("• Logement").contains("• Énergie")
                .contains("Aucune présence enregistrée.").contains("Pas de procès-verbal approuvé.")
                .contains("Logement et énergie — 2026 — page 1");
        assertThat(text).as("a letter the built-in font lacks comes from an embedded font").contains("Łukasz Wąsik");
        assertThat(text.indexOf("Réunion de mars")).as("in the order of the year")
                .isLessThan(text.indexOf("Réunion d’avril"));
        // the extractor runs a table's cells together: organisation, meetings, presences
        assertThat(text).as("per organisation, alphabetically (accents aside), the people of none last")
                .containsPattern("Organisation\\s*Réunions\\s*Présences\\s+CPAS de Saint-Gilles\\s*2\\s*3\\s+"
                        + "Écoles de devoirs\\s*1\\s*1\\s+Huurdersbond\\s*1\\s*1\\s+Sans organisation\\s*1\\s*1");
        assertThat(new PdfReader(pdf).getCatalog().getAsString(PdfName.LANG).toUnicodeString()).isEqualTo("fr");
    }

    @Test
    void thePdfSpeaksTheLanguageAskedFor() throws IOException {
        String text = text(YearReport.pdf(group, meetings, Language.NL));
        assertThat(text).contains("Logement et énergie — het jaar 2026").contains("Aanwezigheden per organisatie")
                .contains("dinsdag 3 maart 2026").contains("Zonder organisatie").contains("Geen goedgekeurd verslag.");
    }

    @Test
    void aYearWithoutMeetingsSaysSo() throws IOException {
        String text = text(YearReport.pdf(group, List.of(), Language.EN));
        assertThat(text).contains("No meetings, no presences, no organisations.").contains("Nobody came.")
                .contains("No meetings were held this year.");
    }

    @Test
    void theCsvHasOneRowPerMeetingAndOrganisationWithDutchHeaders() throws IOException {
        StringWriter out = new StringWriter();
        YearReport.csv(group, meetings, Language.NL, out);
        out.write("still open");
        String csv = out.toString().replace("still open", "");
        assertThat(csv).startsWith("Datum,Uur,Vergadering,Organisatie,Aanwezig,Namen\r\n");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        List<String> lines = new ArrayList<>();
        for (CSVRecord row : rows) {
            lines.add(String.join(" | ", row.get("Datum"), row.get("Uur"), row.get("Vergadering"), row.get("Organisatie"),
                    row.get("Aanwezig"), row.get("Namen")));
        }
        assertThat(lines).containsExactly(
                "2026-03-03 | 09:30 | Réunion de mars | CPAS de Saint-Gilles | 2 | Amina Benali; Léa Dubois",
                "2026-03-03 | 09:30 | Réunion de mars | Huurdersbond | 1 | Pieter Janssens",
                "2026-03-03 | 09:30 | Réunion de mars |  | 1 | Łukasz Wąsik",
                "2026-04-07 | 14:00 | Réunion d’avril |  | 0 | ",
                "2026-05-05 | 09:30 | '=HYPERLINK(\"https://evil.example\") | CPAS de Saint-Gilles | 1 | Amina Benali",
                "2026-05-05 | 09:30 | '=HYPERLINK(\"https://evil.example\") | Écoles de devoirs | 1 | Jan Peeters");
    }

    @Test
    void theCsvHeadersFollowTheLanguage() {
        StringWriter french = new StringWriter();
        YearReport.csv(group, List.of(), Language.FR, french);
        assertThat(french.toString()).isEqualTo("Date,Heure,Réunion,Organisation,Présents,Noms\r\n");
        StringWriter english = new StringWriter();
        YearReport.csv(group, List.of(), Language.EN, english);
        assertThat(english.toString()).isEqualTo("Date,Time,Meeting,Organisation,Present,Names\r\n");
    }

    @Test
    void aCellThatLooksLikeAFormulaStaysText() {
        assertThat(YearReport.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(YearReport.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(YearReport.cell("+32 2 123 45 67")).isEqualTo("'+32 2 123 45 67");
        assertThat(YearReport.cell("CPAS")).isEqualTo("CPAS");
        assertThat(YearReport.cell(null)).isEmpty();
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }
}
