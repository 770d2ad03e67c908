package eu.socialmap.openreferral.boundary;

import eu.socialmap.dev.HsdsSchemas;
import eu.socialmap.directory.boundary.PostcodeTable;
import eu.socialmap.directory.control.Postcodes;
import eu.socialmap.directory.entity.Closure;
import eu.socialmap.directory.entity.EnterpriseNumber;
import eu.socialmap.directory.entity.Location;
import eu.socialmap.directory.entity.OpeningSlot;
import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.directory.entity.OrganisationDetails;
import eu.socialmap.directory.entity.OrganisationKind;
import eu.socialmap.directory.entity.Service;
import eu.socialmap.directory.entity.TaxonomyTerm;
import eu.socialmap.membership.boundary.MembershipFixtures;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.openreferral.control.HsdsPackage;
import eu.socialmap.openreferral.control.HsdsTablesWriter;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.platform.entity.LocalizedText;
import eu.socialmap.search.boundary.ServiceSearch;
import eu.socialmap.testing.TestDatabase;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** HSDS 3.0 on a real MariaDB: a foreign package imported (twice), a bad one changing nothing, our export round trip. */
class OpenReferralIT {

    private final EntityManager em = TestDatabase.entityManagerFactory().createEntityManager();
    private final MembershipFixtures fixtures = new MembershipFixtures(em);
    private final MembershipFixtures.SignedIn signedIn = MembershipFixtures.signedIn(em);
    private final HsdsImport importer = new HsdsImport();
    private final OpenReferral api = new OpenReferral();

    @BeforeEach
    void wire() {
        Postcodes table = Postcodes.read(new StringReader("country,postcode,commune,latitude,longitude\n"
                + "FR,59800,Lille,50.6333,3.0833\nBE,1060,Saint-Gilles,50.8276,4.3439\n"));
        PostcodeTable postcodes = new PostcodeTable() {
            @Override
            public Postcodes postcodes() {
                return table;
            }
        };
        importer.em = em;
        importer.callers = signedIn;
        importer.audit = MembershipFixtures.audit(em, signedIn);
        importer.postcodeTable = postcodes;
        api.em = em;
        api.search = new ServiceSearch(); // no index in this test: words are searched in the Arquillian test
        api.postcodeTable = postcodes;
        api.callers = signedIn;
        signedIn.signIn(TestDatabase.inTransaction(em, fixtures::coordinator).getId());
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void aForeignPackageCreatesADirectoryEntryWithItsServicesAndImportingItAgainUpdatesThem() throws Exception {
        String foreign = new String(resource("/openreferral/lille-ccas.json").readAllBytes(), StandardCharsets.UTF_8)
                .replace("0b6f5c3e-9a51-4c59-8f0e-3d2b7a1c4e0", unique("0b6f5c3e"))   // fresh ids on every run
                .replace("7c1e2f40-5b6a-4d3e-9f21-0a8b7c6d5e01", UUID.randomUUID().toString())
                .replace("5d4c3b2a-1f0e-4d9c-8b7a-6e5f4d3c2b0", unique("5d4c3b2a"))
                .replace("732 829 320", "");
        long outboxBefore = count("SELECT COUNT(*) FROM search_outbox");

        ImportReport report = TestDatabase.inTransaction(em, () -> importer.importPackage(stream(foreign), Language.FR));

        assertThat(report.rejected()).isEmpty();
        assertThat(report.created()).extracting(ImportReport.Line::kind).containsExactlyInAnyOrder(
                ImportReport.Kind.ORGANISATION, ImportReport.Kind.LOCATION, ImportReport.Kind.LOCATION,
                ImportReport.Kind.SERVICE, ImportReport.Kind.SERVICE);
        assertThat(report.warnings()).extracting(HsdsPackage.Remark::messageKey)
                .containsExactlyInAnyOrder("hsds.import.scheduleIgnored", "hsds.import.termIgnored");
        assertThat(count("SELECT COUNT(*) FROM search_outbox") - outboxBefore).as("the index is told").isEqualTo(2);
        String serviceId = foreignServiceId(foreign, 0);
        Service domiciliation = em.find(Service.class, serviceRow(serviceId));
        em.refresh(domiciliation);
        assertThat(domiciliation.getName().exactly(Language.FR)).isEqualTo("Domiciliation administrative");
        assertThat(domiciliation.getTerms()).extracting(TaxonomyTerm::getCode).containsExactly("homelessness");
        assertThat(domiciliation.getHours()).hasSize(5);
        Organisation ccas = em.find(Organisation.class, domiciliation.getOrganisationId());
        assertThat(ccas.getStatus()).isEqualTo(Organisation.Status.ACCEPTED);
        assertThat(ccas.getKind()).isEqualTo(OrganisationKind.SOCIAL_WELFARE_CENTRE);
        assertThat(count("SELECT COUNT(*) FROM account WHERE organisation_id = " + ccas.getId())).isZero();
        Location fives = domiciliationPlaceOf(foreignServiceId(foreign, 1));
        assertThat(fives.getCoordinatesSource()).as("no coordinates in the package: the postcode's")
                .isEqualTo(Location.CoordinatesSource.POSTCODE);

        JsonObject shown = api.service(serviceId, Language.FR).orElseThrow();
        assertThat(HsdsSchemas.violations("service", shown.toString())).isEmpty();
        assertThat(shown.getString("id")).as("the package's id is ours now").isEqualTo(serviceId);

        ImportReport again = TestDatabase.inTransaction(em, () -> importer.importPackage(stream(
                foreign.replace("Domiciliation administrative", "Domiciliation")), Language.FR));
        assertThat(again.created()).isEmpty();
        assertThat(again.updated()).extracting(ImportReport.Line::kind).contains(ImportReport.Kind.SERVICE,
                ImportReport.Kind.SERVICE);
        em.clear();
        assertThat(em.find(Service.class, serviceRow(serviceId)).getName().exactly(Language.FR)).isEqualTo("Domiciliation");
    }

    @Test
    void aPackageWithOneBadServiceChangesNothingAndSaysWhy() throws Exception {
        String foreign = new String(resource("/openreferral/lille-ccas.json").readAllBytes(), StandardCharsets.UTF_8)
                .replace("0b6f5c3e-9a51-4c59-8f0e-3d2b7a1c4e0", unique("0b6f5c3e"))
                .replace("7c1e2f40-5b6a-4d3e-9f21-0a8b7c6d5e01", UUID.randomUUID().toString())
                .replace("5d4c3b2a-1f0e-4d9c-8b7a-6e5f4d3c2b0", unique("5d4c3b2a"))
                .replace("\"59800\"", "\"598\"");
        long services = count("SELECT COUNT(*) FROM service");
        long organisations = count("SELECT COUNT(*) FROM organisation");

        ImportReport report = TestDatabase.inTransaction(em, () -> importer.importPackage(stream(foreign), Language.FR));

        assertThat(report.accepted()).isFalse();
        assertThat(report.rejected()).extracting(HsdsPackage.Remark::messageKey).containsExactly("directory.postcode.invalid.fr");
        assertThat(report.rejected().get(0).record()).contains("Colis alimentaires");
        assertThat(count("SELECT COUNT(*) FROM service")).isEqualTo(services);
        assertThat(count("SELECT COUNT(*) FROM organisation")).isEqualTo(organisations);
    }

    @Test
    void aCsvDataPackageOfAForeignOrganisationIsImportedLikeAJsonOne() {
        String prefix = "k" + UUID.randomUUID().toString().replace("-", "").substring(0, 12) + "-";
        Map<String, byte[]> files = kortrijk(prefix);
        long outboxBefore = count("SELECT COUNT(*) FROM search_outbox");

        ImportReport report = TestDatabase.inTransaction(em, () -> importer.importDataPackage(zip(files), Language.NL));

        assertThat(report.rejected()).isEmpty();
        assertThat(report.created()).extracting(ImportReport.Line::kind).containsExactlyInAnyOrder(
                ImportReport.Kind.ORGANISATION, ImportReport.Kind.LOCATION, ImportReport.Kind.SERVICE, ImportReport.Kind.SERVICE);
        assertThat(report.warnings()).extracting(HsdsPackage.Remark::record, HsdsPackage.Remark::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("README.txt", "hsds.csv.fileIgnored"));
        assertThat(count("SELECT COUNT(*) FROM search_outbox") - outboxBefore).isEqualTo(2);
        Service housing = em.find(Service.class, serviceRow(prefix + "svc-1"));
        em.refresh(housing);
        assertThat(housing.getName().exactly(Language.NL)).isEqualTo("Woonbegeleiding");
        assertThat(housing.getName().exactly(Language.FR)).as("texts in the language chosen on the page").isEmpty();
        assertThat(housing.getTerms()).extracting(TaxonomyTerm::getCode).containsExactly("housing");
        assertThat(housing.getHours()).hasSize(3);
        Service debts = em.find(Service.class, serviceRow(prefix + "svc-2"));
        em.refresh(debts);
        assertThat(debts.getTerms()).extracting(TaxonomyTerm::getCode).containsExactly("debt");
        assertThat(debts.getOrganisationId()).isEqualTo(housing.getOrganisationId());
        Organisation ocmw = em.find(Organisation.class, housing.getOrganisationId());
        assertThat(ocmw.getLegalName()).isEqualTo("OCMW Kortrijk");
        assertThat(ocmw.getStatus()).isEqualTo(Organisation.Status.ACCEPTED);
        assertThat(ocmw.getKind()).isEqualTo(OrganisationKind.SOCIAL_WELFARE_CENTRE);

        ImportReport again = TestDatabase.inTransaction(em, () -> importer.importDataPackage(zip(files), Language.NL));
        assertThat(again.created()).as("matched by the package's ids").isEmpty();
    }

    @Test
    void aBadCsvDataPackageChangesNothingAndSaysWhichRowOfWhichFile() {
        Map<String, byte[]> files = kortrijk("k" + UUID.randomUUID().toString().replace("-", "").substring(0, 12) + "-");
        files.put("addresses.csv", new String(files.get("addresses.csv"), StandardCharsets.UTF_8)
                .replace(",8500,", ",85,").getBytes(StandardCharsets.UTF_8));
        files.put("languages.csv", (new String(files.get("languages.csv"), StandardCharsets.UTF_8) + "extra,row\n")
                .getBytes(StandardCharsets.UTF_8));
        long services = count("SELECT COUNT(*) FROM service");
        long organisations = count("SELECT COUNT(*) FROM organisation");
        long places = count("SELECT COUNT(*) FROM location");

        ImportReport report = TestDatabase.inTransaction(em, () -> importer.importDataPackage(zip(files), Language.NL));

        assertThat(report.accepted()).isFalse();
        assertThat(report.rejected()).extracting(HsdsPackage.Remark::record, HsdsPackage.Remark::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("languages.csv, row 5", "hsds.csv.badRow"));
        assertThat(count("SELECT COUNT(*) FROM service")).isEqualTo(services);

        files.put("languages.csv", new String(files.get("languages.csv"), StandardCharsets.UTF_8).replace("extra,row\n", "")
                .getBytes(StandardCharsets.UTF_8));
        report = TestDatabase.inTransaction(em, () -> importer.importDataPackage(zip(files), Language.NL));

        assertThat(report.accepted()).isFalse();
        assertThat(report.rejected()).extracting(HsdsPackage.Remark::messageKey).contains("directory.postcode.invalid.be");
        assertThat(report.rejected()).extracting(HsdsPackage.Remark::record)
                .anyMatch(record -> record.startsWith("services.csv, row 2 Woonbegeleiding"));
        assertThat(count("SELECT COUNT(*) FROM service")).isEqualTo(services);
        assertThat(count("SELECT COUNT(*) FROM organisation")).isEqualTo(organisations);
        assertThat(count("SELECT COUNT(*) FROM location")).isEqualTo(places);
    }

    @Test
    void ourExportImportedIntoADatabaseWithoutItGivesBackTheSameServices() {
        long organisationId = TestDatabase.inTransaction(em, this::organisationWithTwoServices);
        JsonObject page = api.services(new OpenReferral.Filter(null, null, null, organisationHsdsId(organisationId), null,
                null, null), OpenReferral.Detail.FULL, 1, 100, Language.NL);
        assertThat(HsdsSchemas.pageViolations("service", page.toString())).isEmpty();
        List<Snapshot> before = snapshots(organisationId);
        assertThat(before).hasSize(2);

        TestDatabase.inTransaction(em, () -> {   // the data set gone, as in an empty database
            em.createNativeQuery("DELETE FROM service WHERE organisation_id = " + organisationId).executeUpdate();
            em.createNativeQuery("DELETE FROM location WHERE organisation_id = " + organisationId).executeUpdate();
            return em.createNativeQuery("DELETE FROM organisation WHERE id = " + organisationId).executeUpdate();
        });
        em.clear();

        ImportReport report = TestDatabase.inTransaction(em, () -> importer.importPackage(stream(page.toString()), Language.EN));
        assertThat(report.rejected()).isEmpty();
        assertThat(report.warnings()).isEmpty();
        em.clear();
        long reimported = em.createQuery("SELECT s.organisationId FROM Service s WHERE s.id = :id", Long.class)
                .setParameter("id", serviceRow(page.getJsonArray("contents").getJsonObject(0).getString("id")))
                .getSingleResult();
        assertThat(snapshots(reimported)).usingRecursiveComparison().isEqualTo(before);
        Organisation organisation = em.find(Organisation.class, reimported);
        assertThat(organisation.getDescription()).isEqualTo(new LocalizedText("Carte sociale.", "Sociale kaart.", "Social map."));
        assertThat(organisation.getEnterpriseNumber()).isEmpty();
        assertThat(organisation.getLanguages()).containsExactly("fr", "nl");
    }

    @Test
    void ourCsvDataPackageImportedIntoADatabaseWithoutItGivesBackTheSameServices() throws Exception {
        long organisationId = TestDatabase.inTransaction(em, this::organisationWithTwoServices);
        List<Long> ours = em.createQuery("SELECT s.id FROM Service s WHERE s.organisationId = :o ORDER BY s.id", Long.class)
                .setParameter("o", organisationId).getResultList();
        assertThat(api.exportedServices()).containsAll(ours);
        byte[] zip;
        try (HsdsTablesWriter tables = HsdsTablesWriter.inTemporaryDirectory()) {   // as /coordination/hsds-export?format=csv
            for (JsonObject service : api.exportBatch(ours, Language.NL)) {
                tables.add(service);
            }
            assertThat(tables.dropped()).isEmpty();
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            tables.writeZip(bytes);
            zip = bytes.toByteArray();
        }
        List<Snapshot> before = snapshots(organisationId);
        assertThat(before).hasSize(2);
        String firstService = hsdsId("service", ours.get(0));

        TestDatabase.inTransaction(em, () -> {   // the data set gone, as in an empty database
            em.createNativeQuery("DELETE FROM service WHERE organisation_id = " + organisationId).executeUpdate();
            em.createNativeQuery("DELETE FROM location WHERE organisation_id = " + organisationId).executeUpdate();
            return em.createNativeQuery("DELETE FROM organisation WHERE id = " + organisationId).executeUpdate();
        });
        em.clear();

        ImportReport report = TestDatabase.inTransaction(em, () -> importer.importDataPackage(new ByteArrayInputStream(zip),
                Language.EN));
        assertThat(report.rejected()).isEmpty();
        assertThat(report.warnings()).isEmpty();
        assertThat(report.created()).extracting(ImportReport.Line::kind).containsExactlyInAnyOrder(
                ImportReport.Kind.ORGANISATION, ImportReport.Kind.LOCATION, ImportReport.Kind.LOCATION,
                ImportReport.Kind.SERVICE, ImportReport.Kind.SERVICE);
        em.clear();
        long reimported = em.createQuery("SELECT s.organisationId FROM Service s WHERE s.id = :id", Long.class)
                .setParameter("id", serviceRow(firstService)).getSingleResult();
        assertThat(snapshots(reimported)).usingRecursiveComparison().isEqualTo(before);
        Organisation organisation = em.find(Organisation.class, reimported);
        assertThat(organisation.getDescription()).isEqualTo(new LocalizedText("Carte sociale.", "Sociale kaart.", "Social map."));
        assertThat(organisation.getLanguages()).containsExactly("fr", "nl");
        assertThat(organisation.getStreet()).isEqualTo("Rue de la Victoire 96");

        ImportReport again = TestDatabase.inTransaction(em, () -> importer.importDataPackage(new ByteArrayInputStream(zip),
                Language.EN));
        assertThat(again.rejected()).isEmpty();
        assertThat(again.created()).as("matched by their ids").isEmpty();
        assertThat(snapshots(reimported)).usingRecursiveComparison().isEqualTo(before);
    }

    @Test
    void aPackageThatWouldFailWhileWritingIsRefusedInTheReportWithNothingChanged() {
        long organisationId = TestDatabase.inTransaction(em, this::organisationWithTwoServices);
        String number = belgianNumber();
        TestDatabase.inTransaction(em, () -> {
            Organisation holder = Organisation.directoryEntry(new OrganisationDetails("Holder " + number, "",
                    OrganisationKind.ASSOCIATION, number, "Rue de la Victoire 1", "1060", "Saint-Gilles",
                    EnterpriseNumber.Country.BE, null, "holder@example.org", null, List.of("fr"), "", "", "").check(),
                    Instant.now());
            em.persist(holder);
            return holder;
        });
        JsonObject page = api.services(new OpenReferral.Filter(null, null, null, organisationHsdsId(organisationId), null,
                null, null), OpenReferral.Detail.FULL, 1, 100, Language.FR);
        List<String> tables = List.of("organisation", "location", "service", "service_closure", "service_location",
                "search_outbox", "audit_event");
        List<Long> before = tables.stream().map(t -> count("SELECT COUNT(*) FROM " + t)).toList();

        // the enterprise number of another organisation (uk_organisation_enterprise)
        String taken = withEveryService(page, service -> jakarta.json.Json.createObjectBuilder(service).add("organization",
                jakarta.json.Json.createObjectBuilder(service.getJsonObject("organization")).add("tax_id", number)).build());
        ImportReport report = TestDatabase.inTransaction(em, () -> importer.importPackage(stream(taken), Language.FR));
        assertThat(report.accepted()).isFalse();
        assertThat(report.rejected()).extracting(HsdsPackage.Remark::messageKey).containsOnly("hsds.import.numberTaken");

        // two closures on one first day (the closures' primary key)
        String twice = withEveryService(page, service -> jakarta.json.Json.createObjectBuilder(service).add("x_closures",
                jakarta.json.Json.createArrayBuilder().add(jakarta.json.Json.createObjectBuilder().add("first_day", "2026-12-24")
                        .add("last_day", "2026-12-24")).add(jakarta.json.Json.createObjectBuilder()
                        .add("first_day", "2026-12-24").add("last_day", "2026-12-31").add("reason", "Fêtes"))).build());
        ImportReport closures = TestDatabase.inTransaction(em, () -> importer.importPackage(stream(twice), Language.FR));
        assertThat(closures.rejected()).extracting(HsdsPackage.Remark::messageKey).contains("hsds.import.closureTwice");

        // an id we hold, written in capitals
        String capitals = withEveryService(page, service -> jakarta.json.Json.createObjectBuilder(service)
                .add("id", service.getString("id").toUpperCase(java.util.Locale.ROOT)).build());
        ImportReport ids = TestDatabase.inTransaction(em, () -> importer.importPackage(stream(capitals), Language.FR));
        assertThat(ids.rejected()).extracting(HsdsPackage.Remark::messageKey).containsOnly("hsds.import.idCase");

        em.clear();
        assertThat(tables.stream().map(t -> count("SELECT COUNT(*) FROM " + t)).toList()).as(tables.toString())
                .isEqualTo(before);
        assertThat(em.find(Organisation.class, organisationId).getEnterpriseNumber()).isEmpty();
    }

    @Test
    void anImportTellsTheIndexAboutEveryServiceOfAnOrganisationItDescribesOrAtAPlaceItMoves() {
        long organisationId = TestDatabase.inTransaction(em, this::organisationWithTwoServices);
        List<Service> services = em.createQuery("SELECT s FROM Service s WHERE s.organisationId = :o", Service.class)
                .setParameter("o", organisationId).getResultList();
        Service housing = services.stream().filter(s -> s.getLocations().size() == 2).findFirst().orElseThrow();
        Service legal = services.stream().filter(s -> s.getLocations().size() == 1).findFirst().orElseThrow();
        JsonObject onlyLegal = api.service(hsdsId("service", legal.getId()), Language.FR).orElseThrow();
        String moved = jakarta.json.Json.createArrayBuilder().add(onlyLegal).build().toString()
                .replace("Chaussée de Waterloo 255", "Chaussée de Waterloo 257");
        long lastRow = count("SELECT COALESCE(MAX(id), 0) FROM search_outbox");

        ImportReport report = TestDatabase.inTransaction(em, () -> importer.importPackage(stream(moved), Language.FR));

        assertThat(report.rejected()).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM search_outbox WHERE id > " + lastRow + " AND service_id = " + housing.getId()))
                .as("not in the package, but its organisation and its place changed").isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM search_outbox WHERE id > " + lastRow + " AND service_id = " + legal.getId()))
                .isEqualTo(1);
    }

    @Test
    void newRowsGetRandomCaseSensitiveIdsNotTheDatabasesTimeAndMacAddressOnes() {
        long organisationId = TestDatabase.inTransaction(em, this::organisationWithTwoServices);
        long serviceId = em.createQuery("SELECT MIN(s.id) FROM Service s WHERE s.organisationId = :o", Long.class)
                .setParameter("o", organisationId).getSingleResult();
        long locationId = em.createQuery("SELECT MIN(l.id) FROM Location l WHERE l.organisationId = :o", Long.class)
                .setParameter("o", organisationId).getSingleResult();
        for (String id : List.of(hsdsId("organisation", organisationId), hsdsId("service", serviceId),
                hsdsId("location", locationId))) {
            assertThat(UUID.fromString(id).version()).as(id).isEqualTo(4);
        }
        for (String table : List.of("organisation", "location", "service")) {
            assertThat(em.createNativeQuery("SELECT CONCAT(CHARACTER_SET_NAME, ' ', COLLATION_NAME) FROM "
                    + "information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND COLUMN_NAME = 'hsds_id'")
                    .setParameter(1, table).getSingleResult()).as(table).isEqualTo("ascii ascii_bin");
        }
        assertThat(new eu.socialmap.openreferral.control.StoredIds(em).find(eu.socialmap.openreferral.control.StoredIds.Table.SERVICE,
                hsdsId("service", serviceId).toUpperCase(java.util.Locale.ROOT))).as("compared exactly").isEmpty();
    }

    @Test
    void listsAreCappedAtAHundredInEveryFormAndModifiedAfterIsStrictlyAfter() {
        long organisationId = TestDatabase.inTransaction(em, () -> {
            long id = organisationWithTwoServices();
            for (int i = 0; i < 100; i++) {
                em.persist(new Service(id, new LocalizedText("Service " + i, "", ""), new LocalizedText("", "", ""),
                        List.of("fr"), Instant.now()));
            }
            return id;
        });
        OpenReferral.Filter ofOrganisation = new OpenReferral.Filter(null, null, null, organisationHsdsId(organisationId),
                null, null, null);
        JsonObject minimal = api.services(ofOrganisation, OpenReferral.Detail.MINIMAL, 1, 10_000, Language.FR);
        assertThat(minimal.getInt("total_items")).isEqualTo(102);
        assertThat(minimal.getJsonArray("contents")).hasSize(100);
        assertThat(minimal.getJsonArray("contents").getJsonObject(0).keySet()).containsExactlyInAnyOrder("id", "last_modified");
        assertThat(api.services(ofOrganisation, OpenReferral.Detail.LIST, 2, 10_000, Language.FR)
                .getJsonArray("contents")).hasSize(2);

        em.clear();
        Service newest = em.createQuery("SELECT s FROM Service s WHERE s.organisationId = :o ORDER BY s.updatedAt DESC, s.id",
                Service.class).setParameter("o", organisationId).setMaxResults(1).getSingleResult();
        Instant last = newest.getUpdatedAt();
        long atThatInstant = count("SELECT COUNT(*) FROM service WHERE organisation_id = " + organisationId
                + " AND updated_at = (SELECT MAX(updated_at) FROM service WHERE organisation_id = " + organisationId + ")");
        OpenReferral.Filter after = new OpenReferral.Filter(null, null, null, organisationHsdsId(organisationId), last,
                null, null);
        assertThat(api.services(after, OpenReferral.Detail.MINIMAL, 1, 100, Language.FR).getInt("total_items")).isZero();
        OpenReferral.Filter justBefore = new OpenReferral.Filter(null, null, null, organisationHsdsId(organisationId),
                last.minusMillis(1), null, null);
        assertThat(api.services(justBefore, OpenReferral.Detail.MINIMAL, 1, 100, Language.FR).getInt("total_items"))
                .isEqualTo((int) atThatInstant);
    }

    @Test
    void organisationsWithTheirServicesServicesAtLocationsAndTheExportForCoordinatorsOnly() {
        long organisationId = TestDatabase.inTransaction(em, this::organisationWithTwoServices);
        String name = em.find(Organisation.class, organisationId).getLegalName();

        JsonObject organisations = api.organisations(name, true, 1, 10, Language.FR);
        assertThat(organisations.getInt("total_items")).isEqualTo(1);
        assertThat(organisations.getJsonArray("contents").getJsonObject(0).getJsonArray("services")).hasSize(2);

        JsonObject pairs = api.servicesAtLocations(new OpenReferral.Filter(null, null, null,
                organisationHsdsId(organisationId), null, null, null), 1, 100, Language.FR);
        assertThat(pairs.getInt("total_items")).isEqualTo(3);
        for (JsonObject pair : pairs.getJsonArray("contents").getValuesAs(JsonObject.class)) {
            assertThat(api.serviceAtLocation(pair.getString("id"), Language.FR)).hasValueSatisfying(found ->
                    assertThat(found.getString("location_id")).isEqualTo(pair.getString("location_id")));
        }
        String first = pairs.getJsonArray("contents").getJsonObject(0).getString("id");
        TestDatabase.inTransaction(em, () -> em.createNativeQuery("UPDATE service SET status = 'INACTIVE' WHERE organisation_id = "
                + organisationId).executeUpdate());
        assertThat(api.serviceAtLocation(first, Language.FR)).as("no longer public").isEmpty();

        assertThat(api.exportedServices()).isNotEmpty();
        Account member = TestDatabase.inTransaction(em, () -> fixtures.acceptedOrganisationWithAdministrator(
                "Export " + System.nanoTime()));
        signedIn.signIn(member.getId());
        assertThatThrownBy(api::exportedServices).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> api.exportBatch(List.of(1L), Language.FR)).isInstanceOf(BusinessException.class);
    }

    /** The package of these services, each changed. */
    private static String withEveryService(JsonObject page, java.util.function.UnaryOperator<JsonObject> change) {
        var services = jakarta.json.Json.createArrayBuilder();
        page.getJsonArray("contents").getValuesAs(JsonObject.class).forEach(s -> services.add(change.apply(s)));
        return services.build().toString();
    }

    /** A fresh valid Belgian enterprise number (modulo 97). */
    private static String belgianNumber() {
        long base = 10_000_000L + (System.nanoTime() / 1000) % 9_000_000L;
        return String.format("%08d%02d", base, 97 - base % 97);
    }

    // --- fixtures ----------------------------------------------------------------------------------------------

    record Snapshot(String hsdsId, LocalizedText name, LocalizedText description, LocalizedText conditions,
                    LocalizedText howToApply, LocalizedText fees, boolean free, Integer minimumAge, Integer maximumAge,
                    List<String> languages, String email, String phone, String website, Set<String> terms,
                    Set<OpeningSlot> hours, List<String> closures, List<String> places) {
    }

    private List<Snapshot> snapshots(long organisationId) {
        em.clear();
        return em.createQuery("SELECT s FROM Service s WHERE s.organisationId = :o", Service.class)
                .setParameter("o", organisationId).getResultStream()
                .map(s -> new Snapshot(hsdsId("service", s.getId()), s.getName(), s.getDescription(), s.getConditions(),
                        s.getHowToApply(), s.getFees(), s.isFreeOfCharge(), s.getMinimumAge(), s.getMaximumAge(),
                        s.getLanguages(), s.getEmail(), s.getPhone(), s.getWebsite(),
                        Set.copyOf(s.getTerms().stream().map(t -> t.getTaxonomy() + "/" + t.getCode()).toList()),
                        s.getHours(),
                        s.getClosures().stream().sorted(Comparator.comparing(Closure::getFirstDay))
                                .map(c -> c.getFirstDay() + ".." + c.getLastDay() + " " + c.getReason()).toList(),
                        s.getLocations().stream().map(l -> hsdsId("location", l.getId()) + " " + l.getName() + " "
                                + l.getStreet() + " " + l.getPostcode() + " " + l.getCommune() + " " + l.getCountry() + " "
                                + l.getLatitude() + " " + l.getLongitude() + " " + l.getCoordinatesSource() + " "
                                + l.isWheelchair() + l.isHearingLoop() + " " + l.getAccessibilityNote()).sorted().toList()))
                .sorted(Comparator.comparing(Snapshot::hsdsId)).toList();
    }

    private long organisationWithTwoServices() {
        Instant now = Instant.now();
        Organisation organisation = Organisation.directoryEntry(new OrganisationDetails("Carto " + System.nanoTime() + " asbl",
                "", OrganisationKind.ASSOCIATION, null, "Rue de la Victoire 96", "1060", "Saint-Gilles",
                EnterpriseNumber.Country.BE, "www.carto.be", "contact@carto.be", null, List.of("fr", "nl"),
                "Carte sociale.", "Sociale kaart.", "Social map.").check(), now);
        em.persist(organisation);
        em.flush();
        Location antenna = new Location(organisation.getId(), "Antenne", "Rue de la Victoire 96", "1060", "Saint-Gilles",
                EnterpriseNumber.Country.BE, now);
        antenna.locateByPostcode(50.8276, 4.3439);
        antenna.describeAccess(true, true, "Sonnette à gauche");
        Location office = new Location(organisation.getId(), null, "Chaussée de Waterloo 255", "1060", "Saint-Gilles",
                EnterpriseNumber.Country.BE, now);
        office.placeByHand(50.82512, 4.34677);
        em.persist(antenna);
        em.persist(office);
        List<TaxonomyTerm> terms = em.createQuery("SELECT t FROM TaxonomyTerm t WHERE t.code IN ('housing', 'families', 'legal')",
                TaxonomyTerm.class).getResultList();
        Service housing = new Service(organisation.getId(), new LocalizedText("Accompagnement logement", "Woonbegeleiding",
                "Housing support"), new LocalizedText("Aide à la recherche d’un logement.", "Hulp bij het zoeken naar een woning.",
                "Help to find a home."), List.of("fr", "nl", "ar"), now);
        housing.describeAccess(new LocalizedText("Habiter Saint-Gilles.", "In Sint-Gillis wonen.", ""),
                new LocalizedText("Sur rendez-vous.", "", "By appointment."), new LocalizedText("", "", ""), true, now);
        housing.serveAges(18, null, now);
        housing.contact("logement@carto.be", "+32 2 600 00 00", "https://www.carto.be/logement", now);
        housing.openAt(List.of(new OpeningSlot(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new OpeningSlot(DayOfWeek.MONDAY, LocalTime.of(13, 30), LocalTime.of(16, 0)),
                new OpeningSlot(DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(11, 30))), now);
        housing.closeOn(List.of(new Closure(LocalDate.of(2026, 7, 21), LocalDate.of(2026, 8, 15), "Congé d’été"),
                new Closure(LocalDate.of(2026, 11, 11), LocalDate.of(2026, 11, 11), null)), now);
        housing.classify(Set.copyOf(terms.stream().filter(t -> !t.getCode().equals("legal")).toList()), now);
        housing.offerAt(Set.of(antenna, office), now);
        Service legal = new Service(organisation.getId(), new LocalizedText("", "Juridische permanentie", ""),
                new LocalizedText("", "", ""), List.of("nl"), now);
        legal.serveAges(null, 25, now);
        legal.classify(Set.copyOf(terms.stream().filter(t -> t.getCode().equals("legal")).toList()), now);
        legal.offerAt(Set.of(office), now);
        em.persist(housing);
        em.persist(legal);
        em.flush();
        return organisation.getId();
    }

    private String organisationHsdsId(long id) {
        return hsdsId("organisation", id);
    }

    private String hsdsId(String table, long id) {
        return (String) em.createNativeQuery("SELECT hsds_id FROM " + table + " WHERE id = " + id).getSingleResult();
    }

    private long serviceRow(String hsdsId) {
        return ((Number) em.createNativeQuery("SELECT id FROM service WHERE hsds_id = ?").setParameter(1, hsdsId)
                .getSingleResult()).longValue();
    }

    private Location domiciliationPlaceOf(String serviceHsdsId) {
        Service service = em.find(Service.class, serviceRow(serviceHsdsId));
        em.refresh(service);
        return service.getLocations().iterator().next();
    }

    private static String foreignServiceId(String json, int index) {
        return jakarta.json.Json.createReader(new StringReader(json)).readArray().getJsonObject(index).getString("id");
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    /** A UUID prefix of 35 characters: the package's ids end with one more digit. */
    private static String unique(String start) {
        return start + UUID.randomUUID().toString().substring(8, 35);
    }

    /** The hand-written CSV package of the OCMW Kortrijk, its ids starting with {@code prefix} (fresh on every run). */
    private Map<String, byte[]> kortrijk(String prefix) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : List.of("datapackage.json", "organizations.csv", "services.csv", "locations.csv",
                "service_at_location.csv", "addresses.csv", "phones.csv", "schedules.csv", "languages.csv",
                "taxonomies.csv", "taxonomy_terms.csv", "attributes.csv", "README.txt")) {
            try (InputStream in = resource("/openreferral/kortrijk-ocmw/" + name)) {
                files.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("kortrijk-", prefix)
                        .getBytes(StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return files;
    }

    private static InputStream zip(Map<String, byte[]> files) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    private static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    private InputStream resource(String name) {
        return getClass().getResourceAsStream(name);
    }
}
