package eu.socialmap.event.view;

import eu.socialmap.event.boundary.EventFeedbacks;
import eu.socialmap.event.entity.EventFeedback;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.view.Notices;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The short survey after an event ({@code /events/feedback?token=}), reached by the personal link of the mail sent
 * when the event has ended: three scores, would you come again, a comment. Answered, it thanks her; she may change
 * her answers by the same link. A link that is unknown, replaced or not (yet) valid says why, in plain words.
 */
@Named
@ViewScoped
public class EventFeedbackView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EventFeedbacks feedbacks;

    @Inject
    Notices notices;

    private String token;
    private String thanks;
    private EventFeedbacks.Survey survey;
    /** Why the survey cannot be answered by this link (a message key), or null. */
    private String refusal;
    private String overall;
    private String content;
    private String organisation;
    private String wouldReturn;
    private String comment;

    public void load() {
        try {
            survey = feedbacks.form(token);
        } catch (BusinessException refused) {
            refusal = refused.messageKey();
            return;
        }
        EventFeedbacks.Answers previous = survey.previous();
        if (previous != null) {
            overall = String.valueOf(previous.overall());
            content = String.valueOf(previous.content());
            organisation = String.valueOf(previous.organisation());
            wouldReturn = String.valueOf(previous.wouldReturn());
            comment = previous.comment();
        }
    }

    public String submit() {
        EventFeedbacks.Answers answers = new EventFeedbacks.Answers(score(overall), score(content), score(organisation),
                wouldReturn == null || wouldReturn.isBlank() ? null : Boolean.valueOf(wouldReturn), comment);
        return notices.afterAction(() -> feedbacks.submit(token, answers), "event.feedback.done", "survey",
                "/events/feedback?faces-redirect=true&thanks=true&token=" + URLEncoder.encode(token == null ? "" : token,
                        StandardCharsets.UTF_8));
    }

    /** A radio's value: anything but a number is no answer (the service says it is missing). */
    private static Integer score(String value) {
        return value != null && value.matches("[1-9]") ? Integer.valueOf(value) : null;
    }

    public List<Integer> getScores() {
        return IntStream.rangeClosed(EventFeedback.MIN_SCORE, EventFeedback.MAX_SCORE).boxed().toList();
    }

    public int getMaxComment() {
        return EventFeedback.MAX_COMMENT;
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public boolean isThanked() { return "true".equals(thanks); }
    public String getThanks() { return thanks; }
    public void setThanks(String thanks) { this.thanks = thanks; }
    public EventFeedbacks.Survey getSurvey() { return survey; }
    public String getRefusal() { return refusal; }
    public String getOverall() { return overall; }
    public void setOverall(String overall) { this.overall = overall; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public String getWouldReturn() { return wouldReturn; }
    public void setWouldReturn(String wouldReturn) { this.wouldReturn = wouldReturn; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
