package eu.socialmap.openreferral.boundary;

import eu.socialmap.directory.boundary.PostcodeTable;
import eu.socialmap.directory.control.Postcodes;
import eu.socialmap.directory.entity.EnterpriseNumber;
import eu.socialmap.directory.entity.Location;
import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.directory.entity.Service;
import eu.socialmap.directory.entity.TaxonomyTerm;
import eu.socialmap.openreferral.control.HsdsIds;
import eu.socialmap.openreferral.control.HsdsWriter;
import eu.socialmap.openreferral.control.StoredIds;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.search.boundary.ServiceSearch;
import eu.socialmap.search.control.ServiceIndex;
import eu.socialmap.search.control.ServiceQuery;
import eu.socialmap.membership.boundary.Callers;
import eu.socialmap.membership.entity.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The social map as the HSDS 3.0 read API shows it. Only active services of accepted organisations are public;
 * nothing about accounts or the people of an organisation is ever written. Words are searched by the map's own
 * Lucene search ({@link ServiceSearch}), so the API finds what the page finds.
 */
@Stateless
@PermitAll
public class OpenReferral {

    public static final int MAX_PER_PAGE = 100;
    static final int DEFAULT_PER_PAGE = 50;
    /** How many services the export loads at a time (with EclipseLink's batch reading of their collections). */
    public static final int EXPORT_BATCH = 200;
    /** How many search hits a filtered search considers (the search's own pages, gathered). */
    static final int MAX_SEARCH_HITS = 1000;
    private static final String PUBLIC_SERVICES = "SELECT s.id FROM Service s, Organisation o WHERE o.id = s.organisationId "
            + "AND s.status = eu.socialmap.directory.entity.Service.Status.ACTIVE "
            + "AND o.status = eu.socialmap.directory.entity.Organisation.Status.ACCEPTED";
    /** Every public (service, place) pair with both HSDS ids: the ids of services at locations derive from them. */
    private static final String PUBLIC_PAIRS = "SELECT s.id, l.id, s.hsds_id, l.hsds_id FROM service s "
            + "JOIN organisation o ON o.id = s.organisation_id JOIN service_location sl ON sl.service_id = s.id "
            + "JOIN location l ON l.id = sl.location_id WHERE s.status = 'ACTIVE' AND o.status = 'ACCEPTED'";

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    ServiceSearch search;

    @Inject
    PostcodeTable postcodeTable;

    @Inject
    Callers callers;

    /** What a list of services (or of services at locations) is narrowed by; every filter applies (AND). */
    public record Filter(String search, String taxonomyTermId, String taxonomyId, String organisationId,
                         Instant modifiedAfter, String postcode, Double proximityMeters) {
        public static Filter none() {
            return new Filter(null, null, null, null, null, null, null);
        }
    }

    public enum Detail { MINIMAL, LIST, FULL }

    // --- services ----------------------------------------------------------------------------------------------

    public JsonObject services(Filter filter, Detail detail, int page, int perPage, Language language) {
        List<Long> ids = publicServiceIds(filter);
        int size = perPage(perPage);
        int number = Math.max(1, page);
        List<Long> pageIds = slice(ids, number, size);
        HsdsWriter writer = writer(language);
        if (detail == Detail.MINIMAL) {
            return HsdsWriter.page(minimal(pageIds, writer), ids.size(), number, size);
        }
        List<JsonObject> contents = loaded(pageIds, writer).stream().map(loaded -> switch (detail) {
            case MINIMAL -> writer.minimal(loaded.service());
            case LIST -> writer.service(loaded.service(), loaded.organisation());
            case FULL -> writer.serviceFull(loaded.service(), loaded.organisation());
        }).toList();
        return HsdsWriter.page(contents, ids.size(), number, size);
    }

    public Optional<JsonObject> service(String hsdsId, Language language) {
        HsdsWriter writer = writer(language);
        return publicService(hsdsId).flatMap(id -> loaded(List.of(id), writer).stream().findFirst())
                .map(loaded -> writer.serviceFull(loaded.service(), loaded.organisation()));
    }

    /**
     * The whole-map export, first step: the ids of every public service, to be fetched {@link #EXPORT_BATCH} at a
     * time with {@link #exportBatch} and written out as they come (the caller streams; nothing holds the whole map).
     * Coordinators only, and the role is read again from the database.
     */
    @RolesAllowed(Role.Names.COORDINATOR)
    public List<Long> exportedServices() {
        callers.withRole(Role.COORDINATOR);
        return publicServiceIds(Filter.none());
    }

    /** Services of the export, fully nested, in the order given; those no longer public are left out. */
    @RolesAllowed(Role.Names.COORDINATOR)
    public List<JsonObject> exportBatch(List<Long> serviceIds, Language language) {
        callers.withRole(Role.COORDINATOR);
        if (serviceIds.size() > EXPORT_BATCH) {
            throw new IllegalArgumentException("At most " + EXPORT_BATCH + " services a batch: " + serviceIds.size());
        }
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        Set<Long> stillPublic = new HashSet<>(em.createQuery(PUBLIC_SERVICES + " AND s.id IN :ids", Long.class)
                .setParameter("ids", serviceIds).getResultList());
        HsdsWriter writer = writer(language);
        return loaded(serviceIds.stream().filter(stillPublic::contains).toList(), writer).stream()
                .map(l -> writer.serviceFull(l.service(), l.organisation())).toList();
    }

    // --- services at locations ---------------------------------------------------------------------------------

    public JsonObject servicesAtLocations(Filter filter, int page, int perPage, Language language) {
        List<long[]> pairs = pairs(publicServiceIds(filter), filter);
        int size = perPage(perPage);
        int number = Math.max(1, page);
        List<long[]> pagePairs = slice(pairs, number, size);
        HsdsWriter writer = writer(language);
        Map<Long, Loaded> services = loaded(pagePairs.stream().map(p -> p[0]).distinct().toList(), writer).stream()
                .collect(Collectors.toMap(l -> l.service().getId(), Function.identity()));
        List<JsonObject> contents = new ArrayList<>();
        for (long[] pair : pagePairs) {
            Loaded loaded = services.get(pair[0]);
            Location location = loaded.service().getLocations().stream().filter(l -> l.getId() == pair[1]).findFirst()
                    .orElseThrow();
            // the list form nests the service's one-to-one fields; "full" adds nothing we have per place
            contents.add(writer.serviceAtLocation(loaded.service(), loaded.organisation(), location, true));
        }
        return HsdsWriter.page(contents, pairs.size(), number, size);
    }

    /**
     * The id of a service at a location is derived from the two rows' ids (a name-based UUID): one query reads the
     * ids of every public pair, the derived ids are computed here, and only the pair that matches is loaded.
     */
    public Optional<JsonObject> serviceAtLocation(String hsdsId, Language language) {
        if (hsdsId == null || !HsdsIds.isUuid(hsdsId)) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(PUBLIC_PAIRS).getResultList();
        for (Object[] row : rows) {
            if (HsdsIds.serviceAtLocation((String) row[2], (String) row[3]).equalsIgnoreCase(hsdsId)) {
                long serviceId = ((Number) row[0]).longValue();
                long locationId = ((Number) row[1]).longValue();
                HsdsWriter writer = writer(language);
                Loaded loaded = loaded(List.of(serviceId), writer).get(0);
                Location location = loaded.service().getLocations().stream().filter(l -> l.getId() == locationId)
                        .findFirst().orElseThrow();
                return Optional.of(writer.serviceAtLocation(loaded.service(), loaded.organisation(), location, true));
            }
        }
        return Optional.empty();
    }

    // --- organisations -----------------------------------------------------------------------------------------

    public JsonObject organisations(String words, boolean full, int page, int perPage, Language language) {
        List<Long> ids = publicOrganisationIds(words);
        int size = perPage(perPage);
        int number = Math.max(1, page);
        HsdsWriter writer = writer(language);
        List<Organisation> organisations = organisationsById(slice(ids, number, size));
        if (!full) {
            return HsdsWriter.page(organisations.stream().map(writer::organisation).toList(), ids.size(), number, size);
        }
        // the public services of the whole page: one query for their ids, one load, then grouped by organisation
        Map<Long, List<JsonObject>> services = new HashMap<>();
        if (!organisations.isEmpty()) {
            List<Long> serviceIds = em.createQuery(PUBLIC_SERVICES + " AND s.organisationId IN :organisations ORDER BY s.id",
                    Long.class).setParameter("organisations", organisations.stream().map(Organisation::getId).toList())
                    .getResultList();
            loaded(serviceIds, writer).forEach(l -> services.computeIfAbsent(l.organisation().getId(), k -> new ArrayList<>())
                    .add(writer.service(l.service(), l.organisation())));
        }
        List<JsonObject> contents = organisations.stream()
                .map(o -> writer.organisationFull(o, services.getOrDefault(o.getId(), List.of()))).toList();
        return HsdsWriter.page(contents, ids.size(), number, size);
    }

    public Optional<JsonObject> organisation(String hsdsId, Language language) {
        HsdsWriter writer = writer(language);
        return new StoredIds(em).find(StoredIds.Table.ORGANISATION, hsdsId).map(id -> em.find(Organisation.class, id))
                .filter(o -> o.getStatus() == Organisation.Status.ACCEPTED).map(o -> organisationFull(o, writer));
    }

    private JsonObject organisationFull(Organisation organisation, HsdsWriter writer) {
        List<Long> ids = em.createQuery(PUBLIC_SERVICES + " AND s.organisationId = :organisation ORDER BY s.id", Long.class)
                .setParameter("organisation", organisation.getId()).getResultList();
        return writer.organisationFull(organisation, loaded(ids, writer).stream()
                .map(l -> writer.service(l.service(), l.organisation())).toList());
    }

    // --- taxonomies --------------------------------------------------------------------------------------------

    public JsonObject taxonomies(int page, int perPage, Language language) {
        HsdsWriter writer = writer(language);
        int size = perPage(perPage);
        int number = Math.max(1, page);
        List<TaxonomyTerm.Taxonomy> all = Arrays.asList(TaxonomyTerm.Taxonomy.values());
        return HsdsWriter.page(slice(all, number, size).stream().map(writer::taxonomy).toList(), all.size(), number, size);
    }

    public Optional<JsonObject> taxonomy(String hsdsId, Language language) {
        return Arrays.stream(TaxonomyTerm.Taxonomy.values()).filter(t -> HsdsIds.taxonomy(t).equals(hsdsId)).findFirst()
                .map(writer(language)::taxonomy);
    }

    public JsonObject terms(String words, String taxonomyId, int page, int perPage, Language language) {
        HsdsWriter writer = writer(language);
        String folded = words == null ? "" : words.strip().toLowerCase(Locale.ROOT);
        List<TaxonomyTerm> terms = allTerms().stream()
                .filter(t -> taxonomyId == null || taxonomyId.isBlank() || HsdsIds.taxonomy(t.getTaxonomy()).equals(taxonomyId))
                .filter(t -> folded.isEmpty() || Arrays.stream(Language.values())
                        .anyMatch(l -> t.getName().exactly(l).toLowerCase(Locale.ROOT).contains(folded)
                                || t.getCode().contains(folded)))
                .toList();
        int size = perPage(perPage);
        int number = Math.max(1, page);
        return HsdsWriter.page(slice(terms, number, size).stream().map(writer::term).toList(), terms.size(), number, size);
    }

    public Optional<JsonObject> term(String hsdsId, Language language) {
        return allTerms().stream().filter(t -> HsdsIds.term(t).equals(hsdsId)).findFirst().map(writer(language)::term);
    }

    // --- queries -----------------------------------------------------------------------------------------------

    private List<TaxonomyTerm> allTerms() {
        return em.createQuery("SELECT t FROM TaxonomyTerm t ORDER BY t.taxonomy, t.position, t.id", TaxonomyTerm.class)
                .getResultList();
    }

    /** Ids of the public services the filter keeps: by relevance when words are searched, else by id. */
    List<Long> publicServiceIds(Filter filter) {
        StringBuilder jpql = new StringBuilder(PUBLIC_SERVICES);
        Map<String, Object> parameters = new HashMap<>();
        if (present(filter.organisationId())) {
            Optional<Long> organisation = new StoredIds(em).find(StoredIds.Table.ORGANISATION, filter.organisationId());
            if (organisation.isEmpty()) {
                return List.of();
            }
            jpql.append(" AND s.organisationId = :organisation");
            parameters.put("organisation", organisation.get());
        }
        if (present(filter.taxonomyTermId())) {
            Optional<TaxonomyTerm> term = allTerms().stream().filter(t -> HsdsIds.term(t).equals(filter.taxonomyTermId()))
                    .findFirst();
            if (term.isEmpty()) {
                return List.of();
            }
            jpql.append(" AND s.id IN (SELECT s2.id FROM Service s2 JOIN s2.terms t2 WHERE t2.id = :term)");
            parameters.put("term", term.get().getId());
        }
        if (present(filter.taxonomyId())) {
            Optional<TaxonomyTerm.Taxonomy> taxonomy = Arrays.stream(TaxonomyTerm.Taxonomy.values())
                    .filter(t -> HsdsIds.taxonomy(t).equals(filter.taxonomyId())).findFirst();
            if (taxonomy.isEmpty()) {
                return List.of();
            }
            jpql.append(" AND s.id IN (SELECT s3.id FROM Service s3 JOIN s3.terms t3 WHERE t3.taxonomy = :taxonomy)");
            parameters.put("taxonomy", taxonomy.get());
        }
        if (filter.modifiedAfter() != null) {
            jpql.append(" AND s.updatedAt > :after");
            parameters.put("after", filter.modifiedAfter());
        }
        if (present(filter.postcode()) && filter.proximityMeters() == null) {
            jpql.append(" AND s.id IN (SELECT s4.id FROM Service s4 JOIN s4.locations l4 WHERE l4.postcode = :postcode)");
            parameters.put("postcode", filter.postcode().strip());
        }
        TypedQuery<Long> query = em.createQuery(jpql.append(" ORDER BY s.id").toString(), Long.class);
        parameters.forEach(query::setParameter);
        List<Long> ids = query.getResultList();
        if (present(filter.postcode()) && filter.proximityMeters() != null) {
            ids = pairs(ids, filter).stream().map(pair -> pair[0]).distinct().toList();
        }
        if (present(filter.search())) {
            Set<Long> kept = new java.util.HashSet<>(ids);
            ids = searched(filter.search()).stream().filter(kept::contains).toList();
        }
        return ids;
    }

    /** The map's own search: ids by relevance, its pages gathered up to {@link #MAX_SEARCH_HITS}. */
    private List<Long> searched(String words) {
        Set<Long> ids = new LinkedHashSet<>();
        for (int page = 1; page <= MAX_SEARCH_HITS / MAX_PER_PAGE; page++) {
            ServiceQuery query = ServiceQuery.words(words);
            ServiceIndex.Result result = search.search(new ServiceQuery(query.text(), query.themes(), query.audiences(),
                    query.languages(), query.communes(), query.countries(), false, null, null, ServiceQuery.Sort.RELEVANCE,
                    page, MAX_PER_PAGE));
            result.hits().forEach(hit -> ids.add(hit.serviceId()));
            if (result.hits().size() < MAX_PER_PAGE || ids.size() >= result.total()) {
                break;
            }
        }
        return List.copyOf(ids);
    }

    /** (service, location) pairs of these services, within the proximity of the postcode's centre when asked. */
    private List<long[]> pairs(List<Long> serviceIds, Filter filter) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        Optional<Postcodes.Point> centre = Optional.empty();
        if (present(filter.postcode()) && filter.proximityMeters() != null) {
            String postcode = filter.postcode().strip();
            EnterpriseNumber.Country country = postcode.length() == 5 ? EnterpriseNumber.Country.FR : EnterpriseNumber.Country.BE;
            centre = postcodeTable.postcodes().locate(country, postcode, null);
            if (centre.isEmpty()) {
                return List.of();
            }
        }
        Map<Long, Integer> order = new HashMap<>();
        for (int i = 0; i < serviceIds.size(); i++) {
            order.put(serviceIds.get(i), i);
        }
        List<long[]> pairs = new ArrayList<>();
        for (int from = 0; from < serviceIds.size(); from += 500) {
            List<Object[]> rows = em.createQuery("SELECT s.id, l.id, l.latitude, l.longitude FROM Service s JOIN s.locations l "
                    + "WHERE s.id IN :ids", Object[].class)
                    .setParameter("ids", serviceIds.subList(from, Math.min(serviceIds.size(), from + 500))).getResultList();
            for (Object[] row : rows) {
                if (centre.isPresent()) {
                    if (row[2] == null || row[3] == null || metres(centre.get(), ((Number) row[2]).doubleValue(),
                            ((Number) row[3]).doubleValue()) > filter.proximityMeters()) {
                        continue;
                    }
                }
                pairs.add(new long[] {(Long) row[0], (Long) row[1]});
            }
        }
        pairs.sort(Comparator.<long[]>comparingInt(p -> order.get(p[0])).thenComparingLong(p -> p[1]));
        return pairs;
    }

    static double metres(Postcodes.Point from, double latitude, double longitude) {
        double dLat = Math.toRadians(latitude - from.latitude());
        double dLon = Math.toRadians(longitude - from.longitude());
        double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(from.latitude()))
                * Math.cos(Math.toRadians(latitude)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6_371_000 * Math.asin(Math.sqrt(a));
    }

    private List<Long> publicOrganisationIds(String words) {
        List<Long> accepted = em.createQuery("SELECT o.id FROM Organisation o WHERE o.status = "
                + "eu.socialmap.directory.entity.Organisation.Status.ACCEPTED ORDER BY o.shortName, o.id", Long.class)
                .getResultList();
        if (!present(words)) {
            return accepted;
        }
        // an organisation is found by its name, or by what its services say (the map's search)
        String like = "%" + words.strip().toLowerCase(Locale.ROOT) + "%";
        Set<Long> found = new java.util.HashSet<>(em.createQuery("SELECT o.id FROM Organisation o WHERE "
                + "LOWER(o.legalName) LIKE :like OR LOWER(o.shortName) LIKE :like", Long.class)
                .setParameter("like", like).getResultList());
        List<Long> services = publicServiceIds(new Filter(words, null, null, null, null, null, null));
        if (!services.isEmpty()) {
            found.addAll(em.createQuery("SELECT DISTINCT s.organisationId FROM Service s WHERE s.id IN :ids", Long.class)
                    .setParameter("ids", services).getResultList());
        }
        return accepted.stream().filter(found::contains).toList();
    }

    private List<Organisation> organisationsById(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Organisation> byId = em.createQuery("SELECT o FROM Organisation o WHERE o.id IN :ids", Organisation.class)
                .setParameter("ids", ids).getResultStream().collect(Collectors.toMap(Organisation::getId, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }

    private Optional<Long> publicService(String hsdsId) {
        return new StoredIds(em).find(StoredIds.Table.SERVICE, hsdsId)
                .filter(id -> !em.createQuery(PUBLIC_SERVICES + " AND s.id = :id", Long.class).setParameter("id", id)
                        .getResultList().isEmpty());
    }

    record Loaded(Service service, Organisation organisation) {
    }

    /** The services of a page with everything the documents need, in a handful of queries, in the order given. */
    private List<Loaded> loaded(List<Long> ids, HsdsWriter writer) {
        if (ids.isEmpty()) {
            return List.of();
        }
        TypedQuery<Service> query = em.createQuery("SELECT s FROM Service s WHERE s.id IN :ids", Service.class)
                .setParameter("ids", ids);
        for (String path : List.of("s.terms", "s.locations", "s.hours", "s.closures")) {
            query.setHint("eclipselink.batch", path);
        }
        query.setHint("eclipselink.batch.type", "IN");
        Map<Long, Service> services = query.getResultStream().collect(Collectors.toMap(Service::getId, Function.identity()));
        Map<Long, Organisation> organisations = organisationsById(services.values().stream()
                .map(Service::getOrganisationId).distinct().toList()).stream()
                .collect(Collectors.toMap(Organisation::getId, Function.identity()));
        if (writer.ids() instanceof StoredIds stored) {
            stored.load(StoredIds.Table.SERVICE, services.keySet());
            stored.load(StoredIds.Table.ORGANISATION, organisations.keySet());
            stored.load(StoredIds.Table.LOCATION, services.values().stream()
                    .flatMap(s -> s.getLocations().stream()).map(Location::getId).toList());
        }
        return ids.stream().filter(services::containsKey)
                .map(id -> new Loaded(services.get(id), organisations.get(services.get(id).getOrganisationId()))).toList();
    }

    private HsdsWriter writer(Language language) {
        return new HsdsWriter(language, new StoredIds(em));
    }

    /** Every form of every list, {@code minimal} included, is at most {@link #MAX_PER_PAGE} a page. */
    static int perPage(int asked) {
        return asked < 1 ? DEFAULT_PER_PAGE : Math.min(asked, MAX_PER_PAGE);
    }

    /** Ids and last changes only: one query, no collection loaded. */
    private List<JsonObject> minimal(List<Long> ids, HsdsWriter writer) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Instant> changed = em.createQuery("SELECT s.id, s.updatedAt FROM Service s WHERE s.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Instant) row[1]));
        if (writer.ids() instanceof StoredIds stored) {
            stored.load(StoredIds.Table.SERVICE, changed.keySet());
        }
        return ids.stream().filter(changed::containsKey).map(id -> writer.minimal(id, changed.get(id))).toList();
    }

    private static <T> List<T> slice(List<T> all, int page, int size) {
        int from = (int) Math.min((long) (page - 1) * size, all.size());
        return all.subList(from, Math.min(all.size(), from + size));
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
