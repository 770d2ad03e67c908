package eu.socialmap.practice.control;

import eu.socialmap.platform.entity.InvalidInput;
import eu.socialmap.practice.entity.PracticeFile;
import eu.socialmap.workinggroup.control.MeetingFiles;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A sheet's files accepted for what their content is, and only if their name says the same: pictures (JPEG, PNG,
 * WebP, 5 MB at most) and attachments (PDF, Word, OpenDocument text — checked by the meetings' {@link MeetingFiles}
 * — and Excel workbooks, 10 MB at most). Every refusal is on the field {@code file}.
 */
public final class PracticeFileCheck {

    public static final long MAX_PICTURE_BYTES = 5L * 1024 * 1024;
    public static final long MAX_ATTACHMENT_BYTES = MeetingFiles.MAX_BYTES;
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int MAX_ZIP_ENTRIES = 200;
    private static final long MAX_INFLATED = 10 * MAX_ATTACHMENT_BYTES;
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}]");
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP = "WEBP".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    /** A file that passed: its cleaned name, its true type, its kind. */
    public record Checked(String fileName, String contentType, PracticeFile.Kind kind) {
    }

    private PracticeFileCheck() {
    }

    public static Checked check(PracticeFile.Kind kind, String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw refusal("workinggroup.file.empty");
        }
        return kind == PracticeFile.Kind.PICTURE ? picture(fileName, content) : attachment(fileName, content);
    }

    private static Checked picture(String fileName, byte[] content) {
        if (content.length > MAX_PICTURE_BYTES) {
            throw refusal("practice.file.tooLarge", MAX_PICTURE_BYTES / (1024 * 1024));
        }
        String type;
        List<String> extensions;
        if (startsWith(content, JPEG, 0)) {
            type = "image/jpeg";
            extensions = List.of("jpg", "jpeg");
        } else if (startsWith(content, PNG, 0)) {
            type = "image/png";
            extensions = List.of("png");
        } else if (startsWith(content, RIFF, 0) && startsWith(content, WEBP, 8)) {
            type = "image/webp";
            extensions = List.of("webp");
        } else {
            throw refusal("practice.file.pictureType");
        }
        return named(fileName, type, extensions, PracticeFile.Kind.PICTURE);
    }

    private static Checked attachment(String fileName, byte[] content) {
        if (content.length > MAX_ATTACHMENT_BYTES) {
            throw refusal("practice.file.tooLarge", MAX_ATTACHMENT_BYTES / (1024 * 1024));
        }
        if (isWorkbook(content)) {
            return named(fileName, XLSX, List.of("xlsx"), PracticeFile.Kind.ATTACHMENT);
        }
        try {
            MeetingFiles.Checked checked = new MeetingFiles(null).check(fileName, content);
            return new Checked(checked.fileName(), checked.type().contentType(), PracticeFile.Kind.ATTACHMENT);
        } catch (InvalidInput refused) {
            boolean wrongType = refused.fieldErrors().stream().anyMatch(e -> e.messageKey().equals("workinggroup.file.type"));
            throw wrongType ? refusal("practice.file.attachmentType") : refused;
        }
    }

    private static Checked named(String fileName, String type, List<String> extensions, PracticeFile.Kind kind) {
        String name = cleanName(fileName);
        String lower = name.toLowerCase(Locale.ROOT);
        if (extensions.stream().noneMatch(extension -> lower.endsWith("." + extension))) {
            throw refusal("workinggroup.file.extensionMismatch", extensions.get(0));
        }
        return new Checked(name, type, kind);
    }

    /** An Office Open XML workbook: {@code [Content_Types].xml} and {@code xl/workbook.xml}, a bounded read. */
    static boolean isWorkbook(byte[] content) {
        if (!startsWith(content, ZIP, 0)) {
            return false;
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            boolean contentTypes = false;
            boolean workbook = false;
            long inflated = 0;
            ZipEntry entry;
            byte[] buffer = new byte[8192];
            for (int i = 0; i < MAX_ZIP_ENTRIES && (entry = zip.getNextEntry()) != null; i++) {
                contentTypes |= entry.getName().equals("[Content_Types].xml");
                workbook |= entry.getName().equals("xl/workbook.xml");
                if (contentTypes && workbook) {
                    return true;
                }
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    inflated += n;
                    if (inflated > MAX_INFLATED) {
                        return false;
                    }
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException notAZip) {
            return false;
        }
    }

    /** As the meetings' files: no folders, no invisible characters or quotes, 200 characters at most. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = INVISIBLE.matcher(Normalizer.normalize(name, Normalizer.Form.NFC)).replaceAll("").replace("\"", "").strip();
        if (name.length() > 200) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, 200 - extension.length()).strip() + extension;
        }
        return name.isEmpty() ? "document" : name;
    }

    private static boolean startsWith(byte[] content, byte[] prefix, int at) {
        return content.length >= at + prefix.length
                && Arrays.equals(content, at, at + prefix.length, prefix, 0, prefix.length);
    }

    private static InvalidInput refusal(String key, Object... arguments) {
        return new InvalidInput(List.of(new InvalidInput.FieldError("file", key, List.of(arguments))));
    }
}
