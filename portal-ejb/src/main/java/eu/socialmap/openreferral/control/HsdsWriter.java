package eu.socialmap.openreferral.control;

import eu.socialmap.directory.entity.Closure;
import eu.socialmap.directory.entity.EnterpriseNumber;
import eu.socialmap.directory.entity.Location;
import eu.socialmap.directory.entity.OpeningSlot;
import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.directory.entity.Service;
import eu.socialmap.directory.entity.TaxonomyTerm;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.platform.entity.LocalizedText;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Our social map as HSDS 3.0 documents. The one {@code name}/{@code description} HSDS allows is written in the
 * reader's language (falling back to the first translation that exists); the three translations travel in the
 * extension {@code x_translations}, and what HSDS has no field for (closures, how coordinates were found, the
 * organisation's kind and address) in other {@code x_} properties, so that an export imported again loses nothing.
 */
public final class HsdsWriter {

    /** The HSDS version this portal speaks. */
    public static final String VERSION = "3.0";
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    /** Where the stored ids of our rows come from (the {@code hsds_id} columns). */
    public interface Ids {
        String organisation(long id);

        String location(long id);

        String service(long id);
    }

    private final Language language;
    private final Ids ids;

    public HsdsWriter(Language language, Ids ids) {
        this.language = language;
        this.ids = ids;
    }

    public Language language() {
        return language;
    }

    public Ids ids() {
        return ids;
    }

    public static JsonObject apiInfo(String profile, String openapiUrl) {
        return Json.createObjectBuilder().add("version", VERSION).add("profile", profile).add("openapi_url", openapiUrl)
                .build();
    }

    /** The HSDS "Page" envelope around one page of {@code contents}. */
    public static JsonObject page(List<JsonObject> contents, long total, int page, int perPage) {
        int pages = (int) Math.max(1, (total + perPage - 1) / perPage);
        JsonArrayBuilder items = Json.createArrayBuilder();
        contents.forEach(items::add);
        return Json.createObjectBuilder().add("total_items", total).add("total_pages", pages).add("page_number", page)
                .add("size", contents.size()).add("first_page", page <= 1).add("last_page", page >= pages)
                .add("empty", contents.isEmpty()).add("contents", items).build();
    }

    // --- organisations -----------------------------------------------------------------------------------------

    /** An organisation with its one-to-one fields (list form). */
    public JsonObject organisation(Organisation o) {
        return organisationFields(o).build();
    }

    /** An organisation with its nested records and the (list form) services given. */
    public JsonObject organisationFull(Organisation o, List<JsonObject> services) {
        String id = ids.organisation(o.getId());
        JsonObjectBuilder json = organisationFields(o);
        JsonArrayBuilder phones = Json.createArrayBuilder();
        if (present(o.getPhone())) {
            phones.add(Json.createObjectBuilder().add("id", HsdsIds.part(id, "phone", 0)).add("organization_id", id)
                    .add("number", o.getPhone()));
        }
        JsonArrayBuilder identifiers = Json.createArrayBuilder();
        if (!o.getEnterpriseNumber().isEmpty()) {
            identifiers.add(Json.createObjectBuilder().add("id", HsdsIds.part(id, "identifier", 0))
                    .add("organization_id", id).add("identifier_scheme", identifierScheme(o.getCountry()))
                    .add("identifier_type", identifierType(o.getCountry())).add("identifier", o.getEnterpriseNumber()));
        }
        JsonArrayBuilder list = Json.createArrayBuilder();
        services.forEach(list::add);
        return json.add("phones", phones).add("organization_identifiers", identifiers).add("services", list).build();
    }

    private JsonObjectBuilder organisationFields(Organisation o) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", ids.organisation(o.getId()))
                .add("name", o.getLegalName()).add("alternate_name", o.getShortName())
                .add("description", o.getDescription().in(language));
        optional(json, "email", o.getEmail());
        optional(json, "website", o.getWebsite());
        if (!o.getEnterpriseNumber().isEmpty()) {
            json.add("tax_id", o.getEnterpriseNumber());
        }
        return json.add("x_translations", Json.createObjectBuilder().add("description", texts(o.getDescription())))
                .add("x_kind", o.getKind().name())
                .add("x_languages", strings(o.getLanguages()))
                .add("x_address", Json.createObjectBuilder().add("street", o.getStreet()).add("postcode", o.getPostcode())
                        .add("commune", o.getCommune()).add("country", o.getCountry().name()));
    }

    // --- services ----------------------------------------------------------------------------------------------

    /** A service with its one-to-one fields and its organisation (list form). */
    public JsonObject service(Service s, Organisation o) {
        return serviceFields(s).add("organization", organisation(o)).build();
    }

    /** Just the id and the last change: what a client needs to know what to fetch again. */
    public JsonObject minimal(Service s) {
        return minimal(s.getId(), s.getUpdatedAt());
    }

    /** The minimal form from a projection: no entity, no collection loaded. */
    public JsonObject minimal(long serviceId, java.time.Instant updatedAt) {
        return Json.createObjectBuilder().add("id", ids.service(serviceId)).add("last_modified", updatedAt.toString()).build();
    }

    /** A service with everything about it: organisation, places, hours, languages, themes and audiences. */
    public JsonObject serviceFull(Service s, Organisation o) {
        String id = ids.service(s.getId());
        JsonObjectBuilder json = serviceFields(s).add("organization", organisation(o));
        JsonArrayBuilder phones = Json.createArrayBuilder();
        if (present(s.getPhone())) {
            phones.add(Json.createObjectBuilder().add("id", HsdsIds.part(id, "phone", 0)).add("service_id", id)
                    .add("number", s.getPhone()));
        }
        JsonArrayBuilder schedules = Json.createArrayBuilder();
        s.getHours().stream().sorted(Comparator.comparing(OpeningSlot::getWeekday).thenComparing(OpeningSlot::getOpensAt))
                .forEach(slot -> schedules.add(schedule(id, slot)));
        JsonArrayBuilder places = Json.createArrayBuilder();
        locationsOf(s).forEach(l -> places.add(atLocation(s, l)));
        JsonArrayBuilder languages = Json.createArrayBuilder();
        for (String code : s.getLanguages()) {
            languages.add(Json.createObjectBuilder().add("id", HsdsIds.part(id, "language", code)).add("service_id", id)
                    .add("name", languageName(code)).add("code", code));
        }
        JsonArrayBuilder costs = Json.createArrayBuilder();
        if (s.isFreeOfCharge()) {
            costs.add(Json.createObjectBuilder().add("id", HsdsIds.part(id, "cost", 0)).add("service_id", id)
                    .add("option", "free").add("amount", 0).add("currency", "EUR"));
        }
        JsonArrayBuilder attributes = Json.createArrayBuilder();
        s.getTerms().stream().sorted(Comparator.comparing(TaxonomyTerm::getTaxonomy).thenComparing(TaxonomyTerm::getCode))
                .forEach(term -> attributes.add(Json.createObjectBuilder()
                        .add("id", HsdsIds.part(id, "attribute", HsdsIds.term(term))).add("link_id", id)
                        .add("link_type", term.getTaxonomy().name().toLowerCase(Locale.ROOT)).add("link_entity", "service")
                        .add("taxonomy_term_id", HsdsIds.term(term)).add("value", term.getCode())
                        .add("taxonomy_term", term(term))));
        JsonArrayBuilder closures = Json.createArrayBuilder();
        s.getClosures().stream().sorted(Comparator.comparing(Closure::getFirstDay)).forEach(c -> {
            JsonObjectBuilder closure = Json.createObjectBuilder().add("first_day", c.getFirstDay().toString())
                    .add("last_day", c.getLastDay().toString());
            optional(closure, "reason", c.getReason());
            closures.add(closure);
        });
        return json.add("phones", phones).add("schedules", schedules).add("service_at_locations", places)
                .add("languages", languages).add("cost_options", costs).add("attributes", attributes)
                .add("x_closures", closures).build();
    }

    private JsonObjectBuilder serviceFields(Service s) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", ids.service(s.getId()))
                .add("organization_id", ids.organisation(s.getOrganisationId()))
                .add("name", s.getName().in(language)).add("description", s.getDescription().in(language));
        optional(json, "url", s.getWebsite());
        optional(json, "email", s.getEmail());
        json.add("status", s.getStatus() == Service.Status.ACTIVE ? "active" : "inactive");
        optional(json, "eligibility_description", s.getConditions().in(language));
        optional(json, "application_process", s.getHowToApply().in(language));
        optional(json, "fees_description", s.getFees().in(language));
        if (s.getMinimumAge() != null) {
            json.add("minimum_age", s.getMinimumAge());
        }
        if (s.getMaximumAge() != null) {
            json.add("maximum_age", s.getMaximumAge());
        }
        json.add("last_modified", s.getUpdatedAt().toString());
        return json.add("x_translations", Json.createObjectBuilder()
                .add("name", texts(s.getName())).add("description", texts(s.getDescription()))
                .add("eligibility_description", texts(s.getConditions()))
                .add("application_process", texts(s.getHowToApply()))
                .add("fees_description", texts(s.getFees())));
    }

    private JsonObject schedule(String serviceId, OpeningSlot slot) {
        String day = slot.getWeekday().name().substring(0, 2);
        return Json.createObjectBuilder()
                .add("id", HsdsIds.part(serviceId, "schedule", day + slot.getOpensAt()))
                .add("service_id", serviceId).add("freq", "WEEKLY").add("wkst", "MO").add("interval", 1)
                .add("byday", day).add("opens_at", HOURS.format(slot.getOpensAt()))
                .add("closes_at", HOURS.format(slot.getClosesAt()))
                .add("notes", "Europe/Brussels").build();
    }

    // --- places ------------------------------------------------------------------------------------------------

    /** A service offered at one of its places; {@code withService} nests the service (list form). */
    public JsonObject serviceAtLocation(Service s, Organisation o, Location l, boolean withService) {
        JsonObjectBuilder json = Json.createObjectBuilder(atLocation(s, l));
        if (withService) {
            json.add("service", service(s, o));
        }
        return json.build();
    }

    private JsonObject atLocation(Service s, Location l) {
        String service = ids.service(s.getId());
        String location = ids.location(l.getId());
        return Json.createObjectBuilder().add("id", HsdsIds.serviceAtLocation(service, location))
                .add("service_id", service).add("location_id", location).add("location", location(l)).build();
    }

    public JsonObject location(Location l) {
        String id = ids.location(l.getId());
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", id).add("location_type", "physical")
                .add("organization_id", ids.organisation(l.getOrganisationId()));
        optional(json, "name", l.getName());
        if (l.isLocated()) {
            json.add("latitude", l.getLatitude()).add("longitude", l.getLongitude());
        }
        json.add("addresses", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("id", HsdsIds.part(id, "address", 0)).add("location_id", id)
                .add("address_1", l.getStreet()).add("city", l.getCommune())
                .add("state_province", stateProvince(l.getCountry(), l.getPostcode()))
                .add("postal_code", l.getPostcode()).add("country", l.getCountry().name())
                .add("address_type", "physical")));
        JsonArrayBuilder access = Json.createArrayBuilder();
        if (l.isWheelchair()) {
            access.add(accessibility(id, "wheelchair", Messages.get(language, "hsds.accessibility.wheelchair")));
        }
        if (l.isHearingLoop()) {
            access.add(accessibility(id, "hearing_loop", Messages.get(language, "hsds.accessibility.hearingLoop")));
        }
        if (present(l.getAccessibilityNote())) {
            access.add(accessibility(id, "note", l.getAccessibilityNote()));
        }
        return json.add("accessibility", access)
                .add("x_coordinates_source", l.getCoordinatesSource().name().toLowerCase(Locale.ROOT)).build();
    }

    private static JsonObject accessibility(String location, String code, String description) {
        return Json.createObjectBuilder().add("id", HsdsIds.part(location, "accessibility", code))
                .add("location_id", location).add("description", description).add("x_code", code).build();
    }

    /** ISO 3166-2 code of the region (Belgium) or department (France) of a postcode: HSDS requires one. */
    static String stateProvince(EnterpriseNumber.Country country, String postcode) {
        if (country == EnterpriseNumber.Country.FR) {
            return "FR-" + postcode.substring(0, 2);
        }
        int code = Integer.parseInt(postcode);
        if (code >= 1000 && code < 1300) {
            return "BE-BRU";
        }
        return (code >= 1300 && code < 1500) || (code >= 4000 && code < 8000) ? "BE-WAL" : "BE-VLG";
    }

    // --- taxonomies --------------------------------------------------------------------------------------------

    public JsonObject taxonomy(TaxonomyTerm.Taxonomy taxonomy) {
        return Json.createObjectBuilder().add("id", HsdsIds.taxonomy(taxonomy))
                .add("name", Messages.get(language, "hsds.taxonomy." + taxonomy.name()))
                .add("description", Messages.get(language, "hsds.taxonomy." + taxonomy.name() + ".description"))
                .add("version", "1").build();
    }

    public JsonObject term(TaxonomyTerm term) {
        return Json.createObjectBuilder().add("id", HsdsIds.term(term)).add("code", term.getCode())
                .add("name", term.getName().in(language)).add("description", "")
                .add("taxonomy", term.getTaxonomy().name()).add("taxonomy_id", HsdsIds.taxonomy(term.getTaxonomy()))
                .add("taxonomy_detail", taxonomy(term.getTaxonomy()))
                .add("language", language.code())
                .add("x_translations", Json.createObjectBuilder().add("name", texts(term.getName()))).build();
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private static List<Location> locationsOf(Service s) {
        return s.getLocations().stream().sorted(Comparator.comparing(Location::getId)).toList();
    }

    /** A language's own name in the reader's language ("arabe", "Arabisch"); the code itself when Java has none. */
    private String languageName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(language.locale());
        return name.isEmpty() || name.equals(code) ? code : name;
    }

    private static JsonObjectBuilder texts(LocalizedText text) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        for (Language each : Language.values()) {
            json.add(each.code(), text.exactly(each));
        }
        return json;
    }

    private static JsonArray strings(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array.build();
    }

    private static void optional(JsonObjectBuilder json, String name, String value) {
        if (present(value)) {
            json.add(name, value);
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String identifierScheme(EnterpriseNumber.Country country) {
        return country == EnterpriseNumber.Country.BE ? "BE-BCE_KBO" : "FR-RCS";
    }

    private static String identifierType(EnterpriseNumber.Country country) {
        return country == EnterpriseNumber.Country.BE ? "enterprise number (BCE/KBO)" : "SIREN";
    }

    static DayOfWeek day(String twoLetters) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(twoLetters)) {
                return day;
            }
        }
        return null;
    }
}
