package eu.socialmap.practice.control;

import eu.socialmap.platform.entity.InvalidInput;
import eu.socialmap.practice.entity.PracticeFile;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PracticeFileCheckTest {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
    private static final byte[] WEBP = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII);

    @Test
    void picturesAndAttachmentsAreKnownByTheirContent() throws IOException {
        assertThat(PracticeFileCheck.check(PracticeFile.Kind.PICTURE, "C:\\photos\\équipe.JPEG", JPEG))
                .isEqualTo(new PracticeFileCheck.Checked("équipe.JPEG", "image/jpeg", PracticeFile.Kind.PICTURE));
        assertThat(PracticeFileCheck.check(PracticeFile.Kind.PICTURE, "atelier.webp", WEBP).contentType()).isEqualTo("image/webp");
        assertThat(PracticeFileCheck.check(PracticeFile.Kind.ATTACHMENT, "budget.xlsx",
                zip("[Content_Types].xml", "xl/workbook.xml")).contentType()).isEqualTo(PracticeFileCheck.XLSX);
        assertThat(PracticeFileCheck.check(PracticeFile.Kind.ATTACHMENT, "fiche.docx",
                zip("[Content_Types].xml", "word/document.xml")).contentType()).contains("wordprocessingml");
        assertThat(PracticeFileCheck.check(PracticeFile.Kind.ATTACHMENT, "fiche.pdf",
                "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)).contentType()).isEqualTo("application/pdf");
    }

    @Test
    void anythingElseIsRefusedOnTheFileField() throws IOException {
        assertRefused(PracticeFile.Kind.PICTURE, "photo.png", "<svg onload=alert(1)>".getBytes(), "practice.file.pictureType");
        assertRefused(PracticeFile.Kind.PICTURE, "fiche.pdf", "%PDF-1.7".getBytes(), "practice.file.pictureType");
        assertRefused(PracticeFile.Kind.ATTACHMENT, "photo.jpg", JPEG, "practice.file.attachmentType");
        assertRefused(PracticeFile.Kind.ATTACHMENT, "budget.pdf", zip("[Content_Types].xml", "xl/workbook.xml"),
                "workinggroup.file.extensionMismatch");
        assertRefused(PracticeFile.Kind.ATTACHMENT, "vide.pdf", new byte[0], "workinggroup.file.empty");
        assertRefused(PracticeFile.Kind.ATTACHMENT, "gros.pdf", new byte[(int) PracticeFileCheck.MAX_ATTACHMENT_BYTES + 1],
                "practice.file.tooLarge");
    }

    private static void assertRefused(PracticeFile.Kind kind, String name, byte[] content, String key) {
        InvalidInput refusal = catchThrowableOfType(InvalidInput.class, () -> PracticeFileCheck.check(kind, name, content));
        assertThat(refusal).as(name).isNotNull();
        assertThat(refusal.fieldErrors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("file");
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
