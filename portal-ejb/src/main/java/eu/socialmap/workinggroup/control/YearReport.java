package eu.socialmap.workinggroup.control;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import eu.socialmap.platform.control.PdfFonts;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.entity.Language;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.text.Collator;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A working group's year for the network's annual report: its meetings, who came for which organisation, and the
 * minutes, as a PDF to read and a CSV to count (one row per meeting and organisation). The caller chooses the
 * meetings (those held that year) and translates their status; this class counts and lays out.
 */
public final class YearReport {

    public record Group(String name, int year) {
    }

    /**
     * A meeting of the year: its start in Brussels local time, its status already translated, the people who came
     * (with the organisation they came for that day, null if none) and its sanitised minutes, or null.
     */
    public record Meeting(LocalDateTime start, String title, String place, String status, List<Attendee> attendees,
                          String minutesHtml) {
        public Meeting {
            Objects.requireNonNull(start, "a meeting of the report has taken place, so it has a start");
            attendees = attendees == null ? List.of() : List.copyOf(attendees);
        }
    }

    public record Attendee(String name, String organisation) {
    }

    /** An organisation's year: at how many meetings it was present, and how many presences of its people in all. */
    record OrganisationYear(String organisation, int meetings, int presences) {
    }

    private static final List<String> CSV_COLUMNS = List.of("date", "time", "meeting", "organisation", "present", "names");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private YearReport() {
    }

    public static byte[] pdf(Group group, List<Meeting> meetings, Language language) {
        return new Pdf(language).write(group, chronological(meetings));
    }

    /**
     * One row per meeting and organisation present: ISO date, 24-hour time, title, organisation, how many of its
     * people came and their names; a meeting nobody was recorded at has one row with no organisation and 0.
     * Headers in the language asked for. The writer is the caller's: flushed, not closed.
     */
    public static void csv(Group group, List<Meeting> meetings, Language language, Writer out) {
        String[] header = CSV_COLUMNS.stream().map(column -> Messages.get(language, "workinggroup.report.csv." + column))
                .toArray(String[]::new);
        Comparator<String> order = organisationOrder(language);
        try {
            // not closed: closing the printer would close the caller's writer
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get());
            for (Meeting meeting : chronological(meetings)) {
                Map<String, List<String>> byOrganisation = byOrganisation(meeting, order);
                if (byOrganisation.isEmpty()) {
                    byOrganisation.put("", List.of());
                }
                for (Map.Entry<String, List<String>> row : byOrganisation.entrySet()) {
                    csv.printRecord(meeting.start().toLocalDate(), HOUR.format(meeting.start()), cell(meeting.title()),
                            cell(row.getKey()), row.getValue().size(), cell(String.join("; ", row.getValue())));
                }
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the meeting's people per organisation, in that order; "" for the people of none. */
    private static Map<String, List<String>> byOrganisation(Meeting meeting, Comparator<String> order) {
        Map<String, List<String>> byOrganisation = new TreeMap<>(order);
        for (Attendee attendee : meeting.attendees()) {
            byOrganisation.computeIfAbsent(Objects.requireNonNullElse(attendee.organisation(), ""), k -> new ArrayList<>())
                    .add(attendee.name());
        }
        return byOrganisation;
    }

    /** A CSV cell no spreadsheet runs as a formula (Spreadsheets.csvCell). */
    static String cell(String value) {
        return eu.socialmap.platform.control.Spreadsheets.csvCell(value);
    }

    private static List<Meeting> chronological(List<Meeting> meetings) {
        return meetings.stream().sorted(Comparator.comparing(Meeting::start)).toList();
    }

    /** Per organisation in that order (the people of none last): the meetings it came to, and its presences. */
    static List<OrganisationYear> perOrganisation(List<Meeting> meetings, Comparator<String> order) {
        Map<String, int[]> counts = new TreeMap<>(order);
        for (Meeting meeting : meetings) {
            byOrganisation(meeting, order).forEach((organisation, names) -> {
                int[] count = counts.computeIfAbsent(organisation, k -> new int[2]);
                count[0]++;
                count[1] += names.size();
            });
        }
        return counts.entrySet().stream()
                .map(e -> new OrganisationYear(e.getKey().isEmpty() ? null : e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    /** Alphabetical as the language sorts ("École" is not sent after "Zonnebloem"); no organisation ("") last. */
    static Comparator<String> organisationOrder(Language language) {
        Collator collator = Collator.getInstance(language.locale());
        return Comparator.comparing(String::isEmpty).thenComparing(collator::compare)
                .thenComparing(Comparator.naturalOrder());
    }

    /**
     * Lays the report out as a PDF. The built-in Helvetica (Cp1252, nothing embedded) covers the three languages,
     * é, ë, ç, ’ and € included; for a letter it lacks, as in a member's name ("Łukasz"), OpenPDF embeds the
     * glyphs it needs from its own Liberation Sans.
     */
    private static final class Pdf {

        private static final Color HEADER = new Color(230, 230, 230);

        private final Language language;
        private final DateTimeFormatter when;
        private final Font titleFont = new Font(Font.HELVETICA, 18, Font.BOLD);
        private final Font headingFont = new Font(Font.HELVETICA, 13, Font.BOLD);
        private final Font textFont = new Font(Font.HELVETICA, 10);
        private final Font boldFont = new Font(Font.HELVETICA, 10, Font.BOLD);
        private final Font quietFont = new Font(Font.HELVETICA, 10, Font.ITALIC);
        private final Font footerFont = new Font(Font.HELVETICA, 8);

        Pdf(Language language) {
            this.language = language;
            this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                    .withLocale(language.locale());
        }

        byte[] write(Group group, List<Meeting> meetings) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4, 50, 50, 50, 60);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            String title = message("workinggroup.report.title", group.name(), String.valueOf(group.year()));
            document.addTitle(title);
            document.addCreator("socialmap");
            // screen readers pick their voice by the document's language
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.code()));
            HeaderFooter footer = new HeaderFooter(new Phrase(message("workinggroup.report.footer",
                    group.name(), String.valueOf(group.year())) + " ", footerFont), true);
            footer.setBorder(Rectangle.NO_BORDER);
            footer.setAlignment(Element.ALIGN_CENTER);
            document.setFooter(footer);
            document.open();
            document.add(paragraph(title, titleFont, 0));
            List<OrganisationYear> organisations = perOrganisation(meetings, organisationOrder(language));
            summary(document, meetings, organisations);
            if (!meetings.isEmpty()) {
                attendance(document, organisations);
            }
            for (Meeting meeting : meetings) {
                meeting(document, meeting);
            }
            document.close();
            return out.toByteArray();
        }

        private void summary(Document document, List<Meeting> meetings, List<OrganisationYear> organisations) {
            long named = organisations.stream().filter(o -> o.organisation() != null).count();
            int presences = meetings.stream().mapToInt(m -> m.attendees().size()).sum();
            // by name: the report knows people by the name they came with
            long people = meetings.stream().flatMap(m -> m.attendees().stream()).map(Attendee::name).distinct().count();
            document.add(paragraph(message("workinggroup.report.summary", meetings.size(), presences, named) + " "
                    + message("workinggroup.report.people", people), textFont, 8));
            if (meetings.isEmpty()) {
                document.add(paragraph(message("workinggroup.report.noMeetings"), quietFont, 8));
            }
        }

        private void attendance(Document document, List<OrganisationYear> organisations) {
            document.add(paragraph(message("workinggroup.report.perOrganisation"), headingFont, 14));
            PdfPTable table = new PdfPTable(new float[]{4, 1.3f, 1.3f});
            table.setWidthPercentage(100);
            table.setSpacingBefore(6);
            table.setHeaderRows(1); // repeated on each page the table runs over
            table.getDefaultCell().setPadding(4);
            for (String header : List.of("organisation", "meetingsAttended", "presences")) {
                String label = message("workinggroup.report." + header);
                PdfPCell cell = new PdfPCell(new Phrase(label, PdfFonts.of(label, boldFont)));
                cell.setBackgroundColor(HEADER);
                cell.setPadding(4);
                table.addCell(cell);
            }
            for (OrganisationYear organisation : organisations) {
                String name = organisation.organisation() == null
                        ? message("workinggroup.report.noOrganisation") : organisation.organisation();
                table.addCell(new Phrase(name, PdfFonts.of(name, textFont)));
                table.addCell(number(organisation.meetings()));
                table.addCell(number(organisation.presences()));
            }
            document.add(table);
        }

        private void meeting(Document document, Meeting meeting) {
            document.add(paragraph(when.format(meeting.start()), headingFont, 18));
            document.add(paragraph(meeting.title(), boldFont, 2));
            String place = meeting.place() == null || meeting.place().isBlank() ? "" : " · " + meeting.place();
            document.add(paragraph(Objects.requireNonNullElse(meeting.status(), "") + place, textFont, 2));
            document.add(paragraph(message("workinggroup.report.present"), boldFont, 6));
            if (meeting.attendees().isEmpty()) {
                document.add(paragraph(message("workinggroup.report.nobody"), quietFont, 0));
            }
            for (Attendee attendee : meeting.attendees()) {
                Paragraph line = paragraph(attendee.organisation() == null ? attendee.name()
                        : attendee.name() + " — " + attendee.organisation(), textFont, 0);
                line.setIndentationLeft(12);
                document.add(line);
            }
            List<String> minutes = MinutesHtml.paragraphs(meeting.minutesHtml());
            document.add(paragraph(message("workinggroup.report.minutes"), boldFont, 6));
            if (minutes.isEmpty()) {
                document.add(paragraph(message("workinggroup.report.noMinutes"), quietFont, 0));
            }
            for (String block : minutes) {
                // nested list items come indented by two spaces a level: a PDF line would lose leading spaces
                String text = block.stripLeading();
                Paragraph paragraph = paragraph(text, textFont, 3);
                paragraph.setIndentationLeft(12 * (block.length() - text.length()) / 2f);
                document.add(paragraph);
            }
        }

        private String message(String key, Object... arguments) {
            return Messages.get(language, key, Arrays.asList(arguments));
        }

        private static Paragraph paragraph(String text, Font font, float spacingBefore) {
            Paragraph paragraph = new Paragraph(text, PdfFonts.of(text, font));
            paragraph.setSpacingBefore(spacingBefore);
            return paragraph;
        }

        private PdfPCell number(int value) {
            PdfPCell cell = new PdfPCell(new Phrase(String.valueOf(value), textFont));
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            cell.setPadding(4);
            return cell;
        }
    }
}
