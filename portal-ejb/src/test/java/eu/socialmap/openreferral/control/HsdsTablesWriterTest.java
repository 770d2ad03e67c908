package eu.socialmap.openreferral.control;

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
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static eu.socialmap.openreferral.control.HsdsWriterTest.withId;
import static org.assertj.core.api.Assertions.assertThat;

/** Our nested services written as a CSV data package and read back by HsdsTables: the same services, nothing lost. */
class HsdsTablesWriterTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:15:30Z");
    private final TaxonomyTerm housing = withId(new TaxonomyTerm(TaxonomyTerm.Taxonomy.THEME, "housing",
            new LocalizedText("Logement", "Huisvesting", "Housing"), 10), 1L);
    private final TaxonomyTerm families = withId(new TaxonomyTerm(TaxonomyTerm.Taxonomy.AUDIENCE, "families",
            new LocalizedText("Familles", "Gezinnen", "Families"), 20), 2L);
    private final TaxonomyTerm legal = withId(new TaxonomyTerm(TaxonomyTerm.Taxonomy.THEME, "legal",
            new LocalizedText("Aide juridique", "Juridische hulp", "Legal aid"), 30), 3L);
    private final Organisation organisation = organisation();
    private final Location antenna = antenna();
    private final Location office = office();
    private final Service housingSupport = housingSupport();
    private final Service legalDesk = legalDesk();
    private final HsdsWriter.Ids ids = new HsdsWriter.Ids() {
        public String organisation(long id) { return uuid("o" + id); }
        public String location(long id) { return uuid("l" + id); }
        public String service(long id) { return uuid("s" + id); }
    };

    @TempDir
    Path directory;

    @Test
    void ourServicesWrittenAsTablesReadBackAsTheSameNestedServices() throws IOException {
        HsdsWriter writer = new HsdsWriter(Language.NL, ids);
        List<JsonObject> nested = List.of(writer.serviceFull(housingSupport, organisation),
                writer.serviceFull(legalDesk, organisation));

        byte[] zip = write(nested);

        JsonArray read = (JsonArray) HsdsTables.nested(new ByteArrayInputStream(zip));
        assertThat(read).hasSize(2);
        for (int i = 0; i < nested.size(); i++) {
            assertThat(normal(read.get(i))).as("service " + i).isEqualTo(normal(nested.get(i)));
        }
    }

    @Test
    void theImportReadsTheTablesAsItReadsTheJsonPackageInEveryLanguage() throws IOException {
        for (Language language : Language.values()) {
            HsdsWriter writer = new HsdsWriter(language, ids);
            List<JsonObject> nested = List.of(writer.serviceFull(housingSupport, organisation),
                    writer.serviceFull(legalDesk, organisation));
            JsonArrayBuilder json = Json.createArrayBuilder();
            nested.forEach(json::add);

            HsdsReader.Reading fromJson = HsdsReader.read(json.build(), Language.FR);
            HsdsReader.Reading fromTables = HsdsTables.read(new ByteArrayInputStream(write(nested)), Language.FR);

            assertThat(fromTables.rejections()).as(language.code()).isEmpty();
            assertThat(fromTables.hsdsPackage()).as(language.code()).usingRecursiveComparison()
                    .isEqualTo(fromJson.hsdsPackage());
        }
    }

    @Test
    void everythingAServiceSaysComesBackFromTheTables() throws IOException {
        HsdsWriter writer = new HsdsWriter(Language.EN, ids);
        byte[] zip = write(List.of(writer.serviceFull(housingSupport, organisation), writer.serviceFull(legalDesk, organisation)));

        HsdsReader.Reading reading = HsdsTables.read(new ByteArrayInputStream(zip), Language.NL);

        assertThat(reading.rejections()).isEmpty();
        assertThat(reading.hsdsPackage().warnings()).isEmpty();
        HsdsPackage.Service read = reading.hsdsPackage().services().get(0);
        assertThat(read.hsdsId()).isEqualTo(ids.service(7));
        assertThat(read.details().name()).isEqualTo(housingSupport.getName());
        assertThat(read.details().description()).as("a comma, quotes and a line break in three languages")
                .isEqualTo(housingSupport.getDescription());
        assertThat(read.conditions()).isEqualTo(housingSupport.getConditions());
        assertThat(read.howToApply()).isEqualTo(housingSupport.getHowToApply());
        assertThat(read.fees()).isEqualTo(housingSupport.getFees());
        assertThat(read.freeOfCharge()).isTrue();
        assertThat(read.details().languages()).containsExactly("fr", "nl", "ar");
        assertThat(read.details().minimumAge()).isEqualTo(18);
        assertThat(read.details().maximumAge()).isEqualTo(99);
        assertThat(read.details().email()).isEqualTo("logement@carto.be");
        assertThat(read.details().phone()).isEqualTo("+32 2 600 00 00");
        assertThat(read.details().website()).isEqualTo(housingSupport.getWebsite());
        assertThat(Set.copyOf(read.hours())).isEqualTo(housingSupport.getHours());
        assertThat(read.closures()).extracting(Closure::getFirstDay, Closure::getLastDay, Closure::getReason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 7, 21), LocalDate.of(2026, 8, 15), "Été, \"congé\""),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 11, 11), LocalDate.of(2026, 11, 11), null));
        assertThat(read.terms()).extracting(HsdsPackage.TermRef::id)
                .containsExactlyInAnyOrder(HsdsIds.term(housing), HsdsIds.term(families));
        assertThat(read.locations()).extracting(HsdsPackage.Location::hsdsId)
                .containsExactlyInAnyOrder(ids.location(5), ids.location(6));
        HsdsPackage.Location first = read.locations().stream().filter(l -> l.hsdsId().equals(ids.location(5)))
                .findFirst().orElseThrow();
        assertThat(first.address()).isEqualTo(new HsdsPackage.Address("Rue de la Victoire 96", "1060", "Saint-Gilles",
                EnterpriseNumber.Country.BE));
        assertThat(first.wheelchair()).isTrue();
        assertThat(first.hearingLoop()).isTrue();
        assertThat(first.note()).isEqualTo("Sonnette à gauche");
        assertThat(first.byHand()).isFalse();
        HsdsPackage.Location second = read.locations().stream().filter(l -> l.hsdsId().equals(ids.location(6)))
                .findFirst().orElseThrow();
        assertThat(second.byHand()).isTrue();
        assertThat(second.latitude()).isEqualTo(50.82512);
        assertThat(second.longitude()).isEqualTo(4.34677);

        HsdsPackage.Service desk = reading.hsdsPackage().services().get(1);
        assertThat(desk.details().name()).isEqualTo(new LocalizedText("", "Juridische permanentie", ""));
        assertThat(desk.details().minimumAge()).isNull();
        assertThat(desk.details().maximumAge()).isEqualTo(25);
        assertThat(desk.freeOfCharge()).isFalse();
        assertThat(desk.terms()).extracting(HsdsPackage.TermRef::id).containsExactly(HsdsIds.term(legal));

        HsdsPackage.Organisation o = reading.hsdsPackage().organisations().get(0);
        assertThat(reading.hsdsPackage().organisations()).hasSize(1);
        assertThat(o.details().legalName()).isEqualTo("Carto asbl");
        assertThat(o.details().shortName()).isEqualTo("Carto");
        assertThat(o.details().kind()).isEqualTo(OrganisationKind.ASSOCIATION);
        assertThat(o.details().description()).isEqualTo(organisation.getDescription());
        assertThat(o.details().number().digits()).isEqualTo("0403170701");
        assertThat(o.details().languages()).containsExactly("fr", "nl");
        assertThat(o.details().email()).isEqualTo("contact@carto.be");
    }

    @Test
    void sharedRecordsAreWrittenOnceEveryColumnIsKnownAndTheFilesAreGoneAfterwards() throws IOException {
        HsdsWriter writer = new HsdsWriter(Language.FR, ids);
        Map<String, String> files;
        try (HsdsTablesWriter tables = new HsdsTablesWriter(directory)) {
            tables.add(writer.serviceFull(housingSupport, organisation));
            tables.add(writer.serviceFull(legalDesk, organisation));
            assertThat(tables.dropped()).as("HsdsWriter writes nothing the tables have no column for").isEmpty();
            assertThat(tables.services()).isEqualTo(2);
            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            tables.writeZip(zip);
            files = unzip(zip.toByteArray());
        }
        assertThat(Files.list(directory)).as("the tables are deleted").isEmpty();

        assertThat(files.keySet()).startsWith("datapackage.json").containsAll(HsdsTables.TABLES.keySet());
        assertThat(lines(files, "organizations.csv")).as("one organisation, header first").isEqualTo(2);
        assertThat(lines(files, "locations.csv")).as("the office of both services once").isEqualTo(3);
        assertThat(lines(files, "addresses.csv")).isEqualTo(3);
        assertThat(lines(files, "service_at_location.csv")).isEqualTo(4);
        assertThat(lines(files, "taxonomies.csv")).as("themes and audiences").isEqualTo(3);
        assertThat(lines(files, "taxonomy_terms.csv")).isEqualTo(4);
        assertThat(lines(files, "attributes.csv")).isEqualTo(4);
        assertThat(files.get("services.csv")).startsWith("id,organization_id,program_id,name,");
        assertThat(files.get("services.csv")).as("the three translations as a JSON cell")
                .contains("\"{\"\"name\"\":{\"\"fr\"\":\"\"Accompagnement logement\"\"");
        JsonObject descriptor = Json.createReader(new java.io.StringReader(files.get("datapackage.json"))).readObject();
        assertThat(descriptor.getString("profile")).isEqualTo("tabular-data-package");
        assertThat(descriptor.getJsonArray("resources").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("path")).containsExactlyElementsOf(HsdsTablesWriter.COLUMNS.keySet());
    }

    @Test
    void anEmptyMapIsAPackageOfHeaders() throws IOException {
        byte[] zip = write(List.of());
        assertThat(HsdsTables.nested(new ByteArrayInputStream(zip))).isEqualTo(JsonValue.EMPTY_JSON_ARRAY);
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private byte[] write(List<JsonObject> services) throws IOException {
        try (HsdsTablesWriter tables = HsdsTablesWriter.inTemporaryDirectory()) {
            for (JsonObject service : services) {
                tables.add(service);
            }
            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            tables.writeZip(zip);
            return zip.toByteArray();
        }
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static long lines(Map<String, String> files, String file) {
        return files.get(file).lines().count();
    }

    /**
     * A document as the tables can hold it: every scalar a string (a CSV cell is text; HsdsTables makes numbers of
     * the number columns again), empty strings, arrays and objects left out (an empty cell is no value), and the
     * empty lists the tables give an organisation without phones or identifiers.
     */
    private static JsonValue normal(JsonValue value) {
        if (value instanceof JsonObject object) {
            JsonObjectBuilder json = Json.createObjectBuilder();
            object.forEach((name, member) -> {
                JsonValue normal = normal(member);
                if (normal != null) {
                    json.add(name, normal);
                }
            });
            JsonObject built = json.build();
            return built.isEmpty() ? null : built;
        }
        if (value instanceof JsonArray array) {
            JsonArrayBuilder json = Json.createArrayBuilder();
            array.forEach(member -> {
                JsonValue normal = normal(member);
                if (normal != null) {
                    json.add(normal);
                }
            });
            JsonArray built = json.build();
            return built.isEmpty() ? null : built;
        }
        if (value instanceof JsonNumber number) {
            return Json.createValue(number.bigDecimalValue().stripTrailingZeros().toPlainString());
        }
        if (value instanceof JsonString string) {
            return string.getString().isEmpty() ? null : string;
        }
        return value == JsonValue.NULL ? null : Json.createValue(value.toString());
    }

    // --- fixtures ----------------------------------------------------------------------------------------------

    private Organisation organisation() {
        return withId(new Organisation(new OrganisationDetails("Carto asbl", "Carto", OrganisationKind.ASSOCIATION,
                "0403.170.701", "Rue de la Victoire 96", "1060", "Saint-Gilles", EnterpriseNumber.Country.BE,
                "www.carto.be", "contact@carto.be", "+32 2 600 00 01", List.of("fr", "nl"),
                "Carte sociale, \"ouverte\".", "Sociale kaart.", "Social map.").check(), NOW), 3L);
    }

    private Location antenna() {
        Location l = new Location(3L, "Antenne", "Rue de la Victoire 96", "1060", "Saint-Gilles",
                EnterpriseNumber.Country.BE, NOW);
        l.locateByPostcode(50.8276, 4.3439);
        l.describeAccess(true, true, "Sonnette à gauche");
        return withId(l, 5L);
    }

    private Location office() {
        Location l = new Location(3L, null, "Chaussée de Waterloo 255", "1060", "Saint-Gilles",
                EnterpriseNumber.Country.BE, NOW);
        l.placeByHand(50.82512, 4.34677);
        return withId(l, 6L);
    }

    private Service housingSupport() {
        Service s = new Service(3L, new LocalizedText("Accompagnement logement", "Woonbegeleiding", "Housing support"),
                new LocalizedText("Aide à la recherche d’un logement, \"digne\".\nAussi en cas d’expulsion.",
                        "Hulp bij het zoeken naar een woning.", "Help to find a home."),
                List.of("fr", "nl", "ar"), NOW);
        s.describeAccess(new LocalizedText("Habiter Saint-Gilles.", "In Sint-Gillis wonen.", ""),
                new LocalizedText("Sur rendez-vous.", "Op afspraak.", "By appointment."),
                new LocalizedText("Gratuit", "", "Free"), true, NOW);
        s.serveAges(18, 99, NOW);
        s.contact("logement@carto.be", "+32 2 600 00 00", "https://www.carto.be/logement", NOW);
        s.openAt(List.of(new OpeningSlot(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new OpeningSlot(DayOfWeek.MONDAY, LocalTime.of(13, 30), LocalTime.of(16, 0)),
                new OpeningSlot(DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(11, 30))), NOW);
        s.closeOn(List.of(new Closure(LocalDate.of(2026, 7, 21), LocalDate.of(2026, 8, 15), "Été, \"congé\""),
                new Closure(LocalDate.of(2026, 11, 11), LocalDate.of(2026, 11, 11), null)), NOW);
        s.classify(Set.of(housing, families), NOW);
        s.offerAt(Set.of(antenna, office), NOW);
        return withId(s, 7L);
    }

    private Service legalDesk() {
        Service s = new Service(3L, new LocalizedText("", "Juridische permanentie", ""), new LocalizedText("", "", ""),
                List.of("nl"), NOW);
        s.serveAges(null, 25, NOW);
        s.classify(Set.of(legal), NOW);
        s.offerAt(Set.of(office), NOW);
        return withId(s, 8L);
    }

    private static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
