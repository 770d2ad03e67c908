package eu.socialmap.workinggroup.control;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import eu.socialmap.platform.entity.Language;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class YearReportTest {

    private final YearReport.Group group = new YearReport.Group("Logement", 2026);
    private final List<YearReport.Meeting> meetings = List.of(
            new YearReport.Meeting(LocalDateTime.of(2026, 3, 3, 9, 30), "Réunion de mars", "Maison du Peuple", "Confirmée",
                    List.of(new YearReport.Attendee("Amina", "CPAS de Saint-Gilles"), new YearReport.Attendee("Léa", "CPAS de Saint-Gilles"),
                            new YearReport.Attendee("Pieter", "Huurdersbond")), "<p>Décision : un guide en trois langues</p>"),
            new YearReport.Meeting(LocalDateTime.of(2026, 4, 7, 9, 30), "Réunion d’avril", null, "Confirmée", List.of(), null));

    @Test
    void thePdfHoldsTheMeetingsTheOrganisationsAndTheMinutes() throws IOException {
        byte[] pdf = YearReport.pdf(group, meetings, Language.FR);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page));
        }
        assertThat(text.toString()).contains("Logement").contains("Réunion de mars").contains("CPAS de Saint-Gilles")
                .contains("Décision : un guide en trois langues").contains("2 réunions, 3 présences, 2 organisations");
    }

    @Test
    void theCsvCountsThePeopleOfEachOrganisationAtEachMeetingWithDutchHeaders() throws IOException {
        StringWriter out = new StringWriter();
        YearReport.csv(group, meetings, Language.NL, out);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertThat(out.toString()).startsWith("Datum,Uur,Vergadering,Organisatie,Aanwezig,Namen");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get("Organisatie")).isEqualTo("CPAS de Saint-Gilles");
        assertThat(rows.get(0).get("Aanwezig")).isEqualTo("2");
        assertThat(rows.get(0).get("Namen")).isEqualTo("Amina; Léa");
        assertThat(rows.get(2).get("Aanwezig")).as("a meeting nobody was recorded at").isEqualTo("0");
        assertThat(rows.get(2).get("Datum")).isEqualTo("2026-04-07");
    }
}
