package eu.socialmap.immersion.view;

import eu.socialmap.immersion.boundary.ImmersionBookings;
import eu.socialmap.immersion.boundary.ImmersionOffers;
import eu.socialmap.immersion.boundary.OfferSearch;
import eu.socialmap.immersion.control.Crossing;
import eu.socialmap.immersion.entity.ImmersionBooking;
import eu.socialmap.immersion.entity.ImmersionOffer;
import eu.socialmap.immersion.entity.OfferPeriod;
import eu.socialmap.membership.boundary.Callers;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.view.ErrorPages;
import eu.socialmap.platform.view.LanguageSelection;
import eu.socialmap.platform.view.Notices;
import eu.socialmap.platform.view.PageIds;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * An immersion offer's page ({@code /immersions/offer?id=}): everything about it, the way from the reader's
 * organisation, and the request form for a professional of another member organisation (first and last day, a
 * motivation). A refusal shows each reason next to its field and keeps what she typed; a request made leads to
 * its own page. Whoever may not request is told why.
 */
@Named
@ViewScoped
public class OfferPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ImmersionOffers offers;

    @Inject
    ImmersionBookings bookings;

    @Inject
    OfferSearch search;

    @Inject
    Callers callers;

    @Inject
    Notices notices;

    @Inject
    LanguageSelection language;

    private String id;
    private long offerId;
    private ImmersionOffers.OfferView view;
    private Crossing crossing;
    private String originName;
    private boolean signedIn;
    private String whyNot;

    // the request form, kept as typed across a refusal
    private String firstDay;
    private String lastDay;
    private String motivation;

    public void load() throws IOException {
        offerId = PageIds.parse(id);
        try {
            view = offers.view(offerId);
        } catch (BusinessException notFound) {
            ErrorPages.send(404);
            return;
        }
        Optional<Account> caller = callers.signedIn();
        signedIn = caller.isPresent();
        if (signedIn && view.place() != null) {
            crossing = search.crossingTo(view.place());
            originName = search.origin().map(origin -> origin.organisation().getShortName()).orElse(null);
        }
        whyNot = caller.filter(account -> view.offer().isPublished() && !view.mayRequest())
                .map(account -> reasonNotToRequest(account, view.offer())).orElse(null);
    }

    /** Why a signed-in person may not request this offer, as a message key. */
    private static String reasonNotToRequest(Account account, ImmersionOffer offer) {
        if (account.getOrganisationId() == null) {
            return "immersion.offer.page.noOrganisation";
        }
        if (account.worksFor(offer.getHostId())) {
            return "immersion.offer.page.ownOffer";
        }
        return "immersion.request.notMember";
    }

    public String request() {
        LocalDate first = date("firstDay", firstDay);
        LocalDate last = date("lastDay", lastDay);
        if (first == null && isTyped(firstDay) || last == null && isTyped(lastDay)) {
            notices.error("problem.validation.title");
            return null;
        }
        try {
            ImmersionBooking booking = bookings.request(offerId, first, last, motivation);
            notices.info("immersion.offer.page.requested");
            notices.keepAcrossRedirect();
            return "/immersions/booking?faces-redirect=true&id=" + booking.getId();
        } catch (BusinessException refusal) {
            notices.error(refusal, "request");
            return null;
        } catch (EJBAccessException notAMember) {
            notices.error("immersion.request.notMember");
            return null;
        }
    }

    private static boolean isTyped(String value) {
        return value != null && !value.isBlank();
    }

    /** The day typed in a date field; null when empty (the service says it is required), or an error next to it. */
    private LocalDate date(String field, String typed) {
        if (!isTyped(typed)) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException notADate) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage("request:" + field, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.get(language.getLanguage(), "immersion.offer.page.notADate",
                            List.of()), null));
            return null;
        }
    }

    /** The periods not yet over, for the list and the form's hint. */
    public List<OfferPeriod> getOpenPeriods() {
        LocalDate today = LocalDate.now(Messages.NETWORK_ZONE);
        return view.periods().stream().filter(period -> !period.getLastDay().isBefore(today)).toList();
    }

    /** Tomorrow, the earliest first day (the browser's date picker starts there). */
    public String getEarliest() {
        return LocalDate.now(Messages.NETWORK_ZONE).plusDays(1).toString();
    }

    /** The sign-in page, coming back here. */
    public String getSignInAddress() {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return context + "/login?next=" + URLEncoder.encode(context + "/immersions/offer?id=" + offerId, StandardCharsets.UTF_8);
    }

    public ImmersionOffers.OfferView getView() { return view; }
    public ImmersionOffer getOffer() { return view.offer(); }
    public Crossing getCrossing() { return crossing; }
    public String getOriginName() { return originName; }
    public boolean isSignedIn() { return signedIn; }
    public String getWhyNot() { return whyNot; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getFirstDay() { return firstDay; }
    public void setFirstDay(String firstDay) { this.firstDay = firstDay; }
    public String getLastDay() { return lastDay; }
    public void setLastDay(String lastDay) { this.lastDay = lastDay; }
    public String getMotivation() { return motivation; }
    public void setMotivation(String motivation) { this.motivation = motivation; }
}
