package eu.socialmap.workinggroup.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.entity.Language;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A working group's year for the network's annual report: its meetings, who came for which organisation, and the
 * approved minutes, as a PDF to read and a CSV (one row per meeting and organisation) to count.
 */
public final class YearReport {

    public record Group(String name, int year) {
    }

    /** A meeting of the year: its Brussels start, its status already translated, its approved minutes or null. */
    public record Meeting(LocalDateTime start, String title, String place, String status, List<Attendee> attendees,
                          String minutesHtml) {
    }

    public record Attendee(String name, String organisation) {
    }

    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10);
    private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);

    private YearReport() {
    }

    public static byte[] pdf(Group group, List<Meeting> meetings, Language language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph(Messages.get(language, "workinggroup.report.title", List.of(group.name(), String.valueOf(group.year()))), TITLE));
            Map<String, int[]> perOrganisation = perOrganisation(meetings);
            long presences = meetings.stream().mapToLong(m -> m.attendees().size()).sum();
            document.add(new Paragraph(Messages.get(language, "workinggroup.report.summary",
                    List.of(meetings.size(), presences, perOrganisation.size())), TEXT));
            document.add(new Paragraph(" "));
            document.add(new Paragraph(Messages.get(language, "workinggroup.report.perOrganisation"), HEADING));
            PdfPTable table = new PdfPTable(new float[]{3, 1, 1});
            table.setWidthPercentage(100);
            table.setSpacingBefore(6);
            for (String header : List.of("workinggroup.report.organisation", "workinggroup.report.meetingsAttended",
                    "workinggroup.report.presences")) {
                table.addCell(new PdfPCell(new Phrase(Messages.get(language, header), BOLD)));
            }
            perOrganisation.forEach((organisation, counts) -> {
                table.addCell(new Phrase(organisation, TEXT));
                table.addCell(number(counts[0]));
                table.addCell(number(counts[1]));
            });
            document.add(table);
            DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                    .withLocale(language.locale()).withZone(Messages.NETWORK_ZONE);
            for (Meeting meeting : meetings) {
                document.add(new Paragraph(" "));
                document.add(new Paragraph(meeting.title() + " — " + when.format(meeting.start().atZone(Messages.NETWORK_ZONE)), HEADING));
                document.add(new Paragraph(meeting.status() + (meeting.place() == null ? "" : " · " + meeting.place()), TEXT));
                Paragraph present = new Paragraph();
                present.add(new Chunk(Messages.get(language, "workinggroup.report.present") + " ", BOLD));
                present.add(new Chunk(meeting.attendees().isEmpty() ? "—" : String.join(", ", meeting.attendees().stream()
                        .map(a -> a.organisation() == null ? a.name() : a.name() + " (" + a.organisation() + ")").toList()), TEXT));
                document.add(present);
                List<String> minutes = MinutesHtml.paragraphs(meeting.minutesHtml());
                if (!minutes.isEmpty()) {
                    document.add(new Paragraph(Messages.get(language, "workinggroup.report.minutes"), BOLD));
                    for (String block : minutes) {
                        document.add(new Paragraph(block, TEXT));
                    }
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The year's report could not be written", e);
        }
        return out.toByteArray();
    }

    /** One row per meeting and organisation present; a meeting nobody was recorded at gets one row with 0. */
    public static void csv(Group group, List<Meeting> meetings, Language language, Writer out) {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(
                List.of("date", "time", "meeting", "organisation", "present", "names").stream()
                        .map(h -> Messages.get(language, "workinggroup.report.csv." + h)).toArray(String[]::new)).get())) {
            for (Meeting meeting : meetings) {
                Map<String, List<String>> byOrganisation = new LinkedHashMap<>();
                for (Attendee attendee : meeting.attendees()) {
                    byOrganisation.computeIfAbsent(Objects.requireNonNullElse(attendee.organisation(), ""), k -> new ArrayList<>())
                            .add(attendee.name());
                }
                if (byOrganisation.isEmpty()) {
                    byOrganisation.put("", List.of());
                }
                for (Map.Entry<String, List<String>> row : byOrganisation.entrySet()) {
                    csv.printRecord(meeting.start().toLocalDate(), meeting.start().toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm")),
                            meeting.title(), row.getKey(), row.getValue().size(), String.join("; ", row.getValue()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Per organisation: the meetings it came to, and its presences (people × meetings). */
    private static Map<String, int[]> perOrganisation(List<Meeting> meetings) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Meeting meeting : meetings) {
            meeting.attendees().stream().map(a -> Objects.requireNonNullElse(a.organisation(), "—")).distinct()
                    .forEach(o -> counts.computeIfAbsent(o, k -> new int[2])[0]++);
            meeting.attendees().forEach(a -> counts.computeIfAbsent(Objects.requireNonNullElse(a.organisation(), "—"), k -> new int[2])[1]++);
        }
        return counts;
    }

    private static PdfPCell number(int value) {
        PdfPCell cell = new PdfPCell(new Phrase(String.valueOf(value), TEXT));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }
}
