package eu.socialmap.immersion.control;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import eu.socialmap.directory.entity.EnterpriseNumber;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.control.PdfFonts;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.platform.entity.LocalizedText;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The immersion agreement as PDF, in the languages of both organisations: the host's correspondence language and
 * the sender's. When they differ every section is written twice, side by side (the second language in grey); a
 * text the host wrote in one language only (its team, the programme, its conditions) spans both columns rather
 * than being printed twice. Until both organisations have signed, "DRAFT" in both languages runs across every page.
 *
 * <p>Built from plain values ({@link Terms}), so that what the agreement says is tested without a database.
 */
public final class AgreementDocument {

    private static final Color QUIET = new Color(85, 85, 85);
    private static final Color RULE = new Color(180, 180, 180);
    private static final Color WATERMARK = new Color(215, 215, 215);
    private static final float MARGIN = 50;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private AgreementDocument() {
    }

    /**
     * One organisation of the agreement, with its signature: {@code signerName} and {@code signedAt} are null until an
     * administrator has signed for it.
     */
    public record Side(String legalName, String street, String postcode, String commune,
                       EnterpriseNumber.Country country, String enterpriseNumber, Language language, String signerName,
                       Instant signedAt) {
    }

    /** What the agreement says. Texts may be empty, never null. */
    public record Terms(long reference, int clausesVersion, boolean agreed, Side host, Side sender,
                        String visitorName, LocalizedText team, String place, LocalDate firstDay, LocalDate lastDay,
                        int workingDays, LocalTime dayStarts, LocalTime dayEnds, LocalizedText activities,
                        LocalizedText conditions, LocalizedText insurance, LocalizedText confidentiality) {

        /** The host's language first, then the sender's if it is another one. */
        public List<Language> languages() {
            return host.language() == sender.language() ? List.of(host.language())
                    : List.of(host.language(), sender.language());
        }
    }

    public static byte[] write(Terms terms) {
        List<Language> languages = terms.languages();
        Language first = languages.get(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addCreator("socialmap");
        document.addTitle(joined(languages, l -> message(l, "title")) + " — " + terms.visitorName());
        // a screen reader picks its voice by the document's language: the first one
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(first.code()));
        if (!terms.agreed()) {
            writer.setPageEvent(new DraftMark(joined(languages, l -> message(l, "draft"))));
        }
        String footerText = joined(languages, l -> message(l, "footer", String.valueOf(terms.reference()))) + " · ";
        HeaderFooter footer = new HeaderFooter(new Phrase(footerText, font(footerText, 8, false, QUIET)), true);
        footer.setBorder(Rectangle.NO_BORDER);
        footer.setAlignment(Element.ALIGN_CENTER);
        document.setFooter(footer);
        document.open();

        heading(document, terms, languages);
        section(document, languages, "parties", l -> parties(terms, l));
        section(document, languages, "immersion", l -> immersion(terms, l));
        texts(document, languages, "programme", terms.activities(), null);
        texts(document, languages, "conditions", terms.conditions(), "noConditions");
        texts(document, languages, "insurance", terms.insurance(), null);
        texts(document, languages, "confidentiality", terms.confidentiality(), null);
        section(document, languages, "signatures", l -> signatures(terms, l));
        document.close();
        return out.toByteArray();
    }

    private static void heading(Document document, Terms terms, List<Language> languages) {
        for (int i = 0; i < languages.size(); i++) {
            Language language = languages.get(i);
            Paragraph title = paragraph(message(language, "title"), i == 0 ? 18 : 15, true, i == 0 ? Color.BLACK : QUIET);
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingBefore(i == 0 ? 0 : 2);
            document.add(title);
        }
        Paragraph reference = paragraph(joined(languages, l -> message(l, "reference", String.valueOf(terms.reference()),
                terms.clausesVersion())), 9, false, QUIET);
        reference.setAlignment(Element.ALIGN_CENTER);
        reference.setSpacingBefore(6);
        document.add(reference);
        if (!terms.agreed()) {
            Paragraph draft = paragraph(joined(languages, l -> message(l, "draftNote")), 9, false, QUIET);
            draft.setAlignment(Element.ALIGN_CENTER);
            draft.setSpacingBefore(4);
            document.add(draft);
        }
    }

    /** A piece of a section in one language: a line, bold or not. */
    private record Line(String text, boolean bold) {
        static Line plain(String text) {
            return new Line(text, false);
        }

        static Line strong(String text) {
            return new Line(text, true);
        }
    }

    private static List<Line> parties(Terms terms, Language language) {
        List<Line> lines = new ArrayList<>();
        organisation(lines, message(language, "host"), terms.host(), language);
        lines.add(Line.plain(""));
        organisation(lines, message(language, "sender"), terms.sender(), language);
        lines.add(Line.plain(""));
        lines.add(Line.strong(message(language, "visitor")));
        lines.add(Line.plain(message(language, "visitorOf", terms.visitorName(), terms.sender().legalName())));
        return lines;
    }

    private static void organisation(List<Line> lines, String role, Side side, Language language) {
        lines.add(Line.strong(role));
        lines.add(Line.plain(side.legalName()));
        if (!blank(side.street())) {
            lines.add(Line.plain(side.street()));
        }
        String country = side.country() == null ? "" : Messages.get(language, "directory.country." + side.country().name());
        String town = String.join(" ", List.of(nonNull(side.postcode()), nonNull(side.commune()))).strip();
        lines.add(Line.plain(town.isEmpty() ? country : country.isEmpty() ? town : town + ", " + country));
        if (!blank(side.enterpriseNumber()) && side.country() != null) {
            lines.add(Line.plain(message(language, "enterpriseNumber." + side.country().name(), side.enterpriseNumber())));
        }
    }

    private static List<Line> immersion(Terms terms, Language language) {
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(language.locale());
        List<Line> lines = new ArrayList<>();
        String team = terms.team().in(language);
        if (!team.isEmpty()) {
            lines.add(Line.plain(message(language, "team", team)));
        }
        lines.add(Line.plain(message(language, "place", terms.place())));
        lines.add(Line.plain(message(language, "dates", day.format(terms.firstDay()), day.format(terms.lastDay()),
                terms.workingDays())));
        lines.add(Line.plain(message(language, "schedule", TIME.format(terms.dayStarts()), TIME.format(terms.dayEnds()))));
        return lines;
    }

    private static List<Line> signatures(Terms terms, Language language) {
        List<Line> lines = new ArrayList<>();
        signature(lines, message(language, "signedForHost", terms.host().legalName()), terms.host(), language);
        lines.add(Line.plain(""));
        signature(lines, message(language, "signedForSender", terms.sender().legalName()), terms.sender(), language);
        return lines;
    }

    private static void signature(List<Line> lines, String who, Side side, Language language) {
        lines.add(Line.strong(who));
        if (side.signedAt() == null) {
            lines.add(Line.plain(message(language, "notSigned")));
            return;
        }
        ZonedDateTime at = side.signedAt().atZone(Messages.NETWORK_ZONE);
        lines.add(Line.plain(message(language, "signed", nonNull(side.signerName()),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).format(at),
                TIME.format(at))));
    }

    /** A section of texts someone wrote (in one, two or three languages): once when every column would repeat it. */
    private static void texts(Document document, List<Language> languages, String headingKey, LocalizedText text,
                              String whenEmptyKey) {
        section(document, languages, headingKey, l -> {
            String written = text.in(l);
            if (written.isEmpty()) {
                return whenEmptyKey == null ? List.of() : List.of(Line.plain(message(l, whenEmptyKey)));
            }
            return Arrays.stream(written.split("\\R")).map(Line::plain).toList();
        });
    }

    /**
     * A section: its heading and body in each language, one column per language. When every language's body reads the
     * same (a text written in one language only), it is printed once across the columns.
     */
    private static void section(Document document, List<Language> languages, String headingKey,
                                Function<Language, List<Line>> body) {
        PdfPTable table = new PdfPTable(languages.size());
        table.setWidthPercentage(100);
        table.setSpacingBefore(14);
        // a section starts on the next page rather than leave its heading (or half the signatures) behind; one
        // longer than a page is still split
        table.setKeepTogether(true);
        table.setSplitLate(false);
        for (int i = 0; i < languages.size(); i++) {
            Paragraph heading = paragraph(message(languages.get(i), headingKey), 12, true, i == 0 ? Color.BLACK : QUIET);
            PdfPCell cell = cell(i);
            cell.setBorderWidthBottom(0.75f);
            cell.setBorderColorBottom(RULE);
            cell.setPaddingBottom(4);
            cell.addElement(heading);
            table.addCell(cell);
        }
        List<List<Line>> bodies = languages.stream().map(body).toList();
        if (bodies.stream().allMatch(List::isEmpty)) {
            return;
        }
        if (languages.size() > 1 && bodies.stream().distinct().count() == 1) {
            PdfPCell once = body(bodies.get(0), 0);
            once.setColspan(languages.size());
            table.addCell(once);
        } else {
            for (int i = 0; i < bodies.size(); i++) {
                table.addCell(body(bodies.get(i), i));
            }
        }
        document.add(table);
    }

    private static PdfPCell body(List<Line> lines, int column) {
        PdfPCell cell = cell(column);
        Color color = column == 0 ? Color.BLACK : QUIET;
        for (Line line : lines) {
            // an empty paragraph has no height: a space keeps the blank line between two blocks
            Paragraph paragraph = paragraph(line.text().isEmpty() ? " " : line.text(), 10, line.bold(), color);
            paragraph.setLeading(13);
            cell.addElement(paragraph);
        }
        return cell;
    }

    private static PdfPCell cell(int column) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingTop(4);
        cell.setPaddingLeft(column == 0 ? 0 : 8);
        cell.setPaddingRight(column == 0 ? 8 : 0);
        return cell;
    }

    /** "DRAFT" diagonally across each page, under the text, until both organisations have signed. */
    private static final class DraftMark extends PdfPageEventHelper {

        private final String text;
        private final BaseFont font = PdfFonts.helvetica(Font.BOLD);

        DraftMark(String text) {
            this.text = text;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Rectangle page = document.getPageSize();
            PdfContentByte canvas = writer.getDirectContentUnder();
            canvas.saveState();
            canvas.beginText();
            canvas.setColorFill(WATERMARK);
            // as large as fits along the diagonal
            float diagonal = (float) Math.hypot(page.getWidth(), page.getHeight()) * 0.8f;
            float size = Math.min(90, diagonal / Math.max(1, font.getWidthPoint(text, 1)));
            canvas.setFontAndSize(font, size);
            canvas.showTextAligned(Element.ALIGN_CENTER, text, page.getWidth() / 2, page.getHeight() / 2,
                    (float) Math.toDegrees(Math.atan2(page.getHeight(), page.getWidth())));
            canvas.endText();
            canvas.restoreState();
        }
    }

    private static String message(Language language, String key, Object... arguments) {
        return Messages.get(language, "immersion.agreement." + key, List.of(arguments));
    }

    private static String joined(List<Language> languages, Function<Language, String> text) {
        return languages.stream().map(text).collect(Collectors.joining(" / "));
    }

    private static Font font(String text, float size, boolean bold, Color color) {
        return PdfFonts.of(text, size, bold ? Font.BOLD : Font.NORMAL, color);
    }

    private static Paragraph paragraph(String text, float size, boolean bold, Color color) {
        return new Paragraph(text, font(text, size, bold, color));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
