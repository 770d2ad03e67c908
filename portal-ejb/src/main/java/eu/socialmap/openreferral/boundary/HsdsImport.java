package eu.socialmap.openreferral.boundary;

import eu.socialmap.directory.boundary.PostcodeTable;
import eu.socialmap.directory.control.SearchOutbox;
import eu.socialmap.directory.entity.Location;
import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.directory.entity.Service;
import eu.socialmap.directory.entity.TaxonomyTerm;
import eu.socialmap.membership.boundary.AuditTrail;
import eu.socialmap.membership.boundary.Callers;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.Role;
import eu.socialmap.openreferral.control.HsdsIds;
import eu.socialmap.openreferral.control.HsdsPackage;
import eu.socialmap.openreferral.control.HsdsReader;
import eu.socialmap.openreferral.control.HsdsTables;
import eu.socialmap.openreferral.control.StoredIds;
import eu.socialmap.platform.entity.Language;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A coordinator imports an HSDS 3.0 package: everything is read and checked first, and any refusal leaves the
 * database as it was (the report lists every refusal); otherwise, in one transaction, organisations, places and
 * services are created or updated — matched by the HSDS id recorded on our rows, so importing the same package or
 * our own export again updates rather than copies — and every service changed is handed to the search index.
 * Services of the package's organisations that the package does not mention are left alone.
 */
@Stateless
@RolesAllowed(Role.Names.COORDINATOR)
public class HsdsImport {

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditTrail audit;

    @Inject
    PostcodeTable postcodeTable;

    Clock clock = Clock.systemUTC();

    /** Imports the package; {@code textLanguage} is the language of texts that come without our translations. */
    public ImportReport importPackage(InputStream json, Language textLanguage) {
        Account coordinator = callers.withRole(Role.COORDINATOR);
        return importReading(coordinator, HsdsReader.read(json, textLanguage));
    }

    /**
     * Imports an HSDS Tabular Data Package (a zip of {@code datapackage.json} and CSV tables, see
     * {@link HsdsTables}): the same checks, report and all-or-nothing writing as a JSON package.
     */
    public ImportReport importDataPackage(InputStream zip, Language textLanguage) {
        Account coordinator = callers.withRole(Role.COORDINATOR);
        return importReading(coordinator, HsdsTables.read(zip, textLanguage));
    }

    private ImportReport importReading(Account coordinator, HsdsReader.Reading reading) {
        if (!reading.accepted()) {
            return ImportReport.refused(reading.rejections(), List.of());
        }
        HsdsPackage data = reading.hsdsPackage();
        StoredIds ids = new StoredIds(em);
        List<HsdsPackage.Remark> rejected = new ArrayList<>();
        List<HsdsPackage.Remark> warnings = new ArrayList<>(data.warnings());

        // 1. match everything with what we have, refusing what cannot be matched; nothing is written yet
        Map<String, Organisation> organisations = new HashMap<>();
        Set<String> newOrganisations = new HashSet<>();
        for (HsdsPackage.Organisation o : data.organisations()) {
            Optional<Organisation> existing = ids.find(StoredIds.Table.ORGANISATION, o.hsdsId())
                    .map(id -> em.find(Organisation.class, id, LockModeType.PESSIMISTIC_WRITE))
                    .or(() -> o.details().number() == null ? Optional.empty()
                            : em.createNamedQuery(Organisation.FIND_BY_NUMBER, Organisation.class)
                            .setParameter("country", o.details().country())
                            .setParameter("number", o.details().number().digits()).getResultStream().findFirst());
            if (existing.isPresent() && existing.get().getStatus() != Organisation.Status.ACCEPTED) {
                rejected.add(remark(o.details().legalName(), "hsds.import.organisationUnderReview"));
            } else if (existing.isPresent()) {
                organisations.put(o.hsdsId(), existing.get());
                numberOfAnother(o, existing.get()).ifPresent(other -> rejected.add(remark(o.details().legalName(),
                        "hsds.import.numberTaken", o.details().number().digits(), other.getLegalName())));
            } else {
                newOrganisations.add(o.hsdsId());
                otherCase(ids, StoredIds.Table.ORGANISATION, o.hsdsId(), o.details().legalName(), rejected);
            }
        }
        Map<String, Long> locationOwners = new HashMap<>();
        for (HsdsPackage.Service s : data.services()) {
            String owner = s.organisationHsdsId();
            Long ownerId = ownerOf(owner, organisations, newOrganisations, ids);
            if (ownerId == null && !newOrganisations.contains(owner)) {
                rejected.add(remark(name(s), "hsds.import.noOrganisation"));
                continue;
            }
            Optional<Long> existing = ids.find(StoredIds.Table.SERVICE, s.hsdsId());
            if (existing.isEmpty()) {
                otherCase(ids, StoredIds.Table.SERVICE, s.hsdsId(), name(s), rejected);
            }
            if (existing.isPresent() && (ownerId == null || em.find(Service.class, existing.get()).getOrganisationId() != ownerId)) {
                rejected.add(remark(name(s), "hsds.import.serviceOfAnotherOrganisation"));
            }
            for (HsdsPackage.Location l : s.locations()) {
                Optional<Long> place = ids.find(StoredIds.Table.LOCATION, l.hsdsId());
                if (place.isEmpty()) {
                    otherCase(ids, StoredIds.Table.LOCATION, l.hsdsId(), name(s) + " · " + l.address().street(), rejected);
                }
                if (place.isPresent() && (ownerId == null || em.find(Location.class, place.get()).getOrganisationId() != ownerId)) {
                    rejected.add(remark(name(s) + " · " + l.address().street(), "hsds.import.placeOfAnotherOrganisation"));
                }
                Long previous = locationOwners.put(l.hsdsId(), ownerId == null ? -1L : ownerId);
                if (previous != null && !previous.equals(ownerId == null ? -1L : ownerId)) {
                    rejected.add(remark(name(s) + " · " + l.address().street(), "hsds.import.placeOfAnotherOrganisation"));
                }
            }
        }
        Map<HsdsPackage.TermRef, TaxonomyTerm> terms = terms(data, warnings);
        if (!rejected.isEmpty()) {
            return ImportReport.refused(rejected, warnings);
        }

        // 2. write, all in this transaction
        Instant now = clock.instant();
        List<ImportReport.Line> created = new ArrayList<>();
        List<ImportReport.Line> updated = new ArrayList<>();
        Set<Long> describedOrganisations = new HashSet<>();
        Set<Long> movedPlaces = new HashSet<>();
        for (HsdsPackage.Organisation o : data.organisations()) {
            Organisation organisation = organisations.get(o.hsdsId());
            if (organisation == null) {
                organisation = Organisation.directoryEntry(o.details(), now);
                em.persist(organisation);
                em.flush();
                ids.assign(StoredIds.Table.ORGANISATION, organisation.getId(), o.hsdsId());
                organisations.put(o.hsdsId(), organisation);
                created.add(new ImportReport.Line(ImportReport.Kind.ORGANISATION, organisation.getLegalName()));
                audit.record(coordinator.getId(), "hsds.organisationCreated", "organisation", organisation.getId(),
                        organisation.getShortName());
            } else if (hasNoAccounts(organisation)) {
                // a directory entry: the package describes it; a member organisation keeps its own profile
                organisation.describe(o.details());
                describedOrganisations.add(organisation.getId());
                updated.add(new ImportReport.Line(ImportReport.Kind.ORGANISATION, organisation.getLegalName()));
                audit.record(coordinator.getId(), "hsds.organisationUpdated", "organisation", organisation.getId(),
                        organisation.getShortName());
            }
        }
        Map<String, Location> places = new HashMap<>();
        Set<Long> indexed = new java.util.LinkedHashSet<>();
        for (HsdsPackage.Service s : data.services()) {
            long owner = ownerOf(s.organisationHsdsId(), organisations, Set.of(), ids);
            Set<Location> at = new HashSet<>();
            for (HsdsPackage.Location l : s.locations()) {
                Location place = places.get(l.hsdsId());
                if (place == null) {
                    place = place(l, owner, ids, now, created, updated, movedPlaces);
                    places.put(l.hsdsId(), place);
                }
                at.add(place);
            }
            Optional<Long> existing = ids.find(StoredIds.Table.SERVICE, s.hsdsId());
            Service service;
            if (existing.isPresent()) {
                service = em.find(Service.class, existing.get(), LockModeType.PESSIMISTIC_WRITE);
                service.describe(s.details().name(), s.details().description(), s.details().languages(), now);
                if (service.getStatus() != Service.Status.ACTIVE) {
                    warnings.add(remark(name(s), "hsds.import.stillWithdrawn"));
                }
            } else {
                service = new Service(owner, s.details().name(), s.details().description(), s.details().languages(), now);
            }
            service.describeAccess(s.conditions(), s.howToApply(), s.fees(), s.freeOfCharge(), now);
            service.serveAges(s.details().minimumAge(), s.details().maximumAge(), now);
            service.contact(s.details().email(), s.details().phone(), s.details().website(), now);
            Set<TaxonomyTerm> classified = new HashSet<>();
            s.terms().stream().map(terms::get).filter(java.util.Objects::nonNull).forEach(classified::add);
            service.classify(classified, now);
            service.offerAt(at, now);
            service.openAt(s.hours(), now);
            service.closeOn(s.closures(), now);
            if (existing.isEmpty()) {
                em.persist(service);
                em.flush();
                ids.assign(StoredIds.Table.SERVICE, service.getId(), s.hsdsId());
                created.add(new ImportReport.Line(ImportReport.Kind.SERVICE, name(s)));
                audit.record(coordinator.getId(), "hsds.serviceCreated", "service", service.getId(), null);
            } else {
                em.flush();
                updated.add(new ImportReport.Line(ImportReport.Kind.SERVICE, name(s)));
                audit.record(coordinator.getId(), "hsds.serviceUpdated", "service", service.getId(), null);
            }
            indexed.add(service.getId());
        }
        // what the search index shows of a service also comes from its organisation and its places: the services of
        // an organisation described again, or at a place moved, are indexed again too (as ServiceCatalogue does)
        em.flush();
        if (!describedOrganisations.isEmpty()) {
            indexed.addAll(em.createQuery("SELECT s.id FROM Service s WHERE s.organisationId IN :organisations", Long.class)
                    .setParameter("organisations", describedOrganisations).getResultList());
        }
        if (!movedPlaces.isEmpty()) {
            indexed.addAll(em.createQuery("SELECT DISTINCT s.id FROM Service s JOIN s.locations l WHERE l.id IN :places",
                    Long.class).setParameter("places", movedPlaces).getResultList());
        }
        indexed.forEach(id -> SearchOutbox.changed(em, id, now));
        return new ImportReport(created, updated, List.of(), List.copyOf(warnings));
    }

    private Location place(HsdsPackage.Location l, long owner, StoredIds ids, Instant now, List<ImportReport.Line> created,
                           List<ImportReport.Line> updated, Set<Long> moved) {
        Optional<Long> existing = ids.find(StoredIds.Table.LOCATION, l.hsdsId());
        HsdsPackage.Address address = l.address();
        Location place;
        if (existing.isPresent()) {
            place = em.find(Location.class, existing.get(), LockModeType.PESSIMISTIC_WRITE);
            place.moveTo(l.name(), address.street(), address.postcode(), address.commune(), address.country(), now);
            moved.add(place.getId());
            updated.add(new ImportReport.Line(ImportReport.Kind.LOCATION, label(l)));
        } else {
            place = new Location(owner, l.name(), address.street(), address.postcode(), address.commune(),
                    address.country(), now);
            created.add(new ImportReport.Line(ImportReport.Kind.LOCATION, label(l)));
        }
        if (l.latitude() != null && l.byHand()) {
            place.placeByHand(l.latitude(), l.longitude());
        } else if (l.latitude() != null) {
            place.locateByPostcode(l.latitude(), l.longitude());
        } else {
            postcodeTable.postcodes().locate(address.country(), address.postcode(), address.commune())
                    .ifPresent(point -> place.locateByPostcode(point.latitude(), point.longitude()));
        }
        place.describeAccess(l.wheelchair(), l.hearingLoop(), l.note());
        if (existing.isEmpty()) {
            em.persist(place);
            em.flush();
            ids.assign(StoredIds.Table.LOCATION, place.getId(), l.hsdsId());
        }
        return place;
    }

    /** Our terms for the package's: by our id, else by taxonomy and code, else by name; others are left out. */
    private Map<HsdsPackage.TermRef, TaxonomyTerm> terms(HsdsPackage data, List<HsdsPackage.Remark> warnings) {
        List<TaxonomyTerm> ours = em.createQuery("SELECT t FROM TaxonomyTerm t", TaxonomyTerm.class).getResultList();
        Map<HsdsPackage.TermRef, TaxonomyTerm> found = new HashMap<>();
        for (HsdsPackage.Service s : data.services()) {
            for (HsdsPackage.TermRef ref : s.terms()) {
                Optional<TaxonomyTerm> term = ours.stream().filter(t -> HsdsIds.term(t).equals(ref.id())).findFirst()
                        .or(() -> ours.stream().filter(t -> t.getTaxonomy().name().equalsIgnoreCase(ref.taxonomy())
                                && t.getCode().equalsIgnoreCase(ref.code())).findFirst())
                        .or(() -> ours.stream().filter(t -> !ref.name().isBlank() && java.util.Arrays.stream(Language.values())
                                .anyMatch(l -> t.getName().exactly(l).equalsIgnoreCase(ref.name().strip()))).findFirst());
                if (term.isPresent()) {
                    found.put(ref, term.get());
                } else {
                    warnings.add(remark(name(s), "hsds.import.termIgnored",
                            ref.name().isBlank() ? ref.code() : ref.name()));
                }
            }
        }
        return found;
    }

    private Long ownerOf(String hsdsId, Map<String, Organisation> organisations, Set<String> newOnes, StoredIds ids) {
        if (organisations.containsKey(hsdsId)) {
            return organisations.get(hsdsId).getId();
        }
        if (newOnes.contains(hsdsId)) {
            return null;
        }
        Optional<Organisation> stored = ids.find(StoredIds.Table.ORGANISATION, hsdsId).map(id -> em.find(Organisation.class, id))
                .filter(o -> o.getStatus() == Organisation.Status.ACCEPTED);
        stored.ifPresent(o -> organisations.put(hsdsId, o));
        return stored.map(Organisation::getId).orElse(null);
    }

    /**
     * Another organisation holding the enterprise number the package gives this one, when the import would write
     * it (uk_organisation_enterprise): refused in the report rather than failing while writing.
     */
    private Optional<Organisation> numberOfAnother(HsdsPackage.Organisation o, Organisation matched) {
        if (o.details().number() == null || !hasNoAccounts(matched)) {
            return Optional.empty();
        }
        return em.createNamedQuery(Organisation.FIND_BY_NUMBER, Organisation.class)
                .setParameter("country", o.details().country())
                .setParameter("number", o.details().number().digits()).getResultStream()
                .filter(other -> other.getId() != matched.getId()).findFirst();
    }

    /** A new record whose id we already hold written with other capitals: the same UUID, refused as ambiguous. */
    private static void otherCase(StoredIds ids, StoredIds.Table table, String hsdsId, String record,
                                  List<HsdsPackage.Remark> rejected) {
        ids.findOtherCase(table, hsdsId).ifPresent(ours -> rejected.add(remark(record, "hsds.import.idCase", hsdsId, ours)));
    }

    private boolean hasNoAccounts(Organisation organisation) {
        return em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.organisationId = :organisation", Long.class)
                .setParameter("organisation", organisation.getId()).getSingleResult() == 0;
    }

    private static String name(HsdsPackage.Service s) {
        for (Language language : Language.values()) {
            if (s.details().name().isTranslatedInto(language)) {
                return s.details().name().exactly(language);
            }
        }
        return s.hsdsId();
    }

    private static String label(HsdsPackage.Location l) {
        return (l.name() == null ? "" : l.name() + ", ") + l.address().street() + ", " + l.address().postcode() + " "
                + l.address().commune();
    }

    private static HsdsPackage.Remark remark(String record, String key, Object... arguments) {
        return new HsdsPackage.Remark(record, key, List.of(arguments));
    }
}
