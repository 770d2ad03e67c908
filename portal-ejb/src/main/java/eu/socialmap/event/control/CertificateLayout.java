package eu.socialmap.event.control;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import eu.socialmap.platform.entity.Language;

import java.awt.Color;
import java.time.LocalDate;

import static eu.socialmap.event.control.EventPdf.blank;
import static eu.socialmap.event.control.EventPdf.font;
import static eu.socialmap.event.control.EventPdf.paragraph;

/**
 * A certificate of attendance on one landscape A4 page inside a double frame: the title, one sentence saying who
 * took part in what, when and where, and who issued it on which day.
 */
final class CertificateLayout {

    private static final Color FRAME = new Color(40, 70, 110);
    private static final float MARGIN = 72;

    private CertificateLayout() {
    }

    static byte[] write(EventDocuments.Sheet event, String participantName, String organisationName,
                        Language language, LocalDate issuedOn, String issuer) {
        Rectangle page = PageSize.A4.rotate();
        EventPdf pdf = new EventPdf(language, page, MARGIN);
        String title = pdf.message("certificate.title");
        pdf.title(title + " — " + participantName).open();
        frame(pdf.writer.getDirectContentUnder(), page);
        pdf.document.add(paragraph(title, font(32, Font.BOLD, FRAME), 70, Element.ALIGN_CENTER));
        // "(organisation)" and ", place" need no translation, only the sentence around them
        String person = blank(organisationName) ? participantName : participantName + " (" + organisationName + ")";
        String occasion = blank(event.where()) ? event.when() : event.when() + ", " + event.where();
        Paragraph sentence = paragraph(pdf.message("certificate.attended", person, event.title(), occasion),
                font(18, Font.NORMAL), 60, Element.ALIGN_CENTER);
        sentence.setLeading(28);
        pdf.document.add(sentence);
        pdf.document.add(paragraph(pdf.message("certificate.issued", issuedOn), font(12, Font.NORMAL), 80,
                Element.ALIGN_CENTER));
        pdf.document.add(paragraph(issuer, font(13, Font.BOLD), 6, Element.ALIGN_CENTER));
        return pdf.close();
    }

    /** A thick outer and a thin inner line, drawn under the text of the page. */
    private static void frame(PdfContentByte canvas, Rectangle page) {
        canvas.saveState();
        canvas.setColorStroke(FRAME);
        canvas.setLineWidth(3);
        canvas.rectangle(28, 28, page.getWidth() - 56, page.getHeight() - 56);
        canvas.stroke();
        canvas.setLineWidth(0.75f);
        canvas.rectangle(36, 36, page.getWidth() - 72, page.getHeight() - 72);
        canvas.stroke();
        canvas.restoreState();
    }
}
