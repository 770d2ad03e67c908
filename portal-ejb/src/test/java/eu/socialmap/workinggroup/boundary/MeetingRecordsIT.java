package eu.socialmap.workinggroup.boundary;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.InvalidInput;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.testing.TestDatabase;
import eu.socialmap.workinggroup.control.MeetingFiles;
import eu.socialmap.workinggroup.entity.ActionItem;
import eu.socialmap.workinggroup.entity.Meeting;
import eu.socialmap.workinggroup.entity.MeetingDocument;
import eu.socialmap.workinggroup.entity.WorkingGroup;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.assertj.core.api.ThrowableAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a meeting leaves behind, on a real MariaDB: attendance, minutes, files, action items and a group's year. */
class MeetingRecordsIT {

    private final EntityManager em = TestDatabase.entityManagerFactory().createEntityManager();

    @TempDir
    Path data;

    private GroupFixtures fixtures;
    private MeetingRecords records;

    private GroupFixtures fixtures() {
        if (fixtures == null) {
            fixtures = new GroupFixtures(em, data);
            records = fixtures.records;
        }
        return fixtures;
    }

    @AfterEach
    void close() {
        em.close();
    }

    // ---------------------------------------------------------------- attendance

    @Test
    void theLeadRecordsWhoCameWithTheirOrganisationOfTheDayAndOnlyMembers() {
        GroupFixtures f = fixtures();
        Account lead = f.person("Lead présences");
        WorkingGroup group = f.group(lead);
        Account anna = f.member(group, "Présente");
        Account bert = f.member(group, "Excusé");
        Account outsider = f.person("Ailleurs");
        Meeting held = f.pastMeeting(group, lead, 3);

        f.signIn(lead);
        assertRefused(() -> tx(() -> records.recordAttendance(held.getId(), Set.of(anna.getId(), outsider.getId()))),
                BusinessException.Kind.INVALID, "workinggroup.attendance.notMember");
        tx(() -> records.recordAttendance(held.getId(), Set.of(anna.getId(), bert.getId())));
        tx(() -> records.recordAttendance(held.getId(), Set.of(lead.getId(), anna.getId())));

        f.signIn(bert);
        assertThat(records.attendance(held.getId()))
                .as("recording again replaces the list; each person with her organisation")
                .containsExactlyInAnyOrder(
                        new MeetingRecords.Attendee(lead.getId(), lead.getDisplayName(), lead.getOrganisationId(),
                                shortName(lead)),
                        new MeetingRecords.Attendee(anna.getId(), anna.getDisplayName(), anna.getOrganisationId(),
                                shortName(anna)));
    }

    @Test
    void attendanceIsRefusedForAPollACancelledOrAFutureMeeting() {
        GroupFixtures f = fixtures();
        Account lead = f.person("Lead refus");
        WorkingGroup group = f.group(lead);
        Meeting future = f.confirmedMeeting(group, lead, 10);
        Meeting cancelled = f.pastMeeting(group, lead, 2);
        f.signIn(lead);
        tx(() -> f.meetings.cancel(cancelled.getId()));
        Meeting poll = tx(() -> f.meetings.propose(group.getId(), "Sondage", java.util.List.of(
                new eu.socialmap.workinggroup.entity.TimeSlot(future.getStartsAt(), future.getEndsAt()),
                new eu.socialmap.workinggroup.entity.TimeSlot(future.getStartsAt().plusSeconds(86_400),
                        future.getEndsAt().plusSeconds(86_400))), null));

        assertRefused(() -> tx(() -> records.recordAttendance(poll.getId(), Set.of(lead.getId()))),
                BusinessException.Kind.CONFLICT, "workinggroup.attendance.notHeld");
        assertRefused(() -> tx(() -> records.recordAttendance(cancelled.getId(), Set.of(lead.getId()))),
                BusinessException.Kind.CONFLICT, "workinggroup.attendance.notHeld");
        assertRefused(() -> tx(() -> records.recordAttendance(future.getId(), Set.of(lead.getId()))),
                BusinessException.Kind.CONFLICT, "workinggroup.attendance.notYet");
    }

    // ---------------------------------------------------------------- action items

    @Test
    void anOpenActionIsOnTheAgendaUntilItsOwnerOrALeadClosesIt() {
        GroupFixtures f = fixtures();
        Account lead = f.person("Lead actions");
        WorkingGroup group = f.group(lead);
        Account owner = f.member(group, "Porteuse");
        Account other = f.member(group, "Autre membre");
        Account outsider = f.person("Hors groupe");
        Meeting held = f.pastMeeting(group, lead, 7);
        Meeting next = f.confirmedMeeting(group, lead, 20);
        LocalDate heldOn = held.getStartsAt().atZone(Messages.NETWORK_ZONE).toLocalDate();

        f.signIn(lead);
        assertThatThrownBy(() -> tx(() -> records.addAction(held.getId(), " ", outsider.getId(), heldOn.minusDays(1))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .extracting(InvalidInput.FieldError::field, InvalidInput.FieldError::messageKey)
                        .containsExactlyInAnyOrder(
                                Tuple.tuple("description", "input.required"),
                                Tuple.tuple("owner", "workinggroup.action.ownerNotMember"),
                                Tuple.tuple("dueOn", "workinggroup.action.dueBeforeMeeting")));
        ActionItem action = tx(() -> records.addAction(held.getId(), "Écrire aux CPAS de la zone", owner.getId(),
                heldOn.plusDays(30)));
        ActionItem unowned = tx(() -> records.addAction(held.getId(), "Trouver une salle", null, null));

        f.signIn(other);
        assertThat(records.openActions(group.getId()))
                .extracting(MeetingRecords.ActionRow::id, MeetingRecords.ActionRow::ownerName,
                        MeetingRecords.ActionRow::meetingTitle, MeetingRecords.ActionRow::mayComplete)
                .containsExactly(
                        Tuple.tuple(action.getId(), owner.getDisplayName(), held.getTitle(), false),
                        Tuple.tuple(unowned.getId(), null, held.getTitle(), false));
        assertThat(records.carriedOver(next.getId())).extracting(MeetingRecords.ActionRow::id)
                .containsExactly(action.getId(), unowned.getId());
        assertRefused(() -> tx(() -> records.completeAction(action.getId())),
                BusinessException.Kind.FORBIDDEN, "workinggroup.action.notYours");
        f.signIn(outsider);
        assertRefused(() -> tx(() -> records.completeAction(action.getId())),
                BusinessException.Kind.NOT_FOUND, "workinggroup.action.notFound");
        assertRefused(() -> records.openActions(group.getId()), BusinessException.Kind.FORBIDDEN, "workinggroup.membersOnly");

        f.signIn(owner);
        assertThat(records.openActions(group.getId())).filteredOn(MeetingRecords.ActionRow::mayComplete)
                .extracting(MeetingRecords.ActionRow::id).containsExactly(action.getId());
        tx(() -> records.completeAction(action.getId()));
        assertThat(records.openActions(group.getId())).extracting(MeetingRecords.ActionRow::id)
                .containsExactly(unowned.getId());
        assertThat(records.actionsOf(held.getId())).as("the meeting keeps what it decided, done or not")
                .extracting(MeetingRecords.ActionRow::id, r -> r.doneAt() != null)
                .containsExactly(Tuple.tuple(action.getId(), true),
                        Tuple.tuple(unowned.getId(), false));
    }


    // ---------------------------------------------------------------- who may see what

    @Test
    void nobodyOutsideTheGroupReadsMinutesAttendanceOrFilesNotEvenByGuessingIds() {
        GroupFixtures f = fixtures();
        Account lead = f.person("Lead accès");
        WorkingGroup group = f.group(lead);
        Account member = f.member(group, "Membre accès");
        Account otherOrganisation = f.person("Autre organisation");
        Account applicant = f.person("Candidate");
        f.signIn(applicant);
        f.tx(() -> {
            f.groups.askToJoin(group.getId(), "Je voudrais participer.");
            return null;
        });
        Meeting held = f.pastMeeting(group, lead, 5);
        f.signIn(lead);
        tx(() -> records.recordAttendance(held.getId(), Set.of(lead.getId(), member.getId())));
        tx(() -> records.writeMinutes(held.getId(), "<p>Decisions of the group</p>"));
        tx(() -> records.approveMinutes(held.getId()));
        MeetingDocument document = tx(() -> records.attach(held.getId(), MeetingDocument.Kind.DOCUMENT, "agenda.pdf", pdf()));
        tx(() -> records.addAction(held.getId(), "Call the housing office", member.getId(), null));

        for (Account outsider : Arrays.asList(otherOrganisation, applicant, null)) {
            f.signIn(outsider);
            String forbidden = outsider == null ? "problem.unauthorized.title" : "workinggroup.membersOnly";
            assertRefused(() -> records.minutes(held.getId()), BusinessException.Kind.FORBIDDEN, forbidden);
            assertRefused(() -> records.attendance(held.getId()), BusinessException.Kind.FORBIDDEN, forbidden);
            assertRefused(() -> records.documents(held.getId()), BusinessException.Kind.FORBIDDEN, forbidden);
            assertRefused(() -> records.groupDocuments(group.getId(), 10), BusinessException.Kind.FORBIDDEN, forbidden);
            assertRefused(() -> records.openActions(group.getId()), BusinessException.Kind.FORBIDDEN, forbidden);
            assertRefused(() -> records.actionsOf(held.getId()), BusinessException.Kind.FORBIDDEN, forbidden);
            assertRefused(() -> tx(() -> records.writeMinutes(held.getId(), "<p>Mine</p>")),
                    BusinessException.Kind.FORBIDDEN, forbidden);
            assertRefused(() -> tx(() -> records.attach(held.getId(), MeetingDocument.Kind.DOCUMENT, "x.pdf", pdf())),
                    BusinessException.Kind.FORBIDDEN, forbidden);
            // the same answer for a file of another group as for an id that does not exist
            assertRefused(() -> records.download(document.getId()), BusinessException.Kind.NOT_FOUND,
                    "workinggroup.document.notFound");
            assertRefused(() -> records.download(document.getId() + 1_000_000), BusinessException.Kind.NOT_FOUND,
                    "workinggroup.document.notFound");
            assertRefused(() -> tx(() -> records.removeDocument(document.getId())), BusinessException.Kind.NOT_FOUND,
                    "workinggroup.document.notFound");
            assertRefused(() -> records.yearCsv(group.getId(), LocalDate.now(Messages.NETWORK_ZONE).getYear(),
                    Language.FR, new StringWriter()), BusinessException.Kind.FORBIDDEN,
                    outsider == null ? "problem.unauthorized.title" : "workinggroup.leadsOnly");
        }
        assertThat(storedFiles()).hasSize(1);

        f.signIn(member);
        assertThat(records.minutes(held.getId()).html()).contains("Decisions of the group");
        assertThat(records.attendance(held.getId())).hasSize(2);
        assertThat(records.documents(held.getId())).extracting(MeetingDocument::getId).containsExactly(document.getId());
        assertThat(bytesOf(records.download(document.getId()))).isEqualTo(pdf());
    }

    // ---------------------------------------------------------------- minutes

    @Test
    void membersReadTheMinutesOnceALeadApprovedThemTheAuthorAndLeadsReadTheDraft() {
        GroupFixtures f = fixtures();
        Account lead = f.person("Lead PV");
        WorkingGroup group = f.group(lead);
        Account author = f.member(group, "Rédactrice");
        Account reader = f.member(group, "Lectrice");
        Meeting held = f.pastMeeting(group, lead, 2);

        f.signIn(author);
        Meeting written = tx(() -> records.writeMinutes(held.getId(), "<h2>Present: 12</h2>"
                + "<script>alert('x')</script><img src=x onerror=alert(1)>"
                + "<p onclick=\"alert(2)\">Decision <a href=\"javascript:alert(3)\">here</a> and "
                + "<a href=\"https://example.be/plan\">the plan</a></p><iframe src=\"https://evil.example\"></iframe>"));
        assertThat(written.getMinutesHtml()).as("sanitised before it is stored")
                .contains("<h2>Present: 12</h2>", "Decision", "https://example.be/plan")
                .doesNotContain("<script", "alert", "<img", "onerror", "onclick", "javascript:", "iframe", "evil.example");
        MeetingRecords.Minutes own = records.minutes(held.getId());
        assertThat(own.status()).isEqualTo(Meeting.MinutesStatus.DRAFT);
        assertThat(own.html()).isEqualTo(written.getMinutesHtml());
        assertThat(own.authorName()).isEqualTo(author.getDisplayName());
        assertThat(own.mayEdit()).isTrue();
        assertThat(own.mayApprove()).isFalse();

        f.signIn(reader);
        MeetingRecords.Minutes draft = records.minutes(held.getId());
        assertThat(draft.status()).isEqualTo(Meeting.MinutesStatus.DRAFT);
        assertThat(draft.html()).as("a member does not read a draft").isNull();
        assertThat(draft.mayEdit()).isFalse();
        assertRefused(() -> tx(() -> records.writeMinutes(held.getId(), "<p>Not what was said</p>")),
                BusinessException.Kind.FORBIDDEN, "workinggroup.minutes.notYours");
        assertRefused(() -> tx(() -> records.approveMinutes(held.getId())),
                BusinessException.Kind.FORBIDDEN, "workinggroup.leadsOnly");

        f.signIn(lead);
        MeetingRecords.Minutes forLead = records.minutes(held.getId());
        assertThat(forLead.html()).contains("Present: 12");
        assertThat(forLead.mayApprove()).isTrue();
        assertThat(forLead.mayEdit()).isTrue();
        tx(() -> records.approveMinutes(held.getId()));

        f.signIn(reader);
        MeetingRecords.Minutes approved = records.minutes(held.getId());
        assertThat(approved.status()).isEqualTo(Meeting.MinutesStatus.APPROVED);
        assertThat(approved.html()).contains("Present: 12");
        assertThat(approved.approverName()).isEqualTo(lead.getDisplayName());
        assertThat(approved.approvedAt()).isNotNull();
        f.signIn(author);
        assertThat(records.minutes(held.getId()).mayEdit()).as("approved minutes: only a lead re-opens them").isFalse();
        assertRefused(() -> tx(() -> records.writeMinutes(held.getId(), "<p>Changed afterwards</p>")),
                BusinessException.Kind.FORBIDDEN, "workinggroup.minutes.notYours");
    }

    @Test
    void emptyHugeOrScriptOnlyMinutesAreRefusedAndNothingIsApprovedWithoutText() {
        GroupFixtures f = fixtures();
        Account lead = f.person("Lead vide");
        WorkingGroup group = f.group(lead);
        Meeting held = f.pastMeeting(group, lead, 1);
        f.signIn(lead);

        assertRefused(() -> tx(() -> records.approveMinutes(held.getId())),
                BusinessException.Kind.CONFLICT, "workinggroup.minutes.nothingWritten");
        assertFieldRefused(() -> tx(() -> records.writeMinutes(held.getId(), "  ")), "minutes", "input.required");
        assertFieldRefused(() -> tx(() -> records.writeMinutes(held.getId(), "<p> </p><script>alert(1)</script>")),
                "minutes", "workinggroup.minutes.empty");
        assertFieldRefused(() -> tx(() -> records.writeMinutes(held.getId(), "<p>" + "a".repeat(200_000) + "</p>")),
                "minutes", "input.tooLong");
        assertThat(records.minutes(held.getId()).status()).isEqualTo(Meeting.MinutesStatus.NONE);
    }

    // ---------------------------------------------------------------- files

    @Test
    void filesAreCheckedByContentAndMinutesFilesWaitForApproval() throws IOException {
        GroupFixtures f = fixtures();
        Account lead = f.person("Lead fichiers");
        WorkingGroup group = f.group(lead);
        Account uploader = f.member(group, "Déposante");
        Account other = f.member(group, "Collègue");
        Meeting held = f.pastMeeting(group, lead, 4);

        f.signIn(uploader);
        assertFieldRefused(() -> tx(() -> records.attach(held.getId(), MeetingDocument.Kind.DOCUMENT, "notes.pdf", docx())),
                "file", "workinggroup.file.extensionMismatch");
        assertFieldRefused(() -> tx(() -> records.attach(held.getId(), MeetingDocument.Kind.DOCUMENT, "notes.pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))), "file", "workinggroup.file.type");
        assertThat(storedFiles()).as("nothing stored for a refused file").isEmpty();
        assertThat(records.documents(held.getId())).isEmpty();

        MeetingDocument notes = tx(() -> records.attach(held.getId(), MeetingDocument.Kind.DOCUMENT, "../../notes.docx", docx()));
        assertThat(notes.getFileName()).isEqualTo("notes.docx");
        assertThat(notes.getContentType()).isEqualTo(MeetingFiles.FileType.DOCX.contentType());
        assertThat(notes.getSha256()).isEqualTo(MeetingFiles.sha256(docx()));
        MeetingDocument minutesFile = tx(() -> records.attach(held.getId(), MeetingDocument.Kind.MINUTES, "minutes.pdf", pdf()));
        assertThat(storedFiles()).hasSize(2);

        f.signIn(other);
        assertThat(records.minutes(held.getId()).status()).isEqualTo(Meeting.MinutesStatus.DRAFT);
        assertThat(records.documents(held.getId())).extracting(MeetingDocument::getId).containsExactly(notes.getId());
        assertThat(records.groupDocuments(group.getId(), 10)).extracting(MeetingRecords.GroupDocument::documentId)
                .containsExactly(notes.getId());
        assertRefused(() -> records.download(minutesFile.getId()), BusinessException.Kind.NOT_FOUND,
                "workinggroup.document.notFound");
        f.signIn(uploader);
        assertThat(bytesOf(records.download(minutesFile.getId()))).as("her own upload").isEqualTo(pdf());

        f.signIn(lead);
        assertThat(records.minutes(held.getId()).mayApprove()).as("a file is enough to approve").isTrue();
        tx(() -> records.approveMinutes(held.getId()));

        f.signIn(other);
        MeetingRecords.Download download = records.download(minutesFile.getId());
        assertThat(download.fileName()).isEqualTo("minutes.pdf");
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(download.size()).isEqualTo(pdf().length);
        assertThat(bytesOf(download)).isEqualTo(pdf());
        assertThat(records.groupDocuments(group.getId(), 10))
                .extracting(MeetingRecords.GroupDocument::documentId, MeetingRecords.GroupDocument::meetingTitle)
                .containsExactly(Tuple.tuple(minutesFile.getId(), held.getTitle()), Tuple.tuple(notes.getId(), held.getTitle()));

        assertRefused(() -> tx(() -> records.removeDocument(notes.getId())), BusinessException.Kind.FORBIDDEN,
                "workinggroup.document.notYours");
        f.signIn(uploader);
        tx(() -> records.removeDocument(notes.getId()));
        assertRefused(() -> tx(() -> records.removeDocument(minutesFile.getId())), BusinessException.Kind.FORBIDDEN,
                "workinggroup.document.notYours");
        f.signIn(lead);
        tx(() -> records.removeDocument(minutesFile.getId()));
        assertThat(records.documents(held.getId())).isEmpty();
        assertThat(storedFiles()).as("rows and files removed").isEmpty();
    }

    @Test
    void inTheContainerAFileFollowsTheTransaction() {
        GroupFixtures f = fixtures();
        Account lead = f.person("Lead transaction");
        WorkingGroup group = f.group(lead);
        Meeting held = f.pastMeeting(group, lead, 1);
        Transactions transactions = new Transactions();
        records.transactions = transactions;
        f.signIn(lead);

        em.getTransaction().begin();
        records.attach(held.getId(), MeetingDocument.Kind.DOCUMENT, "rolled-back.pdf", pdf());
        assertThat(storedFiles()).hasSize(1);
        em.getTransaction().rollback();
        transactions.end(false);
        assertThat(storedFiles()).as("the file of a row that never committed").isEmpty();

        MeetingDocument kept = tx(() -> records.attach(held.getId(), MeetingDocument.Kind.DOCUMENT, "kept.pdf", pdf()));
        transactions.end(true);
        assertThat(storedFiles()).hasSize(1);

        em.getTransaction().begin();
        records.removeDocument(kept.getId());
        assertThat(storedFiles()).as("not before the removal commits").hasSize(1);
        em.getTransaction().rollback();
        transactions.end(false);
        assertThat(bytesOf(records.download(kept.getId()))).as("a removal rolled back keeps the file").isEqualTo(pdf());

        tx(() -> records.removeDocument(kept.getId()));
        assertThat(storedFiles()).hasSize(1);
        transactions.end(true);
        assertThat(storedFiles()).isEmpty();
    }

    // ---------------------------------------------------------------- a group's year

    @Test
    void theYearShowsTheMeetingsHeldInBrusselsAttendancePerOrganisationAndApprovedMinutesOnly() throws IOException {
        GroupFixtures f = fixtures();
        Account lead = f.person("Lead année");
        WorkingGroup group = f.group(lead);
        Account anna = f.member(group, "Anna");
        Account bert = f.member(group, "Bert");
        int year = LocalDate.now(Messages.NETWORK_ZONE).getYear() - 1;
        Meeting newYear = at(f, group, lead, LocalDateTime.of(year, 1, 1, 0, 30));
        Meeting march = at(f, group, lead, LocalDateTime.of(year, 3, 10, 14, 0));
        Meeting june = at(f, group, lead, LocalDateTime.of(year, 6, 12, 9, 30));
        Meeting cancelled = at(f, group, lead, LocalDateTime.of(year, 9, 1, 14, 0));
        Meeting before = at(f, group, lead, LocalDateTime.of(year - 1, 12, 31, 23, 30));
        Meeting after = at(f, group, lead, LocalDateTime.of(year + 1, 1, 1, 0, 30));

        f.signIn(lead);
        tx(() -> f.meetings.cancel(cancelled.getId()));
        tx(() -> records.recordAttendance(march.getId(), Set.of(lead.getId(), anna.getId(), bert.getId())));
        tx(() -> records.recordAttendance(june.getId(), Set.of(anna.getId())));
        tx(() -> records.writeMinutes(march.getId(), "<p>Approved in March</p>"));
        tx(() -> records.approveMinutes(march.getId()));
        tx(() -> records.writeMinutes(june.getId(), "<p>Draft of June</p>"));

        StringWriter out = new StringWriter();
        records.yearCsv(group.getId(), year, Language.EN, out);
        String csv = out.toString();
        assertThat(csv.lines().findFirst()).contains("Date,Time,Meeting,Organisation,Present,Names");
        assertThat(csv.lines().skip(1)).containsExactly(
                year + "-01-01,00:30," + newYear.getTitle() + ",,0,",
                // by organisation: "Anna …", "Bert …", "Lead année …"
                row(year + "-03-10,14:00", march, anna),
                row(year + "-03-10,14:00", march, bert),
                row(year + "-03-10,14:00", march, lead),
                row(year + "-06-12,09:30", june, anna));
        assertThat(csv).doesNotContain(cancelled.getTitle(), before.getTitle(), after.getTitle());

        byte[] pdf = records.yearPdf(group.getId(), year, Language.EN);
        String text = textOf(pdf);
        assertThat(text).contains("Approved in March", march.getTitle(), june.getTitle())
                .doesNotContain("Draft of June", cancelled.getTitle());

        assertFieldRefused(() -> records.yearPdf(group.getId(), 1999, Language.EN), "year", "workinggroup.year.outOfRange");
        f.signIn(anna);
        assertRefused(() -> records.yearPdf(group.getId(), year, Language.EN), BusinessException.Kind.FORBIDDEN,
                "workinggroup.leadsOnly");
        f.signIn(f.coordinator());
        assertThat(textOf(records.yearPdf(group.getId(), year, Language.FR))).contains("Approved in March");
    }

    private Meeting at(GroupFixtures f, WorkingGroup group, Account lead, LocalDateTime brussels) {
        return f.startsAt(f.confirmedMeeting(group, lead, 1), brussels.atZone(Messages.NETWORK_ZONE).toInstant());
    }

    private String row(String when, Meeting meeting, Account person) {
        return when + "," + meeting.getTitle() + "," + shortName(person) + ",1," + person.getDisplayName();
    }

    private static String textOf(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    // ---------------------------------------------------------------- helpers

    /** The JTA registry as the container would run it: the test ends each transaction by hand. */
    private static final class Transactions implements TransactionSynchronizationRegistry {
        private final List<Synchronization> registered = new ArrayList<>();

        void end(boolean committed) {
            registered.forEach(s -> s.afterCompletion(committed ? Status.STATUS_COMMITTED : Status.STATUS_ROLLEDBACK));
            registered.clear();
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            registered.add(sync);
        }

        @Override
        public Object getTransactionKey() {
            return this;
        }

        @Override
        public void putResource(Object key, Object value) {
        }

        @Override
        public Object getResource(Object key) {
            return null;
        }

        @Override
        public int getTransactionStatus() {
            return Status.STATUS_ACTIVE;
        }

        @Override
        public void setRollbackOnly() {
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** A Word document as far as its content goes: a zip with the parts a .docx has. */
    private static byte[] docx() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private List<Path> storedFiles() {
        Path documents = data.resolve("documents");
        if (!Files.isDirectory(documents)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(documents)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytesOf(MeetingRecords.Download download) {
        try (InputStream in = download.open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertFieldRefused(ThrowableAssert.ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                .extracting(InvalidInput.FieldError::field, InvalidInput.FieldError::messageKey)
                .containsExactly(Tuple.tuple(field, key)));
    }

    private String shortName(Account account) {
        return em.find(eu.socialmap.directory.entity.Organisation.class, account.getOrganisationId()).getShortName();
    }

    private static void assertRefused(ThrowableAssert.ThrowingCallable call, BusinessException.Kind kind, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    private <T> T tx(java.util.function.Supplier<T> work) {
        return TestDatabase.inTransaction(em, work);
    }

    private void tx(Runnable work) {
        TestDatabase.inTransaction(em, () -> {
            work.run();
            return null;
        });
    }
}
