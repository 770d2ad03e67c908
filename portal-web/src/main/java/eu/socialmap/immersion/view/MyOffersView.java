package eu.socialmap.immersion.view;

import eu.socialmap.directory.boundary.Organisations;
import eu.socialmap.immersion.boundary.ImmersionOffers;
import eu.socialmap.immersion.entity.ImmersionOffer;
import eu.socialmap.immersion.entity.OfferPeriod;
import eu.socialmap.membership.boundary.Callers;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.view.ErrorPages;
import eu.socialmap.platform.view.Notices;
import eu.socialmap.platform.view.PageIds;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The immersion offers of the signed-in administrator's organisation ({@code /immersions/offers}; a coordinator
 * names the host with {@code ?host=}): each with its status and its periods' places taken and free, the way to edit,
 * publish or withdraw it, and to write a new one. The service decides who may see and change them.
 */
@Named
@ViewScoped
public class MyOffersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ImmersionOffers offers;

    @Inject
    Organisations organisations;

    @Inject
    Callers callers;

    @Inject
    Notices notices;

    private String host;
    private Long hostId;
    private String hostName = "";
    private List<Line> lines = List.of();

    /** An offer with its periods. */
    public record Line(ImmersionOffer offer, List<OfferPeriod> periods) implements Serializable {

        public int getFree() {
            return periods.stream().mapToInt(OfferPeriod::getFree).sum();
        }
    }

    public void load() throws IOException {
        boolean named = host != null && !host.isBlank();
        hostId = named ? Long.valueOf(PageIds.parse(host)) : callers.current().getOrganisationId();
        if (hostId == null) {
            notices.info("immersion.offers.noOrganisation");
            return;
        }
        try {
            lines = linesOf(offers.ofHost(hostId));
        } catch (BusinessException refusal) {
            if (named) {
                ErrorPages.send(refusal.kind() == BusinessException.Kind.FORBIDDEN ? 403 : 404);
            } else {
                // her own page: it says who writes offers rather than ending on "forbidden"
                notices.info("immersion.offers.notAdministrator");
            }
            hostId = null;
            return;
        }
        try {
            hostName = organisations.visible(hostId).getLegalName();
        } catch (BusinessException unknown) {
            hostId = null;
            lines = List.of();
            ErrorPages.send(404); // a coordinator's ?host= naming no organisation
        }
    }

    /** One query per offer for its periods: a host has a handful of offers (the service returns 200 at most). */
    private List<Line> linesOf(List<ImmersionOffer> found) {
        return found.stream().map(offer -> new Line(offer, offers.periods(offer.getId()))).toList();
    }

    public String publish(long offerId) {
        return act(offerId, offers::publish, "immersion.offers.published");
    }

    public String withdraw(long offerId) {
        return act(offerId, offers::withdraw, "immersion.offers.withdrawn");
    }

    private String act(long offerId, LongFunction<ImmersionOffer> action, String doneKey) {
        try {
            action.apply(offerId);
            notices.info(doneKey);
            notices.keepAcrossRedirect();
            return "/immersions/offers?faces-redirect=true&host=" + hostId;
        } catch (BusinessException refusal) {
            notices.error(refusal);
            return null;
        }
    }

    public String getHost() { return host; }
    public void setHost(String host) { this.host = host; }
    public Long getHostId() { return hostId; }
    public String getHostName() { return hostName; }
    public List<Line> getLines() { return lines; }
}
