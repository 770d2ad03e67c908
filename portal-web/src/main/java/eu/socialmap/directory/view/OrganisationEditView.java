package eu.socialmap.directory.view;

import eu.socialmap.platform.view.ErrorPages;
import eu.socialmap.directory.boundary.Organisations;
import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.view.Notices;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;

/**
 * Edits an organisation's profile ({@code /organisations/edit?id=…}). The id is in the address, so the service
 * checks who may edit it: anyone else gets "access denied", whatever id they type.
 */
@Named
@ViewScoped
public class OrganisationEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Organisations organisations;

    @Inject
    Notices notices;

    private String id;
    private long numericId;
    private long version;
    private String name;
    private OrganisationForm form;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        if (numericId < 0 || !organisations.mayEdit(numericId)) {
            ErrorPages.send(403);
            return;
        }
        Organisation organisation = organisations.visible(numericId);
        version = organisation.getVersion();
        name = organisation.getLegalName();
        form = OrganisationForm.of(organisation);
    }

    public String save() {
        try {
            organisations.update(numericId, version, form.details());
            notices.info("directory.edit.saved");
            notices.keepAcrossRedirect();
            return "/organisations/view?faces-redirect=true&id=" + numericId;
        } catch (BusinessException refusal) {
            notices.error(refusal, "edit");
            return null;
        }
    }

    public String getId() { return id; }
    public void setId(String id) {
        this.id = id;
        this.numericId = eu.socialmap.platform.view.PageIds.parse(id);
    }
    public String getName() { return name; }
    public OrganisationForm getForm() { return form; }
}
