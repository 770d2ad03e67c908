package eu.socialmap.platform.control;

import org.dhatim.fastexcel.Worksheet;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What every export of the portal does the same way: CSV cells that a spreadsheet cannot run as formulas, and an
 * XLSX sheet of typed cells (real dates and numbers) under a bold, frozen, filterable header.
 */
public final class Spreadsheets {

    private static final String XLSX_DATE = "yyyy-mm-dd";
    private static final String XLSX_MOMENT = "yyyy-mm-dd hh:mm";

    private Spreadsheets() {
    }

    /**
     * A spreadsheet runs a cell that starts like a formula ({@code =HYPERLINK(…)}); names and answers are typed by
     * people, so such a cell starts with an apostrophe and stays text.
     */
    public static String csvCell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /**
     * The header in row 0, then one row per line: text, a number, a {@link LocalDate} or a {@link LocalDateTime}
     * (null: an empty cell). Columns as wide as most values, never so wide that one long answer hides the others.
     * Cells are values, never formulas, so no formula guard is needed here.
     */
    public static void table(Worksheet sheet, List<String> header, List<List<Object>> rows) {
        int[] widths = new int[header.size()];
        for (int column = 0; column < header.size(); column++) {
            sheet.value(0, column, header.get(column));
            sheet.style(0, column).bold().fillColor("E6E6E6").set();
            widths[column] = header.get(column).length();
        }
        for (int r = 0; r < rows.size(); r++) {
            List<Object> values = rows.get(r);
            for (int column = 0; column < values.size(); column++) {
                widths[column] = Math.max(widths[column], write(sheet, r + 1, column, values.get(column)));
            }
        }
        for (int column = 0; column < widths.length; column++) {
            sheet.width(column, Math.min(Math.max(widths[column] + 2, 8), 50));
        }
        sheet.freezePane(0, 1);
        sheet.setAutoFilter(0, 0, rows.size(), header.size() - 1);
    }

    /** Writes one typed cell; returns the width it needs. */
    private static int write(Worksheet sheet, int row, int column, Object value) {
        if (value instanceof LocalDateTime moment) {
            sheet.value(row, column, moment);
            sheet.style(row, column).format(XLSX_MOMENT).set();
            return XLSX_MOMENT.length();
        }
        if (value instanceof LocalDate day) {
            sheet.value(row, column, day);
            sheet.style(row, column).format(XLSX_DATE).set();
            return XLSX_DATE.length();
        }
        if (value instanceof Number number) {
            sheet.value(row, column, number);
            return number.toString().length();
        }
        if (value != null) {
            String text = value.toString();
            sheet.value(row, column, text);
            return text.length();
        }
        return 0;
    }
}
