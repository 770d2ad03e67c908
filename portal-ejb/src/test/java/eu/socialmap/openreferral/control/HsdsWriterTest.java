package eu.socialmap.openreferral.control;

import eu.socialmap.dev.HsdsSchemas;
import eu.socialmap.directory.entity.Closure;
import eu.socialmap.directory.entity.EnterpriseNumber;
import eu.socialmap.directory.entity.Location;
import eu.socialmap.directory.entity.OpeningSlot;
import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.directory.entity.OrganisationDetails;
import eu.socialmap.directory.entity.OrganisationKind;
import eu.socialmap.directory.entity.Service;
import eu.socialmap.directory.entity.TaxonomyTerm;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.platform.entity.LocalizedText;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Our records as HSDS 3.0 documents, valid against the schemas, and read back without loss. */
class HsdsWriterTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:15:30Z");
    private final Organisation organisation = organisation();
    private final TaxonomyTerm housing = withId(new TaxonomyTerm(TaxonomyTerm.Taxonomy.THEME, "housing",
            new LocalizedText("Logement", "Huisvesting", "Housing"), 10), 1L);
    private final TaxonomyTerm families = withId(new TaxonomyTerm(TaxonomyTerm.Taxonomy.AUDIENCE, "families",
            new LocalizedText("Familles", "Gezinnen", "Families"), 20), 2L);
    private final Location place = place();
    private final Service service = service();
    private final HsdsWriter.Ids ids = new HsdsWriter.Ids() {
        public String organisation(long id) { return uuid("o" + id); }
        public String location(long id) { return uuid("l" + id); }
        public String service(long id) { return uuid("s" + id); }
    };

    @Test
    void aFullServiceIsAValidHsdsServiceInTheReadersLanguageWithItsTranslationsAlongside() {
        JsonObject nl = new HsdsWriter(Language.NL, ids).serviceFull(service, organisation);
        assertThat(HsdsSchemas.violations("service", nl.toString())).isEmpty();
        assertThat(nl.getString("name")).isEqualTo("Woonbegeleiding");
        assertThat(nl.getJsonObject("x_translations").getJsonObject("name").getString("fr")).isEqualTo("Accompagnement logement");
        assertThat(nl.getJsonArray("schedules")).hasSize(3);
        assertThat(nl.getJsonArray("schedules").getJsonObject(0).getString("byday")).isEqualTo("MO");
        assertThat(nl.getJsonArray("service_at_locations").getJsonObject(0).getJsonObject("location")
                .getJsonArray("addresses").getJsonObject(0).getString("state_province")).isEqualTo("BE-BRU");
        assertThat(nl.toString()).as("nothing private: no account, no person").doesNotContain("account", "admin");

        JsonObject en = new HsdsWriter(Language.EN, ids).serviceFull(service, organisation);
        assertThat(en.getString("description")).as("no English text: the first translation there is")
                .isEqualTo("Aide à la recherche d’un logement.");
    }

    @Test
    void listFormsOrganisationsTaxonomiesAndPagesAreValidToo() {
        HsdsWriter writer = new HsdsWriter(Language.FR, ids);
        assertThat(HsdsSchemas.violations("service_list", writer.service(service, organisation).toString())).isEmpty();
        assertThat(HsdsSchemas.violations("organization", writer.organisationFull(organisation,
                List.of(writer.service(service, organisation))).toString())).isEmpty();
        assertThat(HsdsSchemas.violations("service_at_location_list",
                writer.serviceAtLocation(service, organisation, place, true).toString())).isEmpty();
        assertThat(HsdsSchemas.violations("taxonomy_term", writer.term(housing).toString())).isEmpty();
        assertThat(HsdsSchemas.violations("taxonomy", writer.taxonomy(TaxonomyTerm.Taxonomy.AUDIENCE).toString())).isEmpty();
        JsonObject page = HsdsWriter.page(List.of(writer.service(service, organisation)), 51, 2, 25);
        assertThat(HsdsSchemas.pageViolations("service_list", page.toString())).isEmpty();
        assertThat(page.getInt("total_pages")).isEqualTo(3);
        assertThat(page.getBoolean("first_page")).isFalse();
        assertThat(page.getBoolean("last_page")).isFalse();
        assertThat(HsdsSchemas.violations("api_info", HsdsWriter.apiInfo("https://portal.test/api/hsds/profile",
                "https://portal.test/openapi").toString())).isEmpty();
    }

    @Test
    void theSchemasRefuseWhatHsdsRefuses() {
        JsonObject bad = Json.createObjectBuilder(new HsdsWriter(Language.FR, ids).serviceFull(service, organisation))
                .add("status", "open").add("id", "42").remove("name").build();
        assertThat(HsdsSchemas.violations("service", bad.toString())).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void whatWeExportReadsBackAsTheSameService() {
        String exported = Json.createArrayBuilder().add(new HsdsWriter(Language.EN, ids).serviceFull(service, organisation))
                .build().toString();
        HsdsReader.Reading reading = HsdsReader.read(new ByteArrayInputStream(exported.getBytes(StandardCharsets.UTF_8)),
                Language.FR);
        assertThat(reading.rejections()).isEmpty();
        HsdsPackage.Service read = reading.hsdsPackage().services().get(0);
        assertThat(read.hsdsId()).isEqualTo(ids.service(7));
        assertThat(read.details().name()).isEqualTo(service.getName());
        assertThat(read.details().description()).isEqualTo(service.getDescription());
        assertThat(read.conditions()).isEqualTo(service.getConditions());
        assertThat(read.howToApply()).isEqualTo(service.getHowToApply());
        assertThat(read.freeOfCharge()).isTrue();
        assertThat(read.details().languages()).containsExactly("fr", "nl", "ar");
        assertThat(read.details().minimumAge()).isEqualTo(18);
        assertThat(read.details().maximumAge()).isEqualTo(99);
        assertThat(read.details().email()).isEqualTo("logement@carto.be");
        assertThat(read.details().phone()).isEqualTo("+32 2 600 00 00");
        assertThat(Set.copyOf(read.hours())).isEqualTo(service.getHours());
        assertThat(read.closures()).extracting(Closure::getFirstDay, Closure::getLastDay, Closure::getReason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 7, 21), LocalDate.of(2026, 8, 15), "Été"));
        assertThat(read.terms()).extracting(HsdsPackage.TermRef::id)
                .containsExactlyInAnyOrder(HsdsIds.term(housing), HsdsIds.term(families));
        HsdsPackage.Location location = read.locations().get(0);
        assertThat(location.address()).isEqualTo(new HsdsPackage.Address("Rue de la Victoire 96", "1060", "Saint-Gilles",
                EnterpriseNumber.Country.BE));
        assertThat(location.wheelchair()).isTrue();
        assertThat(location.hearingLoop()).isFalse();
        assertThat(location.note()).isEqualTo("Sonnette à gauche");
        assertThat(location.byHand()).as("a postcode centre stays one").isFalse();
        HsdsPackage.Organisation o = reading.hsdsPackage().organisations().get(0);
        assertThat(o.details().legalName()).isEqualTo("Carto asbl");
        assertThat(o.details().kind()).isEqualTo(OrganisationKind.ASSOCIATION);
        assertThat(o.details().description()).isEqualTo(organisation.getDescription());
        assertThat(o.details().number().digits()).isEqualTo("0403170701");
    }

    @Test
    void aForeignPackageIsReadInTheLanguageChosenWithWhatCannotBeKeptListed() throws Exception {
        HsdsReader.Reading reading;
        try (var in = getClass().getResourceAsStream("/openreferral/lille-ccas.json")) {
            reading = HsdsReader.read(in, Language.FR);
        }
        assertThat(reading.rejections()).isEmpty();
        HsdsPackage data = reading.hsdsPackage();
        assertThat(data.services()).hasSize(2);
        HsdsPackage.Service domiciliation = data.services().get(0);
        assertThat(domiciliation.details().name().exactly(Language.FR)).isEqualTo("Domiciliation administrative");
        assertThat(domiciliation.details().name().exactly(Language.NL)).isEmpty();
        assertThat(domiciliation.details().languages()).containsExactly("fr", "ar");
        assertThat(domiciliation.hours()).hasSize(5).contains(new OpeningSlot(DayOfWeek.THURSDAY, LocalTime.of(13, 30),
                LocalTime.of(16, 30)));
        assertThat(domiciliation.locations().get(0).wheelchair()).isTrue();
        assertThat(domiciliation.locations().get(0).byHand()).isTrue();
        assertThat(data.services().get(1).freeOfCharge()).isTrue();
        assertThat(data.organisations()).singleElement().satisfies(o -> {
            assertThat(o.details().kind()).isEqualTo(OrganisationKind.SOCIAL_WELFARE_CENTRE);
            assertThat(o.details().country()).isEqualTo(EnterpriseNumber.Country.FR);
            assertThat(o.details().postcode()).isEqualTo("59000");
        });
        assertThat(data.warnings()).extracting(HsdsPackage.Remark::messageKey).containsExactly("hsds.import.scheduleIgnored");
    }

    @Test
    void aBadPackageIsRefusedWithEveryReasonAtOnce() {
        String bad = """
                [{"id": "s-1", "name": "", "status": "active", "email": "not an address",
                  "organization": {"id": "o-1", "name": "Somewhere", "description": ""},
                  "service_at_locations": [{"id": "x", "location": {"id": "l-1", "location_type": "physical",
                    "addresses": [{"id": "a", "address_1": "Main Street 1", "city": "Berlin", "state_province": "BE",
                                   "postal_code": "10115", "country": "DE", "address_type": "physical"}]}}],
                  "schedules": [{"id": "h", "freq": "WEEKLY", "byday": "MO", "opens_at": "17:00", "closes_at": "09:00"}]},
                 {"id": "s-1", "name": "Twice", "status": "active"},
                 {"id": "s-3", "name": "Closed", "status": "defunct", "organization_id": "o-1"}]
                """;
        HsdsReader.Reading reading = HsdsReader.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), Language.FR);
        assertThat(reading.accepted()).isFalse();
        assertThat(reading.rejections()).extracting(HsdsPackage.Remark::messageKey).contains("directory.service.nameRequired",
                "input.email", "hsds.import.country", "hsds.import.badHours", "hsds.import.duplicateId",
                "hsds.import.notActive", "hsds.import.organisationWithoutAddress");
        assertThat(HsdsReader.read(new ByteArrayInputStream("{not json".getBytes(StandardCharsets.UTF_8)), Language.FR)
                .rejections()).extracting(HsdsPackage.Remark::messageKey).containsExactly("hsds.import.notJson");
    }

    // --- fixtures ----------------------------------------------------------------------------------------------

    private Organisation organisation() {
        Organisation o = new Organisation(new OrganisationDetails("Carto asbl", "Carto", OrganisationKind.ASSOCIATION,
                "0403.170.701", "Rue de la Victoire 96", "1060", "Saint-Gilles", EnterpriseNumber.Country.BE,
                "www.carto.be", "contact@carto.be", "+32 2 600 00 01", List.of("fr", "nl"),
                "Carte sociale.", "Sociale kaart.", "").check(), NOW);
        return withId(o, 3L);
    }

    private Location place() {
        Location l = new Location(3L, "Antenne", "Rue de la Victoire 96", "1060", "Saint-Gilles",
                EnterpriseNumber.Country.BE, NOW);
        l.locateByPostcode(50.8276, 4.3439);
        l.describeAccess(true, false, "Sonnette à gauche");
        return withId(l, 5L);
    }

    private Service service() {
        Service s = new Service(3L, new LocalizedText("Accompagnement logement", "Woonbegeleiding", ""),
                new LocalizedText("Aide à la recherche d’un logement.", "Hulp bij het zoeken naar een woning.", ""),
                List.of("fr", "nl", "ar"), NOW);
        s.describeAccess(new LocalizedText("Habiter Saint-Gilles.", "", ""), new LocalizedText("Sur rendez-vous.", "Op afspraak.", ""),
                new LocalizedText("", "", ""), true, NOW);
        s.serveAges(18, 99, NOW);
        s.contact("logement@carto.be", "+32 2 600 00 00", "https://www.carto.be/logement", NOW);
        s.openAt(List.of(new OpeningSlot(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new OpeningSlot(DayOfWeek.MONDAY, LocalTime.of(13, 30), LocalTime.of(16, 0)),
                new OpeningSlot(DayOfWeek.THURSDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))), NOW);
        s.closeOn(List.of(new Closure(LocalDate.of(2026, 7, 21), LocalDate.of(2026, 8, 15), "Été")), NOW);
        s.classify(Set.of(housing, families), NOW);
        s.offerAt(Set.of(place), NOW);
        return withId(s, 7L);
    }

    private static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Entities get their ids from the database; these never see one. */
    static <T> T withId(T entity, long id) {
        try {
            var field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
