package eu.socialmap.workinggroup.entity;

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
 * A file of a meeting, stored outside the web root. Minutes files are read like the minutes (members, once a lead
 * approved them); other documents by every member.
 */
@Entity
@Table(name = "meeting_document")
@NamedQuery(name = MeetingDocument.OF_MEETING, query = "SELECT d FROM MeetingDocument d WHERE d.meetingId = :meeting ORDER BY d.uploadedAt, d.id")
@NamedQuery(name = MeetingDocument.OF_GROUP, query = "SELECT d, m FROM MeetingDocument d, Meeting m WHERE m.id = d.meetingId "
        + "AND m.groupId = :group ORDER BY d.uploadedAt DESC, d.id DESC")
public class MeetingDocument implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_MEETING = "MeetingDocument.ofMeeting";
    public static final String OF_GROUP = "MeetingDocument.ofGroup";

    public enum Kind { MINUTES, DOCUMENT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id")
    private long meetingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    private Kind kind;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private long sizeBytes;

    @Column(name = "stored_name")
    private String storedName;

    @Column(name = "sha256")
    private String sha256;

    @Column(name = "uploaded_by")
    private long uploadedBy;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected MeetingDocument() {
        // for JPA
    }

    public MeetingDocument(long meetingId, Kind kind, String fileName, String contentType, long sizeBytes,
                           String storedName, String sha256, long uploadedBy, Instant now) {
        this.meetingId = meetingId;
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.storedName = storedName;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    /** Whether a member of the group may read it, given the meeting's minutes. */
    public boolean isReadableBy(boolean member, boolean lead, Meeting meeting) {
        if (lead) {
            return true;
        }
        return member && (kind == Kind.DOCUMENT || meeting.hasApprovedMinutes());
    }

    public Long getId() { return id; }
    public long getMeetingId() { return meetingId; }
    public Kind getKind() { return kind; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getStoredName() { return storedName; }
    public String getSha256() { return sha256; }
    public long getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
}
