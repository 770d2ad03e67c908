package eu.socialmap.event.control;

import eu.socialmap.platform.entity.Language;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RegistrationExportTest {

    private static final String DIET_QUESTION = "Allergies, préférences ?";
    private static final String TRANSPORT_QUESTION = "Comment venez-vous ?";
    private final List<String> questions = List.of(DIET_QUESTION, TRANSPORT_QUESTION);

    /** 07:30 UTC on 12 May is 09:30 in Brussels (summer time). */
    private final RegistrationExport.Row lea = new RegistrationExport.Row("Léa Dubois", "lea@cpas-stgilles.be",
            "CPAS de Saint-Gilles", "CPAS", "Belgique", "Professionnel·le", "Intervenante", "Confirmée", null,
            Instant.parse("2026-05-12T07:30:15.123Z"), Instant.parse("2026-06-02T06:58:00Z"), "Végétarien", null,
            true, "Atelier logement; Plénière", Map.of(DIET_QUESTION, "Sans gluten, \"strict\"",
            TRANSPORT_QUESTION, "En train\npuis à pied"));
    private final RegistrationExport.Row mallory = new RegistrationExport.Row("=HYPERLINK(\"https://evil.example\")",
            "m@example.org", "+32 2 123 45 67", null, null, null, null, "Liste d’attente", 3,
            Instant.parse("2026-01-15T12:00:00Z"), null, null, "@fauteuil", false, null,
            Map.of(TRANSPORT_QUESTION, "-1"));

    @Test
    void theCsvHasATranslatedHeaderThenOneRecordARegistration() throws IOException {
        StringWriter out = new StringWriter();
        RegistrationExport.csv(List.of(lea, mallory), questions, Language.FR, out);
        String csv = out.toString();
        assertThat(csv).startsWith("Nom,E-mail,Organisation,Type d’organisation,Pays,Type de participant,Rôle,Statut,"
                + "Rang sur la liste d’attente,Inscription,Arrivée,Régime alimentaire,Accessibilité,"
                + "Interprétation demandée,Sessions,\"Allergies, préférences ?\",Comment venez-vous ?\r\n");
        assertThat(csv).as("RFC 4180 quoting").contains("\"Sans gluten, \"\"strict\"\"\"")
                .contains("\"En train\npuis à pied\"");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(records).hasSize(2);
        CSVRecord first = records.get(0);
        assertThat(first.get("Nom")).isEqualTo("Léa Dubois");
        assertThat(first.get("Inscription")).as("Brussels local time, to the second")
                .isEqualTo("2026-05-12T09:30:15");
        assertThat(first.get("Arrivée")).isEqualTo("2026-06-02T08:58:00");
        assertThat(first.get("Rang sur la liste d’attente")).isEmpty();
        assertThat(first.get("Interprétation demandée")).isEqualTo("Oui");
        assertThat(first.get(DIET_QUESTION)).isEqualTo("Sans gluten, \"strict\"");
        CSVRecord second = records.get(1);
        assertThat(second.get("Rang sur la liste d’attente")).isEqualTo("3");
        assertThat(second.get("Interprétation demandée")).isEqualTo("Non");
        assertThat(second.get("Arrivée")).isEmpty();
        assertThat(second.get(DIET_QUESTION)).as("a question left unanswered").isEmpty();
    }

    @Test
    void aCellThatLooksLikeAFormulaStaysText() throws IOException {
        StringWriter out = new StringWriter();
        RegistrationExport.csv(List.of(mallory), questions, Language.EN, out);
        CSVRecord row = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords().get(0);
        assertThat(row.get("Name")).isEqualTo("'=HYPERLINK(\"https://evil.example\")");
        assertThat(row.get("Organisation")).isEqualTo("'+32 2 123 45 67");
        assertThat(row.get("Accessibility")).isEqualTo("'@fauteuil");
        assertThat(row.get(TRANSPORT_QUESTION)).isEqualTo("'-1");
        assertThat(row.get("Waiting list position")).as("a number of ours needs no guard").isEqualTo("3");
        assertThat(RegistrationExport.cell("\tx")).isEqualTo("'\tx");
        assertThat(RegistrationExport.cell("\rx")).isEqualTo("'\rx");
        assertThat(RegistrationExport.cell("CPAS")).isEqualTo("CPAS");
    }

    @Test
    void theCsvHeaderFollowsTheLanguageAndTheWriterStaysOpen() {
        StringWriter out = new StringWriter();
        RegistrationExport.csv(List.of(), List.of(), Language.NL, out);
        out.write("still open");
        assertThat(out.toString()).startsWith("Naam,E-mail,Organisatie,Soort organisatie,Land,Soort deelnemer,Rol,")
                .endsWith(",Sessies\r\nstill open");
    }

    @Test
    void theWorkbookHasItsHeaderValuesNumbersAndRealDates() throws IOException {
        byte[] xlsx = RegistrationExport.xlsx(List.of(lea, mallory), questions, Language.NL,
                "Inschrijvingen: dag [12/5]? *");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
                new ReadingOptions(true, false))) {
            Sheet sheet = workbook.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("Inschrijvingen dag 125");
            List<Row> rows = sheet.read();
            assertThat(rows).hasSize(3);
            Row header = rows.get(0);
            assertThat(header.getCellText(0)).isEqualTo("Naam");
            assertThat(header.getCellText(9)).isEqualTo("Inschrijving");
            assertThat(header.getCellText(13)).isEqualTo("Tolk gevraagd");
            assertThat(header.getCellText(15)).isEqualTo(DIET_QUESTION);
            assertThat(header.getCellText(16)).isEqualTo(TRANSPORT_QUESTION);

            Row first = rows.get(1);
            assertThat(first.getCellText(0)).isEqualTo("Léa Dubois");
            assertThat(first.getCellText(2)).isEqualTo("CPAS de Saint-Gilles");
            assertThat(first.getCellText(13)).isEqualTo("Ja");
            assertThat(first.getCellText(16)).isEqualTo("En train\npuis à pied");
            Cell registered = first.getCell(9);
            assertThat(registered.getType()).isEqualTo(CellType.NUMBER);
            assertThat(registered.getDataFormatString()).as("shown as a date").contains("yy").contains("hh");
            assertThat(registered.asDate()).isEqualTo(LocalDateTime.of(2026, 5, 12, 9, 30, 15));
            assertThat(first.getCell(10).asDate()).isEqualTo(LocalDateTime.of(2026, 6, 2, 8, 58));

            Row second = rows.get(2);
            assertThat(second.getCell(8).getType()).isEqualTo(CellType.NUMBER);
            assertThat(second.getCell(8).asNumber()).isEqualByComparingTo(BigDecimal.valueOf(3));
            assertThat(second.getCellText(0)).as("a value, never a formula")
                    .isEqualTo("=HYPERLINK(\"https://evil.example\")");
            assertThat(second.getCell(0).getType()).isEqualTo(CellType.STRING);
            assertThat(second.getOptionalCell(10).map(Cell::getType).orElse(CellType.EMPTY))
                    .isEqualTo(CellType.EMPTY);
        }
    }

    @Test
    void aSheetNameIsWhatExcelAccepts() {
        assertThat(RegistrationExport.sheetName("Journée de l’accueil social bruxellois 2026", Language.FR))
                .hasSize(31).isEqualTo("Journée de l’accueil social bru");
        assertThat(RegistrationExport.sheetName("'[*]'", Language.FR)).isEqualTo("Inscriptions");
        assertThat(RegistrationExport.sheetName(null, Language.EN)).isEqualTo("Registrations");
        assertThat(RegistrationExport.sheetName("a/b\\c:d", Language.EN)).isEqualTo("abcd");
    }
}
