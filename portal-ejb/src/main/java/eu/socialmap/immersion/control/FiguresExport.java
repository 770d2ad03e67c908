package eu.socialmap.immersion.control;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A year's immersion figures for the funder: as CSV (RFC 4180), the immersions done, one a row; as XLSX, a summary
 * sheet (done, professionals, target, planned and every breakdown) and the same list on a second sheet. Headers and
 * labels in the reader's language.
 */
public final class FiguresExport {

    static final List<String> COLUMNS = List.of("booking", "visitor", "sender", "host", "firstDay", "lastDay",
            "workingDays", "theme", "direction", "report", "recommends");

    private FiguresExport() {
    }

    /** The immersions done, with a header row. The writer is the caller's: flushed, not closed. */
    public static void csv(YearFigures figures, Language language, Writer out) {
        try {
            // not closed: closing the printer would close the caller's writer
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                    .setHeader(header(language).stream().map(FiguresExport::cell).toArray(String[]::new)).get());
            for (YearFigures.Immersion immersion : figures.immersions()) {
                List<Object> record = new ArrayList<>();
                for (Object value : values(immersion, language)) {
                    record.add(value instanceof String text ? cell(text) : value == null ? "" : value.toString());
                }
                csv.printRecord(record);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A workbook of two sheets: the summary with the breakdowns, and the list. Cells are written as values, never
     * formulas, so no formula guard is needed; days are real dates, counts real numbers.
     */
    public static byte[] xlsx(YearFigures figures, Language language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "socialmap", "1.0");
            summary(workbook.newWorksheet(message(language, "sheet.summary")), figures, language);
            list(workbook.newWorksheet(message(language, "sheet.list")), figures, language);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void summary(Worksheet sheet, YearFigures figures, Language language) {
        sheet.value(0, 0, message(language, "title", String.valueOf(figures.year())));
        sheet.style(0, 0).bold().fontSize(14).set();
        int row = 2;
        row = figure(sheet, row, message(language, "done"), figures.done());
        row = figure(sheet, row, message(language, "professionals"), figures.professionals());
        row = figure(sheet, row, message(language, "target"), figures.target());
        row = figure(sheet, row, message(language, "percentOfTarget"), figures.percentOfTarget());
        row = figure(sheet, row, message(language, "planned"), figures.planned());
        row = breakdown(sheet, row + 1, message(language, "byDirection"), figures.byDirection().stream()
                .map(l -> new YearFigures.Line(l.key(), direction(language, l.key()), l.immersions(), l.professionals()))
                .toList(), language);
        row = breakdown(sheet, row + 1, message(language, "byTheme"), figures.byTheme(), language);
        row = breakdown(sheet, row + 1, message(language, "byHost"), figures.byHost(), language);
        breakdown(sheet, row + 1, message(language, "bySender"), figures.bySender(), language);
        sheet.width(0, 45);
        sheet.width(1, 14);
        sheet.width(2, 16);
    }

    private static int figure(Worksheet sheet, int row, String label, long value) {
        sheet.value(row, 0, label);
        sheet.value(row, 1, value);
        return row + 1;
    }

    private static int breakdown(Worksheet sheet, int row, String title, List<YearFigures.Line> lines,
                                 Language language) {
        sheet.value(row, 0, title);
        sheet.value(row, 1, message(language, "immersions"));
        sheet.value(row, 2, message(language, "professionals"));
        sheet.range(row, 0, row, 2).style().bold().fillColor("E6E6E6").set();
        int r = row + 1;
        for (YearFigures.Line line : lines) {
            sheet.value(r, 0, line.label().isEmpty() ? message(language, "noTheme") : line.label());
            sheet.value(r, 1, line.immersions());
            sheet.value(r, 2, line.professionals());
            r++;
        }
        if (lines.isEmpty()) {
            sheet.value(r++, 0, message(language, "none"));
        }
        return r;
    }

    private static void list(Worksheet sheet, YearFigures figures, Language language) {
        Spreadsheets.table(sheet, header(language),
                figures.immersions().stream().map(immersion -> values(immersion, language)).toList());
    }

    private static List<String> header(Language language) {
        return COLUMNS.stream().map(column -> message(language, "column." + column)).toList();
    }

    /** A row's cells in the columns' order: text, a number (Long or Integer) or a LocalDate; null when empty. */
    private static List<Object> values(YearFigures.Immersion immersion, Language language) {
        String yes = message(language, "yes");
        String no = message(language, "no");
        String recommends = immersion.recommends() == null ? null : immersion.recommends() ? yes : no;
        return Arrays.asList(immersion.bookingId(),
                immersion.visitor().isEmpty() ? message(language, "anonymised") : immersion.visitor(),
                immersion.sender(), immersion.host(), immersion.firstDay(), immersion.lastDay(),
                immersion.workingDays(), immersion.theme().isEmpty() ? null : immersion.theme(),
                direction(language, immersion.direction().name()), immersion.reported() ? yes : no, recommends);
    }

    public static String direction(Language language, String direction) {
        return message(language, "direction." + direction);
    }

    /** A CSV cell no spreadsheet runs as a formula (Spreadsheets.csvCell). */
    static String cell(String value) {
        return eu.socialmap.platform.control.Spreadsheets.csvCell(value);
    }

    private static String message(Language language, String key, Object... arguments) {
        return Messages.get(language, "immersion.figures." + key, List.of(arguments));
    }
}
