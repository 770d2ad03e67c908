package eu.socialmap.directory.view;

import eu.socialmap.platform.view.ErrorPages;
import eu.socialmap.directory.boundary.Organisations;
import eu.socialmap.directory.entity.MembershipStatus;
import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.membership.boundary.Charter;
import eu.socialmap.platform.entity.BusinessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;

/** An organisation's public page ({@code /organisations/view?id=…}); one under review shows only to its people. */
@Named
@RequestScoped
public class OrganisationPageView {

    @Inject
    Organisations organisations;

    @Inject
    Charter charter;

    @Inject
    eu.socialmap.directory.boundary.ServiceCatalogue catalogue;

    private java.util.List<eu.socialmap.directory.entity.Service> services = java.util.List.of();

    private String id;
    private long numericId;
    private Organisation organisation;
    private MembershipStatus membership;
    private boolean editable;

    public void load() throws IOException {
        try {
            organisation = organisations.visible(numericId);
            membership = charter.statusOf(organisation);
            editable = organisations.mayEdit(organisation.getId());
            services = catalogue.servicesOf(organisation.getId());
        } catch (BusinessException notVisible) {
            ErrorPages.send(404);
        }
    }

    public String getId() { return id; }
    public void setId(String id) {
        this.id = id;
        this.numericId = eu.socialmap.platform.view.PageIds.parse(id);
    }
    public Organisation getOrganisation() { return organisation; }
    public MembershipStatus getMembership() { return membership; }
    public boolean isEditable() { return editable; }
    public java.util.List<eu.socialmap.directory.entity.Service> getServices() { return services; }
}
