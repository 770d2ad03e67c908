package eu.socialmap.indicator.control;

import eu.socialmap.platform.entity.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvidenceFilesTest {

    @TempDir
    Path directory;

    static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void picturesSpreadsheetsCsvAndTheMeetingsDocumentsAreRecognisedByTheirContent() throws IOException {
        EvidenceFiles files = new EvidenceFiles(directory);
        assertThat(files.check("photo.PNG", new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0}).contentType())
                .isEqualTo("image/png");
        assertThat(files.check("scan.jpg", new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0}).contentType())
                .isEqualTo("image/jpeg");
        assertThat(files.check("chiffres.xlsx", zip("[Content_Types].xml", "xl/workbook.xml")).contentType())
                .endsWith("spreadsheetml.sheet");
        assertThat(files.check("liste.csv", "nom;valeur\nMouscron;12\n".getBytes(StandardCharsets.UTF_8)).contentType())
                .isEqualTo("text/csv");
        assertThat(files.check("rapport.pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)).contentType())
                .isEqualTo("application/pdf");
        assertThat(files.check("C:\\Users\\x\\note.docx", zip("[Content_Types].xml", "word/document.xml")).fileName())
                .isEqualTo("note.docx");
    }

    @Test
    void aNameThatLiesAProgramAnEmptyOrTooLargeFileIsRefusedOnTheFileField() throws IOException {
        EvidenceFiles files = new EvidenceFiles(directory);
        assertThatThrownBy(() -> files.check("photo.png", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors().get(0).field()).isEqualTo("file"));
        assertThatThrownBy(() -> files.check("setup.exe", new byte[]{'M', 'Z', 0, 0}))
                .hasFieldOrPropertyWithValue("fieldErrors", java.util.List.of(new InvalidInput.FieldError("file",
                        "indicator.evidence.type", java.util.List.of())));
        assertThatThrownBy(() -> files.check("data.csv", new byte[]{'a', 0, 'b'})).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> files.check("vide.pdf", new byte[0])).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> files.check("grand.pdf", new byte[(int) EvidenceFiles.MAX_BYTES + 1]))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors().get(0).messageKey())
                        .isEqualTo("indicator.evidence.tooLarge"));
        assertThatThrownBy(() -> files.check("classeur.xlsx", zip("[Content_Types].xml", "word/document.xml")))
                .as("a Word document named .xlsx").isInstanceOf(InvalidInput.class);
    }
}
