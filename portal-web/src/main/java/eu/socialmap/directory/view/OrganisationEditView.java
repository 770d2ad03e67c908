package eu.socialmap.directory.view;

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

    private Long id;
    private long version;
    private String name;
    private OrganisationForm form;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        if (id == null || !organisations.mayEdit(id)) {
            faces.getExternalContext().responseSendError(403, null);
            faces.responseComplete();
            return;
        }
        Organisation organisation = organisations.visible(id);
        version = organisation.getVersion();
        name = organisation.getLegalName();
        form = OrganisationForm.of(organisation);
    }

    public String save() {
        try {
            organisations.update(id, version, form.details());
            notices.info("directory.edit.saved");
            notices.keepAcrossRedirect();
            return "/organisations/view?faces-redirect=true&id=" + id;
        } catch (BusinessException refusal) {
            notices.error(refusal, "edit");
            return null;
        }
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getName() { return name; }
    public OrganisationForm getForm() { return form; }
}
