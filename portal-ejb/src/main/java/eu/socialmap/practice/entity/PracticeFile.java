package eu.socialmap.practice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/**
 * A picture or an attachment of a sheet, checked by content and stored under a random name
 * ({@code SOCIALMAP_DATA_DIR/documents}); read under the sheet's own access rule.
 */
@Entity
@Table(name = "practice_file")
@NamedQuery(name = PracticeFile.OF_SHEET, query = "SELECT f FROM PracticeFile f WHERE f.sheetId = :sheet ORDER BY f.kind, f.position, f.id")
@NamedQuery(name = PracticeFile.COUNT_OF_SHEET, query = "SELECT COUNT(f) FROM PracticeFile f WHERE f.sheetId = :sheet")
public class PracticeFile implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_SHEET = "PracticeFile.ofSheet";
    public static final String COUNT_OF_SHEET = "PracticeFile.countOfSheet";
    /** Files a sheet may hold, pictures and attachments together. */
    public static final int MAX_PER_SHEET = 10;

    public enum Kind { PICTURE, ATTACHMENT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "sheet_id")
    private long sheetId;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    private Kind kind;
    @Column(name = "original_name")
    private String originalName;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "size_bytes")
    private long sizeBytes;
    @Column(name = "stored_name")
    private String storedName;
    @Column(name = "caption")
    private String caption;
    @Column(name = "position")
    private int position;
    @Column(name = "created_at")
    private Instant createdAt;

    protected PracticeFile() {
        // for JPA
    }

    public PracticeFile(long sheetId, Kind kind, String originalName, String contentType, long sizeBytes,
                        String storedName, String caption, int position, Instant now) {
        this.sheetId = sheetId;
        this.kind = kind;
        this.originalName = originalName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.storedName = storedName;
        this.caption = caption == null || caption.isBlank() ? null : caption.strip();
        this.position = position;
        this.createdAt = now;
    }

    public boolean isPicture() {
        return kind == Kind.PICTURE;
    }

    public Long getId() { return id; }
    public long getSheetId() { return sheetId; }
    public Kind getKind() { return kind; }
    public String getOriginalName() { return originalName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getStoredName() { return storedName; }
    public String getCaption() { return caption; }
    public int getPosition() { return position; }
    public Instant getCreatedAt() { return createdAt; }
}
