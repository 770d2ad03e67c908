package eu.socialmap.directory.boundary;

import eu.socialmap.directory.control.SearchOutbox;
import eu.socialmap.directory.entity.EnterpriseNumber;
import eu.socialmap.directory.entity.Location;
import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.directory.entity.OrganisationDetails;
import eu.socialmap.directory.entity.ScheduleInput;
import eu.socialmap.directory.entity.Service;
import eu.socialmap.directory.entity.ServiceAccess;
import eu.socialmap.directory.entity.ServiceDetails;
import eu.socialmap.directory.entity.TaxonomyTerm;
import eu.socialmap.membership.boundary.AuditTrail;
import eu.socialmap.membership.boundary.Callers;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.platform.entity.BusinessException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An organisation describes its services and the places where it receives people; its administrators (and the
 * coordinators) write, everyone reads. Every change leaves a row in {@code search_outbox}, in the same
 * transaction, so each node's search index catches up — even after a crash between the commit and the indexing.
 */
@Stateless
@PermitAll
public class ServiceCatalogue {

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditTrail audit;

    @Inject
    PostcodeTable postcodeTable;

    Clock clock = Clock.systemUTC();

    public Location addLocation(long organisationId, String name, String street, String postcode, String commune,
                                EnterpriseNumber.Country country, boolean wheelchair, boolean hearingLoop) {
        Account editor = editorOf(organisationId);
        InputCheck input = new InputCheck();
        String place = input.text("name", name, 200, false);
        String streetChecked = input.text("street", street, 200, true);
        String postcodeChecked = OrganisationDetails.postcode(input, country, postcode);
        String communeChecked = input.text("commune", commune, 100, true);
        if (country == null) {
            input.refuse("country", "input.required");
        }
        input.throwIfAny();
        Instant now = clock.instant();
        Location location = new Location(organisationId, place.isEmpty() ? null : place, streetChecked, postcodeChecked,
                communeChecked, country, now);
        postcodeTable.postcodes().locate(country, postcodeChecked, communeChecked)
                .ifPresent(point -> location.locateByPostcode(point.latitude(), point.longitude()));
        location.describeAccess(wheelchair, hearingLoop, null);
        em.persist(location);
        em.flush();
        audit.record(editor.getId(), "directory.locationAdded", "organisation", organisationId, "#" + location.getId());
        return location;
    }

    /** Creates a service at some of the organisation's locations, with its themes and audiences. */
    public Service create(long organisationId, ServiceDetails details, Set<Long> termIds, Set<Long> locationIds) {
        Account editor = editorOf(organisationId);
        ServiceDetails.Checked checked = details.check();
        Instant now = clock.instant();
        Service service = new Service(organisationId, checked.name(), checked.description(), checked.languages(), now);
        service.serveAges(checked.minimumAge(), checked.maximumAge(), now);
        service.contact(checked.email(), checked.phone(), checked.website(), now);
        service.classify(terms(termIds), now);
        service.offerAt(locations(organisationId, locationIds), now);
        em.persist(service);
        em.flush();
        changed(service.getId(), now);
        audit.record(editor.getId(), "directory.serviceCreated", "service", service.getId(), null);
        return service;
    }

    /**
     * Creates ({@code serviceId} null) or rewrites a service from its whole form: every bad field is refused at once
     * and nothing is saved; a form read before someone else's change is refused too (optimistic version).
     */
    public Service save(Long serviceId, long organisationId, long expectedVersion, ServiceDetails details,
                        ServiceAccess access, ScheduleInput schedule, Set<Long> termIds, Set<Long> locationIds) {
        Account editor = editorOf(organisationId);
        InputCheck input = new InputCheck();
        ServiceDetails.Checked described = null;
        try {
            described = details.check();
        } catch (eu.socialmap.platform.entity.InvalidInput refused) {
            refused.fieldErrors().forEach(error -> input.refuse(error.field(), error.messageKey(), error.arguments().toArray()));
        }
        ServiceAccess.Checked accessChecked = access.check(input);
        ScheduleInput.Checked scheduleChecked = schedule.check(input);
        input.throwIfAny();
        Instant now = clock.instant();
        Service service;
        if (serviceId == null) {
            service = new Service(organisationId, described.name(), described.description(), described.languages(), now);
        } else {
            service = em.find(Service.class, serviceId, LockModeType.PESSIMISTIC_WRITE);
            if (service == null || service.getOrganisationId() != organisationId) {
                throw new BusinessException(BusinessException.Kind.NOT_FOUND, "directory.service.notFound");
            }
            if (service.getVersion() != expectedVersion) {
                throw new BusinessException(BusinessException.Kind.CONFLICT, "directory.service.changedMeanwhile");
            }
            service.describe(described.name(), described.description(), described.languages(), now);
        }
        service.serveAges(described.minimumAge(), described.maximumAge(), now);
        service.contact(described.email(), described.phone(), described.website(), now);
        service.describeAccess(accessChecked.conditions(), accessChecked.howToApply(), accessChecked.fees(),
                accessChecked.freeOfCharge(), now);
        service.openAt(scheduleChecked.slots(), now);
        service.closeOn(scheduleChecked.closures(), now);
        service.classify(terms(termIds), now);
        service.offerAt(locations(organisationId, locationIds), now);
        if (serviceId == null) {
            em.persist(service);
        }
        em.flush();
        changed(service.getId(), now);
        audit.record(editor.getId(), serviceId == null ? "directory.serviceCreated" : "directory.serviceUpdated",
                "service", service.getId(), null);
        return service;
    }

    /** A service to edit, with its collections read; only for those who may change it. */
    public Service forEditing(long serviceId) {
        Service service = em.find(Service.class, serviceId);
        if (service == null || service.getStatus() != Service.Status.ACTIVE) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "directory.service.notFound");
        }
        editorOf(service.getOrganisationId());
        readCollections(service);
        return service;
    }

    public List<Location> locationsOf(long organisationId) {
        return em.createNamedQuery(Location.OF_ORGANISATION, Location.class).setParameter("organisation", organisationId)
                .setMaxResults(200).getResultList();
    }

    /**
     * Changes a place's address and access. Coordinates typed by hand replace the postcode's; a new address
     * without them goes back to the postcode's centre.
     */
    public Location updateLocation(long locationId, String name, String street, String postcode, String commune,
                                   EnterpriseNumber.Country country, boolean wheelchair, boolean hearingLoop,
                                   String accessNote, String latitude, String longitude) {
        Location location = em.find(Location.class, locationId, LockModeType.PESSIMISTIC_WRITE);
        if (location == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "directory.location.notFound");
        }
        Account editor = editorOf(location.getOrganisationId());
        InputCheck input = new InputCheck();
        String place = input.text("name", name, 200, false);
        String streetChecked = input.text("street", street, 200, true);
        String postcodeChecked = OrganisationDetails.postcode(input, country, postcode);
        String communeChecked = input.text("commune", commune, 100, true);
        String note = input.text("accessNote", accessNote, 300, false);
        if (country == null) {
            input.refuse("country", "input.required");
        }
        Double lat = coordinate(input, "latitude", latitude, 90);
        Double lng = coordinate(input, "longitude", longitude, 180);
        if ((latitude == null || latitude.isBlank()) != (longitude == null || longitude.isBlank())) {
            input.refuse("longitude", "directory.location.bothCoordinates");
        }
        input.throwIfAny();
        Instant now = clock.instant();
        location.moveTo(place.isEmpty() ? null : place, streetChecked, postcodeChecked, communeChecked, country, now);
        location.describeAccess(wheelchair, hearingLoop, note == null || note.isEmpty() ? null : note);
        if (lat != null) {
            location.placeByHand(lat, lng);
        } else {
            postcodeTable.postcodes().locate(country, postcodeChecked, communeChecked)
                    .ifPresent(point -> location.locateByPostcode(point.latitude(), point.longitude()));
        }
        em.flush();
        // every service offered there shows the new address and point
        em.createQuery("SELECT s.id FROM Service s JOIN s.locations l WHERE l.id = :location", Long.class)
                .setParameter("location", locationId).getResultList().forEach(id -> changed(id, now));
        audit.record(editor.getId(), "directory.locationUpdated", "organisation", location.getOrganisationId(),
                "#" + locationId);
        return location;
    }

    private static Double coordinate(InputCheck input, String field, String typed, double limit) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(typed.strip().replace(',', '.'));
            if (Math.abs(value) <= limit) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        input.refuse(field, "directory.location.coordinateInvalid", limit);
        return null;
    }

    /** Withdraws a service from the map (kept for history); the index forgets it. */
    public void withdraw(long serviceId) {
        Service service = em.find(Service.class, serviceId, LockModeType.PESSIMISTIC_WRITE);
        if (service == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "directory.service.notFound");
        }
        Account editor = editorOf(service.getOrganisationId());
        Instant now = clock.instant();
        service.deactivate(now);
        changed(serviceId, now);
        audit.record(editor.getId(), "directory.serviceWithdrawn", "service", serviceId, null);
    }

    public List<Service> servicesOf(long organisationId) {
        return em.createNamedQuery(Service.OF_ORGANISATION, Service.class).setParameter("organisation", organisationId)
                .setMaxResults(500).getResultList();
    }

    /**
     * Services by id, in the order given (a page of search results), with their organisations' short names; their
     * terms, places, hours and closures come in one query each for the whole page.
     */
    public List<Listed> listed(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, Service> byId = new java.util.HashMap<>();
        em.createQuery("SELECT s FROM Service s WHERE s.id IN :ids", Service.class).setParameter("ids", ids)
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "s.terms")
                .setHint("eclipselink.batch", "s.locations").setHint("eclipselink.batch", "s.hours")
                .setHint("eclipselink.batch", "s.closures")
                .getResultList().forEach(service -> byId.put(service.getId(), service));
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        if (!byId.isEmpty()) {
            em.createQuery("SELECT o.id, o.shortName FROM Organisation o WHERE o.id IN :ids", Object[].class)
                    .setParameter("ids", byId.values().stream().map(Service::getOrganisationId).distinct().toList())
                    .getResultList().forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        List<Listed> listed = ids.stream().map(byId::get).filter(java.util.Objects::nonNull)
                .map(service -> new Listed(service, names.get(service.getOrganisationId()))).toList();
        listed.forEach(item -> readCollections(item.service()));
        return listed;
    }

    /**
     * A service's public page: an active service of an accepted organisation, for everyone; a withdrawn one or one
     * of an organisation not (yet) accepted only for its own people and the coordinators. "Not found" otherwise.
     */
    public ServicePage page(long serviceId) {
        Service service = em.find(Service.class, serviceId);
        Organisation organisation = service == null ? null : em.find(Organisation.class, service.getOrganisationId());
        if (service == null || organisation == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "directory.service.notFound");
        }
        boolean isPublic = service.getStatus() == Service.Status.ACTIVE
                && organisation.getStatus() == Organisation.Status.ACCEPTED;
        if (!isPublic && !callers.signedIn().map(caller -> caller.maySeePrivateDataOf(organisation.getId())).orElse(false)) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "directory.service.notFound");
        }
        readCollections(service);
        return new ServicePage(service, organisation, mayEdit(organisation.getId()));
    }

    /** A service with its organisation, and whether the reader may change it. */
    public record ServicePage(Service service, Organisation organisation, boolean editable) implements java.io.Serializable {
    }

    /** Whether the signed-in person may describe this organisation's services. */
    public boolean mayEdit(long organisationId) {
        return callers.signedIn().map(caller -> caller.mayManage(organisationId)).orElse(false);
    }

    /** A service in a result list, with its organisation's name. */
    public record Listed(Service service, String organisationName) implements java.io.Serializable {
    }

    public List<TaxonomyTerm> terms(TaxonomyTerm.Taxonomy taxonomy) {
        return em.createNamedQuery(TaxonomyTerm.OF_TAXONOMY, TaxonomyTerm.class).setParameter("taxonomy", taxonomy)
                .getResultList();
    }

    private Account editorOf(long organisationId) {
        Account caller = callers.current();
        if (!caller.mayManage(organisationId)) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "membership.forbidden.otherOrganisation");
        }
        return caller;
    }

    private Set<TaxonomyTerm> terms(Set<Long> ids) {
        Set<TaxonomyTerm> found = new HashSet<>();
        for (Long id : ids == null ? Set.<Long>of() : ids) {
            TaxonomyTerm term = em.find(TaxonomyTerm.class, id);
            if (term == null) {
                throw new BusinessException(BusinessException.Kind.INVALID, "directory.service.unknownTerm");
            }
            found.add(term);
        }
        return found;
    }

    private Set<Location> locations(long organisationId, Set<Long> ids) {
        Set<Location> found = new HashSet<>();
        for (Long id : ids == null ? Set.<Long>of() : ids) {
            Location location = em.find(Location.class, id);
            if (location == null || location.getOrganisationId() != organisationId) {
                // another organisation's place, by id: refused without saying whose it is
                throw new BusinessException(BusinessException.Kind.FORBIDDEN, "membership.forbidden.otherOrganisation");
            }
            found.add(location);
        }
        return found;
    }

    /** Read inside the transaction: pages show a service's collections after it has ended. */
    private static void readCollections(Service service) {
        service.getTerms();
        service.getLocations();
        service.getHours();
        service.getClosures();
    }

    private void changed(long serviceId, Instant now) {
        SearchOutbox.changed(em, serviceId, now);
    }
}
