package eu.socialmap.directory.boundary;

import eu.socialmap.directory.control.Postcodes;
import eu.socialmap.directory.entity.EnterpriseNumber;
import eu.socialmap.directory.entity.Location;
import eu.socialmap.directory.entity.Service;
import eu.socialmap.directory.entity.ScheduleInput;
import eu.socialmap.directory.entity.ServiceAccess;
import eu.socialmap.directory.entity.ServiceDetails;
import eu.socialmap.directory.entity.TaxonomyTerm;
import eu.socialmap.membership.boundary.MembershipFixtures;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.InvalidInput;
import eu.socialmap.search.control.IndexMaintenance;
import eu.socialmap.search.control.ServiceIndex;
import eu.socialmap.search.control.ServiceQuery;
import eu.socialmap.search.control.Synonyms;
import eu.socialmap.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An organisation describes its services and places on a real MariaDB; only its own, and the index is told. */
class ServiceCatalogueIT {

    private final EntityManager em = TestDatabase.entityManagerFactory().createEntityManager();
    private final MembershipFixtures fixtures = new MembershipFixtures(em);
    private final ServiceCatalogue catalogue = new ServiceCatalogue();
    private final MembershipFixtures.SignedIn signedIn = MembershipFixtures.signedIn(em);
    private Account admin;
    private Account otherAdmin;

    @BeforeEach
    void twoOrganisations() {
        catalogue.em = em;
        catalogue.callers = signedIn;
        catalogue.audit = MembershipFixtures.audit(em, signedIn);
        catalogue.postcodeTable = new PostcodeTable();
        catalogue.postcodeTable.postcodes = Postcodes.read(new StringReader(
                "country,postcode,commune,latitude,longitude\nBE,1060,Saint-Gilles,50.8276,4.3439\n"));
        admin = TestDatabase.inTransaction(em, () -> fixtures.acceptedOrganisationWithAdministrator("Carto"));
        otherAdmin = TestDatabase.inTransaction(em, () -> fixtures.acceptedOrganisationWithAdministrator("Autre"));
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void anAdministratorAddsAPlaceLocatedByItsPostcodeAndAServiceThatTheIndexWillPickUp() {
        signedIn.signIn(admin.getId());
        long organisation = admin.getOrganisationId();
        Location place = TestDatabase.inTransaction(em, () -> catalogue.addLocation(organisation, "Antenne",
                "Rue de la Victoire 96", "1060", "Saint-Gilles", EnterpriseNumber.Country.BE, true, false));
        assertThat(place.getLatitude()).isEqualTo(50.8276);
        assertThat(place.getCoordinatesSource()).isEqualTo(Location.CoordinatesSource.POSTCODE);

        long housing = catalogue.terms(TaxonomyTerm.Taxonomy.THEME).stream().filter(t -> t.getCode().equals("housing"))
                .findFirst().orElseThrow().getId();
        Service service = TestDatabase.inTransaction(em, () -> catalogue.create(organisation, new ServiceDetails(
                "Permanence logement", "", "", "Aide à la recherche d’un logement.", "", "", List.of("fr", "ar"),
                18, null, "logement@carto.example", "+32 2 600 00 00", null), Set.of(housing), Set.of(place.getId())));

        assertThat(catalogue.servicesOf(organisation)).extracting(Service::getId).containsExactly(service.getId());
        assertThat(outboxRows(service.getId())).isEqualTo(1);
        TestDatabase.inTransaction(em, () -> {
            catalogue.withdraw(service.getId());
            return null;
        });
        assertThat(catalogue.servicesOf(organisation)).isEmpty();
        assertThat(outboxRows(service.getId())).as("the index is told to forget it").isEqualTo(2);
    }

    @Test
    void nobodyWritesForAnotherOrganisationNorUsesItsPlaces() {
        signedIn.signIn(otherAdmin.getId());
        Location theirs = TestDatabase.inTransaction(em, () -> catalogue.addLocation(otherAdmin.getOrganisationId(), null,
                "Grand-Place 1", "7700", "Mouscron", EnterpriseNumber.Country.BE, false, false));
        assertThat(theirs.isLocated()).as("no postcode row: placed by hand later").isFalse();

        signedIn.signIn(admin.getId());
        assertThatThrownBy(() -> TestDatabase.inTransaction(em, () -> catalogue.addLocation(otherAdmin.getOrganisationId(),
                null, "Rue 1", "7700", "Mouscron", EnterpriseNumber.Country.BE, false, false)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> TestDatabase.inTransaction(em, () -> catalogue.create(admin.getOrganisationId(),
                details("Service"), Set.of(), Set.of(theirs.getId()))))
                .as("another organisation's place, by id").hasMessage("membership.forbidden.otherOrganisation");
        assertThatThrownBy(() -> TestDatabase.inTransaction(em, () -> catalogue.create(admin.getOrganisationId(),
                new ServiceDetails("", "", "", "<b>x</b>", "", "", List.of("xx"), 30, 20, "pas une adresse", null, null),
                Set.of(), Set.of()))).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                .extracting(InvalidInput.FieldError::field)
                .containsExactlyInAnyOrder("nameFr", "descriptionFr", "languages", "maximumAge", "email"));
    }

    @Test
    void eachNodesIndexCatchesUpWithTheCatalogueAndNeverKeepsAWithdrawnServiceAcrossARestart(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path indexDirectory) throws Exception {
        signedIn.signIn(admin.getId());
        long organisation = admin.getOrganisationId();
        String word = "zorgwoning" + System.nanoTime() % 100000;
        Service service = TestDatabase.inTransaction(em, () -> catalogue.create(organisation, new ServiceDetails("",
                "Begeleid wonen", "", "", "Een " + word + " voor ouderen.", "", List.of("nl"), 65, null, null, null, null),
                Set.of(), Set.of()));

        try (ServiceIndex index = new ServiceIndex(org.apache.lucene.store.FSDirectory.open(indexDirectory), Synonyms.none())) {
            IndexMaintenance maintenance = new IndexMaintenance(em, index);
            assertThat(maintenance.rebuild()).isGreaterThanOrEqualTo(1);
            assertThat(ids(index, word)).containsExactly(service.getId());
            assertThat(maintenance.catchUp()).as("nothing new since the rebuild").isZero();
        }

        TestDatabase.inTransaction(em, () -> {
            catalogue.withdraw(service.getId());
            return null;
        });
        // the node restarts: its index on disk knows up to which change it is complete
        try (ServiceIndex reopened = new ServiceIndex(org.apache.lucene.store.FSDirectory.open(indexDirectory), Synonyms.none())) {
            assertThat(ids(reopened, word)).as("before catching up").containsExactly(service.getId());
            assertThat(new IndexMaintenance(em, reopened).catchUp()).isEqualTo(1);
            assertThat(ids(reopened, word)).as("withdrawn: never served again").isEmpty();
        }
    }

    @Test
    void theWholeFormSavesHoursClosuresAndAccessRefusesEveryBadLineAtOnceAndALostUpdate() {
        signedIn.signIn(admin.getId());
        long organisation = admin.getOrganisationId();
        Location place = TestDatabase.inTransaction(em, () -> catalogue.addLocation(organisation, null,
                "Rue de la Victoire 96", "1060", "Saint-Gilles", EnterpriseNumber.Country.BE, false, false));
        ScheduleInput schedule = new ScheduleInput(List.of(
                new ScheduleInput.Slot(java.time.DayOfWeek.MONDAY, "09:00", "12:00"),
                new ScheduleInput.Slot(java.time.DayOfWeek.MONDAY, "13:30", "16:00"),
                new ScheduleInput.Slot(java.time.DayOfWeek.TUESDAY, "", "")),
                List.of(new ScheduleInput.Closed("2026-12-24", "2027-01-01", "Congés d’hiver")));
        ServiceAccess access = new ServiceAccess("Habiter Saint-Gilles", "", "", "Sans rendez-vous", "", "", "", "", "",
                true);
        Service saved = TestDatabase.inTransaction(em, () -> catalogue.save(null, organisation, 0, details("Permanence"),
                access, schedule, Set.of(), Set.of(place.getId())));
        em.clear();
        Service read = catalogue.forEditing(saved.getId());
        assertThat(read.getHours()).hasSize(2);
        assertThat(read.getClosures()).singleElement().satisfies(closure -> assertThat(closure.getReason()).isEqualTo("Congés d’hiver"));
        assertThat(read.isOpenAt(java.time.ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, java.time.ZoneId.of("Europe/Brussels")))).isTrue();
        assertThat(read.isOpenAt(java.time.ZonedDateTime.of(2026, 12, 28, 10, 0, 0, 0, java.time.ZoneId.of("Europe/Brussels"))))
                .as("a Monday of the winter closure").isFalse();
        assertThat(read.isFreeOfCharge()).isTrue();
        assertThat(outboxRows(saved.getId())).isEqualTo(1);

        ScheduleInput bad = new ScheduleInput(List.of(
                new ScheduleInput.Slot(java.time.DayOfWeek.MONDAY, "12:00", "09:00"),
                new ScheduleInput.Slot(java.time.DayOfWeek.FRIDAY, "9h", "12:00")),
                List.of(new ScheduleInput.Closed("2027-01-05", "2027-01-01", null)));
        assertThatThrownBy(() -> TestDatabase.inTransaction(em, () -> catalogue.save(read.getId(), organisation,
                read.getVersion(), new ServiceDetails("", "", "", "", "", "", List.of(), null, null, null, null, null),
                access, bad, Set.of(), Set.of()))).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                .extracting(InvalidInput.FieldError::field)
                .containsExactlyInAnyOrder("nameFr", "languages", "slot-0", "slot-1", "closure-0"));

        TestDatabase.inTransaction(em, () -> catalogue.save(read.getId(), organisation, read.getVersion(),
                details("Permanence logement"), access, schedule, Set.of(), Set.of(place.getId())));
        assertThatThrownBy(() -> TestDatabase.inTransaction(em, () -> catalogue.save(read.getId(), organisation,
                read.getVersion(), details("Lost update"), access, schedule, Set.of(), Set.of())))
                .as("a form read before another change").isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.CONFLICT));
        em.clear();
        assertThat(catalogue.forEditing(read.getId()).getName().in(eu.socialmap.platform.entity.Language.FR))
                .isEqualTo("Permanence logement");
    }

    @Test
    void aPlaceCorrectedByHandKeepsItsPointAndItsServicesAreReindexed() {
        signedIn.signIn(admin.getId());
        long organisation = admin.getOrganisationId();
        Location place = TestDatabase.inTransaction(em, () -> catalogue.addLocation(organisation, null,
                "Rue de la Victoire 96", "1060", "Saint-Gilles", EnterpriseNumber.Country.BE, false, false));
        Service service = TestDatabase.inTransaction(em, () -> catalogue.create(organisation, details("Accueil"), Set.of(),
                Set.of(place.getId())));
        assertThatThrownBy(() -> TestDatabase.inTransaction(em, () -> catalogue.updateLocation(place.getId(), null,
                "Rue de la Victoire 96", "1060", "Saint-Gilles", EnterpriseNumber.Country.BE, true, false, null, "95", "4.3")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .extracting(InvalidInput.FieldError::field).containsExactly("latitude"));
        assertThatThrownBy(() -> TestDatabase.inTransaction(em, () -> catalogue.updateLocation(place.getId(), null,
                "Rue de la Victoire 96", "1060", "Saint-Gilles", EnterpriseNumber.Country.BE, true, false, null, "50.8", " ")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .extracting(InvalidInput.FieldError::field).containsExactly("longitude"));
        Location moved = TestDatabase.inTransaction(em, () -> catalogue.updateLocation(place.getId(), "Antenne",
                "Rue de la Victoire 96", "1060", "Saint-Gilles", EnterpriseNumber.Country.BE, true, true, "Rampe",
                "50,8290", "4.3450"));
        assertThat(moved.getCoordinatesSource()).isEqualTo(Location.CoordinatesSource.MANUAL);
        assertThat(moved.getLatitude()).isEqualTo(50.829);
        assertThat(moved.isWheelchair()).isTrue();
        assertThat(outboxRows(service.getId())).as("the place's services show the new point").isEqualTo(2);

        signedIn.signIn(otherAdmin.getId());
        assertThatThrownBy(() -> TestDatabase.inTransaction(em, () -> catalogue.updateLocation(place.getId(), null,
                "Rue 1", "1060", "Saint-Gilles", EnterpriseNumber.Country.BE, false, false, null, null, null)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.FORBIDDEN));
    }

    private static List<Long> ids(ServiceIndex index, String words) {
        return index.search(ServiceQuery.words(words)).hits().stream().map(ServiceIndex.Hit::serviceId).toList();
    }

    private static ServiceDetails details(String name) {
        return new ServiceDetails(name, "", "", "", "", "", List.of("fr"), null, null, null, null, null);
    }

    private long outboxRows(long serviceId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM search_outbox WHERE service_id = ?")
                .setParameter(1, serviceId).getSingleResult()).longValue();
    }
}
