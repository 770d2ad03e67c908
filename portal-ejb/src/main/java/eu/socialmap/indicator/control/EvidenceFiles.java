package eu.socialmap.indicator.control;

import eu.socialmap.platform.entity.InvalidInput;
import eu.socialmap.workinggroup.control.MeetingFiles;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The evidence of an entered value: what the meetings' files accept (PDF, OpenDocument text, Word — checked by
 * {@link MeetingFiles}, which also stores, opens and deletes them under random names), and pictures (PNG, JPEG),
 * spreadsheets (XLSX) and CSV, each recognised by its content and only if its name says the same. 10 MB at most.
 */
public class EvidenceFiles {

    public static final long MAX_BYTES = MeetingFiles.MAX_BYTES;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final int MAX_ZIP_ENTRIES = 200;

    /** A file that passed the checks: its cleaned name and its content type. */
    public record Checked(String fileName, String contentType) {
    }

    private final MeetingFiles files;

    public EvidenceFiles(Path directory) {
        this.files = new MeetingFiles(directory);
    }

    /** Accepts the file, or refuses it on the field {@code file}. */
    public Checked check(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw refusal("indicator.evidence.empty");
        }
        if (content.length > MAX_BYTES) {
            throw refusal("indicator.evidence.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String name = MeetingFiles.cleanName(fileName);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        String type = ownTypeOf(content, extension);
        if (type != null) {
            return new Checked(name, type);
        }
        try {
            MeetingFiles.Checked document = files.check(fileName, content);
            return new Checked(document.fileName(), document.type().contentType());
        } catch (InvalidInput notADocument) {
            throw refusal("indicator.evidence.type");
        }
    }

    /** The types the meetings' files do not know: only when the name's extension says the same. */
    static String ownTypeOf(byte[] content, String extension) {
        if (startsWith(content, PNG) && extension.equals("png")) {
            return "image/png";
        }
        if (startsWith(content, JPEG) && (extension.equals("jpg") || extension.equals("jpeg"))) {
            return "image/jpeg";
        }
        if (startsWith(content, ZIP) && extension.equals("xlsx") && isWorkbook(content)) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        if (extension.equals("csv") && isText(content)) {
            return "text/csv";
        }
        return null;
    }

    /** Office Open XML with a workbook: {@code [Content_Types].xml} and {@code xl/workbook.xml}, read by name only. */
    private static boolean isWorkbook(byte[] content) {
        boolean contentTypes = false;
        boolean workbook = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            for (int i = 0; i < MAX_ZIP_ENTRIES && (entry = zip.getNextEntry()) != null; i++) {
                contentTypes |= entry.getName().equals("[Content_Types].xml");
                workbook |= entry.getName().equals("xl/workbook.xml");
                if (contentTypes && workbook) {
                    return true;
                }
            }
        } catch (IOException | IllegalArgumentException notAZip) {
            return false;
        }
        return false;
    }

    /** UTF-8 text (a byte-order mark allowed) without control characters other than tabs and line ends. */
    private static boolean isText(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r');
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    public String store(byte[] content) {
        return files.store(content);
    }

    public InputStream open(String storedName) throws IOException {
        return files.open(storedName);
    }

    public void delete(String storedName) {
        files.delete(storedName);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static InvalidInput refusal(String key, Object... arguments) {
        return new InvalidInput(List.of(new InvalidInput.FieldError("file", key, List.of(arguments))));
    }
}
