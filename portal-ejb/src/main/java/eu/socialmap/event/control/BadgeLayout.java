package eu.socialmap.event.control;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import eu.socialmap.platform.entity.Language;

import java.util.List;

import static eu.socialmap.event.control.EventPdf.blank;
import static eu.socialmap.event.control.EventPdf.font;
import static eu.socialmap.event.control.EventPdf.paragraph;

/**
 * Name badges to cut out along thin grey lines, eight an A4 page: the name large enough to read across a room,
 * the organisation below it, the event small.
 */
final class BadgeLayout {

    static final int COLUMNS = 2;
    static final int ROWS = 4;
    private static final float MARGIN = 28;

    private BadgeLayout() {
    }

    static byte[] write(EventDocuments.Sheet event, List<EventDocuments.Attendee> attendees, Language language) {
        EventPdf pdf = new EventPdf(language, PageSize.A4, MARGIN);
        pdf.title(pdf.message("badges.title", event.title())).open();
        if (attendees.isEmpty()) {
            // a PDF needs a page; an empty one would look like a printing fault
            pdf.document.add(paragraph(pdf.message("badges.none"), font(12, Font.ITALIC), 0, Element.ALIGN_LEFT));
            return pdf.close();
        }
        // a row a hair shorter than a quarter of the page: four fixed rows must never push one onto the next page
        float height = (PageSize.A4.getHeight() - 2 * MARGIN) / ROWS - 1;
        List<EventDocuments.Attendee> sorted = EventPdf.byName(attendees, EventDocuments.Attendee::name, language);
        int perPage = COLUMNS * ROWS;
        for (int first = 0; first < sorted.size(); first += perPage) {
            if (first > 0) {
                pdf.document.newPage();
            }
            PdfPTable page = new PdfPTable(COLUMNS);
            page.setWidthPercentage(100);
            for (EventDocuments.Attendee attendee : sorted.subList(first, Math.min(first + perPage, sorted.size()))) {
                page.addCell(badge(event, attendee, height));
            }
            // an odd count leaves half a row: filled with an empty badge of the same size, or it would not print
            page.getDefaultCell().setFixedHeight(height);
            page.getDefaultCell().setBorderColor(EventPdf.LINE);
            page.getDefaultCell().setBorderWidth(0.5f);
            page.completeRow();
            pdf.document.add(page);
        }
        return pdf.close();
    }

    private static PdfPCell badge(EventDocuments.Sheet event, EventDocuments.Attendee attendee, float height) {
        PdfPCell cell = new PdfPCell();
        cell.setFixedHeight(height);
        cell.setBorderColor(EventPdf.LINE);
        cell.setBorderWidth(0.5f);
        cell.setPadding(16);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.addElement(paragraph(attendee.name(), font(22, Font.BOLD), 0, Element.ALIGN_CENTER));
        if (!blank(attendee.organisation())) {
            cell.addElement(paragraph(attendee.organisation(), font(13, Font.NORMAL), 6, Element.ALIGN_CENTER));
        }
        cell.addElement(paragraph(event.title(), font(9, Font.NORMAL, EventPdf.QUIET), 14, Element.ALIGN_CENTER));
        return cell;
    }
}
