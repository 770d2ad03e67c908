package eu.socialmap.membership.view;

import eu.socialmap.membership.boundary.AccountDirectory;
import eu.socialmap.platform.view.LanguageSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The administration page: the accounts of the portal, fifty a page. */
@Named
@RequestScoped
public class AccountsAdminView {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Inject
    AccountDirectory directory;

    @Inject
    LanguageSelection language;

    private int page = 1;
    private AccountDirectory.Page result;

    /** f:viewAction: loads once, after the page parameter is read. */
    public void load() {
        result = directory.list(page);
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    /** A moment as people of the network read it: Brussels time, in their language's format. */
    public String formatted(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language.getLocale()).withZone(BRUSSELS).format(instant);
    }

    public AccountDirectory.Page getResult() {
        return result;
    }
}
