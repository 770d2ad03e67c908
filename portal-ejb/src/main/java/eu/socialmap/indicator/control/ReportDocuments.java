package eu.socialmap.indicator.control;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.control.PdfFonts;
import eu.socialmap.platform.control.Spreadsheets;
import eu.socialmap.platform.entity.Language;
import org.dhatim.fastexcel.Workbook;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The funder's report as PDF (OpenPDF: a summary table, then each indicator's breakdowns) and as XLSX (a summary
 * sheet, one row an indicator; a breakdown sheet, one row a line of a breakdown). Every number comes from the same
 * {@link Figures} the dashboard shows, so the report adds up to the screen.
 */
public final class ReportDocuments {

    private static final Color HEADER = new Color(230, 230, 230);

    private ReportDocuments() {
    }

    public static byte[] xlsx(Report report, Language language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "socialmap", "1.0");
            List<List<Object>> summary = new ArrayList<>();
            List<List<Object>> breakdown = new ArrayList<>();
            for (Report.Line line : report.lines()) {
                Figures f = line.figures();
                summary.add(List.of(line.name(), line.unit(), f.target(), f.total(), f.percent(), f.from(), f.to()));
                breakdown(breakdown, line, "territory", f.byTerritory(), language);
                breakdown(breakdown, line, "side", f.bySide(), language);
                breakdown(breakdown, line, "partner", f.byPartner(), language);
            }
            Spreadsheets.table(workbook.newWorksheet(message(language, "sheet.summary")), List.of(
                    message(language, "column.indicator"), message(language, "column.unit"),
                    message(language, "column.target"), message(language, "column.value"),
                    message(language, "column.percent"), message(language, "column.from"),
                    message(language, "column.to")), summary);
            Spreadsheets.table(workbook.newWorksheet(message(language, "sheet.breakdown")), List.of(
                    message(language, "column.indicator"), message(language, "column.dimension"),
                    message(language, "column.line"), message(language, "column.value")), breakdown);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void breakdown(List<List<Object>> rows, Report.Line line, String dimension,
                                  List<Figures.Line> lines, Language language) {
        for (Figures.Line l : lines) {
            rows.add(List.of(line.name(), message(language, "dimension." + dimension),
                    label(l, dimension, language), l.value()));
        }
    }

    /** The label of a breakdown's line: a country's name for a side of the border, "not known" for no key. */
    public static String label(Figures.Line line, String dimension, Language language) {
        if (line.key() == null) {
            return message(language, "unknown");
        }
        if (dimension.equals("side")) {
            return Messages.get(language, "indicator.side." + (line.key().equals("BE") || line.key().equals("FR")
                    ? line.key() : "other"), List.of());
        }
        return line.label();
    }

    public static byte[] pdf(Report report, Language language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        String title = message(language, "title", report.from().toString(), report.to().toString());
        document.addTitle(title);
        document.addCreator("socialmap");
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.code()));
        document.open();
        document.add(new Paragraph(title, font(title, 16, true)));
        PdfPTable summary = table(new float[]{5, 2, 2, 2, 1.2f}, language, "column.indicator", "column.unit",
                "column.target", "column.value", "column.percent");
        for (Report.Line line : report.lines()) {
            Figures f = line.figures();
            cells(summary, line.name(), line.unit(), number(f.target()), number(f.total()), f.percent() + " %");
        }
        summary.setSpacingBefore(14);
        document.add(summary);
        for (Report.Line line : report.lines()) {
            Paragraph heading = new Paragraph(line.name(), font(line.name(), 12, true));
            heading.setSpacingBefore(16);
            document.add(heading);
            section(document, line.figures().bySide(), "side", language);
            section(document, line.figures().byTerritory(), "territory", language);
            section(document, line.figures().byPartner(), "partner", language);
        }
        document.close();
        return out.toByteArray();
    }

    private static void section(Document document, List<Figures.Line> lines, String dimension, Language language) {
        if (lines.isEmpty()) {
            return;
        }
        PdfPTable table = table(new float[]{5, 2}, language, "dimension." + dimension, "column.value");
        for (Figures.Line line : lines) {
            cells(table, label(line, dimension, language), number(line.value()));
        }
        table.setSpacingBefore(6);
        document.add(table);
    }

    private static PdfPTable table(float[] widths, Language language, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : headers) {
            String text = message(language, header);
            PdfPCell cell = new PdfPCell(new Phrase(text, font(text, 9, true)));
            cell.setBackgroundColor(HEADER);
            table.addCell(cell);
        }
        return table;
    }

    private static void cells(PdfPTable table, String... values) {
        for (int i = 0; i < values.length; i++) {
            PdfPCell cell = new PdfPCell(new Phrase(values[i], font(values[i], 9, false)));
            if (i > 0 && table.getNumberOfColumns() > 2 || i == 1) {
                cell.setHorizontalAlignment(i == 1 && table.getNumberOfColumns() > 2 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            }
            table.addCell(cell);
        }
    }

    private static Font font(String text, float size, boolean bold) {
        return PdfFonts.of(text, size, bold ? Font.BOLD : Font.NORMAL, null);
    }

    /** Plain digits, without trailing zeros: 12.5, 60. */
    public static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String message(Language language, String key, Object... arguments) {
        return Messages.get(language, "indicator.report." + key, Arrays.asList(arguments));
    }
}
