package eu.socialmap.immersion.entity;

import eu.socialmap.membership.entity.Account;
import eu.socialmap.platform.entity.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * One professional's immersion at a host, from the request to the report. The steps follow the paper procedure it
 * replaces: her employer agrees ({@link #approve}), the host accepts, declines or proposes other dates, both
 * organisations' administrators sign the agreement ({@link Status#AGREED}), and after the last day she reports and
 * the host gives feedback. From the request until it is refused, declined or cancelled the booking holds one place of
 * its period ({@link #holdsAPlace()}).
 */
@Entity
@Table(name = "immersion_booking")
@NamedQuery(name = ImmersionBooking.OF_VISITOR, query = "SELECT b FROM ImmersionBooking b WHERE b.visitorId = :account ORDER BY b.firstDay DESC, b.id DESC")
@NamedQuery(name = ImmersionBooking.OF_ORGANISATION, query = "SELECT b FROM ImmersionBooking b WHERE b.visitorOrganisationId = :organisation OR b.hostId = :organisation ORDER BY b.firstDay DESC, b.id DESC")
@NamedQuery(name = ImmersionBooking.UNCONCLUDED_SINCE, query = "SELECT b.id FROM ImmersionBooking b WHERE b.status IN :waiting "
        + "AND b.firstDay <= :today ORDER BY b.id")
@NamedQuery(name = ImmersionBooking.ACTIVE_OF_VISITOR_ON_OFFER, query = "SELECT COUNT(b) FROM ImmersionBooking b WHERE b.visitorId = :account AND b.offerId = :offer "
        + "AND b.status IN :holding")
public class ImmersionBooking implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_VISITOR = "ImmersionBooking.ofVisitor";
    public static final String OF_ORGANISATION = "ImmersionBooking.ofOrganisation";
    public static final String ACTIVE_OF_VISITOR_ON_OFFER = "ImmersionBooking.activeOfVisitorOnOffer";
    public static final String UNCONCLUDED_SINCE = "ImmersionBooking.unconcludedSince";

    public enum Status {
        /** Waits for her employer's agreement. */
        REQUESTED,
        /** Her employer agreed; waits for the host. */
        APPROVED,
        /** The host proposed other dates; waits for the visitor. */
        PROPOSED,
        /** The host accepted; waits for both signatures. */
        ACCEPTED,
        /** Both organisations signed the agreement. */
        AGREED,
        /** Her employer said no. */
        REFUSED,
        /** The host said no. */
        DECLINED,
        CANCELLED;

        /** The statuses in which the booking holds a place of its period. */
        public static final Set<Status> HOLDING_A_PLACE = EnumSet.of(REQUESTED, APPROVED, PROPOSED, ACCEPTED, AGREED);
        /** Waiting for someone's step: ends by itself when its first day comes. */
        public static final Set<Status> UNCONCLUDED = EnumSet.of(REQUESTED, APPROVED, PROPOSED, ACCEPTED);
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "offer_id")
    private long offerId;
    @Column(name = "period_id")
    private long periodId;
    @Column(name = "host_id")
    private long hostId;
    @Column(name = "visitor_id")
    private Long visitorId;
    @Column(name = "visitor_name")
    private String visitorName;
    @Column(name = "visitor_org_id")
    private long visitorOrganisationId;
    @Column(name = "first_day")
    private LocalDate firstDay;
    @Column(name = "last_day")
    private LocalDate lastDay;
    @Column(name = "working_days")
    private int workingDays;
    @Column(name = "motivation")
    private String motivation;
    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private Status status;
    @Enumerated(EnumType.STRING)
    @Column(name = "direction")
    private Direction direction;
    @Column(name = "theme_term_id")
    private Long themeTermId;
    @Column(name = "proposed_first_day")
    private LocalDate proposedFirstDay;
    @Column(name = "proposed_last_day")
    private LocalDate proposedLastDay;
    @Column(name = "proposed_period_id")
    private Long proposedPeriodId;
    @Column(name = "reason")
    private String reason;
    @Column(name = "employer_decided_by")
    private Long employerDecidedBy;
    @Column(name = "employer_decided_at")
    private Instant employerDecidedAt;
    @Column(name = "host_decided_by")
    private Long hostDecidedBy;
    @Column(name = "host_decided_at")
    private Instant hostDecidedAt;
    @Column(name = "cancelled_by")
    private Long cancelledBy;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;
    @Column(name = "clauses_version")
    private Integer clausesVersion;
    @Column(name = "sender_signed_by")
    private Long senderSignedBy;
    @Column(name = "sender_signer_name")
    private String senderSignerName;
    @Column(name = "sender_signed_at")
    private Instant senderSignedAt;
    @Column(name = "host_signed_by")
    private Long hostSignedBy;
    @Column(name = "host_signer_name")
    private String hostSignerName;
    @Column(name = "host_signed_at")
    private Instant hostSignedAt;
    @Column(name = "report_learnt")
    private String reportLearnt;
    @Column(name = "report_practice")
    private String reportPractice;
    @Column(name = "report_recommends")
    private Boolean reportRecommends;
    @Column(name = "reported_at")
    private Instant reportedAt;
    @Column(name = "host_feedback")
    private String hostFeedback;
    @Column(name = "host_feedback_by")
    private Long hostFeedbackBy;
    @Column(name = "host_feedback_at")
    private Instant hostFeedbackAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    @Column(name = "version")
    private long version;

    protected ImmersionBooking() {
        // for JPA
    }

    /** A professional's request; the caller has taken a place of {@code period} for it. */
    public ImmersionBooking(ImmersionOffer offer, OfferPeriod period, Account visitor, Direction direction,
                            LocalDate first, LocalDate last, String motivation, Instant now) {
        this.offerId = offer.getId();
        this.periodId = period.getId();
        this.hostId = offer.getHostId();
        this.themeTermId = offer.getThemeTermId();
        this.visitorId = visitor.getId();
        this.visitorName = visitor.getDisplayName();
        this.visitorOrganisationId = visitor.getOrganisationId();
        this.direction = direction;
        this.firstDay = first;
        this.lastDay = last;
        this.workingDays = workingDays(first, last);
        this.motivation = motivation;
        this.status = Status.REQUESTED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Monday to Friday from {@code first} to {@code last}, both included: an immersion's length. */
    public static int workingDays(LocalDate first, LocalDate last) {
        int days = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days++;
            }
        }
        return days;
    }

    /** Her employer (an administrator of her organisation) agrees. */
    public void approve(Account employer, Instant now) {
        require(Status.REQUESTED);
        status = Status.APPROVED;
        employerDecidedBy = employer.getId();
        employerDecidedAt = now;
        updatedAt = now;
    }

    /** Her employer says no; the place is given back by the caller. */
    public void refuse(Account employer, String why, Instant now) {
        require(Status.REQUESTED);
        status = Status.REFUSED;
        reason = why;
        employerDecidedBy = employer.getId();
        employerDecidedAt = now;
        updatedAt = now;
    }

    /** The host accepts; the agreement is made under the clauses in force now. */
    public void accept(Account host, int clauses, Instant now) {
        require(Status.APPROVED);
        status = Status.ACCEPTED;
        clausesVersion = clauses;
        hostDecidedBy = host.getId();
        hostDecidedAt = now;
        updatedAt = now;
    }

    public void decline(Account host, String why, Instant now) {
        require(Status.APPROVED);
        status = Status.DECLINED;
        reason = why;
        hostDecidedBy = host.getId();
        hostDecidedAt = now;
        updatedAt = now;
    }

    /** The host proposes other dates (already checked against the offer's periods). */
    public void propose(Account host, OfferPeriod period, LocalDate first, LocalDate last, String note, Instant now) {
        require(Status.APPROVED);
        status = Status.PROPOSED;
        proposedPeriodId = period.getId();
        proposedFirstDay = first;
        proposedLastDay = last;
        reason = note;
        hostDecidedBy = host.getId();
        hostDecidedAt = now;
        updatedAt = now;
    }

    /**
     * The visitor takes the proposed dates: the host's proposal was its acceptance. The caller has moved the place to
     * the proposed period when it differs.
     */
    public void takeProposal(int clauses, Instant now) {
        require(Status.PROPOSED);
        status = Status.ACCEPTED;
        periodId = proposedPeriodId;
        firstDay = proposedFirstDay;
        lastDay = proposedLastDay;
        workingDays = workingDays(firstDay, lastDay);
        clausesVersion = clauses;
        proposedPeriodId = null;
        proposedFirstDay = null;
        proposedLastDay = null;
        updatedAt = now;
    }

    /** Either side calls it off, before the first day; the caller gives the place back. */
    public void cancel(Account by, String why, LocalDate today, Instant now) {
        if (!holdsAPlace()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "immersion.booking.closed");
        }
        if (!today.isBefore(firstDay)) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "immersion.cancel.started");
        }
        status = Status.CANCELLED;
        reason = why;
        cancelledBy = by == null ? null : by.getId();
        cancelledAt = now;
        updatedAt = now;
    }

    /**
     * Its first day has come and it was never concluded (a step was left unanswered): it ends by itself, and the
     * caller gives the place back. Whether it applies is decided here, under the row's lock.
     */
    public boolean expire(LocalDate today, Instant now) {
        if (!holdsAPlace() || status == Status.AGREED || today.isBefore(firstDay)) {
            return false;
        }
        status = Status.CANCELLED;
        reason = null;
        cancelledBy = null;
        cancelledAt = now;
        updatedAt = now;
        return true;
    }

    /** An administrator of the visitor's organisation signs the agreement on its behalf. */
    public void signForSender(Account administrator, Instant now) {
        require(Status.ACCEPTED);
        if (senderSignedAt == null) {
            senderSignedBy = administrator.getId();
            senderSignerName = administrator.getDisplayName();
            senderSignedAt = now;
            concludeIfBothSigned(now);
        }
    }

    /** An administrator of the host organisation signs the agreement on its behalf. */
    public void signForHost(Account administrator, Instant now) {
        require(Status.ACCEPTED);
        if (hostSignedAt == null) {
            hostSignedBy = administrator.getId();
            hostSignerName = administrator.getDisplayName();
            hostSignedAt = now;
            concludeIfBothSigned(now);
        }
    }

    private void concludeIfBothSigned(Instant now) {
        if (senderSignedAt != null && hostSignedAt != null) {
            status = Status.AGREED;
        }
        updatedAt = now;
    }

    /** The visitor's report, from her last day on; written again, it replaces the first. */
    public void report(String learnt, String practice, boolean recommends, LocalDate today, Instant now) {
        requireDone(today);
        reportLearnt = learnt;
        reportPractice = practice;
        reportRecommends = recommends;
        reportedAt = now;
        updatedAt = now;
    }

    /** The host's feedback, from the visitor's last day on. */
    public void giveFeedback(Account host, String feedback, LocalDate today, Instant now) {
        requireDone(today);
        hostFeedback = feedback;
        hostFeedbackBy = host.getId();
        hostFeedbackAt = now;
        updatedAt = now;
    }

    /** Her account was deleted: the booking stays for the figures, without her name or her words. */
    public void forgetVisitor() {
        visitorId = null;
        visitorName = null;
        motivation = null;
    }

    private void requireDone(LocalDate today) {
        if (status != Status.AGREED) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "immersion.report.notAgreed");
        }
        if (today.isBefore(lastDay)) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "immersion.report.tooEarly", lastDay);
        }
    }

    private void require(Status expected) {
        if (status != expected) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "immersion.booking.changedMeanwhile");
        }
    }

    public boolean holdsAPlace() {
        return Status.HOLDING_A_PLACE.contains(status);
    }

    /** Agreed and its last day has come: it counts in the figures, and the report may be written. */
    public boolean isDone(LocalDate today) {
        return status == Status.AGREED && !today.isBefore(lastDay);
    }

    public boolean isSignedBySender() { return senderSignedAt != null; }
    public boolean isSignedByHost() { return hostSignedAt != null; }
    public boolean isReported() { return reportedAt != null; }

    public Long getId() { return id; }
    public long getOfferId() { return offerId; }
    public long getPeriodId() { return periodId; }
    public long getHostId() { return hostId; }
    public Long getVisitorId() { return visitorId; }
    public String getVisitorName() { return visitorName == null ? "" : visitorName; }
    public long getVisitorOrganisationId() { return visitorOrganisationId; }
    public LocalDate getFirstDay() { return firstDay; }
    public LocalDate getLastDay() { return lastDay; }
    public int getWorkingDays() { return workingDays; }
    public String getMotivation() { return motivation == null ? "" : motivation; }
    public Status getStatus() { return status; }
    public Direction getDirection() { return direction; }
    public Long getThemeTermId() { return themeTermId; }
    public LocalDate getProposedFirstDay() { return proposedFirstDay; }
    public LocalDate getProposedLastDay() { return proposedLastDay; }
    public Long getProposedPeriodId() { return proposedPeriodId; }
    public String getReason() { return reason == null ? "" : reason; }
    public Long getEmployerDecidedBy() { return employerDecidedBy; }
    public Instant getEmployerDecidedAt() { return employerDecidedAt; }
    public Long getHostDecidedBy() { return hostDecidedBy; }
    public Instant getHostDecidedAt() { return hostDecidedAt; }
    public Long getCancelledBy() { return cancelledBy; }
    public Instant getCancelledAt() { return cancelledAt; }
    public Integer getClausesVersion() { return clausesVersion; }
    public Long getSenderSignedBy() { return senderSignedBy; }
    public String getSenderSignerName() { return senderSignerName; }
    public Instant getSenderSignedAt() { return senderSignedAt; }
    public Long getHostSignedBy() { return hostSignedBy; }
    public String getHostSignerName() { return hostSignerName; }
    public Instant getHostSignedAt() { return hostSignedAt; }
    public String getReportLearnt() { return reportLearnt == null ? "" : reportLearnt; }
    public String getReportPractice() { return reportPractice == null ? "" : reportPractice; }
    public Boolean getReportRecommends() { return reportRecommends; }
    public Instant getReportedAt() { return reportedAt; }
    public String getHostFeedback() { return hostFeedback == null ? "" : hostFeedback; }
    public Long getHostFeedbackBy() { return hostFeedbackBy; }
    public Instant getHostFeedbackAt() { return hostFeedbackAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
