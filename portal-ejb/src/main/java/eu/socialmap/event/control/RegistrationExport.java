package eu.socialmap.event.control;

import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.control.Spreadsheets;
import eu.socialmap.platform.entity.Language;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An event's registrations for its organisers, as CSV (RFC 4180) or as an XLSX workbook: one row a registration,
 * the fixed columns first, then one column per custom question of the registration form, headers in the
 * organiser's language. Moments are Brussels local time: the organiser reads them as the clock on the wall.
 */
public final class RegistrationExport {

    /**
     * A registration as exported. Labels (kind, type, role, status, diet…) come already translated; the answers map
     * a custom question's text to the answer given. Everything but the name may be null.
     */
    public record Row(String name, String email, String organisation, String organisationKind, String country,
                      String participantType, String role, String status, Integer waitlistNumber,
                      Instant registeredAt, Instant checkedInAt, String diet, String accessibility,
                      boolean interpretation, String sessions, Map<String, String> answers) {
        public Row {
            answers = answers == null ? Map.of() : Map.copyOf(answers);
        }
    }

    static final List<String> COLUMNS = List.of("name", "email", "organisation", "organisationKind", "country",
            "participantType", "role", "status", "waitlistNumber", "registeredAt", "checkedInAt", "diet",
            "accessibility", "interpretation", "sessions");
    private static final DateTimeFormatter CSV_MOMENT = DateTimeFormatter.ISO_LOCAL_DATE_TIME;
    /** Excel refuses these in a sheet's name, and a name longer than 31 characters. */
    private static final String SHEET_NAME_FORBIDDEN = "[\\[\\]:*?/\\\\]";
    static final int SHEET_NAME_MAX = 31;

    private RegistrationExport() {
    }

    /** The rows as CSV with a header row. The writer is the caller's: flushed, not closed. */
    public static void csv(List<Row> rows, List<String> questions, Language language, Writer out) {
        try {
            // not closed: closing the printer would close the caller's writer
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                    .setHeader(header(questions, language).stream().map(RegistrationExport::cell).toArray(String[]::new))
                    .get());
            for (Row row : rows) {
                List<Object> record = new ArrayList<>();
                for (Object value : values(row, questions, language)) {
                    record.add(value instanceof LocalDateTime moment ? CSV_MOMENT.format(moment)
                            : value instanceof Integer number ? number : cell((String) value));
                }
                csv.printRecord(record);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rows as an XLSX workbook of one sheet: the header bold and frozen, with a filter; moments as real dates,
     * waiting-list numbers as numbers. Cells are written as values, never formulas, so no formula guard is needed.
     */
    public static byte[] xlsx(List<Row> rows, List<String> questions, Language language, String sheetName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "socialmap", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName(sheetName, language));
            Spreadsheets.table(sheet, header(questions, language),
                    rows.stream().map(row -> values(row, questions, language)).toList());
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<String> header(List<String> questions, Language language) {
        return Stream.concat(COLUMNS.stream().map(column ->
                Messages.get(language, "event.document.registrations." + column)), questions.stream()).toList();
    }

    /** A row's cells in the columns' order: text (null when empty), Integer or a Brussels LocalDateTime. */
    private static List<Object> values(Row row, List<String> questions, Language language) {
        String interpretation = Messages.get(language, row.interpretation() ? "event.document.yes" : "event.document.no");
        List<Object> values = new ArrayList<>(Arrays.asList(row.name(), row.email(), row.organisation(),
                row.organisationKind(), row.country(), row.participantType(), row.role(), row.status(),
                row.waitlistNumber(), local(row.registeredAt()), local(row.checkedInAt()), row.diet(),
                row.accessibility(), interpretation, row.sessions()));
        for (String question : questions) {
            values.add(row.answers().get(question));
        }
        return values;
    }

    /** To the second: nobody needs the milliseconds of a registration, and a spreadsheet shows them oddly. */
    private static LocalDateTime local(Instant moment) {
        return moment == null ? null
                : LocalDateTime.ofInstant(moment.truncatedTo(ChronoUnit.SECONDS), Messages.NETWORK_ZONE);
    }

    /** A CSV cell no spreadsheet runs as a formula (Spreadsheets.csvCell). */
    static String cell(String value) {
        return eu.socialmap.platform.control.Spreadsheets.csvCell(value);
    }

    /** The name asked for without the characters Excel refuses, at most 31 long; the translated default if none. */
    static String sheetName(String name, Language language) {
        String clean = name == null ? "" : name.replaceAll(SHEET_NAME_FORBIDDEN, "").strip();
        // nor may it start or end with an apostrophe
        clean = clean.replaceAll("^'+|'+$", "").strip();
        if (clean.isEmpty()) {
            clean = Messages.get(language, "event.document.registrations.sheet");
        }
        if (clean.length() <= SHEET_NAME_MAX) {
            return clean;
        }
        // never half of a letter written as two chars (an emoji in an event's title)
        int end = Character.isHighSurrogate(clean.charAt(SHEET_NAME_MAX - 1)) ? SHEET_NAME_MAX - 1 : SHEET_NAME_MAX;
        return clean.substring(0, end).strip();
    }
}
