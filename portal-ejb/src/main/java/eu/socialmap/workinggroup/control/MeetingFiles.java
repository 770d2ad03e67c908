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
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Meeting files, stored outside the web root under random names. A file is accepted for what its content is — a
 * PDF, an OpenDocument text or a Word document — and only if its name says the same; the size is capped.
 */
public class MeetingFiles {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final int MAX_ZIP_ENTRIES = 200;

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

        public String contentType() { return contentType; }
        public String extension() { return extension; }
    }

    /** A file that passed the checks, with its cleaned name and its type. */
    public record Checked(String fileName, FileType type) {
    }

    private final Path directory;

    public MeetingFiles(Path directory) {
        this.directory = directory;
    }

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

    /** The type the content really is, or null. */
    static FileType typeOf(byte[] content) {
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return FileType.PDF;
        }
        if (!startsWith(content, new byte[]{'P', 'K', 3, 4})) {
            return null;
        }
        boolean contentTypes = false;
        boolean wordDocument = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            for (int i = 0; i < MAX_ZIP_ENTRIES && (entry = zip.getNextEntry()) != null; i++) {
                if (i == 0 && entry.getName().equals("mimetype")) {
                    // OpenDocument: an uncompressed first entry naming the type (read 100 bytes at most)
                    String mimetype = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
                    return FileType.ODT.contentType().equals(mimetype) ? FileType.ODT : null;
                }
                contentTypes |= entry.getName().equals("[Content_Types].xml");
                wordDocument |= entry.getName().equals("word/document.xml");
                if (contentTypes && wordDocument) {
                    return FileType.DOCX;
                }
            }
        } catch (IOException | IllegalArgumentException notAZip) {
            return null;
        }
        return null;
    }

    /** The name without folders or control characters, 200 characters at most, its extension kept. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.length() > 200) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, 200 - extension.length()) + extension;
        }
        return name.isEmpty() ? "document" : name;
    }

    /** Writes the content under a new random name (complete or not at all) and returns that name. */
    public String store(byte[] content) {
        String storedName = UUID.randomUUID().toString();
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, "upload-", ".part");
            Files.write(temporary, content);
            Files.move(temporary, directory.resolve(storedName), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return storedName;
    }

    public InputStream open(String storedName) throws IOException {
        return Files.newInputStream(pathOf(storedName));
    }

    public void delete(String storedName) {
        try {
            Files.deleteIfExists(pathOf(storedName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Only names this class made: a UUID, never a path. */
    private Path pathOf(String storedName) {
        UUID parsed = UUID.fromString(storedName);
        if (!parsed.toString().equals(storedName)) {
            throw new IllegalArgumentException("Not a stored file name: " + storedName);
        }
        return directory.resolve(storedName);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static InvalidInput refusal(String key, Object... arguments) {
        return new InvalidInput(List.of(new InvalidInput.FieldError("file", key, List.of(arguments))));
    }
}
