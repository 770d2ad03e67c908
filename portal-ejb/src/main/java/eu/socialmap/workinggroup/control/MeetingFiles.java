package eu.socialmap.workinggroup.control;

import eu.socialmap.platform.entity.InvalidInput;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The files of meetings, kept outside the web root (the caller passes {@code DataDirectory.resolve("documents")})
 * under random names, so that neither a name nor a path chosen by a member ever reaches the file system. A file is
 * accepted for what its content is — a PDF, an OpenDocument text or a Word document — and only if its name says
 * the same: a browser trusts the name and the type we send, so both must tell the truth.
 */
public class MeetingFiles {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    /** The longest file name kept, as the {@code meeting_document.file_name} column holds. */
    static final int MAX_NAME_LENGTH = 200;
    /** Office documents list a few dozen parts; a zip with more before the telling ones is not one of ours. */
    private static final int MAX_ZIP_ENTRIES = 200;
    /**
     * How many bytes the type check may inflate while skipping zip entries (a {@link ZipInputStream} can only pass
     * an entry by inflating it). Ten times the largest upload is far more than the parts a Word document puts
     * before the two we look for, and stops a zip bomb after a fraction of a second.
     */
    private static final long MAX_INFLATED = 10 * MAX_BYTES;
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    /**
     * Control characters, and invisible format characters such as the right-to-left override (U+202E), with which
     * "pv[U+202E]fdp.exe" reads as "pvexe.pdf".
     */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}]");
    private static final Pattern STORED_NAME =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public enum FileType {
        PDF("application/pdf", "pdf"),
        ODT("application/vnd.oasis.opendocument.text", "odt"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

        private final String contentType;
        private final String extension;

        FileType(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        /** Lower case, without the dot. */
        public String extension() {
            return extension;
        }
    }

    /** A file that passed the checks: its cleaned name (to show and to offer for download) and its type. */
    public record Checked(String fileName, FileType type) {
    }

    private final Path directory;

    public MeetingFiles(Path directory) {
        this.directory = directory;
    }

    /** Accepts the file, or refuses it on the field {@code file} with the first reason found. */
    public Checked check(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw refusal("workinggroup.file.empty");
        }
        if (content.length > MAX_BYTES) {
            throw refusal("workinggroup.file.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        FileType type = typeOf(content);
        if (type == null) {
            throw refusal("workinggroup.file.type");
        }
        String name = cleanName(fileName);
        if (!name.toLowerCase(Locale.ROOT).endsWith("." + type.extension())) {
            throw refusal("workinggroup.file.extensionMismatch", type.extension());
        }
        return new Checked(name, type);
    }

    /** The type the content really is, whatever its name says; null for anything else. */
    static FileType typeOf(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return FileType.PDF;
        }
        if (!startsWith(content, ZIP_MAGIC)) {
            return null;
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            return zipTypeOf(zip);
        } catch (IOException | IllegalArgumentException notAZip) {
            return null;
        }
    }

    /**
     * OpenDocument: the first entry is {@code mimetype}, holding the type (the standard asks for it so that a
     * file can be recognised by its first bytes). Office Open XML: {@code [Content_Types].xml} and the main part
     * {@code word/document.xml}, wherever they are. Nothing is inflated beyond what telling them apart needs.
     */
    private static FileType zipTypeOf(ZipInputStream zip) throws IOException {
        boolean contentTypes = false;
        boolean wordDocument = false;
        long inflated = 0;
        ZipEntry entry;
        for (int i = 0; i < MAX_ZIP_ENTRIES && (entry = zip.getNextEntry()) != null; i++) {
            if (i == 0 && entry.getName().equals("mimetype")) {
                byte[] expected = FileType.ODT.contentType().getBytes(StandardCharsets.US_ASCII);
                return Arrays.equals(zip.readNBytes(expected.length + 1), expected) ? FileType.ODT : null;
            }
            contentTypes |= entry.getName().equals("[Content_Types].xml");
            wordDocument |= entry.getName().equals("word/document.xml");
            if (contentTypes && wordDocument) {
                return FileType.DOCX;
            }
            inflated += skip(zip, MAX_INFLATED - inflated + 1);
            if (inflated > MAX_INFLATED) {
                return null;
            }
        }
        return null;
    }

    /** Reads through the current entry, at most {@code max} bytes of it; how many were read. */
    private static long skip(ZipInputStream zip, long max) throws IOException {
        byte[] buffer = new byte[8192];
        long read = 0;
        int n;
        while (read < max && (n = zip.read(buffer, 0, (int) Math.min(buffer.length, max - read))) > 0) {
            read += n;
        }
        return read;
    }

    /**
     * The name a member's browser sent, made harmless to show and to send back in a download: without its folders
     * (browsers of old sent "C:\Users\…"), control or invisible characters, or quotes; composed the usual way (NFC:
     * a Mac sends "é" as two characters); 200 characters at most, its extension kept.
     */
    public static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = INVISIBLE.matcher(Normalizer.normalize(name, Normalizer.Form.NFC)).replaceAll("")
                .replace("\"", "").strip();
        if (name.length() > MAX_NAME_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            int end = MAX_NAME_LENGTH - extension.length();
            if (Character.isHighSurrogate(name.charAt(end - 1))) {
                end--; // never half an emoji
            }
            name = name.substring(0, end).strip() + extension;
        }
        return name.isEmpty() ? "document" : name;
    }

    /** Writes the content under a new random name and returns that name. Complete or absent, never half written. */
    public String store(byte[] content) {
        String storedName = UUID.randomUUID().toString();
        Path temporary = null;
        try {
            Files.createDirectories(directory);
            // beside its final place, so that the move is a rename; a leftover (after a crash) is never served
            temporary = Files.createTempFile(directory, "upload-", ".part");
            Files.write(temporary, content);
            Files.move(temporary, directory.resolve(storedName), StandardCopyOption.ATOMIC_MOVE);
            return storedName;
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException(e);
        }
    }

    /** The stored file; {@link java.nio.file.NoSuchFileException} if it is gone. */
    public InputStream open(String storedName) throws IOException {
        return Files.newInputStream(pathOf(storedName));
    }

    /** Removes the stored file; nothing happens if it is already gone (a retried removal). */
    public void delete(String storedName) {
        try {
            Files.deleteIfExists(pathOf(storedName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Only names {@link #store} made: a UUID in its usual form, which can never be a path. Stored names come from
     * the database, never from a request, so anything else is a bug, not a member's mistake.
     */
    private Path pathOf(String storedName) {
        if (storedName == null || !STORED_NAME.matcher(storedName).matches()) {
            throw new IllegalArgumentException("Not a stored file name: " + storedName);
        }
        return directory.resolve(storedName);
    }

    /** The SHA-256 of the content in lower-case hexadecimal, as {@code meeting_document.sha256} holds it. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the write already failed, which is what the caller hears about
            }
        }
    }

    private static InvalidInput refusal(String key, Object... arguments) {
        return new InvalidInput(List.of(new InvalidInput.FieldError("file", key, List.of(arguments))));
    }
}
