package eu.socialmap.directory.view;

import eu.socialmap.platform.view.ErrorPages;
import eu.socialmap.directory.boundary.ServiceCatalogue;
import eu.socialmap.directory.entity.EnterpriseNumber;
import eu.socialmap.directory.entity.Location;
import eu.socialmap.directory.entity.Service;
import eu.socialmap.membership.boundary.Callers;
import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.view.Notices;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * The services and places of the signed-in person's organisation ({@code /organisation/services}): its
 * administrators add places, open each service's form, and withdraw a service from the map.
 */
@Named
@ViewScoped
public class OrganisationServicesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    Callers callers;

    @Inject
    Notices notices;

    private long organisationId;
    private boolean editable;
    private List<Service> services;
    private List<Location> places;
    private final PlaceForm place = new PlaceForm();

    public void load() throws IOException {
        Long own = callers.current().getOrganisationId();
        if (own == null) {
            ErrorPages.send(403);
            return;
        }
        organisationId = own;
        editable = catalogue.mayEdit(organisationId);
        refresh();
    }

    private void refresh() {
        services = catalogue.servicesOf(organisationId);
        places = catalogue.locationsOf(organisationId);
    }

    public void addPlace() {
        try {
            catalogue.addLocation(organisationId, place.getName(), place.getStreet(), place.getPostcode(), place.getCommune(),
                    InputCheck.named(EnterpriseNumber.Country.class, place.getCountry()), place.isWheelchair(),
                    place.isHearingLoop());
            notices.info("directory.location.added");
            place.clear();
            refresh();
        } catch (BusinessException refusal) {
            notices.error(refusal, "place");
        }
    }

    public void withdraw(long serviceId) {
        try {
            catalogue.withdraw(serviceId);
            notices.info("directory.service.withdrawn");
            refresh();
        } catch (BusinessException refusal) {
            notices.error(refusal);
        }
    }

    public boolean isEditable() { return editable; }
    public List<Service> getServices() { return services; }
    public List<Location> getPlaces() { return places; }
    public PlaceForm getPlace() { return place; }
    public EnterpriseNumber.Country[] getCountries() { return EnterpriseNumber.Country.values(); }
}
