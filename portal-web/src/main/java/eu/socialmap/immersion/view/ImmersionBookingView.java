package eu.socialmap.immersion.view;

import eu.socialmap.immersion.boundary.BookingContext;
import eu.socialmap.immersion.boundary.ImmersionBookings;
import eu.socialmap.immersion.boundary.ImmersionBookings.Party;
import eu.socialmap.immersion.entity.ImmersionBooking;
import eu.socialmap.immersion.entity.ImmersionBooking.Status;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.InvalidInput;
import eu.socialmap.platform.view.ErrorPages;
import eu.socialmap.platform.view.Notices;
import eu.socialmap.platform.view.PageIds;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One immersion ({@code /immersions/booking?id=}) for its parties and the coordinator: the facts, where it stands
 * and who did what when, and the steps this person may take now (the employer approves or refuses, the host
 * accepts, declines or proposes other dates, the visitor takes them, either side cancels, the administrators sign,
 * the visitor reports and the host gives feedback). The service decides; the page only offers what it would
 * accept. Refusing, declining and cancelling take a reason and a second click, without JavaScript.
 */
@Named
@ViewScoped
public class ImmersionBookingView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A step that undoes something, waiting for its reason and confirmation. */
    public enum Confirming { REFUSE, DECLINE, CANCEL }

    @Inject
    ImmersionBookings bookings;

    @Inject
    Notices notices;

    private String id;
    private long bookingId = -1;
    private ImmersionBookings.BookingView view;
    private ImmersionBookings.Names names;
    private LocalDate today;
    private Confirming confirming;
    private String reason;
    private String first;
    private String last;
    private String note;
    private String learnt;
    private String practice;
    private String recommends;
    private String feedback;

    public void load() throws IOException {
        bookingId = PageIds.parse(id);
        if (!read()) {
            ErrorPages.send(404);
            return;
        }
        ImmersionBooking booking = getBooking();
        learnt = booking.getReportLearnt();
        practice = booking.getReportPractice();
        recommends = booking.getReportRecommends() == null ? null : booking.getReportRecommends() ? "yes" : "no";
        feedback = booking.getHostFeedback();
    }

    private boolean read() {
        try {
            view = bookings.view(bookingId);
            names = bookings.namesOf(List.of(view.context().booking()));
            today = LocalDate.now(Messages.NETWORK_ZONE);
            return true;
        } catch (BusinessException notFound) {
            return false;
        }
    }

    public String approve() { return act(() -> bookings.approve(bookingId), "immersion.booking.done.approved", "employer"); }
    public String refuse() { return act(() -> bookings.refuse(bookingId, reason), "immersion.booking.done.refused", "refuse"); }
    public String accept() { return act(() -> bookings.accept(bookingId), "immersion.booking.done.accepted", "host"); }
    public String decline() { return act(() -> bookings.decline(bookingId, reason), "immersion.booking.done.declined", "decline"); }
    public String takeProposal() { return act(() -> bookings.takeProposal(bookingId), "immersion.booking.done.taken", "proposal"); }
    public String cancel() { return act(() -> bookings.cancel(bookingId, reason), "immersion.booking.done.cancelled", "cancel"); }
    public String sign() { return act(() -> bookings.sign(bookingId), "immersion.booking.done.signed", "sign"); }

    public String propose() {
        return act(() -> bookings.propose(bookingId, OfferForm.date(first), OfferForm.date(last), note),
                "immersion.booking.done.proposed", "propose");
    }

    public String report() {
        Boolean recommended = recommends == null || recommends.isBlank() ? null : "yes".equals(recommends);
        return act(() -> bookings.report(bookingId, learnt, practice, recommended), "immersion.booking.done.reported",
                "report");
    }

    public String giveFeedback() {
        return act(() -> bookings.feedback(bookingId, feedback), "immersion.booking.done.feedback", "feedback");
    }

    public void askToRefuse() { confirming = Confirming.REFUSE; }
    public void askToDecline() { confirming = Confirming.DECLINE; }
    public void askToCancel() { confirming = Confirming.CANCEL; }
    public void keep() { confirming = null; }

    /** Done: its message goes with the redirect. Invalid: the reasons by their fields. Refused: the page is read again. */
    private String act(Runnable action, String doneKey, String formId) {
        try {
            action.run();
            notices.info(doneKey);
            notices.keepAcrossRedirect();
            return "/immersions/booking?faces-redirect=true&id=" + bookingId;
        } catch (InvalidInput invalid) {
            notices.error(new InvalidInput(invalid.fieldErrors().stream().map(e -> new InvalidInput.FieldError(
                    switch (e.field()) {
                        case "firstDay" -> "first";
                        case "lastDay" -> "last";
                        default -> e.field();
                    }, e.messageKey(), e.arguments())).toList()), formId);
            return null;
        } catch (BusinessException refusal) {
            notices.error(refusal);
            confirming = null;
            read(); // it may have changed meanwhile: offer what is possible now
            return null;
        } catch (EJBAccessException roleTakenAway) {
            notices.error("immersion.booking.notYours"); // her roles changed since she signed in
            return null;
        }
    }

    private boolean is(Party party) {
        return view.is(party);
    }

    private Status status() {
        return getBooking().getStatus();
    }

    public ImmersionBooking getBooking() { return view.context().booking(); }
    public BookingContext getContext() { return view.context(); }
    public ImmersionBookings.BookingView getView() { return view; }

    public boolean isMayApprove() { return is(Party.SENDER_ADMIN) && status() == Status.REQUESTED; }
    public boolean isMayAnswer() { return is(Party.HOST) && status() == Status.APPROVED; }
    public boolean isMayTakeProposal() { return is(Party.VISITOR) && status() == Status.PROPOSED; }

    public boolean isMayCancel() {
        return (is(Party.VISITOR) || is(Party.SENDER_ADMIN) || is(Party.HOST)) && getBooking().holdsAPlace()
                && today.isBefore(getBooking().getFirstDay());
    }

    private boolean signsForSender() {
        return is(Party.SENDER_ADMIN) && !getBooking().isSignedBySender();
    }

    public boolean isMaySign() {
        return status() == Status.ACCEPTED && (signsForSender() || (is(Party.HOST_ADMIN) && !getBooking().isSignedByHost()));
    }

    /** The organisation on whose behalf she signs. */
    public String getSigningFor() {
        return signsForSender() ? getContext().sender().getLegalName() : getContext().host().getLegalName();
    }

    public boolean isMayReport() { return is(Party.VISITOR) && getBooking().isDone(today); }
    public boolean isMayGiveFeedback() { return is(Party.HOST) && getBooking().isDone(today); }
    public boolean isAgreementReady() { return status() == Status.ACCEPTED || status() == Status.AGREED; }
    public boolean isCalendarReady() { return status() == Status.AGREED; }
    public boolean isFeedbackGiven() { return getBooking().getHostFeedbackAt() != null; }

    /** The employer's step as the timeline tells it: "approved", "refused", or null while it waits. */
    public String getEmployerStep() {
        if (getBooking().getEmployerDecidedAt() == null) {
            return null;
        }
        return status() == Status.REFUSED ? "refused" : "approved";
    }

    /** The host's answer: "accepted", "declined", "proposed", or "answered" (dates proposed, then called off). */
    public String getHostStep() {
        ImmersionBooking booking = getBooking();
        if (booking.getHostDecidedAt() == null) {
            return null;
        }
        if (status() == Status.DECLINED || status() == Status.PROPOSED) {
            return status() == Status.DECLINED ? "declined" : "proposed";
        }
        return booking.getClausesVersion() != null ? "accepted" : "answered";
    }

    public String person(Long accountId) {
        return names.person(accountId);
    }

    public boolean isConfirmingRefuse() { return confirming == Confirming.REFUSE; }
    public boolean isConfirmingDecline() { return confirming == Confirming.DECLINE; }
    public boolean isConfirmingCancel() { return confirming == Confirming.CANCEL; }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public long getBookingId() { return bookingId; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getFirst() { return first; }
    public void setFirst(String first) { this.first = first; }
    public String getLast() { return last; }
    public void setLast(String last) { this.last = last; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getLearnt() { return learnt; }
    public void setLearnt(String learnt) { this.learnt = learnt; }
    public String getPractice() { return practice; }
    public void setPractice(String practice) { this.practice = practice; }
    public String getRecommends() { return recommends; }
    public void setRecommends(String recommends) { this.recommends = recommends; }
    public String getFeedback() { return feedback; }
    public void setFeedback(String feedback) { this.feedback = feedback; }
}
