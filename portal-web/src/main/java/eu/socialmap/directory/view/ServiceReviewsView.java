package eu.socialmap.directory.view;

import eu.socialmap.directory.boundary.ServiceReviews;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.view.Notices;
import eu.socialmap.platform.view.PageIds;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The coordinators' list of services not updated for a year ({@code /coordination/reviews?page=…}). */
@Named
@RequestScoped
public class ServiceReviewsView {

    static final int PAGE_SIZE = 25;

    @Inject
    ServiceReviews reviews;

    @Inject
    Notices notices;

    private String page;
    private ServiceReviews.Page result;

    public void load() {
        result = reviews.due((int) Math.max(1, PageIds.parse(page)), PAGE_SIZE);
    }

    public void ask(long serviceId) {
        try {
            reviews.ask(serviceId);
            notices.info("directory.review.asked");
        } catch (BusinessException refusal) {
            notices.error(refusal);
        }
        load();
    }

    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
    public ServiceReviews.Page getResult() { return result; }
}
