package eu.socialmap.openreferral.control;

import eu.socialmap.directory.entity.EnterpriseNumber;
import eu.socialmap.directory.entity.OrganisationKind;
import eu.socialmap.platform.entity.Language;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A zipped HSDS tabular data package read into the nested services HsdsReader checks; an unsafe zip refused. */
class HsdsTablesTest {

    /** The hand-written package of the OCMW Kortrijk: two services in Dutch, one place. */
    static final List<String> KORTRIJK = List.of("datapackage.json", "organizations.csv", "services.csv", "locations.csv",
            "service_at_location.csv", "addresses.csv", "phones.csv", "schedules.csv", "languages.csv", "taxonomies.csv",
            "taxonomy_terms.csv", "attributes.csv", "README.txt");

    @Test
    void theTablesBecomeNestedServicesWithQuotedFieldsAndAByteOrderMark() {
        Map<String, byte[]> files = kortrijk();
        assertThat(files.get("services.csv")).startsWith(0xEF, 0xBB, 0xBF);

        JsonArray services = (JsonArray) HsdsTables.nested(zip(files));

        assertThat(services).hasSize(2);
        JsonObject housing = services.getJsonObject(0);
        assertThat(housing.getString("name")).isEqualTo("Woonbegeleiding");
        assertThat(housing.getString("description")).as("commas, quotes and a line break inside quotes")
                .isEqualTo("Begeleiding bij het zoeken en behouden van een woning: huurcontract, huurwaarborg, "
                        + "\"woonkwaliteit\", energie.\nOok bij dreigende uithuiszetting.");
        assertThat(housing.getJsonNumber("minimum_age").intValue()).isEqualTo(18);
        assertThat(housing.containsKey("maximum_age")).as("empty cells are left out").isFalse();
        assertThat(housing.getJsonObject("organization").getString("name")).isEqualTo("OCMW Kortrijk");
        assertThat(housing.getJsonObject("organization").getJsonArray("phones")).hasSize(1);
        JsonObject place = housing.getJsonArray("service_at_locations").getJsonObject(0).getJsonObject("location");
        assertThat(place.getJsonArray("addresses").getJsonObject(0).getString("postal_code")).isEqualTo("8500");
        assertThat(housing.getJsonArray("attributes").getJsonObject(0).getJsonObject("taxonomy_term")
                .getJsonObject("taxonomy_detail").getString("name")).isEqualTo("OCMW thema's");
        assertThat(services.getJsonObject(1).getJsonArray("schedules")).as("hours given for the service at its place")
                .hasSize(1);
    }

    @Test
    void theWholePackageIsCheckedAsAJsonPackageIsAndUnknownFilesAreLeftOut() {
        HsdsReader.Reading reading = HsdsTables.read(zip(kortrijk()), Language.NL);

        assertThat(reading.rejections()).isEmpty();
        HsdsPackage read = reading.hsdsPackage();
        assertThat(read.organisations()).singleElement().satisfies(o -> {
            assertThat(o.details().kind()).isEqualTo(OrganisationKind.SOCIAL_WELFARE_CENTRE);
            assertThat(o.details().country()).isEqualTo(EnterpriseNumber.Country.BE);
            assertThat(o.details().description().exactly(Language.NL)).contains("\"samen sterker\"");
        });
        HsdsPackage.Service housing = read.services().get(0);
        assertThat(housing.details().name().exactly(Language.NL)).isEqualTo("Woonbegeleiding");
        assertThat(housing.details().languages()).containsExactly("nl", "fr");
        assertThat(housing.hours()).extracting(s -> s.getWeekday())
                .containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
        assertThat(housing.locations()).singleElement().satisfies(l -> assertThat(l.latitude()).isEqualTo(50.8303));
        assertThat(housing.terms()).extracting(HsdsPackage.TermRef::name).containsExactly("Huisvesting");
        assertThat(read.warnings()).extracting(HsdsPackage.Remark::record, HsdsPackage.Remark::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple("README.txt", "hsds.csv.fileIgnored"));
    }

    @Test
    void aMissingRequiredColumnIsRefusedWithItsFile() {
        Map<String, byte[]> files = kortrijk();
        files.put("organizations.csv", utf8("id,alternate_name\nkortrijk-org-1,OCMW\n"));

        assertThat(refusals(files)).containsExactly("organizations.csv, row 1: hsds.csv.missingColumn [name]");
    }

    @Test
    void badRowsAreRefusedWithTheirFileAndRowNumber() {
        Map<String, byte[]> files = kortrijk();
        files.put("service_at_location.csv", utf8("id,service_id,location_id,description\n"
                + "s1,kortrijk-svc-1,kortrijk-loc-1,\n"
                + "s2,kortrijk-svc-2,nowhere,\n"
                + "s3,kortrijk-svc-2\n"
                + "s1,kortrijk-svc-2,kortrijk-loc-1,\n"));

        assertThat(refusals(files)).containsExactlyInAnyOrder(
                "service_at_location.csv, row 4: hsds.csv.badRow [2, 4]",
                "service_at_location.csv, row 5: hsds.csv.idTwice [s1, 2]");

        files.put("service_at_location.csv", utf8("id,service_id,location_id,description\n"
                + "s2,kortrijk-svc-2,nowhere,\n"));
        assertThat(refusals(files)).containsExactly("service_at_location.csv, row 2: hsds.csv.unknownLink [location_id, nowhere]");
    }

    @Test
    void whatOurRulesRefuseIsReportedWithTheRowOfTheService() {
        Map<String, byte[]> files = kortrijk();
        files.put("addresses.csv", utf8(new String(files.get("addresses.csv"), StandardCharsets.UTF_8).replace(",8500,", ",85,")));

        HsdsReader.Reading reading = HsdsTables.read(zip(files), Language.NL);

        assertThat(reading.accepted()).isFalse();
        assertThat(reading.rejections()).extracting(HsdsPackage.Remark::record).as("a quoted line break is one row")
                .anyMatch(record -> record.startsWith("services.csv, row 2 Woonbegeleiding"))
                .anyMatch(record -> record.startsWith("services.csv, row 3 Schuldbemiddeling"));
    }

    @Test
    void anUnclosedQuoteOrAnotherEncodingIsRefused() {
        Map<String, byte[]> files = kortrijk();
        files.put("taxonomies.csv", utf8("id,name\nt1,\"never closed\n"));
        files.put("locations.csv", "id,name\nl1,Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(refusals(files)).containsExactlyInAnyOrder("taxonomies.csv: hsds.csv.notCsv []",
                "locations.csv: hsds.csv.notUtf8 []");
    }

    @Test
    void pathsOutOfTheArchiveAreRefused() {
        for (String path : List.of("../services.csv", "data/../../services.csv", "/etc/services.csv", "C:/services.csv",
                "data\\..\\services.csv")) {
            Map<String, byte[]> files = kortrijk();
            files.put(path, utf8("id\n"));
            assertThat(refusals(files)).as(path).containsExactly(path + ": hsds.csv.unsafePath []");
        }
        Map<String, byte[]> inAFolder = new LinkedHashMap<>();
        kortrijk().forEach((name, bytes) -> inAFolder.put("kortrijk/" + name, bytes));
        assertThat(HsdsTables.read(zip(inAFolder), Language.NL).accepted()).as("one folder is fine").isTrue();
    }

    @Test
    void oversizeEntriesAndArchivesAreRefusedWhileReading() {
        Map<String, byte[]> files = kortrijk();
        files.put("phones.csv", new byte[(int) HsdsTables.MAX_FILE_BYTES + 1]);
        assertThat(refusals(files)).containsExactly("phones.csv: hsds.csv.fileTooLarge [20]");

        Map<String, byte[]> bomb = kortrijk();
        for (int i = 0; i < 3; i++) {
            bomb.put("padding-" + i + ".bin", new byte[(int) HsdsTables.MAX_FILE_BYTES - 1]);
        }
        assertThat(refusals(bomb)).as("even files that are not read count")
                .containsExactly("padding-2.bin: hsds.csv.packageTooLarge [50]");

        Map<String, byte[]> many = kortrijk();
        for (int i = 0; i < HsdsTables.MAX_ENTRIES; i++) {
            many.put("note-" + i + ".txt", utf8("x"));
        }
        assertThat(refusals(many)).containsExactly(": hsds.csv.tooManyEntries [64]");
    }

    @Test
    void somethingElseThanAPackageIsRefused() {
        assertThat(HsdsTables.read(new ByteArrayInputStream(utf8("{\"services\": []}")), Language.FR).rejections())
                .extracting(HsdsPackage.Remark::messageKey).containsExactly("hsds.csv.notZip");
        Map<String, byte[]> files = kortrijk();
        files.remove("datapackage.json");
        assertThat(refusals(files)).containsExactly("datapackage.json: hsds.csv.noDescriptor []");
        files = kortrijk();
        files.remove("services.csv");
        assertThat(refusals(files)).containsExactly("services.csv: hsds.csv.noServices []");
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    static Map<String, byte[]> kortrijk() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : KORTRIJK) {
            try (InputStream in = HsdsTablesTest.class.getResourceAsStream("/openreferral/kortrijk-ocmw/" + name)) {
                files.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    static InputStream zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    private static List<String> refusals(Map<String, byte[]> files) {
        return HsdsTables.read(zip(files), Language.NL).rejections().stream()
                .map(r -> r.record() + ": " + r.messageKey() + " " + r.arguments()).toList();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
