package eu.socialmap.event.control;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import eu.socialmap.platform.control.PdfFonts;
import eu.socialmap.platform.entity.Language;

import java.util.List;
import java.util.Objects;

import static eu.socialmap.event.control.EventPdf.blank;
import static eu.socialmap.event.control.EventPdf.font;
import static eu.socialmap.event.control.EventPdf.paragraph;

/**
 * The list of attendees for the entrance: alphabetical, a box ticked for those already checked in, room to sign,
 * the column headers again on each page and the number of attendees at the end.
 */
final class AttendeeListLayout {

    private static final List<String> COLUMNS = List.of("name", "organisation", "status", "present", "signature");
    /** Signature room: a row tall enough to sign in with a pen. */
    private static final float ROW_HEIGHT = 26;
    // Helvetica has no ballot box (☐, ☑): brackets print everywhere and read as a box to tick
    static final String TICKED = "[x]";
    static final String UNTICKED = "[  ]";

    private AttendeeListLayout() {
    }

    static byte[] write(EventDocuments.Sheet event, List<EventDocuments.Attendee> attendees, Language language) {
        EventPdf pdf = new EventPdf(language, PageSize.A4, 40);
        String title = pdf.message("attendees.title", event.title());
        pdf.title(title);
        HeaderFooter footer = new HeaderFooter(new Phrase(pdf.message("attendees.footer", event.title()) + " ",
                font(8, Font.NORMAL)), true);
        footer.setBorder(Rectangle.NO_BORDER);
        footer.setAlignment(Element.ALIGN_CENTER);
        pdf.document.setFooter(footer);
        pdf.open();
        pdf.document.add(paragraph(title, font(16, Font.BOLD), 0, Element.ALIGN_LEFT));
        String where = blank(event.where()) ? "" : " · " + event.where();
        pdf.document.add(paragraph(event.when() + where, font(10, Font.NORMAL), 4, Element.ALIGN_LEFT));
        if (!blank(event.organiser())) {
            pdf.document.add(paragraph(event.organiser(), font(10, Font.NORMAL, EventPdf.QUIET), 2,
                    Element.ALIGN_LEFT));
        }
        pdf.document.add(table(pdf, EventPdf.byName(attendees, EventDocuments.Attendee::name, language)));
        long present = attendees.stream().filter(EventDocuments.Attendee::present).count();
        pdf.document.add(paragraph(pdf.message("attendees.count", attendees.size(), present), font(10, Font.BOLD), 8,
                Element.ALIGN_LEFT));
        return pdf.close();
    }

    private static PdfPTable table(EventPdf pdf, List<EventDocuments.Attendee> attendees) {
        PdfPTable table = new PdfPTable(new float[]{3.1f, 3.1f, 1.7f, 1.5f, 2.6f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        table.setHeaderRows(1); // repeated on each page the list runs over
        Font bold = font(9, Font.BOLD);
        for (String column : COLUMNS) {
            String label = pdf.message("attendees." + column);
            PdfPCell header = new PdfPCell(new Phrase(label, PdfFonts.of(label, bold)));
            header.setBackgroundColor(EventPdf.HEADER);
            header.setPadding(4);
            table.addCell(header);
        }
        Font text = font(9, Font.NORMAL);
        for (EventDocuments.Attendee attendee : attendees) {
            table.addCell(cell(attendee.name(), text, Element.ALIGN_LEFT));
            table.addCell(cell(attendee.organisation(), text, Element.ALIGN_LEFT));
            table.addCell(cell(attendee.status(), text, Element.ALIGN_LEFT));
            table.addCell(cell(attendee.present() ? TICKED : UNTICKED, font(10, Font.BOLD), Element.ALIGN_CENTER));
            table.addCell(cell("", text, Element.ALIGN_LEFT));
        }
        return table;
    }

    private static PdfPCell cell(String value, Font font, int alignment) {
        String text = Objects.requireNonNullElse(value, "");
        PdfPCell cell = new PdfPCell(new Phrase(text, PdfFonts.of(text, font)));
        cell.setMinimumHeight(ROW_HEIGHT);
        cell.setPadding(4);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setHorizontalAlignment(alignment);
        return cell;
    }
}
