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
 * A member's question to a sheet's authors, or her organisation's "we want to try this" (at most one per
 * organisation and sheet: a unique key of {@code practice_interest} holds it).
 */
@Entity
@Table(name = "practice_interest")
@NamedQuery(name = PracticeInterest.TAKE_UPS, query = "SELECT i.organisationId FROM PracticeInterest i WHERE i.sheetId = :sheet AND i.kind = eu.socialmap.practice.entity.PracticeInterest.Kind.TRY ORDER BY i.createdAt, i.id")
@NamedQuery(name = PracticeInterest.OF_ACCOUNT, query = "SELECT i FROM PracticeInterest i WHERE i.accountId = :account")
public class PracticeInterest implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String TAKE_UPS = "PracticeInterest.takeUps";
    public static final String OF_ACCOUNT = "PracticeInterest.ofAccount";
    public static final int MAX_MESSAGE = 4_000;

    public enum Kind { QUESTION, TRY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "sheet_id")
    private long sheetId;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    private Kind kind;
    @Column(name = "organisation_id")
    private long organisationId;
    @Column(name = "account_id")
    private Long accountId;
    @Column(name = "message")
    private String message;
    @Column(name = "created_at")
    private Instant createdAt;

    protected PracticeInterest() {
        // for JPA
    }

    public PracticeInterest(long sheetId, Kind kind, long organisationId, Long accountId, String message,
                            Instant now) {
        this.sheetId = sheetId;
        this.kind = kind;
        this.organisationId = organisationId;
        this.accountId = accountId;
        this.message = message == null || message.isBlank() ? null : message.strip();
        this.createdAt = now;
    }

    /** Her account is deleted: the organisation stays (the take-up counts), who she was and what she wrote go. */
    public void forgetPerson() {
        this.accountId = null;
        this.message = null;
    }

    public Long getId() { return id; }
    public long getSheetId() { return sheetId; }
    public Kind getKind() { return kind; }
    public long getOrganisationId() { return organisationId; }
    public Long getAccountId() { return accountId; }
    public String getMessage() { return message; }
    public Instant getCreatedAt() { return createdAt; }
}
