package eu.socialmap.membership.view;

import eu.socialmap.membership.boundary.AccountDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;


/** The administration page: the accounts of the portal, fifty a page. */
@Named
@RequestScoped
public class AccountsAdminView {

    @Inject
    AccountDirectory directory;


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


    public AccountDirectory.Page getResult() {
        return result;
    }
}
