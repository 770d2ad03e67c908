package eu.socialmap.event.view;

import eu.socialmap.event.boundary.EventRegistrations;
import eu.socialmap.event.entity.Registration;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.view.Notices;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Function;

/**
 * A registration by its personal link ({@code /events/registration?token=}), for anyone, with or without an account:
 * confirm the address, take a seat offered from the waiting list, cancel, download the ticket and, after the event,
 * the certificate and the survey. Acting takes a button, never the mere opening of the link: mail scanners open links.
 */
@Named
@ViewScoped
public class PersonalRegistrationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EventRegistrations registrations;

    @Inject
    Notices notices;

    private String token;
    private EventRegistrations.Personal personal;
    private boolean unknown;

    public void load() {
        try {
            personal = registrations.byToken(token);
        } catch (BusinessException refusal) {
            unknown = true;
            notices.error(refusal);
        }
    }

    public String confirmEmail() {
        return act(registrations::confirmEmail, "event.personal.emailConfirmed");
    }

    public String acceptOffer() {
        return act(registrations::acceptOffer, "event.personal.offerAccepted");
    }

    public String cancel() {
        return act(registrations::cancel, "event.personal.cancelled");
    }

    private String act(Function<String, EventRegistrations.Personal> action, String doneKey) {
        try {
            personal = action.apply(token);
            notices.info(doneKey);
            notices.keepAcrossRedirect();
            return "/events/registration?faces-redirect=true&token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        } catch (BusinessException refusal) {
            notices.error(refusal);
            load();
            return null;
        }
    }

    private Registration registration() {
        return personal.registration();
    }

    /** Someone without an account who has not yet confirmed her address. */
    public boolean isAwaitingConfirmation() {
        return registration().getAccountId() == null && !registration().isEmailConfirmed()
                && registration().getStatus().isActive();
    }

    public boolean isTicketReady() {
        return registration().getStatus() == Registration.Status.CONFIRMED && !isAwaitingConfirmation();
    }

    public boolean isEnded() {
        return personal.event().hasEnded(Instant.now());
    }

    public boolean isMayCancel() {
        return registration().getStatus().isActive() && !isEnded();
    }

    public boolean isSurveyOpen() {
        return isEnded() && registration().getStatus() == Registration.Status.CONFIRMED;
    }

    public String getEncodedToken() {
        return URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public EventRegistrations.Personal getPersonal() { return personal; }
    public boolean isUnknown() { return unknown; }
}
