package eu.socialmap.immersion.boundary;

import eu.socialmap.directory.boundary.PostcodeTable;
import eu.socialmap.directory.control.Postcodes;
import eu.socialmap.directory.entity.EnterpriseNumber;
import eu.socialmap.directory.entity.Location;
import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.directory.entity.TaxonomyTerm;
import eu.socialmap.immersion.control.Crossing;
import eu.socialmap.immersion.control.OfferDocument;
import eu.socialmap.immersion.control.OfferIndex;
import eu.socialmap.immersion.control.OfferQuery;
import eu.socialmap.immersion.entity.ImmersionOffer;
import eu.socialmap.immersion.entity.OfferPeriod;
import eu.socialmap.membership.boundary.Callers;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.platform.control.EntityMaps;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.search.boundary.SynonymList;
import eu.socialmap.search.control.Highlights;
import eu.socialmap.search.control.StampedIndex;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * This node's search of the published immersion offers. Offers are few (tens, a few hundred): the node keeps them in
 * a memory index ({@link OfferIndex}) and, before each search, reads a cheap stamp of the offers in the database — it
 * changes when an offer is published, edited or withdrawn, when a period fills up or frees a place, when a host's
 * place or name changes, when the synonyms do and when the day does. A new stamp rebuilds the index (under a lock,
 * once), so an offer published on any node is found at once on every node; searches run on the index of the moment,
 * never changed under them.
 * <p>
 * Distances and crossings are measured from the signed-in person's organisation (its postcode's point).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class OfferSearch {

    private static final Logger LOG = Logger.getLogger(OfferSearch.class.getName());

    /** Every figure that the index depends on, in one round trip. */
    private static final String STAMP = "SELECT "
            + "(SELECT COUNT(*) FROM immersion_offer WHERE status = 'PUBLISHED'), "
            + "(SELECT COALESCE(SUM(version), 0) FROM immersion_offer), "
            + "(SELECT MAX(updated_at) FROM immersion_offer), "
            // a period full or not: which periods are full (the sum of their ids) and how many
            + "(SELECT COUNT(*) FROM immersion_period WHERE taken >= places), "
            + "(SELECT COALESCE(SUM(id), 0) FROM immersion_period WHERE taken >= places), "
            + "(SELECT COALESCE(SUM(l.version), 0) FROM location l JOIN immersion_offer o ON o.location_id = l.id "
            + "WHERE o.status = 'PUBLISHED'), "
            + "(SELECT COALESCE(SUM(h.version), 0) FROM organisation h WHERE h.id IN "
            + "(SELECT host_id FROM immersion_offer WHERE status = 'PUBLISHED')), "
            + "(SELECT COUNT(*) FROM synonym_group), "
            + "(SELECT MAX(updated_at) FROM synonym_group)";

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    SynonymList synonymList;

    @Inject
    Callers callers;

    @Inject
    PostcodeTable postcodeTable;

    Clock clock = Clock.systemUTC();

    private final StampedIndex<OfferIndex> stamped = new StampedIndex<>();

    /** One offer found, with what its card shows: its periods not yet over, and the way from her organisation. */
    public record OfferHit(ImmersionOffer offer, Organisation host, Location place, TaxonomyTerm theme,
                           List<OfferPeriod> periods, Crossing crossing, Double distanceKm) implements Serializable {
    }

    /** A page of offers, how many match in all, and the facets' values with their counts. */
    public record OfferResults(long total, List<OfferHit> hits, Map<String, List<OfferIndex.FacetCount>> facets)
            implements Serializable {
    }

    /** The organisation distances are measured from, and where it is. */
    public record Origin(Organisation organisation, Crossing.Place place) implements Serializable {
    }

    @PostConstruct
    void warmUp() {
        try {
            current();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The immersion offers' index could not be built at start; the first search will", e);
        }
    }

    /**
     * The offers matching the query, a page of them. {@link OfferQuery.Sort#DISTANCE} sorts from the signed-in
     * person's organisation; without one (or one that cannot be located) the order is by relevance.
     */
    public OfferResults search(OfferQuery query) {
        OfferIndex index = current();
        Optional<Origin> origin = origin();
        Postcodes.Point from = origin.map(Origin::place).filter(p -> p.latitude() != null && p.longitude() != null)
                .map(p -> new Postcodes.Point(p.latitude(), p.longitude())).orElse(null);
        OfferIndex.Result result = index.search(query, from);
        List<Long> ids = result.hits().stream().map(OfferIndex.Hit::offerId).toList();
        return new OfferResults(result.total(), hits(ids, origin.map(Origin::place).orElse(null)), result.facets());
    }

    /** What to mark in the texts of a result list. */
    public Highlights highlights(String words) {
        return current().highlights(words);
    }

    /** The signed-in person's organisation and where it is; empty for a visitor or someone without organisation. */
    public Optional<Origin> origin() {
        Long organisationId = callers.signedIn().map(Account::getOrganisationId).orElse(null);
        Organisation organisation = organisationId == null ? null : em.find(Organisation.class, organisationId);
        if (organisation == null) {
            return Optional.empty();
        }
        Postcodes.Point point = postcodeTable.postcodes()
                .locate(organisation.getCountry(), organisation.getPostcode(), organisation.getCommune()).orElse(null);
        return Optional.of(new Origin(organisation, new Crossing.Place(organisation.getCountry(), organisation.getPostcode(),
                point == null ? null : point.latitude(), point == null ? null : point.longitude())));
    }

    /** The way from the signed-in person's organisation to this place; null for a visitor. */
    public Crossing crossingTo(Location place) {
        return origin().map(origin -> Crossing.between(origin.place(), placeOf(place))).orElse(null);
    }

    /** The index of the offers as they are now in the database. */
    private OfferIndex current() {
        return stamped.current(stamp(), () -> {
            OfferIndex built = new OfferIndex(documents(), OfferIndex.synonyms(synonymList.groups()), today());
            LOG.fine(() -> "Immersion offers' index rebuilt: " + built.size() + " offers");
            return built;
        });
    }

    private String stamp() {
        return StampedIndex.stamp((Object[]) em.createNativeQuery(STAMP).getSingleResult()) + "|" + today();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Messages.NETWORK_ZONE));
    }

    private List<OfferDocument> documents() {
        List<ImmersionOffer> offers = em.createNamedQuery(ImmersionOffer.PUBLISHED, ImmersionOffer.class).getResultList();
        if (offers.isEmpty()) {
            return List.of();
        }
        Related related = related(offers);
        return offers.stream().map(offer -> {
            Organisation host = related.hosts().get(offer.getHostId());
            Location place = related.places().get(offer.getLocationId());
            TaxonomyTerm theme = offer.getThemeTermId() == null ? null : related.themes().get(offer.getThemeTermId());
            Crossing.Place where = place == null ? null : placeOf(place);
            List<OfferDocument.Period> periods = related.periods().getOrDefault(offer.getId(), List.of()).stream()
                    .map(p -> new OfferDocument.Period(p.getFirstDay(), p.getLastDay(), p.getFree())).toList();
            return new OfferDocument(offer.getId(), offer.getTeam(), offer.getActivities(), offer.getConditions(),
                    host == null ? null : hostNames(host), place == null ? null : place.getCommune(),
                    theme == null ? null : theme.getCode(),
                    where == null || where.country() == null ? null : where.country().name(), offer.getLanguages(),
                    offer.getMinDays(), offer.getMaxDays(), periods, where == null ? null : where.latitude(),
                    where == null ? null : where.longitude());
        }).toList();
    }

    private static String hostNames(Organisation host) {
        return Objects.equals(host.getShortName(), host.getLegalName()) ? host.getShortName()
                : host.getShortName() + "\n" + host.getLegalName();
    }

    /** The page's offers with their hosts, places, themes and periods: five queries whatever the page's size. */
    private List<OfferHit> hits(List<Long> ids, Crossing.Place from) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ImmersionOffer> offers = EntityMaps.byId(em, ImmersionOffer.class, ids, ImmersionOffer::getId);
        // an offer withdrawn since the index was read is left out
        List<ImmersionOffer> shown = ids.stream().map(offers::get).filter(o -> o != null && o.isPublished()).toList();
        if (shown.isEmpty()) {
            return List.of();
        }
        Related related = related(shown);
        LocalDate today = today();
        return shown.stream().map(offer -> {
            Location place = related.places().get(offer.getLocationId());
            Crossing crossing = from == null || place == null ? null : Crossing.between(from, placeOf(place));
            return new OfferHit(offer, related.hosts().get(offer.getHostId()), place,
                    offer.getThemeTermId() == null ? null : related.themes().get(offer.getThemeTermId()),
                    related.periods().getOrDefault(offer.getId(), List.of()).stream()
                            .filter(period -> !period.getLastDay().isBefore(today)).toList(),
                    crossing, crossing == null ? null : crossing.kilometres());
        }).toList();
    }

    private record Related(Map<Long, Organisation> hosts, Map<Long, Location> places, Map<Long, TaxonomyTerm> themes,
                           Map<Long, List<OfferPeriod>> periods) {
    }

    private Related related(List<ImmersionOffer> offers) {
        Map<Long, Organisation> hosts = EntityMaps.byId(em, Organisation.class,
                offers.stream().map(ImmersionOffer::getHostId).distinct().toList(), Organisation::getId);
        Map<Long, Location> places = EntityMaps.byId(em, Location.class,
                offers.stream().map(ImmersionOffer::getLocationId).distinct().toList(), Location::getId);
        List<Long> themeIds = offers.stream().map(ImmersionOffer::getThemeTermId).filter(Objects::nonNull).distinct().toList();
        Map<Long, TaxonomyTerm> themes = EntityMaps.byId(em, TaxonomyTerm.class, themeIds, TaxonomyTerm::getId);
        Map<Long, List<OfferPeriod>> periods = em.createNamedQuery(OfferPeriod.OF_OFFERS, OfferPeriod.class)
                .setParameter("offers", offers.stream().map(ImmersionOffer::getId).toList()).getResultList().stream()
                .collect(Collectors.groupingBy(OfferPeriod::getOfferId, HashMap::new, Collectors.toList()));
        return new Related(hosts, places, themes, periods);
    }

    /** A place's point: its own when it is located, else its postcode's. */
    private Crossing.Place placeOf(Location place) {
        Double latitude = place.getLatitude();
        Double longitude = place.getLongitude();
        if (latitude == null || longitude == null) {
            Postcodes.Point point = postcodeTable.postcodes()
                    .locate(place.getCountry(), place.getPostcode(), place.getCommune()).orElse(null);
            latitude = point == null ? null : point.latitude();
            longitude = point == null ? null : point.longitude();
        }
        EnterpriseNumber.Country country = place.getCountry();
        return new Crossing.Place(country, place.getPostcode(), latitude, longitude);
    }
}
