package eu.socialmap.immersion.api;

import eu.socialmap.membership.control.PasswordHashing;
import eu.socialmap.testing.Http;
import eu.socialmap.testing.SqlFixtures;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static eu.socialmap.immersion.ImmersionSql.charterInForce;
import static eu.socialmap.immersion.ImmersionSql.organisation;
import static eu.socialmap.immersion.ImmersionSql.person;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The immersion API in Payara Micro on MariaDB, as a client program uses it with a signed-in session: a host's
 * administrator writes and publishes an offer; a professional of a French member organisation asks for days of it
 * (refused first with the fields to correct, in Dutch); someone of a third organisation does not even see the
 * booking; her employer approves, the host accepts, both sign, and the agreement is concluded. Run by
 * {@code ImmersionsBrowserIT} on its deployment (each deployment costs the build most of a minute).
 */
public final class ImmersionApiJourney {

    private static final String TAG = "im" + System.nanoTime();
    private static final String PASSWORD = "une phrase assez longue pour immerger";
    private static final String HOST_ADMIN = "beheer." + TAG + "@ocmw.example";
    private static final String VISITOR = "visiteuse." + TAG + "@ccas.example";
    private static final String SENDER_ADMIN = "direction." + TAG + "@ccas.example";
    private static final String STRANGER = "autre." + TAG + "@asbl.example";
    private static final Pattern HIDDEN = Pattern.compile("<input[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern ACTION = Pattern.compile("<form id=\"signIn\"[^>]*action=\"([^\"]+)\"");

    private static long host;
    private static long sender;
    private static long place;

    private final URL base;

    /** The journey against the portal at {@code base} (deployed by the browser class that runs it). */
    public ImmersionApiJourney(URL base) {
        this.base = base;
    }

    /** Three member organisations and their people, written once before the journey. */
    public static void threeMemberOrganisationsAndTheirPeople() throws SQLException {
        String hash = new PasswordHashing(new Pbkdf2PasswordHashImpl()).hash(PASSWORD);
        try (Connection db = SqlFixtures.connect()) {
            int charter = charterInForce(db);
            host = organisation(db, "OCMW Kortrijk " + TAG, "8500", "Kortrijk", "BE", charter);
            sender = organisation(db, "CCAS Roubaix " + TAG, "59100", "Roubaix", "FR", charter);
            long other = organisation(db, "Entraide " + TAG, "1060", "Saint-Gilles", "BE", charter);
            place = SqlFixtures.execute(db, "INSERT INTO location (organisation_id, street, postcode, commune, country, latitude, "
                    + "longitude, coordinates_source, updated_at) VALUES (?, 'Budastraat 27', '8500', 'Kortrijk', 'BE', 50.828, "
                    + "3.2649, 'POSTCODE', UTC_TIMESTAMP())", host);
            person(db, HOST_ADMIN, "Hilde Claes", "nl", host, hash, true);
            person(db, VISITOR, "Valérie Dumont", "fr", sender, hash, false);
            person(db, SENDER_ADMIN, "Samir Haddad", "fr", sender, hash, true);
            person(db, STRANGER, "Sophie Lambert", "fr", other, hash, true);
        }
    }

    public void anOfferIsWrittenPublishedRequestedApprovedAcceptedAndSignedThroughTheApi() {
        Client hostAdmin = signIn(HOST_ADMIN);
        Client visitor = signIn(VISITOR);
        Client senderAdmin = signIn(SENDER_ADMIN);
        Client stranger = signIn(STRANGER);
        Client anonymous = new Client(null);

        LocalDate opens = LocalDate.now(ZoneId.of("Europe/Brussels")).plusDays(14).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        LocalDate closes = opens.plusDays(25); // four weeks, Monday to Friday
        String offerBody = Json.createObjectBuilder().add("hostId", host).add("locationId", place)
                .add("team", Json.createObjectBuilder().add("fr", "Service logement " + TAG).add("nl", "Woondienst " + TAG))
                .add("activities", Json.createObjectBuilder().add("fr", "Visites à domicile, permanences.")
                        .add("nl", "Huisbezoeken, spreekuren."))
                .add("theme", "housing").add("languages", Json.createArrayBuilder().add("nl").add("fr"))
                .add("minDays", 2).add("maxDays", 5).add("dayStarts", "09:00").add("dayEnds", "16:30")
                .add("periods", Json.createArrayBuilder().add(Json.createObjectBuilder().add("firstDay", opens.toString())
                        .add("lastDay", closes.toString()).add("places", 2)))
                .build().toString();

        assertThat(anonymous.post("api/v1/immersion-offers", offerBody).statusCode()).as("writing needs a session").isEqualTo(401);
        assertThat(visitor.post("api/v1/immersion-offers", offerBody).statusCode()).as("a professional, not an administrator")
                .isEqualTo(403);
        HttpResponse<String> created = hostAdmin.post("api/v1/immersion-offers", offerBody);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject offer = Http.json(created);
        long offerId = offer.getJsonNumber("id").longValue();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/api/v1/immersion-offers/" + offerId));
        assertThat(offer.getString("status")).isEqualTo("DRAFT");
        assertThat(offer.getString("theme")).isEqualTo("housing");
        assertThat(offer.getJsonObject("host").getString("name")).isEqualTo("OCMW Kortrijk " + TAG);
        assertThat(anonymous.get("api/v1/immersion-offers/" + offerId).statusCode()).as("a draft").isEqualTo(404);

        HttpResponse<String> stale = hostAdmin.put("api/v1/immersion-offers/" + offerId, offerBody.replaceFirst("\\{",
                "{\"version\":" + (offer.getJsonNumber("version").longValue() + 7) + ","));
        assertThat(stale.statusCode()).as("changed meanwhile").isEqualTo(409);

        assertThat(hostAdmin.postAs("api/v1/immersion-offers/" + offerId + "/publication", "text/plain", "").statusCode())
                .as("a change is a JSON request").isEqualTo(415);
        HttpResponse<String> published = hostAdmin.post("api/v1/immersion-offers/" + offerId + "/publication", "{}");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(Http.json(published).getString("status")).isEqualTo("PUBLISHED");
        HttpResponse<String> read = anonymous.get("api/v1/immersion-offers/" + offerId + "?lang=nl");
        assertThat(read.statusCode()).isEqualTo(200);
        JsonObject publicOffer = Http.json(read);
        assertThat(publicOffer.getString("team")).isEqualTo("Woondienst " + TAG);
        assertThat(publicOffer.getJsonObject("translations").getJsonObject("team").getString("fr")).isEqualTo("Service logement " + TAG);
        assertThat(publicOffer.containsKey("contact")).as("no contact person for visitors").isFalse();
        assertThat(publicOffer.getJsonArray("periods").getJsonObject(0).getInt("free")).isEqualTo(2);

        String month = opens.plusDays(7).toString().substring(0, 7);
        HttpResponse<String> found = anonymous.get("api/v1/immersion-offers?q=" + TAG + "&theme=housing&country=BE&month=" + month
                + "&month=2099-01&page=1&per_page=5", "Accept-Language", "nl");
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        JsonObject results = Http.json(found);
        assertThat(results.getJsonNumber("total").longValue()).isEqualTo(1);
        JsonObject hit = results.getJsonArray("offers").getJsonObject(0);
        assertThat(hit.getJsonNumber("id").longValue()).isEqualTo(offerId);
        assertThat(hit.getString("team")).isEqualTo("Woondienst " + TAG);
        assertThat(hit.getJsonObject("place").getString("commune")).isEqualTo("Kortrijk");
        assertThat(hit.containsKey("crossing")).as("measured from a signed-in person's organisation only").isFalse();
        assertThat(results.getJsonObject("facets").getJsonArray("theme").getValuesAs(JsonValue::asJsonObject))
                .anySatisfy(value -> assertThat(value.getString("value")).isEqualTo("housing"));

        // outside the periods, then six working days: the field to correct, in Dutch
        HttpResponse<String> outside = visitor.post("api/v1/immersion-bookings", request(offerId, closes.plusDays(3),
                closes.plusDays(5), "Découvrir l’accompagnement au logement en Flandre."), "Accept-Language", "nl");
        assertThat(outside.statusCode()).isEqualTo(422);
        assertThat(errors(outside)).containsOnlyKeys("firstDay");
        HttpResponse<String> tooLong = visitor.post("api/v1/immersion-bookings", request(offerId, opens, opens.plusDays(7),
                "Découvrir l’accompagnement au logement en Flandre."),
                "Accept-Language", "nl");
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(tooLong.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Http.json(tooLong).getString("title")).isEqualTo("Verzoek geweigerd door een regel van het netwerk");
        assertThat(errors(tooLong)).containsOnlyKeys("lastDay");
        assertThat(errors(tooLong).get("lastDay")).contains("6");

        LocalDate first = opens.plusDays(7);
        HttpResponse<String> requested = visitor.post("api/v1/immersion-bookings", request(offerId, first, first.plusDays(2),
                "Découvrir l’accompagnement au logement en Flandre."));
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
        JsonObject booking = Http.json(requested);
        long bookingId = booking.getJsonNumber("id").longValue();
        String bookingPath = "api/v1/immersion-bookings/" + bookingId;
        assertThat(requested.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/" + bookingPath));
        assertThat(booking.getString("status")).isEqualTo("REQUESTED");
        assertThat(booking.getString("direction")).isEqualTo("FR_TO_BE");
        assertThat(booking.getInt("workingDays")).isEqualTo(3);
        assertThat(booking.getJsonObject("visitor").getString("name")).isEqualTo("Valérie Dumont");
        assertThat(booking.getJsonObject("visitor").getJsonObject("organisation").getString("name")).isEqualTo("CCAS Roubaix " + TAG);
        assertThat(booking.getJsonArray("parties").getString(0)).isEqualTo("VISITOR");
        JsonObject mine = Http.json(visitor.get("api/v1/immersion-bookings?scope=mine&page=1&per_page=10"));
        assertThat(mine.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(mine.getJsonArray("bookings").getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(bookingId);
        assertThat(mine.getJsonArray("bookings").getJsonObject(0).getJsonObject("host").getString("name"))
                .isEqualTo("OCMW Kortrijk " + TAG);

        JsonObject fromRoubaix = Http.json(visitor.get("api/v1/immersion-offers?q=" + TAG + "&sort=distance"))
                .getJsonArray("offers").getJsonObject(0);
        assertThat(fromRoubaix.getJsonObject("crossing").getString("direction")).isEqualTo("FR_TO_BE");
        assertThat(fromRoubaix.getJsonObject("crossing").getBoolean("crossesTheLanguageBorder")).isTrue();
        assertThat(fromRoubaix.getJsonNumber("distanceKm").doubleValue()).isBetween(5.0, 60.0);
        assertThat(fromRoubaix.getJsonArray("periods").getJsonObject(0).getInt("free")).isEqualTo(1);

        HttpResponse<String> strangers = stranger.get(bookingPath);
        assertThat(strangers.statusCode()).as("someone of another organisation").isEqualTo(404);
        assertThat(strangers.body()).doesNotContain("Valérie").doesNotContain("logement");
        assertThat(anonymous.get(bookingPath).statusCode()).isEqualTo(401);
        assertThat(visitor.post(bookingPath + "/approval", "{}").statusCode()).as("her employer approves, not she")
                .isEqualTo(403);

        assertThat(status(senderAdmin.post(bookingPath + "/approval", "{}"))).isEqualTo("APPROVED");
        assertThat(status(hostAdmin.post(bookingPath + "/acceptance", "{}"))).isEqualTo("ACCEPTED");
        JsonObject halfSigned = Http.json(senderAdmin.post(bookingPath + "/signature", "{}"));
        assertThat(halfSigned.getString("status")).isEqualTo("ACCEPTED");
        assertThat(halfSigned.getJsonObject("signatures").getJsonObject("sender").getString("name")).isEqualTo("Samir Haddad");
        assertThat(halfSigned.getJsonObject("signatures").containsKey("host")).isFalse();
        JsonObject agreed = Http.json(hostAdmin.post(bookingPath + "/signature", "{}"));
        assertThat(agreed.getString("status")).isEqualTo("AGREED");
        assertThat(agreed.getJsonObject("signatures").getJsonObject("host").getString("name")).isEqualTo("Hilde Claes");
        assertThat(agreed.getInt("clausesVersion")).isPositive();

        JsonObject hostsBookings = Http.json(hostAdmin.get("api/v1/immersion-bookings?scope=organisation"));
        assertThat(hostsBookings.getJsonArray("bookings").getValuesAs(JsonValue::asJsonObject))
                .anySatisfy(line -> assertThat(line.getJsonNumber("id").longValue()).isEqualTo(bookingId));
        JsonObject offerNow = Http.json(anonymous.get("api/v1/immersion-offers/" + offerId));
        assertThat(offerNow.getJsonArray("periods").getJsonObject(0).getInt("free")).as("her place is held").isEqualTo(1);

        String openApi = anonymous.get("openapi").body();
        assertThat(openApi).contains("/api/v1/immersion-bookings/{id}/signature").contains("/api/v1/immersion-offers/{id}/publication")
                .contains("BookingJson").contains("OfferJson");
    }

    private static String request(long offer, LocalDate first, LocalDate last, String motivation) {
        return Json.createObjectBuilder().add("offerId", offer).add("firstDay", first.toString()).add("lastDay", last.toString())
                .add("motivation", motivation).build().toString();
    }

    private static Map<String, String> errors(HttpResponse<String> problem) {
        return Http.json(problem).getJsonArray("errors").getValuesAs(JsonValue::asJsonObject).stream()
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("message")));
    }

    private static String status(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response).getString("status");
    }

    /** Signs in through the sign-in form, as a browser would: the session cookie then opens the API. */
    private Client signIn(String email) {
        Client client = new Client(new CookieManager());
        HttpResponse<String> form = client.get("login?next=%2Faccount");
        assertThat(form.statusCode()).isEqualTo(200);
        String page = form.body();
        int start = page.indexOf("<form id=\"signIn\"");
        assertThat(start).as("the sign-in form").isNotNegative();
        String signInForm = page.substring(start, page.indexOf("</form>", start));
        StringBuilder post = new StringBuilder();
        Matcher hidden = HIDDEN.matcher(signInForm);
        while (hidden.find()) {
            if (hidden.group(1).equals("signIn") || hidden.group(1).equals("jakarta.faces.ViewState")
                    || hidden.group(1).equals("primefaces.nonce")) {
                post.append(encode(hidden.group(1))).append('=').append(encode(hidden.group(2).replace("&#43;", "+")
                        .replace("&#61;", "=").replace("&#47;", "/").replace("&amp;", "&"))).append('&');
            }
        }
        post.append("signIn%3Aemail=").append(encode(email)).append("&signIn%3Apassword=").append(encode(PASSWORD))
                .append("&signIn%3Asubmit=submit");
        Matcher action = ACTION.matcher(signInForm);
        assertThat(action.find()).isTrue();
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(Http.resolve(base, action.group(1).substring(1)))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(post.toString())));
        assertThat(signedIn.statusCode()).as(email + " signed in").isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/account"));
        return client;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** One person's HTTP client: her own cookies, no redirects followed. */
    private final class Client {

        private final HttpClient http;

        Client(CookieManager cookies) {
            HttpClient.Builder builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10));
            http = (cookies == null ? builder : builder.cookieHandler(cookies)).build();
        }

        HttpResponse<String> get(String path, String... headers) {
            return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
        }

        HttpResponse<String> post(String path, String json, String... headers) {
            return postAs(path, "application/json", json, headers);
        }

        HttpResponse<String> postAs(String path, String type, String body, String... headers) {
            return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString(body)), headers);
        }

        HttpResponse<String> put(String path, String json) {
            return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json)));
        }

        HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
            request.timeout(Duration.ofSeconds(30));
            for (int i = 0; i < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private URI uri(String path) {
            return Http.resolve(base, path);
        }
    }
}
