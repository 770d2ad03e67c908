package eu.socialmap.immersion.view;

import eu.socialmap.immersion.boundary.ImmersionBookings;
import eu.socialmap.immersion.entity.ImmersionBooking;
import eu.socialmap.membership.boundary.Callers;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.view.PageIds;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * "My immersions" ({@code /immersions/bookings}): the signed-in person's own requests and, for her organisation's
 * administrators and the contacts of its offers, its bookings as employer or host, 50 at a time, with what awaits
 * them first: to approve, to answer, to sign, reports and feedback due. Organisations' names come in one query.
 */
@Named
@RequestScoped
public class BookingsView {

    static final int PAGE_SIZE = 50;

    @Inject
    ImmersionBookings bookings;

    @Inject
    Callers callers;

    private String page;
    private int pageNumber = 1;
    private boolean hasNext;
    private List<ImmersionBooking> mine = List.of();
    private List<ImmersionBooking> organisation = List.of();
    private final List<ImmersionBooking> toApprove = new ArrayList<>();
    private final List<ImmersionBooking> toAnswer = new ArrayList<>();
    private final List<ImmersionBooking> toSign = new ArrayList<>();
    private final List<ImmersionBooking> afterwards = new ArrayList<>();
    private ImmersionBookings.Names names = new ImmersionBookings.Names(Map.of(), Map.of());
    private boolean administrator;

    public void load() {
        long typed = PageIds.parse(page);
        pageNumber = typed < 1 || typed > 10_000 ? 1 : (int) typed;
        Account me = callers.current();
        Long own = me.getOrganisationId();
        administrator = own != null && me.isAdministratorOf(own);
        mine = bookings.mine();
        List<ImmersionBooking> found = bookings.ofMyOrganisation((pageNumber - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        hasNext = found.size() > PAGE_SIZE;
        organisation = found.stream().limit(PAGE_SIZE).toList();
        LocalDate today = LocalDate.now(Messages.NETWORK_ZONE);
        for (ImmersionBooking booking : organisation) {
            sort(booking, me, own, today);
        }
        names = bookings.namesOf(Stream.concat(mine.stream(), organisation.stream()).distinct().toList());
    }

    /** What the booking waits for from this person's side, if anything. */
    private void sort(ImmersionBooking booking, Account me, Long own, LocalDate today) {
        boolean sender = own != null && own == booking.getVisitorOrganisationId();
        boolean host = own != null && own == booking.getHostId();
        switch (booking.getStatus()) {
            case REQUESTED -> {
                if (me.isAdministratorOf(booking.getVisitorOrganisationId())) {
                    toApprove.add(booking);
                }
            }
            case APPROVED -> {
                if (host) {
                    toAnswer.add(booking);
                }
            }
            case ACCEPTED -> {
                if (administrator && ((sender && !booking.isSignedBySender()) || (host && !booking.isSignedByHost()))) {
                    toSign.add(booking);
                }
            }
            case AGREED -> {
                if (booking.isDone(today) && ((host && booking.getHostFeedbackAt() == null)
                        || (sender && !booking.isReported()))) {
                    afterwards.add(booking);
                }
            }
            default -> {
                // nothing awaits anyone
            }
        }
    }

    public String organisationName(long id) {
        return names.organisation(id);
    }

    public boolean isAwaitingNothing() {
        return toApprove.isEmpty() && toAnswer.isEmpty() && toSign.isEmpty() && afterwards.isEmpty();
    }

    public boolean isOrganisationShown() {
        return administrator || !organisation.isEmpty() || pageNumber > 1;
    }

    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
    public int getPageNumber() { return pageNumber; }
    public boolean isHasNext() { return hasNext; }
    public boolean isAdministrator() { return administrator; }
    public List<ImmersionBooking> getMine() { return mine; }
    public List<ImmersionBooking> getOrganisation() { return organisation; }
    public List<ImmersionBooking> getToApprove() { return toApprove; }
    public List<ImmersionBooking> getToAnswer() { return toAnswer; }
    public List<ImmersionBooking> getToSign() { return toSign; }
    public List<ImmersionBooking> getAfterwards() { return afterwards; }
}
