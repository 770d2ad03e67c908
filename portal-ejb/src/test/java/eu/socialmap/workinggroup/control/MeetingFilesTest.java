package eu.socialmap.workinggroup.control;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import eu.socialmap.platform.entity.InvalidInput;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeout;

class MeetingFilesTest {

    private static final String ODT_TYPE = "application/vnd.oasis.opendocument.text";

    @TempDir
    Path directory;

    @Test
    void aPdfAnOdtAndADocxAreRecognisedByTheirContent() throws IOException {
        MeetingFiles files = new MeetingFiles(directory);
        MeetingFiles.Checked pdf = files.check("PV décembre.pdf", pdf());
        assertThat(pdf.type()).isEqualTo(MeetingFiles.FileType.PDF);
        assertThat(pdf.type().contentType()).isEqualTo("application/pdf");
        assertThat(pdf.fileName()).isEqualTo("PV décembre.pdf");
        assertThat(files.check("pv.odt", odt(ODT_TYPE)).type()).isEqualTo(MeetingFiles.FileType.ODT);
        assertThat(files.check("pv.DOCX", docx()).type()).isEqualTo(MeetingFiles.FileType.DOCX);
        assertThat(files.check("pv.docx", zip("_rels/.rels", "<Relationships/>", "word/document.xml", "<w:document/>",
                "[Content_Types].xml", "<Types/>")).type()).as("parts in another order").isEqualTo(MeetingFiles.FileType.DOCX);
    }

    @Test
    void aFileWhoseNameSaysSomethingElseIsRefused() throws IOException {
        MeetingFiles files = new MeetingFiles(directory);
        assertRefused(() -> files.check("pv.docx", pdf()), "workinggroup.file.extensionMismatch", "pdf");
        assertRefused(() -> files.check("pv.pdf", docx()), "workinggroup.file.extensionMismatch", "docx");
        assertRefused(() -> files.check("pv.pdf.exe", pdf()), "workinggroup.file.extensionMismatch", "pdf");
        assertRefused(() -> files.check("pv", odt(ODT_TYPE)), "workinggroup.file.extensionMismatch", "odt");
    }

    @Test
    void anythingButAPdfAnOdtOrADocxIsRefusedWhateverItsName() throws IOException {
        MeetingFiles files = new MeetingFiles(directory);
        byte[] html = "<!DOCTYPE html><html><script>alert(1)</script>%PDF-1.7".getBytes(StandardCharsets.UTF_8);
        assertRefused(() -> files.check("page.pdf", html), "workinggroup.file.type");
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertRefused(() -> files.check("setup.pdf", exe), "workinggroup.file.type");
        assertRefused(() -> files.check("archive.docx", zip("a.txt", "a", "b.exe", "MZ")), "workinggroup.file.type");
        assertRefused(() -> files.check("calc.odt", odt("application/vnd.oasis.opendocument.spreadsheet")),
                "workinggroup.file.type");
        assertRefused(() -> files.check("word.docx", zip("word/document.xml", "<w:document/>")), "workinggroup.file.type");
        byte[] broken = {'P', 'K', 3, 4, 0, 0, 0, 0, 0};
        assertRefused(() -> files.check("broken.docx", broken), "workinggroup.file.type");
    }

    @Test
    void aZipBombIsRefusedWithoutInflatingItAll() throws IOException {
        // 300 MB of zeros (some 300 kB packed), then the two parts that make a Word document
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("bomb.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
            entry(zip, "[Content_Types].xml", "<Types/>");
            entry(zip, "word/document.xml", "<w:document/>");
        }
        byte[] bomb = bytes.toByteArray();
        assertThat(bomb.length).isLessThan((int) MeetingFiles.MAX_BYTES);
        MeetingFiles files = new MeetingFiles(directory);
        assertTimeout(Duration.ofSeconds(3),
                () -> assertRefused(() -> files.check("bomb.docx", bomb), "workinggroup.file.type"));
    }

    @Test
    void aZipOfManyEntriesIsLookedAtOnlySoFar() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < 250; i++) {
                entry(zip, "media/" + i + ".txt", "x");
            }
            entry(zip, "[Content_Types].xml", "<Types/>");
            entry(zip, "word/document.xml", "<w:document/>");
        }
        assertRefused(() -> new MeetingFiles(directory).check("many.docx", bytes.toByteArray()), "workinggroup.file.type");
    }

    @Test
    void anEmptyFileAndATooLargeOneAreRefused() throws IOException {
        MeetingFiles files = new MeetingFiles(directory);
        assertRefused(() -> files.check("vide.pdf", new byte[0]), "workinggroup.file.empty");
        assertRefused(() -> files.check("vide.pdf", null), "workinggroup.file.empty");
        byte[] large = new byte[(int) MeetingFiles.MAX_BYTES + 1];
        byte[] pdf = pdf();
        System.arraycopy(pdf, 0, large, 0, pdf.length);
        assertRefused(() -> files.check("grand.pdf", large), "workinggroup.file.tooLarge", 10L);
        byte[] justRight = new byte[(int) MeetingFiles.MAX_BYTES];
        System.arraycopy(pdf, 0, justRight, 0, pdf.length);
        assertThat(files.check("juste.pdf", justRight).type()).isEqualTo(MeetingFiles.FileType.PDF);
    }

    @Test
    void namesLoseTheirFoldersAndInvisibleCharactersAndKeepTheirExtension() throws IOException {
        assertThat(MeetingFiles.cleanName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(new MeetingFiles(directory).check("../../etc/passwd.pdf", pdf()).fileName()).isEqualTo("passwd.pdf");
        assertThat(MeetingFiles.cleanName("C:\\Users\\lea\\PV mars.pdf")).isEqualTo("PV mars.pdf");
        assertThat(MeetingFiles.cleanName("pv\u0000\r\n\t.pdf")).isEqualTo("pv.pdf");
        assertThat(MeetingFiles.cleanName("pv\u202Efdp.exe")).as("no right-to-left override").isEqualTo("pvfdp.exe");
        assertThat(MeetingFiles.cleanName("\"quoted\".pdf")).isEqualTo("quoted.pdf");
        assertThat(MeetingFiles.cleanName("Re\u0301union.pdf")).as("composed").isEqualTo("Réunion.pdf");
        assertThat(MeetingFiles.cleanName("  ")).isEqualTo("document");
        assertThat(MeetingFiles.cleanName(null)).isEqualTo("document");
        String longName = MeetingFiles.cleanName("é".repeat(300) + ".docx");
        assertThat(longName).hasSize(200).endsWith("é.docx");
        String emoji = MeetingFiles.cleanName("a" + "😀".repeat(150) + ".pdf");
        assertThat(emoji).hasSizeLessThanOrEqualTo(200).endsWith("😀.pdf");
    }

    @Test
    void aStoredFileIsReadBackByItsRandomNameOnly() throws IOException {
        MeetingFiles files = new MeetingFiles(directory.resolve("documents"));
        byte[] pdf = pdf();
        String stored = files.store(pdf);
        assertThat(stored).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(files.store(pdf)).isNotEqualTo(stored);
        try (Stream<Path> left = Files.list(directory.resolve("documents"))) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no temporary file left").hasSize(2)
                    .allMatch(name -> !name.endsWith(".part"));
        }
        try (InputStream in = files.open(stored)) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        for (String forged : List.of("../x", "../" + stored, stored + "/../../etc/passwd", "/etc/passwd",
                stored.toUpperCase(), "1-1-1-1-1", "")) {
            assertThatThrownBy(() -> files.open(forged)).as(forged).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> files.delete(forged)).as(forged).isInstanceOf(IllegalArgumentException.class);
        }
        files.delete(stored);
        assertThat(directory.resolve("documents").resolve(stored)).doesNotExist();
        files.delete(stored);
        assertThatThrownBy(() -> files.open(stored)).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void theChecksumIsTheSha256InHexadecimal() {
        assertThat(MeetingFiles.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    private static void assertRefused(ThrowingCallable check, String key, Object... arguments) {
        assertThatThrownBy(check).isInstanceOfSatisfying(InvalidInput.class, refusal -> {
            assertThat(refusal.fieldErrors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("file");
                assertThat(error.messageKey()).isEqualTo(key);
                assertThat(error.arguments()).containsExactly(arguments);
            });
        });
    }

    /** A real one-page PDF, as OpenPDF writes it. */
    private static byte[] pdf() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, bytes);
        document.open();
        document.add(new Paragraph("Procès-verbal"));
        document.close();
        return bytes.toByteArray();
    }

    /** An OpenDocument package: its type first, stored uncompressed as the standard asks, then its parts. */
    private static byte[] odt(String mimetype) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(type);
            zip.closeEntry();
            entry(zip, "META-INF/manifest.xml", "<manifest:manifest/>");
            entry(zip, "content.xml", "<office:document-content/>");
        }
        return bytes.toByteArray();
    }

    /** A Word document's skeleton, its parts in the order Word writes them. */
    private static byte[] docx() throws IOException {
        return zip("[Content_Types].xml", "<Types/>", "_rels/.rels", "<Relationships/>",
                "word/document.xml", "<w:document/>");
    }

    private static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                entry(zip, namesAndContents[i], namesAndContents[i + 1]);
            }
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
