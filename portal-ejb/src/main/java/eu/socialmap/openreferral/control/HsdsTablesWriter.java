package eu.socialmap.openreferral.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes fully nested HSDS services (as {@link HsdsWriter#serviceFull} makes them) as an HSDS 3.0 Tabular Data
 * Package: {@code datapackage.json} and one CSV file per object, rows linked by their id columns — the package
 * {@link HsdsTables} reads back into the same nested services. Organisations, places, taxonomies and terms shared by
 * several services are written once. Our extensions ({@code x_translations}, {@code x_closures}, {@code x_address}…)
 * are JSON cells, as {@link HsdsTables} reads them.
 * <p>
 * Services are added as they come (a batch at a time) and their rows go straight to one file per table in a
 * directory of their own; the zip is made from those files at the end (a zip holds one file after the other). So
 * memory holds only the ids already written, whatever the size of the map. {@link #close()} deletes the files.
 */
public final class HsdsTablesWriter implements AutoCloseable {

    /** The tables written, in the order of the package, with their columns: HSDS 3.0's, then our extensions. */
    static final Map<String, List<String>> COLUMNS = columns();
    /** The data package's name of each table's resource (HSDS names them by their object). */
    private static final Map<String, String> RESOURCES = resources();
    private static final Set<String> INTEGERS = Set.of("minimum_age", "maximum_age", "year_incorporated");
    private static final Set<String> NUMBERS = Set.of("amount", "latitude", "longitude");
    private static final Set<String> OBJECTS = Set.of("x_translations", "x_address");
    private static final Set<String> ARRAYS = Set.of("x_closures", "x_languages");

    private final Path directory;
    private final boolean ownsDirectory;
    private final Map<String, Path> files = new LinkedHashMap<>();
    private final Map<String, CSVPrinter> printers = new LinkedHashMap<>();
    private final Set<String> organisations = new HashSet<>();
    private final Set<String> locations = new HashSet<>();
    private final Set<String> taxonomies = new HashSet<>();
    private final Set<String> terms = new HashSet<>();
    private final Set<String> dropped = new TreeSet<>();
    private int services;
    private boolean closed;

    private static Map<String, List<String>> columns() {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        columns.put("organizations.csv", List.of("id", "name", "alternate_name", "description", "email", "website",
                "tax_status", "tax_id", "year_incorporated", "legal_status", "logo", "uri", "parent_organization_id",
                "x_translations", "x_kind", "x_languages", "x_address"));
        columns.put("services.csv", List.of("id", "organization_id", "program_id", "name", "alternate_name",
                "description", "url", "email", "status", "interpretation_services", "application_process",
                "fees_description", "wait_time", "fees", "accreditations", "eligibility_description", "minimum_age",
                "maximum_age", "assured_date", "assurer_email", "licenses", "alert", "last_modified", "x_translations",
                "x_closures"));
        columns.put("locations.csv", List.of("id", "location_type", "url", "organization_id", "name", "alternate_name",
                "description", "transportation", "latitude", "longitude", "external_identifier",
                "external_identifier_type", "x_coordinates_source"));
        columns.put("service_at_location.csv", List.of("id", "service_id", "location_id", "description"));
        columns.put("addresses.csv", List.of("id", "location_id", "attention", "address_1", "address_2", "city", "region",
                "state_province", "postal_code", "country", "address_type"));
        columns.put("phones.csv", List.of("id", "location_id", "service_id", "organization_id", "contact_id",
                "service_at_location_id", "number", "extension", "type", "description"));
        columns.put("schedules.csv", List.of("id", "service_id", "location_id", "service_at_location_id", "valid_from",
                "valid_to", "dtstart", "timezone", "until", "count", "wkst", "freq", "interval", "byday", "byweekno",
                "bymonthday", "byyearday", "description", "opens_at", "closes_at", "schedule_link", "attending_type",
                "notes"));
        columns.put("languages.csv", List.of("id", "service_id", "location_id", "phone_id", "name", "code", "note"));
        columns.put("accessibility.csv", List.of("id", "location_id", "description", "details", "url", "x_code"));
        columns.put("cost_options.csv", List.of("id", "service_id", "valid_from", "valid_to", "option", "currency",
                "amount", "amount_description"));
        columns.put("organization_identifiers.csv", List.of("id", "organization_id", "identifier_scheme",
                "identifier_type", "identifier"));
        columns.put("taxonomies.csv", List.of("id", "name", "description", "uri", "version"));
        columns.put("taxonomy_terms.csv", List.of("id", "code", "name", "description", "parent_id", "taxonomy",
                "language", "taxonomy_id", "term_uri", "x_translations"));
        columns.put("attributes.csv", List.of("id", "link_id", "taxonomy_term_id", "link_type", "link_entity", "value",
                "label"));
        return java.util.Collections.unmodifiableMap(columns);
    }

    private static Map<String, String> resources() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("organizations.csv", "organization");
        names.put("services.csv", "service");
        names.put("locations.csv", "location");
        names.put("service_at_location.csv", "service_at_location");
        names.put("addresses.csv", "address");
        names.put("phones.csv", "phone");
        names.put("schedules.csv", "schedule");
        names.put("languages.csv", "language");
        names.put("accessibility.csv", "accessibility");
        names.put("cost_options.csv", "cost_option");
        names.put("organization_identifiers.csv", "organization_identifier");
        names.put("taxonomies.csv", "taxonomy");
        names.put("taxonomy_terms.csv", "taxonomy_term");
        names.put("attributes.csv", "attribute");
        return Map.copyOf(names);
    }

    /** The tables are written in {@code directory}, which must exist and is left to its owner (files are deleted). */
    public HsdsTablesWriter(Path directory) throws IOException {
        this(directory, false);
    }

    private HsdsTablesWriter(Path directory, boolean ownsDirectory) throws IOException {
        this.directory = directory;
        this.ownsDirectory = ownsDirectory;
        try {
            for (Map.Entry<String, List<String>> table : COLUMNS.entrySet()) {
                Path file = directory.resolve(table.getKey());
                files.put(table.getKey(), file);
                CSVFormat format = CSVFormat.RFC4180.builder().setHeader(table.getValue().toArray(String[]::new)).get();
                printers.put(table.getKey(), new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), format));
            }
        } catch (IOException | RuntimeException failed) {
            close();
            throw failed;
        }
    }

    /** A writer in a new temporary directory, deleted with its files on {@link #close()}. */
    public static HsdsTablesWriter inTemporaryDirectory() throws IOException {
        Path directory = Files.createTempDirectory("socialmap-hsds-");
        return new HsdsTablesWriter(directory, true);
    }

    /** One fully nested service: its row, and the rows of what it links to that are not written yet. */
    public void add(JsonObject service) throws IOException {
        String id = text(service, "id");
        services++;
        JsonObject organisation = service.get("organization") instanceof JsonObject o ? o : null;
        if (organisation != null && service.get("organization_id") == null) {
            service = with(service, "organization_id", text(organisation, "id"));
        }
        row("services.csv", service, "organization", "phones", "schedules", "service_at_locations", "languages",
                "cost_options", "attributes");
        if (organisation != null) {
            organisation(organisation);
        }
        children("phones.csv", service, "phones", "service_id", id);
        children("schedules.csv", service, "schedules", "service_id", id);
        children("languages.csv", service, "languages", "service_id", id);
        children("cost_options.csv", service, "cost_options", "service_id", id);
        int n = 0;
        for (JsonObject at : objects(service, "service_at_locations")) {
            JsonObject place = at.get("location") instanceof JsonObject l ? l : null;
            String placeId = place == null ? text(at, "location_id") : text(place, "id");
            JsonObject atRow = withId(with(with(at, "service_id", id), "location_id", placeId), id, "service_at_location", n++);
            row("service_at_location.csv", atRow, "location", "schedules");
            children("schedules.csv", atRow, "schedules", "service_at_location_id", text(atRow, "id"));
            if (place != null && locations.add(placeId)) {
                row("locations.csv", place, "addresses", "accessibility");
                children("addresses.csv", place, "addresses", "location_id", placeId);
                children("accessibility.csv", place, "accessibility", "location_id", placeId);
            }
        }
        n = 0;
        for (JsonObject attribute : objects(service, "attributes")) {
            JsonObject term = attribute.get("taxonomy_term") instanceof JsonObject t ? t : null;
            String termId = text(attribute, "taxonomy_term_id").isEmpty() && term != null ? text(term, "id")
                    : text(attribute, "taxonomy_term_id");
            row("attributes.csv", withId(with(with(attribute, "link_id", id), "taxonomy_term_id", termId), id, "attribute", n++),
                    "taxonomy_term");
            if (term != null && terms.add(termId)) {
                JsonObject taxonomy = term.get("taxonomy_detail") instanceof JsonObject d ? d : null;
                if (taxonomy != null && term.get("taxonomy_id") == null) {
                    term = with(term, "taxonomy_id", text(taxonomy, "id"));
                }
                row("taxonomy_terms.csv", term, "taxonomy_detail");
                if (taxonomy != null && taxonomies.add(text(taxonomy, "id"))) {
                    row("taxonomies.csv", taxonomy);
                }
            }
        }
    }

    private void organisation(JsonObject organisation) throws IOException {
        String id = text(organisation, "id");
        if (!organisations.add(id)) {
            return;
        }
        // "services" of the full form: each is written as a service of its own
        row("organizations.csv", organisation, "phones", "organization_identifiers", "services");
        children("phones.csv", organisation, "phones", "organization_id", id);
        children("organization_identifiers.csv", organisation, "organization_identifiers", "organization_id", id);
    }

    /** How many services were added. */
    public int services() {
        return services;
    }

    /**
     * Properties of the services added that have no column in their table, as {@code file: property}: nothing, as
     * long as the tables know every field {@link HsdsWriter} writes (a test says so).
     */
    public Set<String> dropped() {
        return Set.copyOf(dropped);
    }

    /** The package: {@code datapackage.json}, then every table; {@code out} is left open. */
    public void writeZip(OutputStream out) throws IOException {
        for (CSVPrinter printer : printers.values()) {
            printer.close();
        }
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry(HsdsTables.DESCRIPTOR));
        zip.write(descriptor().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        for (Map.Entry<String, Path> file : files.entrySet()) {
            zip.putNextEntry(new ZipEntry(file.getKey()));
            Files.copy(file.getValue(), zip);
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    /** The Tabular Data Package descriptor: every table with its columns and their types. */
    private String descriptor() {
        JsonArrayBuilder resources = Json.createArrayBuilder();
        COLUMNS.forEach((file, columns) -> {
            JsonArrayBuilder fields = Json.createArrayBuilder();
            columns.forEach(column -> fields.add(Json.createObjectBuilder().add("name", column).add("type", type(column))));
            resources.add(Json.createObjectBuilder().add("name", RESOURCES.get(file)).add("path", file)
                    .add("profile", "tabular-data-resource").add("format", "csv").add("mediatype", "text/csv")
                    .add("encoding", "utf-8")
                    .add("schema", Json.createObjectBuilder().add("fields", fields).add("primaryKey", "id")));
        });
        java.io.StringWriter text = new java.io.StringWriter();
        try (JsonGenerator json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(text)) {
            json.write(Json.createObjectBuilder().add("profile", "tabular-data-package").add("name", "socialmap-hsds")
                    .add("title", "socialmap: Open Referral HSDS " + HsdsWriter.VERSION)
                    .add("created", Instant.now().toString()).add("x_hsds_version", HsdsWriter.VERSION)
                    .add("resources", resources).build());
        }
        return text.toString();
    }

    private static String type(String column) {
        if (INTEGERS.contains(column)) {
            return "integer";
        }
        if (NUMBERS.contains(column)) {
            return "number";
        }
        if (OBJECTS.contains(column)) {
            return "object";
        }
        return ARRAYS.contains(column) ? "array" : "string";
    }

    /** Deletes the tables (and the directory when it is the writer's own). */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (CSVPrinter printer : printers.values()) {
            try {
                printer.close();
            } catch (IOException alreadyGone) {
                // the file is deleted below anyway
            }
        }
        try {
            for (Path file : files.values()) {
                Files.deleteIfExists(file);
            }
            if (ownsDirectory) {
                Files.deleteIfExists(directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- rows --------------------------------------------------------------------------------------------------

    /** One row of {@code file}; what is neither a column nor one of the {@code nested} records is noted as dropped. */
    private void row(String file, JsonObject json, String... nested) throws IOException {
        List<String> columns = COLUMNS.get(file);
        for (String property : json.keySet()) {
            if (!columns.contains(property) && !List.of(nested).contains(property)) {
                dropped.add(file + ": " + property);
            }
        }
        List<String> cells = new ArrayList<>(columns.size());
        for (String column : columns) {
            cells.add(cell(json.get(column)));
        }
        printers.get(file).printRecord(cells);
    }

    /** The records of {@code array}, each linked to its owner by {@code link} (and given an id if it has none). */
    private void children(String file, JsonObject owner, String array, String link, String ownerId) throws IOException {
        int n = 0;
        for (JsonObject child : objects(owner, array)) {
            row(file, withId(with(child, link, ownerId), ownerId, RESOURCES.get(file), n++));
        }
    }

    static String cell(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return "";
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue().toPlainString();
        }
        return value.toString();   // true, false, and JSON objects and arrays (the x_ cells) as JSON
    }

    private static JsonObject with(JsonObject json, String name, String value) {
        return json.get(name) != null || value.isEmpty() ? json : Json.createObjectBuilder(json).add(name, value).build();
    }

    private static JsonObject withId(JsonObject json, String owner, String kind, int n) {
        return text(json, "id").isEmpty() ? Json.createObjectBuilder(json).add("id", HsdsIds.part(owner, kind, n)).build()
                : json;
    }

    private static List<JsonObject> objects(JsonObject json, String name) {
        return json.get(name) instanceof JsonArray array
                ? array.stream().filter(v -> v instanceof JsonObject).map(JsonValue::asJsonObject).toList() : List.of();
    }

    private static String text(JsonObject json, String name) {
        return json.get(name) instanceof JsonString string ? string.getString() : "";
    }
}
