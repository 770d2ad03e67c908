package eu.socialmap.openreferral.control;

import eu.socialmap.directory.entity.Closure;
import eu.socialmap.directory.entity.EnterpriseNumber;
import eu.socialmap.directory.entity.OpeningSlot;
import eu.socialmap.directory.entity.OrganisationDetails;
import eu.socialmap.directory.entity.OrganisationKind;
import eu.socialmap.directory.entity.ScheduleInput;
import eu.socialmap.directory.entity.ServiceDetails;
import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.platform.entity.InvalidInput;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.platform.entity.LocalizedText;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Reads an HSDS 3.0 package: a list of fully nested services (a JSON array, a "Page" with {@code contents}, or an
 * object with {@code services}), each with its organisation, places, hours, languages and taxonomy terms. Every
 * value is checked as our own forms check it, and every problem of every record is reported at once; nothing is
 * written here. Texts without our {@code x_translations} extension are taken to be in {@code textLanguage}.
 * Opening times are read as Brussels local time (an offset such as {@code Z} or {@code +01:00} is ignored).
 */
public final class HsdsReader {

    private final Language textLanguage;
    private IntFunction<String> where;
    private final List<HsdsPackage.Remark> rejections = new ArrayList<>();
    private final List<HsdsPackage.Remark> warnings = new ArrayList<>();
    private final Map<String, JsonObject> organisationsById = new LinkedHashMap<>();
    private final Map<String, List<HsdsPackage.Address>> addressesOfOrganisation = new HashMap<>();
    private final Map<String, Set<String>> languagesOfOrganisation = new HashMap<>();
    /** Place ids as first met, by their lower-cased form: ids are compared as UUIDs are, whatever their case. */
    private final Map<String, String> locationIdsFolded = new HashMap<>();
    private final Map<String, String> organisationIdsFolded = new HashMap<>();

    /** The package, or every reason it is refused. */
    public record Reading(HsdsPackage hsdsPackage, List<HsdsPackage.Remark> rejections) {
        public boolean accepted() {
            return rejections.isEmpty();
        }
    }

    private HsdsReader(Language textLanguage) {
        this.textLanguage = textLanguage;
    }

    public static Reading read(InputStream json, Language textLanguage) {
        JsonValue value;
        try (var reader = Json.createReader(json)) {
            value = reader.readValue();
        } catch (JsonException | IllegalStateException notJson) {
            return new Reading(null, List.of(new HsdsPackage.Remark("", "hsds.import.notJson", List.of())));
        }
        return read(value, textLanguage);
    }

    public static Reading read(JsonValue json, Language textLanguage) {
        return read(json, textLanguage, n -> "services[" + n + "]");
    }

    /** As above, {@code where} naming the n-th service (from 1) in the report, e.g. a row of a CSV file. */
    public static Reading read(JsonValue json, Language textLanguage, IntFunction<String> where) {
        HsdsReader reader = new HsdsReader(textLanguage);
        reader.where = where;
        return reader.readPackage(json);
    }

    private Reading readPackage(JsonValue json) {
        JsonArray services = servicesOf(json);
        if (services == null) {
            return new Reading(null, List.of(new HsdsPackage.Remark("", "hsds.import.noServices", List.of())));
        }
        List<HsdsPackage.Service> read = new ArrayList<>();
        Set<String> serviceIds = new HashSet<>();   // lower-cased: ids differing only by case are the same id
        for (int i = 0; i < services.size(); i++) {
            String where = this.where.apply(i + 1);
            if (services.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                reject(where, "hsds.import.notAnObject");
                continue;
            }
            JsonObject service = services.getJsonObject(i);
            String label = where + " " + text(service, "name");
            String id = text(service, "id");
            if (!validId(id)) {
                reject(label, "hsds.import.badId", id);
                continue;
            }
            if (!serviceIds.add(id.toLowerCase(Locale.ROOT))) {
                reject(label, "hsds.import.duplicateId", id);
                continue;
            }
            service(label, service).ifPresent(read::add);
        }
        List<HsdsPackage.Organisation> organisations = new ArrayList<>();
        organisationsById.forEach((id, json1) -> organisation(id, json1).ifPresent(organisations::add));
        Map<EnterpriseNumber, String> numbers = new HashMap<>();   // the database's uk_organisation_enterprise
        for (HsdsPackage.Organisation o : organisations) {
            if (o.details().number() != null) {
                String first = numbers.putIfAbsent(o.details().number(), o.details().legalName());
                if (first != null) {
                    reject(o.details().legalName(), "hsds.import.numberTwice", o.details().number().digits(), first);
                }
            }
        }
        return new Reading(new HsdsPackage(organisations, read, warnings), List.copyOf(rejections));
    }

    private static JsonArray servicesOf(JsonValue json) {
        if (json.getValueType() == JsonValue.ValueType.ARRAY) {
            return json.asJsonArray();
        }
        if (json.getValueType() != JsonValue.ValueType.OBJECT) {
            return null;
        }
        JsonObject object = json.asJsonObject();
        for (String name : List.of("services", "contents")) {
            if (object.get(name) instanceof JsonArray array) {
                return array;
            }
        }
        return object.containsKey("id") && object.containsKey("name") ? Json.createArrayBuilder().add(object).build() : null;
    }

    // --- services ----------------------------------------------------------------------------------------------

    private Optional<HsdsPackage.Service> service(String label, JsonObject json) {
        int before = rejections.size();
        String id = text(json, "id");
        String status = text(json, "status");
        if (!status.isEmpty() && !status.equals("active")) {
            reject(label, "hsds.import.notActive", status);
        }
        String organisationId = organisationOf(label, json);
        LocalizedText name = translated(json, "name");
        LocalizedText description = translated(json, "description");
        List<String> languages = languages(json);
        ServiceDetails details = new ServiceDetails(name.exactly(Language.FR), name.exactly(Language.NL),
                name.exactly(Language.EN), description.exactly(Language.FR), description.exactly(Language.NL),
                description.exactly(Language.EN), languages, age(label, json, "minimum_age"), age(label, json, "maximum_age"),
                text(json, "email"), firstPhone(json), text(json, "url"));
        ServiceDetails.Checked checked = null;
        try {
            checked = details.check();
        } catch (InvalidInput invalid) {
            invalid.fieldErrors().forEach(e -> rejections.add(new HsdsPackage.Remark(label + " · " + e.field(),
                    e.messageKey(), e.arguments())));
        }
        LocalizedText conditions = checkedText(label, translated(json, "eligibility_description"), 2000);
        LocalizedText howToApply = checkedText(label, translated(json, "application_process"), 2000);
        LocalizedText fees = checkedText(label, translated(json, "fees_description"), 500);
        boolean free = array(json, "cost_options").stream().filter(v -> v instanceof JsonObject).map(JsonValue::asJsonObject)
                .anyMatch(o -> o.get("amount") instanceof JsonNumber amount && amount.doubleValue() == 0);
        List<HsdsPackage.Location> locations = new ArrayList<>();
        Set<String> locationIds = new HashSet<>();
        for (JsonValue value : array(json, "service_at_locations")) {
            if (value instanceof JsonObject at && at.get("location") instanceof JsonObject place) {
                location(label, organisationId, place).filter(l -> locationIds.add(l.hsdsId())).ifPresent(locations::add);
            }
        }
        if (organisationId != null) {
            languagesOfOrganisation.computeIfAbsent(organisationId, k -> new LinkedHashSet<>()).addAll(languages);
            locations.forEach(l -> addressesOfOrganisation.computeIfAbsent(organisationId, k -> new ArrayList<>())
                    .add(l.address()));
        }
        List<OpeningSlot> hours = hours(label, json);
        List<Closure> closures = closures(label, json);
        List<HsdsPackage.TermRef> terms = new ArrayList<>();
        for (JsonValue value : array(json, "attributes")) {
            if (value instanceof JsonObject attribute) {
                JsonObject term = attribute.get("taxonomy_term") instanceof JsonObject t ? t : null;
                String termId = text(attribute, "taxonomy_term_id");
                terms.add(new HsdsPackage.TermRef(termId.isEmpty() && term != null ? text(term, "id") : termId,
                        term == null ? "" : taxonomyOf(term), term == null ? text(attribute, "value") : text(term, "code"),
                        term == null ? "" : text(term, "name")));
            }
        }
        if (rejections.size() > before || checked == null) {
            return Optional.empty();
        }
        return Optional.of(new HsdsPackage.Service(id, organisationId, checked, conditions, howToApply, fees, free,
                locations, hours, closures, terms));
    }

    private String organisationOf(String label, JsonObject service) {
        String id = text(service, "organization_id");
        if (service.get("organization") instanceof JsonObject organisation) {
            String nested = text(organisation, "id");
            if (!validId(nested)) {
                reject(label, "hsds.import.badId", nested);
                return null;
            }
            if (!sameCase(label, nested, organisationIdsFolded)) {
                return null;
            }
            organisationsById.putIfAbsent(nested, organisation);
            id = nested;
        }
        if (!validId(id)) {
            reject(label, "hsds.import.noOrganisation");
            return null;
        }
        return id;
    }

    private List<String> languages(JsonObject service) {
        List<String> codes = new ArrayList<>();
        for (JsonValue value : array(service, "languages")) {
            if (value instanceof JsonObject language) {
                String code = text(language, "code").toLowerCase(Locale.ROOT);
                if (code.isEmpty()) {
                    code = languageCodeOf(text(language, "name"));
                }
                String two = code.length() == 3 ? twoLetters(code) : code;
                if (ServiceDetails.SPOKEN.contains(two)) {
                    codes.add(two);
                } else if (!code.isEmpty()) {
                    warnings.add(new HsdsPackage.Remark(text(service, "name"), "hsds.import.languageIgnored", List.of(code)));
                }
            }
        }
        if (codes.isEmpty()) {
            codes.add(textLanguage.code());
        }
        return codes;
    }

    private static String twoLetters(String threeLetters) {
        for (String code : ServiceDetails.SPOKEN) {
            try {
                if (code.length() == 2 && new Locale(code).getISO3Language().equals(threeLetters)) {
                    return code;
                }
            } catch (java.util.MissingResourceException none) {
                // not a language Java knows: no three-letter form
            }
        }
        return threeLetters;
    }

    private static String languageCodeOf(String name) {
        for (String code : ServiceDetails.SPOKEN) {
            for (Language in : Language.values()) {
                if (new Locale(code).getDisplayLanguage(in.locale()).equalsIgnoreCase(name.strip())) {
                    return code;
                }
            }
        }
        return "";
    }

    private String firstPhone(JsonObject json) {
        return array(json, "phones").stream().filter(v -> v instanceof JsonObject).map(v -> text(v.asJsonObject(), "number"))
                .filter(n -> !n.isEmpty()).findFirst().orElse(null);
    }

    private Integer age(String label, JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.intValueExact();   // 4294967297 is not 1
            } catch (ArithmeticException outOfRange) {
                // refused below
            }
        }
        reject(label + " · " + field, "directory.service.agesInvalid", eu.socialmap.directory.entity.Service.MAX_AGE);
        return null;
    }

    private LocalizedText checkedText(String label, LocalizedText text, int max) {
        InputCheck input = new InputCheck();
        String fr = input.text("fr", text.exactly(Language.FR), max, false);
        String nl = input.text("nl", text.exactly(Language.NL), max, false);
        String en = input.text("en", text.exactly(Language.EN), max, false);
        try {
            input.throwIfAny();
        } catch (InvalidInput invalid) {
            invalid.fieldErrors().forEach(e -> rejections.add(new HsdsPackage.Remark(label, e.messageKey(), e.arguments())));
        }
        return new LocalizedText(fr, nl, en);
    }

    // --- hours -------------------------------------------------------------------------------------------------

    private List<OpeningSlot> hours(String label, JsonObject service) {
        List<OpeningSlot> slots = new ArrayList<>();
        for (JsonValue value : array(service, "schedules")) {
            if (!(value instanceof JsonObject schedule)) {
                continue;
            }
            String freq = text(schedule, "freq");
            if (!freq.isEmpty() && !freq.equals("WEEKLY") || text(schedule, "byday").isEmpty()
                    || text(schedule, "opens_at").isEmpty() || text(schedule, "closes_at").isEmpty()) {
                warnings.add(new HsdsPackage.Remark(label, "hsds.import.scheduleIgnored",
                        List.of(text(schedule, "description").isEmpty() ? freq : text(schedule, "description"))));
                continue;
            }
            LocalTime opens = time(schedule, "opens_at");
            LocalTime closes = time(schedule, "closes_at");
            if (opens == null || closes == null || !opens.isBefore(closes)) {
                reject(label, "hsds.import.badHours", text(schedule, "opens_at") + "–" + text(schedule, "closes_at"));
                continue;
            }
            for (String day : text(schedule, "byday").split(",")) {
                DayOfWeek weekday = HsdsWriter.day(day.strip().toUpperCase(Locale.ROOT));
                if (weekday == null || day.strip().length() != 2) {
                    reject(label, "hsds.import.badHours", day);
                    continue;
                }
                OpeningSlot slot = new OpeningSlot(weekday, opens, closes);
                if (slots.stream().anyMatch(other -> other.getWeekday() == weekday
                        && other.getOpensAt().isBefore(closes) && opens.isBefore(other.getClosesAt()))) {
                    reject(label, "directory.service.hoursOverlap", weekday.getValue());
                    continue;
                }
                slots.add(slot);
            }
        }
        return slots;
    }

    private static LocalTime time(JsonObject schedule, String field) {
        String text = text(schedule, field).replaceAll("(Z|[+-]\\d{2}(:?\\d{2})?)$", "");
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (DateTimeParseException notATime) {
            return null;
        }
    }

    /**
     * Closures are checked as the service form checks them ({@link ScheduleInput}: dates, order, a reason of 200
     * characters at most), and one closure a first day (the table's key): what the database would refuse is
     * refused here, in the report.
     */
    private List<Closure> closures(String label, JsonObject service) {
        List<ScheduleInput.Closed> typed = new ArrayList<>();
        for (JsonValue value : array(service, "x_closures")) {
            if (value instanceof JsonObject closure) {
                String first = text(closure, "first_day");
                String last = text(closure, "last_day");
                if (first.isEmpty()) {
                    reject(label, "hsds.import.badClosure", first + " " + last);
                    continue;
                }
                typed.add(new ScheduleInput.Closed(first, last, text(closure, "reason")));
            }
        }
        InputCheck input = new InputCheck();
        List<Closure> closures = new ScheduleInput(List.of(), typed).check(input).closures();
        try {
            input.throwIfAny();
        } catch (InvalidInput invalid) {
            invalid.fieldErrors().forEach(e -> rejections.add(new HsdsPackage.Remark(label + " · x_closures",
                    e.messageKey(), e.arguments())));
        }
        Set<LocalDate> firstDays = new HashSet<>();
        for (Closure closure : closures) {
            if (!firstDays.add(closure.getFirstDay())) {
                reject(label + " · x_closures", "hsds.import.closureTwice", closure.getFirstDay().toString());
            }
        }
        return closures;
    }

    // --- places ------------------------------------------------------------------------------------------------

    private Optional<HsdsPackage.Location> location(String service, String organisationId, JsonObject json) {
        String id = text(json, "id");
        String label = service + " · " + (text(json, "name").isEmpty() ? id : text(json, "name"));
        if (!validId(id)) {
            reject(label, "hsds.import.badId", id);
            return Optional.empty();
        }
        if (!sameCase(label, id, locationIdsFolded)) {
            return Optional.empty();
        }
        JsonObject address = array(json, "addresses").stream().filter(v -> v instanceof JsonObject)
                .map(JsonValue::asJsonObject).filter(a -> !text(a, "address_type").equals("postal")
                        && !text(a, "address_type").equals("virtual")).findFirst().orElse(null);
        if (address == null) {
            reject(label, "hsds.import.noAddress");
            return Optional.empty();
        }
        Optional<HsdsPackage.Address> checked = address(label, address);
        if (checked.isEmpty()) {
            return Optional.empty();
        }
        InputCheck input = new InputCheck();
        String name = input.text("name", text(json, "name"), 200, false);
        boolean wheelchair = false;
        boolean hearingLoop = false;
        List<String> notes = new ArrayList<>();
        for (JsonValue value : array(json, "accessibility")) {
            if (value instanceof JsonObject access) {
                String code = text(access, "x_code");
                String words = (text(access, "description") + " " + text(access, "details")).strip();
                String folded = words.toLowerCase(Locale.ROOT);
                if (code.equals("wheelchair") || code.isEmpty() && (folded.contains("wheelchair") || folded.contains("rolstoel")
                        || folded.contains("fauteuil") || folded.contains("chaise roulante") || folded.contains("pmr"))) {
                    wheelchair = true;
                } else if (code.equals("hearing_loop") || code.isEmpty() && (folded.contains("hearing loop")
                        || folded.contains("boucle") || folded.contains("ringleiding"))) {
                    hearingLoop = true;
                } else if (!words.isEmpty()) {
                    notes.add(words);
                }
            }
        }
        String note = input.text("accessibility", String.join(" ", notes), 500, false);
        Double latitude = number(json, "latitude");
        Double longitude = number(json, "longitude");
        if ((latitude == null) != (longitude == null) || latitude != null && (!Double.isFinite(latitude)
                || !Double.isFinite(longitude) || latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180)) {
            reject(label, "hsds.import.badCoordinates");
            return Optional.empty();
        }
        try {
            input.throwIfAny();
        } catch (InvalidInput invalid) {
            invalid.fieldErrors().forEach(e -> rejections.add(new HsdsPackage.Remark(label + " · " + e.field(),
                    e.messageKey(), e.arguments())));
            return Optional.empty();
        }
        boolean byHand = latitude != null && !text(json, "x_coordinates_source").equals("postcode");
        return Optional.of(new HsdsPackage.Location(id, organisationId, name.isEmpty() ? null : name, checked.get(),
                latitude, longitude, byHand, wheelchair, hearingLoop, note.isEmpty() ? null : note));
    }

    private Optional<HsdsPackage.Address> address(String label, JsonObject address) {
        EnterpriseNumber.Country country = InputCheck.named(EnterpriseNumber.Country.class,
                text(address, "country").toUpperCase(Locale.ROOT));
        InputCheck input = new InputCheck();
        if (country == null) {
            input.refuse("country", "hsds.import.country", text(address, "country"));
        }
        String street = input.text("street", (text(address, "address_1") + " " + text(address, "address_2")).strip(), 200, true);
        String postcode = OrganisationDetails.postcode(input, country, text(address, "postal_code"));
        String commune = input.text("commune", text(address, "city"), 100, true);
        try {
            input.throwIfAny();
        } catch (InvalidInput invalid) {
            invalid.fieldErrors().forEach(e -> rejections.add(new HsdsPackage.Remark(label + " · " + e.field(),
                    e.messageKey(), e.arguments())));
            return Optional.empty();
        }
        return Optional.of(new HsdsPackage.Address(street, postcode, commune, country));
    }

    // --- organisations -----------------------------------------------------------------------------------------

    private Optional<HsdsPackage.Organisation> organisation(String id, JsonObject json) {
        String label = text(json, "name").isEmpty() ? id : text(json, "name");
        HsdsPackage.Address address = null;
        if (json.get("x_address") instanceof JsonObject own) {
            address = new HsdsPackage.Address(text(own, "street"), text(own, "postcode"), text(own, "commune"),
                    InputCheck.named(EnterpriseNumber.Country.class, text(own, "country")));
        } else if (addressesOfOrganisation.containsKey(id)) {
            address = addressesOfOrganisation.get(id).get(0);
        }
        if (address == null) {
            reject(label, "hsds.import.organisationWithoutAddress");
            return Optional.empty();
        }
        List<String> languages = new ArrayList<>();
        array(json, "x_languages").stream().filter(v -> v instanceof JsonString).map(v -> ((JsonString) v).getString())
                .forEach(languages::add);
        if (languages.isEmpty()) {
            languagesOfOrganisation.getOrDefault(id, Set.of()).stream()
                    .filter(OrganisationDetails.CONTACT_LANGUAGES::contains).forEach(languages::add);
        }
        if (languages.isEmpty()) {
            languages.add(textLanguage.code());
        }
        String identifier = text(json, "tax_id");
        for (JsonValue value : array(json, "organization_identifiers")) {
            if (value instanceof JsonObject ident && identifier.isEmpty()) {
                identifier = text(ident, "identifier");
            }
        }
        LocalizedText description = translated(json, "description");
        String email = text(json, "email");
        String name = text(json, "name");
        String shortName = text(json, "alternate_name");
        OrganisationDetails details = new OrganisationDetails(name, shortName, kind(json, name), identifier.isEmpty() ? null : identifier,
                address.street(), address.postcode(), address.commune(), address.country(), text(json, "website"),
                // the registration form requires an e-mail address (for the account); a directory entry may have none
                email.isEmpty() ? "directory-entry@example.invalid" : email,
                firstPhone(json), languages, description.exactly(Language.FR),
                description.exactly(Language.NL), description.exactly(Language.EN));
        try {
            OrganisationDetails.Checked checked = details.check();
            if (email.isEmpty()) {
                checked = new OrganisationDetails.Checked(checked.legalName(), checked.shortName(), checked.kind(),
                        checked.number(), checked.street(), checked.postcode(), checked.commune(), checked.country(),
                        checked.website(), "", checked.phone(), checked.languages(), checked.description());
            }
            return Optional.of(new HsdsPackage.Organisation(id, checked));
        } catch (InvalidInput invalid) {
            invalid.fieldErrors().forEach(e -> rejections.add(new HsdsPackage.Remark(label + " · " + e.field(),
                    e.messageKey(), e.arguments())));
            return Optional.empty();
        }
    }

    private static OrganisationKind kind(JsonObject json, String name) {
        OrganisationKind kind = InputCheck.named(OrganisationKind.class, text(json, "x_kind"));
        if (kind != null) {
            return kind;
        }
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.startsWith("CCAS") || upper.startsWith("CPAS") || upper.startsWith("OCMW")
                || upper.contains("CENTRE COMMUNAL D") || upper.contains("CENTRE PUBLIC D")) {
            return OrganisationKind.SOCIAL_WELFARE_CENTRE;
        }
        return OrganisationKind.OTHER;
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    /** The three translations from {@code x_translations}, else the one HSDS text in the package's language. */
    private LocalizedText translated(JsonObject json, String field) {
        if (json.get("x_translations") instanceof JsonObject all && all.get(field) instanceof JsonObject texts) {
            return new LocalizedText(text(texts, "fr"), text(texts, "nl"), text(texts, "en"));
        }
        String text = text(json, field);
        return new LocalizedText(textLanguage == Language.FR ? text : "", textLanguage == Language.NL ? text : "",
                textLanguage == Language.EN ? text : "");
    }

    private static String taxonomyOf(JsonObject term) {
        if (term.get("taxonomy_detail") instanceof JsonObject detail && !text(detail, "name").isEmpty()) {
            String taxonomy = text(term, "taxonomy");
            return taxonomy.isEmpty() ? text(detail, "name") : taxonomy;
        }
        return text(term, "taxonomy");
    }

    /** False (and refused) when the package already used this id written with other capitals. */
    private boolean sameCase(String label, String id, Map<String, String> seen) {
        String first = seen.putIfAbsent(id.toLowerCase(Locale.ROOT), id);
        if (first != null && !first.equals(id)) {
            reject(label, "hsds.import.idCase", id, first);
            return false;
        }
        return true;
    }

    static boolean validId(String id) {
        return id != null && !id.isBlank() && id.length() <= 36 && id.matches("[A-Za-z0-9._:-]+");
    }

    private static List<JsonValue> array(JsonObject json, String field) {
        return json.get(field) instanceof JsonArray array ? array : List.of();
    }

    static String text(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value instanceof JsonString string) {
            return string.getString().strip();
        }
        if (value instanceof JsonNumber number) {
            return number.toString();
        }
        return "";
    }

    private static Double number(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value instanceof JsonNumber number) {
            return number.doubleValue();
        }
        if (value instanceof JsonString string && !string.getString().isBlank()) {
            try {
                return Double.parseDouble(string.getString().strip());
            } catch (NumberFormatException notANumber) {
                return Double.NaN;
            }
        }
        return null;
    }

    private void reject(String record, String key, Object... arguments) {
        rejections.add(new HsdsPackage.Remark(record, key, List.of(arguments)));
    }
}
