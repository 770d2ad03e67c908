package eu.socialmap.platform.view;

import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.InvalidInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import java.util.List;

/** What a page tells the person after an action, in her language: success, or why the portal said no. */
@RequestScoped
public class Notices {

    @Inject
    FacesContext faces;

    @Inject
    LanguageSelection language;

    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, Messages.get(language.getLanguage(), key, List.of(arguments)));
    }

    public void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, Messages.get(language.getLanguage(), key, List.of(arguments)));
    }

    /** A refusal shown on top of the page; for invalid fields, each field's own message follows the summary. */
    public void error(BusinessException refusal) {
        add(FacesMessage.SEVERITY_ERROR, Messages.get(language.getLanguage(), refusal.messageKey(), refusal.arguments()));
        if (refusal instanceof InvalidInput invalid) {
            invalid.fieldErrors().forEach(field -> add(FacesMessage.SEVERITY_ERROR,
                    Messages.get(language.getLanguage(), field.messageKey(), field.arguments())));
        }
    }

    /**
     * A refusal: each field's message next to its field ({@code formId:field}), and one summary on top. Any other
     * business refusal is shown on top.
     */
    public void error(BusinessException refusal, String formId) {
        if (refusal instanceof InvalidInput invalid) {
            error("problem.validation.title");
            for (InvalidInput.FieldError field : invalid.fieldErrors()) {
                faces.addMessage(formId + ":" + field.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        Messages.get(language.getLanguage(), field.messageKey(), field.arguments()), null));
            }
        } else {
            error(refusal);
        }
    }

    /**
     * Runs a page's action: on success the done message travels to {@code outcome} (a redirect), on a refusal the
     * page stays as it is, with the reasons next to the fields of {@code formId}.
     */
    public String afterAction(Runnable action, String doneKey, String formId, String outcome) {
        try {
            action.run();
            info(doneKey);
            keepAcrossRedirect();
            return outcome;
        } catch (BusinessException refusal) {
            error(refusal, formId);
            return null;
        }
    }

    /** Keeps the messages of this request for the page a redirect leads to. */
    public void keepAcrossRedirect() {
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    private void add(FacesMessage.Severity severity, String text) {
        faces.addMessage(null, new FacesMessage(severity, text, null));
    }
}
