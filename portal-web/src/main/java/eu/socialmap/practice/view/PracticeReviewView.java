package eu.socialmap.practice.view;

import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.view.LanguageSelection;
import eu.socialmap.platform.view.Notices;
import eu.socialmap.practice.boundary.Practices;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The coordinator's review of practice sheets ({@code /coordination/practices}): the submitted sheets, oldest first,
 * 20 a page; each opened on its page, published, or returned to its authors with a comment (required).
 */
@Named
@ViewScoped
public class PracticeReviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Practices practices;

    @Inject
    LanguageSelection language;

    @Inject
    Notices notices;

    private String page;
    private Practices.QueuePage queue;
    private final Map<Long, String> comments = new HashMap<>();

    public void load() {
        int number = 1;
        try {
            number = page == null ? 1 : Integer.parseInt(page);
        } catch (NumberFormatException ignored) {
            // the first page
        }
        queue = practices.queue(number, language.getLanguage());
    }

    public String publish(long sheetId) {
        return notices.afterAction(() -> practices.publish(sheetId), "practice.review.published", "review-" + sheetId,
                "/coordination/practices?faces-redirect=true");
    }

    public String returnToAuthors(long sheetId) {
        try {
            practices.returnToAuthors(sheetId, comments.get(sheetId));
            notices.info("practice.review.returned");
            notices.keepAcrossRedirect();
            return "/coordination/practices?faces-redirect=true";
        } catch (BusinessException refusal) {
            notices.error(refusal);
            return null;
        }
    }

    public Practices.QueuePage getQueue() { return queue; }
    public Map<Long, String> getComments() { return comments; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
}
