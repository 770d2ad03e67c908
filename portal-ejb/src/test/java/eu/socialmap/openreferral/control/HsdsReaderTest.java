package eu.socialmap.openreferral.control;

import eu.socialmap.platform.entity.Language;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** What the database would refuse while writing is refused when the package is read, in the report. */
class HsdsReaderTest {

    private final JsonArray lille = Json.createReader(getClass().getResourceAsStream("/openreferral/lille-ccas.json")).readArray();
    private final JsonObject domiciliation = lille.getJsonObject(0);

    @Test
    void aClosureReasonLongerThanTheColumnIsRefused() {
        HsdsReader.Reading reading = read(with(domiciliation, "x_closures", Json.createArrayBuilder()
                .add(closure("2026-12-24", "2026-12-26", "x".repeat(201))).build()));

        assertThat(reading.accepted()).isFalse();
        assertThat(reading.rejections()).extracting(HsdsPackage.Remark::messageKey).containsExactly("input.tooLong");
    }

    @Test
    void twoClosuresStartingOnTheSameDayAreRefused() {
        HsdsReader.Reading reading = read(with(domiciliation, "x_closures", Json.createArrayBuilder()
                .add(closure("2026-12-24", "2026-12-26", "Noël")).add(closure("2026-12-24", "2026-12-24", null)).build()));

        assertThat(reading.rejections()).extracting(HsdsPackage.Remark::messageKey)
                .containsExactly("hsds.import.closureTwice");
    }

    @Test
    void twoOrganisationsOfThePackageWithOneEnterpriseNumberAreRefused() {
        JsonObject organisation = domiciliation.getJsonObject("organization");
        JsonObject other = with(with(with(domiciliation, "id", Json.createValue("0b6f5c3e-9a51-4c59-8f0e-3d2b7a1c4eff")),
                "organization_id", Json.createValue("7c1e2f40-5b6a-4d3e-9f21-0a8b7c6d5eff")), "organization",
                with(with(organisation, "id", Json.createValue("7c1e2f40-5b6a-4d3e-9f21-0a8b7c6d5eff")),
                        "name", Json.createValue("CCAS de Lille bis")));

        HsdsReader.Reading reading = read(domiciliation, other);

        assertThat(reading.rejections()).extracting(HsdsPackage.Remark::messageKey)
                .containsExactly("hsds.import.numberTwice");
    }

    @Test
    void idsDifferingOnlyByCapitalsAreOneIdAndRefused() {
        String id = domiciliation.getString("id");
        JsonObject sameServiceInCapitals = with(domiciliation, "id", Json.createValue(id.toUpperCase(Locale.ROOT)));
        assertThat(read(domiciliation, sameServiceInCapitals).rejections()).extracting(HsdsPackage.Remark::messageKey)
                .containsExactly("hsds.import.duplicateId");

        JsonObject place = domiciliation.getJsonArray("service_at_locations").getJsonObject(0);
        JsonObject placeInCapitals = with(place, "location", with(place.getJsonObject("location"), "id",
                Json.createValue(place.getJsonObject("location").getString("id").toUpperCase(Locale.ROOT))));
        JsonObject other = with(domiciliation, "id", Json.createValue("0b6f5c3e-9a51-4c59-8f0e-3d2b7a1c4eff"));
        assertThat(read(domiciliation, with(other, "service_at_locations", Json.createArrayBuilder().add(placeInCapitals)
                .build())).rejections()).extracting(HsdsPackage.Remark::messageKey).containsExactly("hsds.import.idCase");

        JsonObject organisation = domiciliation.getJsonObject("organization");
        assertThat(read(domiciliation, with(other, "organization", with(organisation, "id",
                Json.createValue(organisation.getString("id").toUpperCase(Locale.ROOT))))).rejections())
                .extracting(HsdsPackage.Remark::messageKey).containsExactly("hsds.import.idCase");
    }

    @Test
    void anAgeBeyondTheIntegersIsRefusedNotWrappedAround() {
        HsdsReader.Reading reading = read(with(domiciliation, "minimum_age", Json.createValue(4_294_967_314L)));

        assertThat(reading.rejections()).extracting(HsdsPackage.Remark::messageKey)
                .contains("directory.service.agesInvalid");
    }

    @Test
    void theUnchangedPackageIsAccepted() {
        assertThat(read(domiciliation).rejections()).isEmpty();
    }

    private static HsdsReader.Reading read(JsonObject... services) {
        var array = Json.createArrayBuilder();
        for (JsonObject service : services) {
            array.add(service);
        }
        return HsdsReader.read(array.build(), Language.FR);
    }

    private static JsonObject closure(String first, String last, String reason) {
        var closure = Json.createObjectBuilder().add("first_day", first).add("last_day", last);
        if (reason != null) {
            closure.add("reason", reason);
        }
        return closure.build();
    }

    private static JsonObject with(JsonObject object, String field, JsonValue value) {
        return Json.createObjectBuilder(object).add(field, value).build();
    }
}
