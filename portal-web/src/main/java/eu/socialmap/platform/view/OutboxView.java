package eu.socialmap.platform.view;

import eu.socialmap.platform.boundary.Outbox;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;


/** Administration > Outbox: the mails of the portal, and a test mail to check the SMTP settings. */
@Named
@RequestScoped
public class OutboxView {

    @Inject
    Outbox outbox;

    @Inject
    LanguageSelection language;

    @Inject
    Notices notices;

    private int page = 1;
    private Outbox.Page result;

    /** Checked by the form (required, e-mail shape, length), with translated messages. */
    private String testRecipient;

    public void load() {
        result = outbox.list(page);
    }

    public String sendTest() {
        outbox.sendTest(testRecipient, language.getLanguage());
        notices.info("platform.outbox.testQueued");
        notices.keepAcrossRedirect();
        return "/admin/outbox?faces-redirect=true";
    }


    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public Outbox.Page getResult() {
        return result;
    }

    public String getTestRecipient() {
        return testRecipient;
    }

    public void setTestRecipient(String testRecipient) {
        this.testRecipient = testRecipient;
    }
}
