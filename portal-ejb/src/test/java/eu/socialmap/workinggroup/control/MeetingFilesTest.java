package eu.socialmap.workinggroup.control;

import eu.socialmap.platform.entity.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeetingFilesTest {

    @TempDir
    Path directory;

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aPdfAnOdtAndADocxAreRecognisedByTheirContent() throws IOException {
        MeetingFiles files = new MeetingFiles(directory);
        assertThat(files.check("PV décembre.pdf", PDF).type()).isEqualTo(MeetingFiles.FileType.PDF);
        assertThat(files.check("pv.odt", zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<x/>")).type())
                .isEqualTo(MeetingFiles.FileType.ODT);
        assertThat(files.check("pv.DOCX", zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w/>")).type())
                .isEqualTo(MeetingFiles.FileType.DOCX);
    }

    @Test
    void aFileWhoseNameLiesAnUnknownTypeAnEmptyFileAndATooLargeOneAreRefused() throws IOException {
        MeetingFiles files = new MeetingFiles(directory);
        assertThatThrownBy(() -> files.check("pv.docx", PDF)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.fieldErrors().get(0).messageKey()).isEqualTo("workinggroup.file.extensionMismatch"));
        assertThatThrownBy(() -> files.check("page.pdf", "<html><script>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors().get(0).messageKey()).isEqualTo("workinggroup.file.type"));
        assertThatThrownBy(() -> files.check("x.zip.docx", zip("a.txt", "a", "b.txt", "b")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors().get(0).messageKey()).isEqualTo("workinggroup.file.type"));
        assertThatThrownBy(() -> files.check("vide.pdf", new byte[0])).isInstanceOf(InvalidInput.class);
        byte[] large = new byte[(int) MeetingFiles.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        assertThatThrownBy(() -> files.check("grand.pdf", large)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.fieldErrors().get(0).messageKey()).isEqualTo("workinggroup.file.tooLarge"));
    }

    @Test
    void namesLoseTheirFoldersAndStoredFilesAreReachableOnlyByTheirOwnName() throws IOException {
        MeetingFiles files = new MeetingFiles(directory);
        assertThat(files.check("../../etc/passwd.pdf", PDF).fileName()).isEqualTo("passwd.pdf");
        assertThat(files.check("C:\\Users\\x\\pv.pdf", PDF).fileName()).isEqualTo("pv.pdf");
        String stored = files.store(PDF);
        try (InputStream in = files.open(stored)) {
            assertThat(in.readAllBytes()).isEqualTo(PDF);
        }
        assertThatThrownBy(() -> files.open("../" + stored)).isInstanceOf(IllegalArgumentException.class);
        files.delete(stored);
        assertThat(directory.resolve(stored)).doesNotExist();
        assertThat(MeetingFiles.sha256(PDF)).hasSize(64);
    }

    private static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
