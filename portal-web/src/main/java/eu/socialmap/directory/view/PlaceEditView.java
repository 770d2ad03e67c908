package eu.socialmap.directory.view;

import eu.socialmap.platform.view.ErrorPages;
import eu.socialmap.directory.boundary.ServiceCatalogue;
import eu.socialmap.directory.entity.EnterpriseNumber;
import eu.socialmap.directory.entity.Location;
import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.view.Notices;
import eu.socialmap.platform.view.PageIds;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;

/**
 * Changes a place ({@code /organisation/place?id=…}): its address, its access, and its point on the map when the
 * postcode's centre is not good enough (typed by hand; empty goes back to the postcode's).
 */
@Named
@ViewScoped
public class PlaceEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    Notices notices;

    @Inject
    eu.socialmap.membership.boundary.Callers callers;

    private String id;
    private long placeId;
    private PlaceForm form;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        placeId = PageIds.parse(id);
        Location place = catalogue.locationsOf(ownOrganisation()).stream().filter(l -> l.getId() == placeId).findFirst()
                .orElse(null);
        if (place == null) {
            ErrorPages.send(404);
            return;
        }
        form = PlaceForm.of(place);
    }

    /** Places are looked up among the caller's own organisation's: another's id is simply not found. */
    private long ownOrganisation() {
        Long own = callers.current().getOrganisationId();
        return own == null ? -1 : own;
    }

    public String save() {
        try {
            catalogue.updateLocation(placeId, form.getName(), form.getStreet(), form.getPostcode(), form.getCommune(),
                    InputCheck.named(EnterpriseNumber.Country.class, form.getCountry()), form.isWheelchair(),
                    form.isHearingLoop(), form.getAccessNote(), form.getLatitude(), form.getLongitude());
            notices.info("directory.location.saved");
            notices.keepAcrossRedirect();
            return "/organisation/services?faces-redirect=true";
        } catch (BusinessException refusal) {
            notices.error(refusal, "place");
            return null;
        }
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public PlaceForm getForm() { return form; }
    public EnterpriseNumber.Country[] getCountries() { return EnterpriseNumber.Country.values(); }
}
