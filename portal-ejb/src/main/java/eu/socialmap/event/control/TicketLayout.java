package eu.socialmap.event.control;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import eu.socialmap.platform.control.PdfFonts;
import eu.socialmap.platform.entity.Language;

import java.io.IOException;
import java.io.UncheckedIOException;

import static eu.socialmap.event.control.EventPdf.blank;
import static eu.socialmap.event.control.EventPdf.font;
import static eu.socialmap.event.control.EventPdf.paragraph;

/** A ticket: the event and the participant in a framed box, the QR code read at the entrance, the code below. */
final class TicketLayout {

    /** 6 cm on paper: a phone reads it from arm's length, a webcam from a screen. */
    private static final float QR_POINTS = 170;
    /** Enough pixels for a 300 dpi print of those 6 cm. */
    private static final int QR_PIXELS = 720;

    private TicketLayout() {
    }

    static byte[] write(EventDocuments.Sheet event, String participantName, String ticketCode, Language language) {
        EventPdf pdf = new EventPdf(language, PageSize.A4, 50);
        pdf.title(pdf.message("ticket.title", event.title())).open();
        PdfPCell box = new PdfPCell();
        box.setPadding(24);
        box.setBorderColor(EventPdf.LINE);
        box.setBorderWidth(1.5f);
        if (!blank(event.organiser())) {
            box.addElement(paragraph(event.organiser(), font(10, Font.NORMAL, EventPdf.QUIET), 0, Element.ALIGN_LEFT));
        }
        box.addElement(paragraph(event.title(), font(22, Font.BOLD), 4, Element.ALIGN_LEFT));
        box.addElement(labelled(pdf.message("ticket.when"), event.when(), 14));
        if (!blank(event.where())) {
            box.addElement(labelled(pdf.message("ticket.where"), event.where(), 4));
        }
        box.addElement(labelled(pdf.message("ticket.participant"), participantName, 4));
        box.addElement(qrCode(ticketCode));
        box.addElement(paragraph(ticketCode, new Font(Font.COURIER, 14, Font.BOLD), 0, Element.ALIGN_CENTER));
        box.addElement(paragraph(pdf.message("ticket.show"), font(11, Font.ITALIC), 14, Element.ALIGN_CENTER));
        PdfPTable frame = new PdfPTable(1);
        frame.setWidthPercentage(100);
        frame.addCell(box);
        pdf.document.add(frame);
        return pdf.close();
    }

    /** The label brings its colon: French puts a space before it, Dutch and English do not. */
    private static Paragraph labelled(String label, String value, float spacingBefore) {
        Paragraph line = new Paragraph();
        line.add(new Phrase(label + " ", PdfFonts.of(label, 12, Font.BOLD, null)));
        line.add(new Phrase(value, PdfFonts.of(value, 12, Font.NORMAL, null)));
        line.setSpacingBefore(spacingBefore);
        return line;
    }

    private static Image qrCode(String ticketCode) {
        try {
            Image image = Image.getInstance(TicketQr.png(ticketCode, QR_PIXELS));
            image.scaleAbsolute(QR_POINTS, QR_POINTS);
            image.setAlignment(Element.ALIGN_CENTER);
            image.setSpacingBefore(18);
            image.setAlt(ticketCode);
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
