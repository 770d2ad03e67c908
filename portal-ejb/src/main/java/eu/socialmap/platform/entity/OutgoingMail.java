package eu.socialmap.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One e-mail in the outbox. Holds the retry rule: a failed delivery is tried again after 1 minute, 5 minutes,
 * 30 minutes, 2 hours and 12 hours, then given up ({@link Status#FAILED}), so a passing SMTP outage loses nothing.
 */
@Entity
@Table(name = "mail_outbox")
public class OutgoingMail {

    public enum Status { PENDING, SENT, KEPT, FAILED }

    /** The columns' sizes (V13). */
    static final int MAX_ATTACHMENT_NAME = 100;
    static final int MAX_ATTACHMENT_TYPE = 100;
    /** Letters, digits, spaces, dots, dashes, underscores and brackets: no folder, no quote, no line break. */
    private static final Pattern ATTACHMENT_NAME = Pattern.compile("[\\p{L}\\p{N} ._()-]+");

    static final List<Duration> RETRY_DELAYS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(12));

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient")
    private String recipient;

    @Column(name = "reply_to")
    private String replyTo;

    @Column(name = "language")
    private String language;

    @Column(name = "subject")
    private String subject;

    @Column(name = "body")
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private Status status;

    @Column(name = "attempts")
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "attachment_name")
    private String attachmentName;

    @Column(name = "attachment_type")
    private String attachmentType;

    @Column(name = "attachment_text")
    private String attachmentText;

    @Version
    @Column(name = "version")
    private long version;

    protected OutgoingMail() {
        // for JPA
    }

    public OutgoingMail(String recipient, Language language, String subject, String body, Instant now) {
        this.recipient = recipient;
        this.language = language.code();
        this.subject = subject;
        this.body = body;
        this.status = Status.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /**
     * Sends a text file with the mail (a meeting invitation's .ics). One at most: the mails of the portal need no
     * more. The name is what the recipient's mail program shows and saves, so it carries no folder.
     */
    public OutgoingMail attach(String name, String contentType, String text) {
        if (attachmentName != null) {
            throw new IllegalStateException("Mail " + id + " already has an attachment");
        }
        if (name == null || name.isBlank() || name.length() > MAX_ATTACHMENT_NAME
                || !ATTACHMENT_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain file name: " + name);
        }
        if (contentType == null || contentType.isBlank() || contentType.length() > MAX_ATTACHMENT_TYPE
                || contentType.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("Not a content type: " + contentType);
        }
        this.attachmentName = name;
        this.attachmentType = contentType;
        this.attachmentText = Objects.requireNonNull(text, "text");
        return this;
    }

    /** Answers go to {@code address} (a person who asked something) rather than to the portal's sender. */
    public OutgoingMail replyTo(String address) {
        if (address == null || address.isBlank() || address.length() > 320
                || address.chars().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))) {
            throw new IllegalArgumentException("Not an e-mail address: " + address);
        }
        this.replyTo = address;
        return this;
    }

    public String getReplyTo() {
        return replyTo;
    }

    public void markSent(Instant now) {
        attempts++;
        status = Status.SENT;
        sentAt = now;
        lastError = null;
    }

    /** No SMTP server is configured: the mail stays in the outbox, to be read in the portal. */
    public void keep() {
        status = Status.KEPT;
    }

    public void markFailed(String error, Instant now) {
        attempts++;
        lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 1000));
        if (attempts > RETRY_DELAYS.size()) {
            status = Status.FAILED;
        } else {
            nextAttemptAt = now.plus(RETRY_DELAYS.get(attempts - 1));
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public Language getLanguage() {
        return Language.fromTag(language).orElse(Language.DEFAULT);
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public boolean hasAttachment() {
        return attachmentName != null;
    }

    public String getAttachmentName() {
        return attachmentName;
    }

    public String getAttachmentType() {
        return attachmentType;
    }

    public String getAttachmentText() {
        return attachmentText;
    }
}
