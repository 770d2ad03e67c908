package eu.socialmap.openreferral.control;

import eu.socialmap.platform.entity.Language;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads an HSDS 3.0 Tabular Data Package — a zip holding {@code datapackage.json} and one CSV file per object
 * ({@code organizations.csv}, {@code services.csv}, {@code service_at_location.csv}, …), rows linked by their
 * {@code id} columns — and turns it into the fully nested services of the JSON serialization, which
 * {@link HsdsReader} then checks as it checks any package: one set of rules, one report, one import.
 * <p>
 * The zip is untrusted: entries with absolute paths, {@code ..} or drive letters refuse the package; the number
 * of entries, the size of each file and the total uncompressed size are capped while reading (the sizes the zip
 * announces are not believed); only the expected file names are parsed, other entries are left out with a
 * warning. Files are UTF-8 (a byte order mark is dropped) and RFC 4180 CSV with a header row. Problems of the
 * tables themselves — a missing column, a row that does not fit its header, an id twice, a link to a row that
 * is not there — are refused with the file name and the row number (the header is row 1). Cells of columns named
 * {@code x_…} holding a JSON object or array are read as JSON: our extensions ({@code x_translations},
 * {@code x_closures}…) travel through CSV this way.
 */
public final class HsdsTables {

    public static final int MAX_ENTRIES = 64;
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    public static final long MAX_TOTAL_BYTES = 50L * 1024 * 1024;

    public static final String DESCRIPTOR = "datapackage.json";
    /** The files this package format defines that the import reads, with the columns each must have. */
    static final Map<String, List<String>> TABLES = tables();
    /** Older or hand-made packages name this file in the plural; both are read. */
    static final Map<String, String> ALIASES = Map.of("service_at_locations.csv", "service_at_location.csv");
    /** Cells of these columns are numbers in the JSON serialization. */
    private static final Set<String> NUMBERS = Set.of("minimum_age", "maximum_age", "amount", "latitude", "longitude",
            "year_incorporated");

    private final List<HsdsPackage.Remark> rejections = new ArrayList<>();
    private final List<HsdsPackage.Remark> warnings = new ArrayList<>();
    private final Map<String, Table> tables = new HashMap<>();

    private static Map<String, List<String>> tables() {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        tables.put("organizations.csv", List.of("id", "name"));
        tables.put("services.csv", List.of("id", "organization_id", "name"));
        tables.put("locations.csv", List.of("id"));
        tables.put("service_at_location.csv", List.of("id", "service_id", "location_id"));
        tables.put("addresses.csv", List.of("id", "location_id", "address_1", "city", "postal_code", "country"));
        tables.put("phones.csv", List.of("id", "number"));
        tables.put("schedules.csv", List.of("id"));
        tables.put("languages.csv", List.of("id"));
        tables.put("accessibility.csv", List.of("id", "location_id"));
        tables.put("cost_options.csv", List.of("id", "service_id"));
        tables.put("organization_identifiers.csv", List.of("id", "organization_id", "identifier"));
        tables.put("taxonomies.csv", List.of("id", "name"));
        tables.put("taxonomy_terms.csv", List.of("id", "name"));
        tables.put("attributes.csv", List.of("id", "link_id", "taxonomy_term_id"));
        return Map.copyOf(tables);
    }

    /** A CSV file as read: its rows, each with its row number, by column name. */
    record Row(String file, int number, Map<String, String> cells) {
        String get(String column) {
            String value = cells.get(column);
            return value == null ? "" : value.strip();
        }

        String where() {
            return file + ", row " + number;
        }
    }

    record Table(String file, List<Row> rows) {
    }

    private HsdsTables() {
    }

    /** The package read, checked by {@link HsdsReader}; the remarks of the tables come first. */
    public static HsdsReader.Reading read(InputStream zip, Language textLanguage) {
        HsdsTables reader = new HsdsTables();
        JsonValue services = reader.readZip(zip);
        if (services == null) {
            return new HsdsReader.Reading(null, List.copyOf(reader.rejections));
        }
        Map<Integer, String> rowOfService = new HashMap<>();
        List<Row> serviceRows = reader.rows("services.csv");
        for (int i = 0; i < serviceRows.size(); i++) {
            rowOfService.put(i + 1, serviceRows.get(i).where());
        }
        HsdsReader.Reading reading = HsdsReader.read(services, textLanguage, i -> rowOfService.getOrDefault(i, "services.csv"));
        if (!reading.accepted()) {
            return reading;
        }
        HsdsPackage read = reading.hsdsPackage();
        List<HsdsPackage.Remark> warnings = new ArrayList<>(reader.warnings);
        warnings.addAll(read.warnings());
        return new HsdsReader.Reading(new HsdsPackage(read.organisations(), read.services(), List.copyOf(warnings)), List.of());
    }

    // --- the zip -----------------------------------------------------------------------------------------------

    private JsonValue readZip(InputStream in) {
        Map<String, byte[]> files = new HashMap<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    return refuse("", "hsds.csv.tooManyEntries", MAX_ENTRIES);
                }
                String path = entry.getName();
                if (!safe(path)) {
                    return refuse(path, "hsds.csv.unsafePath");
                }
                String name = path.substring(path.lastIndexOf('/') + 1);
                String file = ALIASES.getOrDefault(name.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT));
                boolean wanted = !entry.isDirectory() && (file.equals(DESCRIPTOR) || TABLES.containsKey(file));
                if (!entry.isDirectory() && !wanted && !name.startsWith(".") && !path.startsWith("__MACOSX/")) {
                    warnings.add(new HsdsPackage.Remark(path, "hsds.csv.fileIgnored", List.of()));
                }
                // every entry is inflated while the stream moves past it: each one counts against the caps
                ByteArrayOutputStream content = wanted ? new ByteArrayOutputStream() : null;
                byte[] buffer = new byte[8192];
                long size = 0;
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    size += n;
                    total += n;
                    if (size > MAX_FILE_BYTES) {
                        return refuse(path, "hsds.csv.fileTooLarge", MAX_FILE_BYTES / (1024 * 1024));
                    }
                    if (total > MAX_TOTAL_BYTES) {
                        return refuse(path, "hsds.csv.packageTooLarge", MAX_TOTAL_BYTES / (1024 * 1024));
                    }
                    if (content != null) {
                        content.write(buffer, 0, n);
                    }
                }
                if (content != null && files.put(file, content.toByteArray()) != null) {
                    return refuse(path, "hsds.csv.fileTwice");
                }
            }
        } catch (ZipException | IllegalArgumentException notAZip) {
            return refuse("", "hsds.csv.notZip");
        } catch (IOException unreadable) {
            return refuse("", "hsds.csv.notZip");
        }
        if (entries == 0) {
            return refuse("", "hsds.csv.notZip");
        }
        if (!files.containsKey(DESCRIPTOR)) {
            return refuse(DESCRIPTOR, "hsds.csv.noDescriptor");
        }
        String descriptor = utf8(DESCRIPTOR, files.get(DESCRIPTOR));
        try (var json = Json.createReader(new StringReader(descriptor == null ? "" : descriptor))) {
            json.readObject();
        } catch (JsonException | IllegalStateException | ClassCastException notAnObject) {
            return refuse(DESCRIPTOR, "hsds.csv.badDescriptor");
        }
        if (!files.containsKey("services.csv")) {
            return refuse("services.csv", "hsds.csv.noServices");
        }
        files.forEach((file, bytes) -> {
            if (!file.equals(DESCRIPTOR)) {
                parse(file, bytes);
            }
        });
        return rejections.isEmpty() ? services() : null;
    }

    /** A relative path inside the zip, without parent steps, drive letters or backslashes. */
    static boolean safe(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":") || path.indexOf('\0') >= 0) {
            return false;
        }
        for (String step : path.split("/")) {
            if (step.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static String utf8(String file, byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }

    // --- the tables --------------------------------------------------------------------------------------------

    private void parse(String file, byte[] bytes) {
        String text = utf8(file, bytes);
        if (text == null) {
            reject(file, "hsds.csv.notUtf8");
            return;
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).setIgnoreEmptyLines(true).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames().stream().map(String::strip).toList();
            for (String column : TABLES.get(file)) {
                if (!header.contains(column)) {
                    reject(file + ", row 1", "hsds.csv.missingColumn", column);
                }
            }
            int number = 1;
            for (CSVRecord record : parser) {
                number++;
                if (record.size() != header.size()) {
                    reject(file + ", row " + number, "hsds.csv.badRow", String.valueOf(record.size()), String.valueOf(header.size()));
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    if (!header.get(i).isEmpty()) {
                        cells.put(header.get(i), record.get(i));
                    }
                }
                rows.add(new Row(file, number, cells));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException malformed) {
            // an unclosed quote, a header named twice…
            reject(file, "hsds.csv.notCsv");
            return;
        }
        Map<String, Row> ids = new HashMap<>();
        for (Row row : rows) {
            String id = row.get("id");
            if (id.isEmpty()) {
                reject(row.where(), "hsds.csv.noId");
            } else {
                Row first = ids.putIfAbsent(id.toLowerCase(Locale.ROOT), row);
                if (first != null) {
                    reject(row.where(), "hsds.csv.idTwice", id, String.valueOf(first.number()));
                }
            }
        }
        tables.put(file, new Table(file, rows));
    }

    private List<Row> rows(String file) {
        Table table = tables.get(file);
        return table == null ? List.of() : table.rows();
    }

    private Map<String, Row> byId(String file) {
        Map<String, Row> rows = new HashMap<>();
        rows(file).forEach(row -> rows.put(row.get("id"), row));
        return rows;
    }

    private Map<String, List<Row>> byColumn(String file, String column) {
        Map<String, List<Row>> rows = new HashMap<>();
        rows(file).stream().filter(row -> !row.get(column).isEmpty())
                .forEach(row -> rows.computeIfAbsent(row.get(column), k -> new ArrayList<>()).add(row));
        return rows;
    }

    /** The services of {@code services.csv}, in its order, each with everything the other tables link to it. */
    private JsonValue services() {
        Map<String, Row> organisations = byId("organizations.csv");
        Map<String, Row> locations = byId("locations.csv");
        Map<String, Row> terms = byId("taxonomy_terms.csv");
        Map<String, Row> taxonomies = byId("taxonomies.csv");
        Map<String, List<Row>> addresses = byColumn("addresses.csv", "location_id");
        Map<String, List<Row>> accessibility = byColumn("accessibility.csv", "location_id");
        Map<String, List<Row>> placesOfService = byColumn("service_at_location.csv", "service_id");
        Map<String, List<Row>> phonesOfService = byColumn("phones.csv", "service_id");
        Map<String, List<Row>> phonesOfOrganisation = byColumn("phones.csv", "organization_id");
        Map<String, List<Row>> schedulesOfService = byColumn("schedules.csv", "service_id");
        Map<String, List<Row>> schedulesOfPlace = byColumn("schedules.csv", "service_at_location_id");
        Map<String, List<Row>> languages = byColumn("languages.csv", "service_id");
        Map<String, List<Row>> costs = byColumn("cost_options.csv", "service_id");
        Map<String, List<Row>> identifiers = byColumn("organization_identifiers.csv", "organization_id");
        Map<String, List<Row>> attributes = byColumn("attributes.csv", "link_id");
        Map<String, Row> services = byId("services.csv");

        links("service_at_location.csv", "service_id", services);
        links("service_at_location.csv", "location_id", locations);
        links("addresses.csv", "location_id", locations);
        links("accessibility.csv", "location_id", locations);
        links("cost_options.csv", "service_id", services);
        links("organization_identifiers.csv", "organization_id", organisations);
        links("taxonomy_terms.csv", "taxonomy_id", taxonomies);
        for (String file : List.of("phones.csv", "schedules.csv", "languages.csv")) {
            links(file, "service_id", services);
        }
        if (!rejections.isEmpty()) {
            return null;
        }

        JsonArrayBuilder all = Json.createArrayBuilder();
        for (Row service : rows("services.csv")) {
            JsonObjectBuilder json = object(service);
            Row organisation = organisations.get(service.get("organization_id"));
            if (organisation != null) {
                String id = organisation.get("id");
                json.add("organization", object(organisation)
                        .add("phones", objects(phonesOfOrganisation.getOrDefault(id, List.of()).stream()
                                .filter(p -> p.get("service_id").isEmpty() && p.get("location_id").isEmpty()).toList()))
                        .add("organization_identifiers", objects(identifiers.getOrDefault(id, List.of()))));
            }
            JsonArrayBuilder atLocations = Json.createArrayBuilder();
            List<Row> schedules = new ArrayList<>(schedulesOfService.getOrDefault(service.get("id"), List.of()));
            for (Row at : placesOfService.getOrDefault(service.get("id"), List.of())) {
                Row place = locations.get(at.get("location_id"));
                String placeId = place.get("id");
                atLocations.add(object(at).add("location", object(place)
                        .add("addresses", objects(addresses.getOrDefault(placeId, List.of())))
                        .add("accessibility", objects(accessibility.getOrDefault(placeId, List.of())))));
                schedulesOfPlace.getOrDefault(at.get("id"), List.of()).stream()
                        .filter(s -> !schedules.contains(s)).forEach(schedules::add);
            }
            JsonArrayBuilder linkedTerms = Json.createArrayBuilder();
            for (Row attribute : attributes.getOrDefault(service.get("id"), List.of())) {
                String entity = attribute.get("link_entity");
                if (!entity.isEmpty() && !entity.equalsIgnoreCase("service")) {
                    continue;
                }
                JsonObjectBuilder linked = object(attribute);
                Row term = terms.get(attribute.get("taxonomy_term_id"));
                if (term != null) {
                    JsonObjectBuilder termJson = object(term);
                    Row taxonomy = taxonomies.get(term.get("taxonomy_id"));
                    if (taxonomy != null) {
                        termJson.add("taxonomy_detail", object(taxonomy));
                    }
                    linked.add("taxonomy_term", termJson);
                }
                linkedTerms.add(linked);
            }
            all.add(json.add("service_at_locations", atLocations)
                    .add("phones", objects(phonesOfService.getOrDefault(service.get("id"), List.of())))
                    .add("schedules", objects(schedules))
                    .add("languages", objects(languages.getOrDefault(service.get("id"), List.of())))
                    .add("cost_options", objects(costs.getOrDefault(service.get("id"), List.of())))
                    .add("attributes", linkedTerms));
        }
        return all.build();
    }

    /** Every non-empty {@code column} of {@code file} must name a row of {@code targets}. */
    private void links(String file, String column, Map<String, Row> targets) {
        for (Row row : rows(file)) {
            String target = row.get(column);
            if (!target.isEmpty() && !targets.containsKey(target)) {
                reject(row.where(), "hsds.csv.unknownLink", column, target);
            }
        }
    }

    private JsonArrayBuilder objects(List<Row> rows) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        rows.forEach(row -> array.add(object(row)));
        return array;
    }

    /** A row as a JSON object: empty cells left out, numbers as numbers, JSON in {@code x_} columns as JSON. */
    private JsonObjectBuilder object(Row row) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        row.cells().forEach((column, raw) -> {
            String value = raw.strip();
            if (value.isEmpty()) {
                return;
            }
            if (NUMBERS.contains(column) && value.matches("-?\\d{1,12}(\\.\\d{1,15})?")) {
                json.add(column, new BigDecimal(value));
            } else if (column.startsWith("x_") && (value.startsWith("{") || value.startsWith("["))) {
                try (var reader = Json.createReader(new StringReader(value))) {
                    json.add(column, reader.readValue());
                } catch (JsonException | IllegalStateException notJson) {
                    reject(row.where(), "hsds.csv.badJson", column);
                }
            } else {
                json.add(column, value);
            }
        });
        return json;
    }

    private JsonValue refuse(String record, String key, Object... arguments) {
        reject(record, key, arguments);
        return null;
    }

    private void reject(String record, String key, Object... arguments) {
        rejections.add(new HsdsPackage.Remark(record, key, List.of(arguments)));
    }

    /** The nested services a package's tables make (for tests), or the refusals of the zip and its tables. */
    static Object nested(InputStream zip) {
        HsdsTables reader = new HsdsTables();
        JsonValue services = reader.readZip(zip);
        return services == null ? List.copyOf(reader.rejections) : services;
    }
}
