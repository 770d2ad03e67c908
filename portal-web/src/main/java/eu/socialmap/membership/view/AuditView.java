package eu.socialmap.membership.view;

import eu.socialmap.membership.boundary.AuditTrail;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The coordinator reads who changed what ({@code /coordination/audit?page=…}). */
@Named
@RequestScoped
public class AuditView {

    @Inject
    AuditTrail audit;

    private int page = 1;
    private AuditTrail.Page result;

    public void load() {
        result = audit.latest(page);
    }

    public int getPage() { return page; }
    public void setPage(int page) { this.page = page; }
    public AuditTrail.Page getResult() { return result; }
}
