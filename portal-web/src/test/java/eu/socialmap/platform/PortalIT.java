package eu.socialmap.platform;

import eu.socialmap.testing.Browser;
import eu.socialmap.testing.BrowserTest;
import eu.socialmap.testing.Http;
import eu.socialmap.testing.SqlFixtures;
import eu.socialmap.testing.TestMailServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal as operators and API clients see it, deployed in Payara Micro against MariaDB: health, metrics,
 * OpenAPI, problem documents, translated pages and error pages, the language switch and security headers. And a
 * visitor in a real browser: the home page speaks her browser's language, the switch changes it and the choice is
 * remembered, unknown pages answer in her language, and axe-core finds no accessibility violation; the platform
 * administrator checks the mail settings with a test e-mail: it leaves through the SMTP server (the test run's
 * GreenMail) and stays readable in the outbox, in her language (keeping mails when no SMTP server is set is proven by
 * OutboxDeliveryIT). And the social map's search in a real browser: a French word finds a service described only in
 * Dutch, a misspelt one still does, a facet narrows the list, and the address reproduces the search; a place typed
 * in the form sorts by distance and a service page leads back to the same search; an organisation describes a new
 * service (errors explained, nothing typed lost) and finds it on the map in the other language (the services are an
 * SQL fixture with their outbox rows; the portal's own index picks them up like any change). One class, one Payara
 * Micro start (each start costs the build about 25 s).
 */
class PortalIT extends BrowserTest {

    @Test
    void readinessIsUpWithItsThreeChecksNamed() {
        HttpResponse<String> response = Http.get(Http.resolve(base, "/health/ready"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject health = Http.json(response);
        assertThat(health.getString("status")).isEqualTo("UP");
        Map<String, String> checks = health.getJsonArray("checks").getValuesAs(JsonValue::asJsonObject).stream()
                .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status")));
        assertThat(checks).containsEntry("database", "UP").containsEntry("schema", "UP")
                .containsEntry("search-index", "UP");
    }

    @Test
    void livenessIsUp() {
        HttpResponse<String> response = Http.get(Http.resolve(base, "/health/live"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("heap-memory");
    }

    @Test
    void metricsAndTheOpenApiDocumentAnswer() {
        assertThat(Http.get(Http.resolve(base, "/metrics"), "Accept", "text/plain").statusCode()).isEqualTo(200);

        HttpResponse<String> openApi = Http.get(Http.resolve(base, "/openapi"));
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(openApi.body()).contains("socialmap API").contains("/api/v1/network");
        assertThat(openApi.body()).as("dates are described as the strings the API writes")
                .containsPattern("LocalDate:\\s+type: string\\s+format: date\\s")
                .containsPattern("Instant:\\s+type: string\\s+format: date-time\\s");
    }

    @Test
    void theApiServesTheNetworkInThreeLanguages() {
        HttpResponse<String> response = Http.get(Http.resolve(base, "api/v1/network"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject name = Http.json(response).getJsonObject("name");
        assertThat(name.getString("fr")).isEqualTo("Réseau de coordination sociale");
        assertThat(name.getString("nl")).isEqualTo("Sociaal coördinatienetwerk");
        assertThat(name.getString("en")).isEqualTo("Social coordination network");
    }

    @Test
    void anUnknownApiPathIsAProblemDocumentInTheAskersLanguage() {
        HttpResponse<String> response = Http.get(Http.resolve(base, "api/v1/nope"), "Accept-Language", "nl-BE,nl;q=0.9");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonObject problem = Http.json(response);
        assertThat(problem.getString("title")).isEqualTo("Bron niet gevonden");
        assertThat(problem.getInt("status")).isEqualTo(404);
        assertThat(problem.getString("type")).isEqualTo("about:blank");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at eu.socialmap");
    }

    @Test
    void aWrongMethodIsRefusedWithATranslatedProblem() {
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(Http.resolve(base, "api/v1/network")),
                "DELETE", "Accept-Language", "en");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(Http.json(response).getString("title")).isEqualTo("Method not allowed");
    }

    @Test
    void theHomePageFollowsTheBrowsersLanguage() {
        HttpResponse<String> english = Http.get(Http.resolve(base, ""), "Accept-Language", "en-GB,en;q=0.8");
        HttpResponse<String> dutch = Http.get(Http.resolve(base, ""), "Accept-Language", "nl");
        HttpResponse<String> german = Http.get(Http.resolve(base, ""), "Accept-Language", "de");

        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.body()).contains("lang=\"en\"").contains("Skip to main content");
        assertThat(dutch.body()).contains("lang=\"nl\"").contains("Naar de hoofdinhoud");
        assertThat(german.body()).as("French when we do not speak the browser's language")
                .contains("lang=\"fr\"").contains("Aller au contenu principal");
    }

    @Test
    void anUnknownPageShowsTheTranslated404Page() {
        HttpResponse<String> response = Http.get(Http.resolve(base, "nope"), "Accept-Language", "nl");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("lang=\"nl\"").contains("Pagina niet gevonden");
    }

    @Test
    void aFormPostedFromAnExpiredPageShowsTheTranslatedExpiredPage() {
        // What a browser posts from a page whose server-side view is gone: the old view state, and the CSP nonce
        // that PrimeFaces adds to every form of the page.
        String nonce = java.util.Base64.getEncoder().encodeToString(
                java.util.UUID.randomUUID().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpResponse<String> response = Http.postForm(Http.resolve(base, "about"),
                "jakarta.faces.ViewState=-1234567890%3A987654321&primefaces.nonce="
                        + java.net.URLEncoder.encode(nonce, java.nio.charset.StandardCharsets.UTF_8),
                "Accept-Language", "nl");

        assertThat(response.body()).contains("lang=\"nl\"").contains("Sessie verlopen")
                .contains("href=\"/about\"");
    }

    @Test
    void theLanguageSwitchRemembersTheChoiceAndStaysOnThePage() {
        HttpResponse<String> switched = Http.get(Http.resolve(base, "language?to=nl&next=%2Fabout"),
                "Accept-Language", "fr");

        assertThat(switched.statusCode()).isEqualTo(303);
        assertThat(switched.headers().firstValue("Location")).hasValue("/about");
        String cookie = switched.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("socialmap_lang=nl").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax");

        HttpResponse<String> about = Http.get(Http.resolve(base, "about"), "Accept-Language", "fr",
                "Cookie", "socialmap_lang=nl");
        assertThat(about.statusCode()).isEqualTo(200);
        assertThat(about.body()).contains("lang=\"nl\"").contains("Een sociaal coördinatienetwerk");
    }

    @Test
    void theLanguageSwitchNeverSendsVisitorsToAnotherSite() {
        HttpResponse<String> response = Http.get(Http.resolve(base, "language?to=en&next=https%3A%2F%2Fevil.example%2F"));

        assertThat(response.headers().firstValue("Location")).hasValue("/");
    }

    @Test
    void protectedPagesSendVisitorsToTheSignInFormAndBack() {
        HttpResponse<String> admin = Http.get(Http.resolve(base, "admin/"));
        HttpResponse<String> account = Http.get(Http.resolve(base, "account"));

        assertThat(admin.statusCode()).isEqualTo(302);
        assertThat(admin.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?next=%2Fadmin%2F"));
        assertThat(account.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?next=%2Faccount"));
    }

    @Test
    void eachRolesPagesSendVisitorsToTheSignInForm() {
        for (String page : new String[] {"coordination/registrations", "coordination/audit", "organisation/",
                "assemblies/", "organisations/edit?id=1", "account/data"}) {
            HttpResponse<String> response = Http.get(Http.resolve(base, page));
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(page).hasValueSatisfying(
                    location -> assertThat(location).contains("/login?next="));
        }
        for (String page : new String[] {"register", "members", "charter", "elections/"}) {
            assertThat(Http.get(Http.resolve(base, page)).statusCode()).as(page).isEqualTo(200);
        }
    }

    @Test
    void theOrganisationApiReadsPubliclyAndRefusesAnonymousWrites() {
        HttpResponse<String> list = Http.get(Http.resolve(base, "api/v1/organisations?page=1&per_page=10"));
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(Http.json(list).getJsonArray("organisations")).isNotNull();
        assertThat(Http.get(Http.resolve(base, "api/v1/members")).statusCode()).isEqualTo(200);

        HttpResponse<String> missing = Http.get(Http.resolve(base, "api/v1/organisations/987654321"), "Accept-Language", "en");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Http.json(missing).getString("detail"))
                .isEqualTo("This organisation does not exist, or is not visible to you.");

        HttpResponse<String> anonymousWrite = Http.sendBuilt(java.net.http.HttpRequest.newBuilder(
                        Http.resolve(base, "api/v1/organisations/1")).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"version\":0,\"legalName\":\"Pris\"}")),
                "Accept-Language", "fr");
        assertThat(anonymousWrite.statusCode()).isIn(401, 403);
        assertThat(anonymousWrite.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));

        HttpResponse<String> anonymousSignature = Http.sendBuilt(java.net.http.HttpRequest.newBuilder(
                        Http.resolve(base, "api/v1/organisations/1/charter-signatures")).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"version\":1}")));
        assertThat(anonymousSignature.statusCode()).isIn(401, 403);

        String openApi = Http.get(Http.resolve(base, "/openapi")).body();
        assertThat(openApi).contains("/api/v1/organisations/{id}").contains("/api/v1/members")
                .contains("/api/v1/organisations/{id}/charter-signatures");
    }

    @Test
    void pagesCarryProtectiveHeaders() {
        HttpResponse<String> home = Http.get(Http.resolve(base, ""));

        assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(home.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(home.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(home.headers().firstValue("X-Powered-By")).isEmpty();
    }

    // --- Open Referral HSDS 3.0 (/api/hsds): one more deployment would cost CI a Payara start ---------------------

    @Test
    void theHsdsApiAnswersAsTheSpecificationSaysWithTheMapsOwnSearchAndOnlyPublicData() throws Exception {
        String tag = "hsds" + System.nanoTime();
        long service;
        try (java.sql.Connection db = eu.socialmap.testing.SqlFixtures.connect()) {
            long organisation = eu.socialmap.testing.SqlFixtures.execute(db, "INSERT INTO organisation (legal_name, "
                    + "short_name, kind, street, postcode, commune, country, email, languages, status, created_at) VALUES "
                    + "(?, ?, 'SOCIAL_WELFARE_CENTRE', 'Doorniksesteenweg 60', '8500', 'Kortrijk', 'BE', 'info@ocmw-kortrijk.be', "
                    + "'nl', 'ACCEPTED', UTC_TIMESTAMP())", "OCMW Kortrijk " + tag, "OCMW " + tag);
            long pending = eu.socialmap.testing.SqlFixtures.execute(db, "INSERT INTO organisation (legal_name, "
                    + "short_name, kind, street, postcode, commune, country, email, languages, status, created_at) VALUES "
                    + "(?, ?, 'ASSOCIATION', 'Rue 1', '1060', 'Saint-Gilles', 'BE', 'x@example.org', 'fr', 'PENDING', "
                    + "UTC_TIMESTAMP())", "Pending " + tag, "Pending " + tag);
            long location = eu.socialmap.testing.SqlFixtures.execute(db, "INSERT INTO location (organisation_id, street, "
                    + "postcode, commune, country, latitude, longitude, coordinates_source, updated_at) VALUES "
                    + "(?, 'Budastraat 27', '8500', 'Kortrijk', 'BE', 50.828, 3.2649, 'POSTCODE', UTC_TIMESTAMP())", organisation);
            service = eu.socialmap.testing.SqlFixtures.execute(db, "INSERT INTO service (organisation_id, name_nl, name_en, "
                    + "description_nl, languages, email, status, created_at, updated_at) VALUES (?, ?, ?, ?, 'nl,fr', "
                    + "'wonen@ocmw-kortrijk.be', 'ACTIVE', UTC_TIMESTAMP(), UTC_TIMESTAMP())", organisation,
                    "Woonbegeleiding " + tag, "Housing support " + tag, "Hulp bij het zoeken naar een huurwoning.");
            eu.socialmap.testing.SqlFixtures.execute(db, "INSERT INTO service_location (service_id, location_id) VALUES (?, ?)",
                    service, location);
            eu.socialmap.testing.SqlFixtures.execute(db, "INSERT INTO service_term (service_id, term_id) SELECT ?, id "
                    + "FROM taxonomy_term WHERE code = 'housing'", service);
            eu.socialmap.testing.SqlFixtures.execute(db, "INSERT INTO service_hours (service_id, weekday, opens_at, closes_at) "
                    + "VALUES (?, 2, '09:00', '12:00')", service);
            long hidden = eu.socialmap.testing.SqlFixtures.execute(db, "INSERT INTO service (organisation_id, name_fr, "
                    + "languages, status, created_at, updated_at) VALUES (?, ?, 'fr', 'ACTIVE', UTC_TIMESTAMP(), "
                    + "UTC_TIMESTAMP())", pending, "Logement " + tag);
            for (long changed : new long[] {service, hidden}) {
                eu.socialmap.testing.SqlFixtures.execute(db, "INSERT INTO search_outbox (service_id, changed_at) "
                        + "VALUES (?, UTC_TIMESTAMP())", changed);
            }
        }

        HttpResponse<String> info = Http.get(Http.resolve(base, "api/hsds/"));
        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(eu.socialmap.dev.HsdsSchemas.violations("api_info", info.body())).isEmpty();

        // words go through the map's own index (caught up every 5 s): a French word finds the Dutch-only service
        HttpResponse<String> found = null;
        for (int attempt = 0; attempt < 40; attempt++) {
            found = Http.get(Http.resolve(base, "api/hsds/services?search=" + tag + "+logement&per_page=5"),
                    "Accept-Language", "fr");
            if (Http.json(found).getInt("total_items") > 0) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(eu.socialmap.dev.HsdsSchemas.pageViolations("service_list", found.body())).isEmpty();
        JsonObject page = Http.json(found);
        assertThat(page.getInt("total_items")).as("the pending organisation's service is not public").isEqualTo(1);
        JsonObject listed = page.getJsonArray("contents").getJsonObject(0);
        assertThat(listed.getString("name")).as("no French name: the first translation").isEqualTo("Woonbegeleiding " + tag);
        assertThat(found.body()).doesNotContain("Pending " + tag);

        String id = listed.getString("id");
        HttpResponse<String> full = Http.get(Http.resolve(base, "api/hsds/services/" + id + "?lang=en"));
        assertThat(full.headers().firstValue("Content-Language")).hasValue("en");
        assertThat(eu.socialmap.dev.HsdsSchemas.violations("service", full.body())).isEmpty();
        JsonObject fullService = Http.json(full);
        assertThat(fullService.getString("name")).isEqualTo("Housing support " + tag);
        assertThat(fullService.getJsonArray("schedules").getJsonObject(0).getString("byday")).isEqualTo("TU");
        String organisationId = fullService.getString("organization_id");

        HttpResponse<String> organisation = Http.get(Http.resolve(base, "api/hsds/organizations/" + organisationId));
        assertThat(eu.socialmap.dev.HsdsSchemas.violations("organization", organisation.body())).isEmpty();
        HttpResponse<String> ofOrganisation = Http.get(Http.resolve(base, "api/hsds/services?full=true&organization_id="
                + organisationId + "&modified_after=2020-01-01"));
        assertThat(eu.socialmap.dev.HsdsSchemas.pageViolations("service", ofOrganisation.body())).isEmpty();
        assertThat(Http.json(ofOrganisation).getInt("total_items")).isEqualTo(1);
        assertThat(Http.json(Http.get(Http.resolve(base, "api/hsds/organizations?search=" + tag))).getInt("total_items"))
                .isEqualTo(1);

        HttpResponse<String> near = Http.get(Http.resolve(base, "api/hsds/service_at_locations?postcode=8500&organization_id="
                + organisationId));
        assertThat(eu.socialmap.dev.HsdsSchemas.pageViolations("service_at_location_list", near.body())).isEmpty();
        String atLocation = Http.json(near).getJsonArray("contents").getJsonObject(0).getString("id");
        assertThat(Http.get(Http.resolve(base, "api/hsds/service_at_locations/" + atLocation)).statusCode()).isEqualTo(200);

        HttpResponse<String> taxonomies = Http.get(Http.resolve(base, "api/hsds/taxonomies"), "Accept-Language", "nl");
        assertThat(eu.socialmap.dev.HsdsSchemas.pageViolations("taxonomy", taxonomies.body())).isEmpty();
        String themes = Http.json(taxonomies).getJsonArray("contents").getJsonObject(0).getString("id");
        HttpResponse<String> terms = Http.get(Http.resolve(base, "api/hsds/taxonomy_terms?taxonomy_id=" + themes + "&search=huisvesting"));
        assertThat(eu.socialmap.dev.HsdsSchemas.pageViolations("taxonomy_term", terms.body())).isEmpty();
        String housing = Http.json(terms).getJsonArray("contents").getJsonObject(0).getString("id");
        assertThat(eu.socialmap.dev.HsdsSchemas.violations("taxonomy_term",
                Http.get(Http.resolve(base, "api/hsds/taxonomy_terms/" + housing)).body())).isEmpty();
        assertThat(Http.json(Http.get(Http.resolve(base, "api/hsds/services?taxonomy_term_id=" + housing
                + "&organization_id=" + organisationId))).getInt("total_items")).isEqualTo(1);

        assertThat(Http.get(Http.resolve(base, "api/hsds/services/not-a-service")).statusCode()).isEqualTo(404);
        assertThat(Http.get(Http.resolve(base, "api/hsds/services?modified_after=yesterday")).statusCode()).isEqualTo(400);
        for (String bad : new String[] {"services?page=two", "services?per_page=1e3", "organizations?per_page=x",
                "taxonomy_terms?page=99999999999", "services?postcode=8500&proximity=NaN",
                "service_at_locations?postcode=8500&proximity=Infinity"}) {
            HttpResponse<String> refused = Http.get(Http.resolve(base, "api/hsds/" + bad));
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).as(bad).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
        }
        assertThat(Http.json(Http.get(Http.resolve(base, "api/hsds/services?minimal=true&per_page=10000")))
                .getJsonArray("contents").size()).as("minimal too: at most 100").isLessThanOrEqualTo(100);
        assertThat(Http.get(Http.resolve(base, "api/v1/network")).statusCode()).as("/api/v1 unchanged").isEqualTo(200);
        HttpResponse<String> importPage = Http.get(Http.resolve(base, "coordination/import"));
        assertThat(importPage.statusCode()).as("coordinators only").isEqualTo(302);
        assertThat(Http.get(Http.resolve(base, "coordination/hsds-export")).statusCode()).isEqualTo(302);
        assertThat(Http.get(Http.resolve(base, "coordination/hsds-export?format=csv")).statusCode()).as("the CSV package too")
                .isEqualTo(302);
    }

    @Test
    void aWorkingGroupsMembersMeetingsMinutesAndFilesStayWithItsMembersWhateverIdIsTried() throws java.sql.SQLException {
        long group;
        long meeting;
        long document;
        try (java.sql.Connection db = eu.socialmap.testing.SqlFixtures.connect()) {
            group = eu.socialmap.testing.SqlFixtures.execute(db, "INSERT INTO working_group (name_fr, mission_fr, created_at) "
                    + "VALUES ('Santé PortalIT', 'Une mission publique', UTC_TIMESTAMP(3))");
            meeting = eu.socialmap.testing.SqlFixtures.execute(db, "INSERT INTO meeting (group_id, uid, title, status, "
                    + "starts_at, ends_at, address, minutes_html, minutes_status, created_by, created_at, updated_at) VALUES "
                    + "(?, UUID(), 'Réunion secrète', 'CONFIRMED', UTC_TIMESTAMP(3) + INTERVAL 7 DAY, "
                    + "UTC_TIMESTAMP(3) + INTERVAL 7 DAY + INTERVAL 2 HOUR, 'Rue cachée 1', '<p>Procès-verbal confidentiel</p>', "
                    + "'APPROVED', 1, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3))", group);
            document = eu.socialmap.testing.SqlFixtures.execute(db, "INSERT INTO meeting_document (meeting_id, kind, file_name, "
                    + "content_type, size_bytes, stored_name, sha256, uploaded_by, uploaded_at) VALUES (?, 'DOCUMENT', "
                    + "'liste.pdf', 'application/pdf', 10, UUID(), REPEAT('0', 64), 1, UTC_TIMESTAMP(3))", meeting);
        }
        HttpResponse<String> summary = Http.get(Http.resolve(base, "api/v1/groups/" + group));
        assertThat(summary.statusCode()).isEqualTo(200);
        assertThat(summary.body()).contains("Santé PortalIT").contains("nextMeeting").doesNotContain("secrète");

        for (String path : java.util.List.of("api/v1/groups/" + group + "/members", "api/v1/groups/" + group + "/meetings",
                "api/v1/meetings/" + meeting, "api/v1/meetings/" + meeting + "/minutes", "api/v1/meetings/999999999/minutes")) {
            HttpResponse<String> refused = Http.get(Http.resolve(base, path));
            assertThat(refused.statusCode()).as(path).isIn(401, 403, 404);
            assertThat(refused.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.body()).as(path).doesNotContain("confidentiel").doesNotContain("secrète").doesNotContain("cachée");
        }
        for (String page : java.util.List.of("groups/meeting?id=" + meeting, "groups/document?id=" + document,
                "groups/year?group=" + group + "&year=2026&format=csv", "groups/calendar")) {
            HttpResponse<String> response = Http.get(Http.resolve(base, page));
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(page).hasValueSatisfying(
                    location -> assertThat(location).contains("/login?next="));
        }
        assertThat(Http.get(Http.resolve(base, "calendar/meeting/" + meeting + ".ics")).statusCode()).isEqualTo(404);
        assertThat(Http.get(Http.resolve(base, "calendar/feed/not-a-real-token.ics")).statusCode()).isEqualTo(404);
        HttpResponse<String> publicFeed = Http.get(Http.resolve(base, "calendar/group/" + group + ".ics"));
        assertThat(publicFeed.statusCode()).isEqualTo(200);
        assertThat(publicFeed.body()).contains("BEGIN:VEVENT").contains("SUMMARY:Santé PortalIT")
                .doesNotContain("secrète").doesNotContain("cachée");
        HttpResponse<String> groupPage = Http.get(Http.resolve(base, "groups/view?id=" + group), "Accept-Language", "fr");
        assertThat(groupPage.statusCode()).isEqualTo(200);
        assertThat(groupPage.body()).contains("Une mission publique").doesNotContain("secrète").doesNotContain("confidentiel");
    }

    // ---- in a real browser ----


    @Test
    void aFrenchSpeakingVisitorGetsTheHomePageInFrench() {
        assertHomePageIn("fr", "Accueil", "Réseau de coordination sociale");
    }

    @Test
    void aDutchSpeakingVisitorGetsTheHomePageInDutch() {
        assertHomePageIn("nl", "Home", "Sociaal coördinatienetwerk");
    }

    @Test
    void anEnglishSpeakingVisitorGetsTheHomePageInEnglish() {
        assertHomePageIn("en", "Home", "Social coordination network");
    }

    @Test
    void theLanguageSwitchChangesThePageAndIsRemembered() {
        open("fr", "");
        assertThat(htmlLang()).isEqualTo("fr");

        browser.findElement(By.cssSelector(".language-switch a[lang='nl']")).click();

        Browser.waitFor(browser, By.cssSelector(".language-switch .current[lang='nl']"));
        assertThat(htmlLang()).isEqualTo("nl");
        assertThat(browser.getCurrentUrl()).isEqualTo(base.toExternalForm());
        assertThat(browser.findElement(By.cssSelector(".main-nav")).getText()).contains("Over ons");

        browser.findElement(By.linkText("Over ons")).click();
        Browser.waitForAddressEndingWith(browser, "/about");
        assertThat(htmlLang()).as("the choice outlives the page").isEqualTo("nl");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Een sociaal coördinatienetwerk");
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();
    }

    @Test
    void anUnknownAddressShowsTheNotFoundPageInTheVisitorsLanguage() {
        open("en", "no-such-page");

        assertThat(htmlLang()).isEqualTo("en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();
    }

    @Test
    void theCoordinatorDefinesAnIndicatorAPartnerEntersAValueWithEvidenceAndTheDashboardAndHomePageShowIt()
            throws Exception {
        eu.socialmap.indicator.IndicatorJourney journey = new eu.socialmap.indicator.IndicatorJourney();
        String name = "People placed in work " + journey.tag;
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Brussels")).getYear();

        // the coordinator defines an entered indicator, shown on the home page
        open("en", "login");
        eu.socialmap.indicator.IndicatorJourney.signIn(browser, base.toExternalForm(), journey.coordinator,
                "coordination/indicator");
        Browser.waitFor(browser, By.id("indicator:name-en")).sendKeys(name);
        browser.findElement(By.id("indicator:target")).sendKeys("-5");
        eu.socialmap.indicator.IndicatorJourney.date(browser, "indicator:periodStart", year + "-01-01");
        eu.socialmap.indicator.IndicatorJourney.date(browser, "indicator:periodEnd", (year - 1) + "-12-31");
        browser.findElement(By.id("indicator:onHome")).click();
        browser.findElement(By.id("indicator:save")).click();
        assertThat(Browser.waitFor(browser, By.id("indicator:target-error")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("indicator:periodEnd-error")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("indicator:name-en")).getAttribute("value")).as("nothing typed lost")
                .isEqualTo(name);
        assertThat(Browser.accessibilityViolations(browser)).as("the editor with its errors").isEmpty();
        browser.findElement(By.id("indicator:target")).clear();
        browser.findElement(By.id("indicator:target")).sendKeys("40");
        eu.socialmap.indicator.IndicatorJourney.date(browser, "indicator:periodEnd", year + "-12-31");
        browser.findElement(By.id("indicator:save")).click();
        String edit = Browser.waitFor(browser, By.linkText(name)).getAttribute("href");
        long indicator = Long.parseLong(edit.substring(edit.indexOf("id=") + 3));
        assertThat(Browser.accessibilityViolations(browser)).as("the coordinator's indicators").isEmpty();

        // a partner enters a value with its evidence
        open("en", "login");
        eu.socialmap.indicator.IndicatorJourney.signIn(browser, base.toExternalForm(), journey.partner,
                "indicators/enter?id=" + indicator);
        Browser.waitFor(browser, By.id("entry:value")).sendKeys("12");
        browser.findElement(By.id("entry:file")).sendKeys(
                eu.socialmap.indicator.IndicatorJourney.evidence().toAbsolutePath().toString());
        assertThat(Browser.accessibilityViolations(browser)).as("entering a value").isEmpty();
        browser.findElement(By.id("entry:save")).click();
        assertThat(Browser.waitFor(browser, By.id("indicator-value")).getText()).contains("12").contains("40")
                .contains("30 %");
        org.openqa.selenium.WebElement evidence = browser.findElement(By.cssSelector("a[id^='evidence-']"));
        assertThat(evidence.getText()).isEqualTo("attendance-list.pdf");
        String evidenceAddress = evidence.getAttribute("href");
        assertThat(browser.findElement(By.id("entry-table")).getText()).contains("Claire Partenaire")
                .contains(journey.partnerName);
        assertThat(browser.findElement(By.id("by-partner")).getText()).contains(journey.partnerName);
        assertThat(browser.findElement(By.id("indicator-chart")).isDisplayed()).isTrue();
        assertThat(Browser.accessibilityViolations(browser)).as("the dashboard").isEmpty();
        browser.get(base.toExternalForm() + "indicators/");
        assertThat(Browser.waitFor(browser, By.id("indicator-progress-" + indicator)).getText()).contains("12");
        assertThat(Browser.accessibilityViolations(browser)).as("the programme").isEmpty();
        HttpResponse<String> file = Http.get(java.net.URI.create(evidenceAddress), "Cookie", browser.manage().getCookies()
                .stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; ")));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Cache-Control")).hasValue("private, no-store");
        assertThat(file.body()).startsWith("%PDF-");
        HttpResponse<byte[]> report = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                Http.resolve(base, "indicators/report?from=" + year + "-01-01&to=" + year + "-12-31&format=xlsx"))
                .header("Cookie", browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                        .collect(Collectors.joining("; "))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        // the funder's report says what the screen said: the indicator's value of the year, and its partner's line
        try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new java.io.ByteArrayInputStream(report.body()))) {
            List<List<org.dhatim.fastexcel.reader.Row>> sheets = workbook.getSheets().map(sheet -> {
                try {
                    return sheet.read();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertThat(sheets.get(0)).filteredOn(row -> name.equals(row.getCellText(0)))
                    .singleElement().satisfies(row -> assertThat(row.getCellAsNumber(3)).hasValueSatisfying(
                            value -> assertThat(value).isEqualByComparingTo("12")));
            assertThat(sheets.get(1)).filteredOn(row -> name.equals(row.getCellText(0))
                    && row.getCellText(2).contains(journey.partnerName)).singleElement()
                    .satisfies(row -> assertThat(row.getCellAsNumber(3)).hasValueSatisfying(
                            value -> assertThat(value).isEqualByComparingTo("12")));
        }

        // the home page shows the chosen public figures and the indicator
        open("en", "");
        assertThat(Browser.waitFor(browser, By.id("home-figures")).getText()).contains(name);
        assertThat(browser.findElements(By.id("home-figure-MEMBERS"))).hasSize(1);
        assertThat(Browser.accessibilityViolations(browser)).as("the home page with its figures").isEmpty();

        // someone outside the network gets neither the evidence nor the dashboard
        open("en", "login");
        eu.socialmap.indicator.IndicatorJourney.signIn(browser, base.toExternalForm(), journey.outsider,
                evidenceAddress.substring(base.toExternalForm().length()));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        browser.get(base.toExternalForm() + "indicators/view?id=" + indicator);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Access denied");
        assertThat(browser.getPageSource()).doesNotContain("attendance-list.pdf");

        // the coordinator deletes it, with the value entered and its evidence, after saying yes
        open("en", "login");
        eu.socialmap.indicator.IndicatorJourney.signIn(browser, base.toExternalForm(), journey.coordinator,
                "coordination/indicator?id=" + indicator);
        assertThat(Browser.waitFor(browser, By.id("delete-hint")).getText()).contains("The value partners entered");
        browser.findElement(By.id("delete:delete")).click();
        browser.switchTo().alert().accept();
        assertThat(Browser.waitFor(browser, By.id("messages")).getText()).contains("The indicator is deleted");
        assertThat(browser.findElements(By.linkText(name))).isEmpty();
    }

    private void assertHomePageIn(String language, String homeLink, String networkName) {
        open(language, "");

        assertThat(htmlLang()).isEqualTo(language);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(networkName);
        assertThat(browser.findElement(By.cssSelector(".main-nav")).getText()).contains(homeLink);
        assertThat(browser.findElements(By.cssSelector(".feature-card"))).hasSize(6);
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();
    }

    private String htmlLang() {
        return browser.findElement(By.tagName("html")).getAttribute("lang");
    }

    @Test
    void aTestMailIsQueuedThenSentAndReadableInTheOutbox() {
        openAsAdministrator("nl", "/admin/outbox");

        browser.findElement(By.id("test:recipient")).sendKeys("someone@localhost"); // the browser accepts it; the portal wants a domain
        browser.findElement(By.id("test:send")).click();
        assertThat(Browser.waitFor(browser, By.cssSelector(".message-error")).getText())
                .isEqualTo("Dit e-mailadres is ongeldig.");

        browser.findElement(By.id("test:recipient")).clear();
        browser.findElement(By.id("test:recipient")).sendKeys("maatschappelijk.werker@ocmw-kortrijk.be");
        browser.findElement(By.id("test:send")).click();
        assertThat(Browser.waitFor(browser, By.cssSelector(".message-info")).getText())
                .startsWith("De test-e-mail staat in het postvak uit");
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();

        // The delivery timer runs every 15 seconds and hands the mail to the test run's SMTP server (GreenMail).
        assertThat(TestMailServer.awaitMail("maatschappelijk.werker@ocmw-kortrijk.be", "Testbericht van het portaal"))
                .contains("maatschappelijk.werker@ocmw-kortrijk.be");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String mails = "";
        while (System.nanoTime() < deadline && !mails.contains("Verzonden")) {
            browser.navigate().refresh();
            mails = Browser.waitFor(browser, By.id("mails")).getText();
        }
        assertThat(mails).contains("maatschappelijk.werker@ocmw-kortrijk.be").contains("Testbericht van het portaal")
                .contains("Verzonden");
    }

    // ---- the social map's search, in a real browser ----


    private static final String TAG = "t" + System.nanoTime();
    private static final String PASSWORD = "une phrase assez longue pour le test";

    @BeforeAll
    static void twoHousingServicesOnBothSidesOfTheLanguageBorder() throws SQLException {
        try (Connection db = SqlFixtures.connect()) {
            long saintGilles = organisation(db, "CPAS " + TAG, "1060", "Saint-Gilles", "fr");
            long kortrijk = organisation(db, "OCMW " + TAG, "8500", "Kortrijk", "nl");
            service(db, saintGilles, "Permanence logement " + TAG, null, "Aide à la recherche d’un logement.", null,
                    "fr,ar", location(db, saintGilles, "1060", "Saint-Gilles", 50.8276, 4.3439));
            service(db, kortrijk, null, "Woonbegeleiding " + TAG, null, "Hulp bij het zoeken naar een huurwoning.",
                    "nl", location(db, kortrijk, "8500", "Kortrijk", 50.828, 3.2649));
        }
    }

    @Test
    void aFrenchWordAndItsMisspellingFindTheDutchServiceTooAndAFacetNarrowsTheList() {
        open("fr", "map?q=" + TAG + "+logement");
        assertThat(resultsWhenIndexed(2)).contains("Permanence logement " + TAG).contains("Woonbegeleiding " + TAG);
        assertThat(browser.findElements(By.cssSelector("#results h3 mark"))).as("the words that matched, in the names")
                .extracting(org.openqa.selenium.WebElement::getText).contains("logement", TAG);
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();

        browser.get(base.toExternalForm() + "map?q=" + TAG + "+logemnt");
        assertThat(Browser.waitFor(browser, By.id("total")).getText()).isEqualTo("2");

        browser.findElement(By.xpath("//ul[@id='facet-commune']//a[contains(., 'Kortrijk')]")).click();
        assertThat(Browser.waitFor(browser, By.id("total")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("results")).getText()).contains("Woonbegeleiding " + TAG)
                .doesNotContain("Permanence");
        String address = browser.getCurrentUrl();
        assertThat(address).contains("commune=Kortrijk");

        open("nl", address.substring(base.toExternalForm().length()).replace("logemnt", "huisvesting"));
        assertThat(Browser.waitFor(browser, By.id("total")).getText()).as("the same search, bookmarked, in Dutch").isEqualTo("1");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("De sociale kaart");
    }

    @Test
    void theSameServicesInDutchByLanguageAndByDistanceFromAPostcodeThenAServicePageAndBackToTheSameSearch() {
        open("nl", "map?q=" + TAG + "+huisvesting");
        assertThat(resultsWhenIndexed(2)).as("huisvesting finds what logement finds")
                .contains("Permanence logement " + TAG).contains("Woonbegeleiding " + TAG);

        browser.findElement(By.xpath("//ul[@id='facet-language']//a[contains(., 'Arabisch')]")).click();
        assertThat(Browser.waitFor(browser, By.id("total")).getText()).isEqualTo("1");
        browser.findElement(By.xpath("//ul[@id='facet-language']//a[contains(., 'Arabisch')]")).click();
        assertThat(Browser.waitFor(browser, By.id("total")).getText()).as("the facet removed again").isEqualTo("2");

        browser.findElement(By.id("near")).sendKeys("8500");
        browser.findElement(By.id("search-submit")).click();
        assertThat(titles()).as("nearest to Kortrijk first")
                .containsExactly("Woonbegeleiding " + TAG, "Permanence logement " + TAG);
        assertThat(browser.findElement(By.id("results")).getText()).contains("0,0 km");
        browser.findElement(By.id("near")).clear();
        browser.findElement(By.id("near")).sendKeys("1060 Sint-Gillis");
        browser.findElement(By.id("search-submit")).click();
        assertThat(titles()).as("nearest to Saint-Gilles first")
                .containsExactly("Permanence logement " + TAG, "Woonbegeleiding " + TAG);
        assertThat(browser.getCurrentUrl()).contains("near=1060").contains("huisvesting");
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();

        browser.findElement(By.linkText("Woonbegeleiding " + TAG)).click();
        assertThat(Browser.waitFor(browser, By.id("service-name")).getText()).isEqualTo("Woonbegeleiding " + TAG);
        assertThat(browser.findElement(By.id("service-description")).getText()).contains("huurwoning");
        assertThat(browser.findElement(By.id("places")).getText()).contains("8500 Kortrijk");
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();

        browser.findElement(By.id("back-to-results")).click();
        assertThat(titles()).as("the service page leads back to the same search")
                .containsExactly("Permanence logement " + TAG, "Woonbegeleiding " + TAG);
        assertThat(browser.getCurrentUrl()).contains("near=1060").contains("huisvesting");
    }

    @Test
    void anOrganisationDescribesANewServiceWithErrorsExplainedAndFindsItOnTheMap() throws SQLException {
        String email = "admin." + TAG + "@maison-quartier.be";
        try (Connection db = SqlFixtures.connect()) {
            long organisation = organisation(db, "Maison " + TAG, "1060", "Saint-Gilles", "fr");
            location(db, organisation, "1060", "Saint-Gilles", 50.8276, 4.3439);
            long account = insert(db, "INSERT INTO account (email, display_name, password_hash, language, organisation_id) "
                    + "VALUES (?, 'Awa Diallo', ?, 'fr', ?)", email, new eu.socialmap.membership.control.PasswordHashing(
                    new org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl()).hash(PASSWORD), organisation);
            insert(db, "INSERT INTO account_role (account_id, role) VALUES (?, 'ORGANISATION_ADMIN'), (?, 'ORGANISATION_MEMBER')",
                    account, account);
        }
        open("fr", "login");
        Browser.waitFor(browser, By.id("signIn:email")).sendKeys(email);
        browser.findElement(By.id("signIn:password")).sendKeys(PASSWORD);
        browser.findElement(By.id("signIn:submit")).click();
        Browser.waitFor(browser, By.id("my-account"));
        browser.get(base.toExternalForm() + "organisation/services");
        browser.findElement(By.id("new-service")).click();
        Browser.waitFor(browser, By.id("service:save")).click();
        assertThat(Browser.waitFor(browser, By.id("service:nameFr-error")).getText())
                .isEqualTo("Donnez un nom au service dans au moins une langue.");
        assertThat(browser.findElement(By.id("service:languages-error")).getText()).isNotEmpty();
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();

        browser.findElement(By.id("service:nameFr")).sendKeys("Maraude " + TAG);
        browser.findElement(By.id("service:descriptionFr")).sendKeys("Nous allons à la rencontre des personnes sans abri, la nuit.");
        browser.findElement(By.xpath("//label[normalize-space()='français']")).click();
        browser.findElement(By.xpath("//label[normalize-space()='néerlandais']")).click();
        browser.findElement(By.xpath("//fieldset[.//legend[contains(., 'Où')]]//label[contains(., 'Saint-Gilles')]")).click();
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('service:slot-0').value='20:00';"
                        + "document.getElementById('service:slot-0-closes').value='23:30';");
        browser.findElement(By.id("service:save")).click();

        assertThat(Browser.waitFor(browser, By.id("service-name")).getText()).isEqualTo("Maraude " + TAG);
        assertThat(browser.findElement(By.id("hours")).getText()).contains("20:00–23:30");
        open("nl", "map?q=" + TAG + "+dakloos");
        assertThat(resultsWhenIndexed(1)).as("described in French, found with the Dutch word").contains("Maraude " + TAG);
    }

    private java.util.List<String> titles() {
        Browser.waitFor(browser, By.id("total"));
        return browser.findElements(By.cssSelector("#results h3")).stream().map(org.openqa.selenium.WebElement::getText).toList();
    }

    /** The page's results once this node's index has applied the fixture (it catches up every 5 s). */
    private String resultsWhenIndexed(int expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!Browser.waitFor(browser, By.id("total")).getText().equals(String.valueOf(expected))
                && System.nanoTime() < deadline) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            browser.navigate().refresh();
        }
        return browser.findElement(By.id("results")).getText();
    }

    private static long organisation(Connection db, String name, String postcode, String commune, String language)
            throws SQLException {
        return insert(db, "INSERT INTO organisation (legal_name, short_name, kind, street, postcode, commune, country, "
                + "email, languages, status, signed_charter, created_at) VALUES (?, ?, 'SOCIAL_WELFARE_CENTRE', 'Rue 1', ?, ?, "
                + "'BE', 'x@example.org', ?, 'ACCEPTED', NULL, UTC_TIMESTAMP())", name, name, postcode, commune, language);
    }

    private static long location(Connection db, long organisation, String postcode, String commune, double latitude,
                                 double longitude) throws SQLException {
        return insert(db, "INSERT INTO location (organisation_id, street, postcode, commune, country, latitude, longitude, "
                + "coordinates_source, updated_at) VALUES (?, 'Rue 1', ?, ?, 'BE', ?, ?, 'POSTCODE', UTC_TIMESTAMP())",
                organisation, postcode, commune, latitude, longitude);
    }

    private static void service(Connection db, long organisation, String nameFr, String nameNl, String descriptionFr,
                                String descriptionNl, String languages, long location) throws SQLException {
        long service = insert(db, "INSERT INTO service (organisation_id, name_fr, name_nl, description_fr, description_nl, "
                + "languages, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'ACTIVE', UTC_TIMESTAMP(), "
                + "UTC_TIMESTAMP())", organisation, nameFr, nameNl, descriptionFr, descriptionNl, languages);
        insert(db, "INSERT INTO service_location (service_id, location_id) VALUES (?, ?)", service, location);
        insert(db, "INSERT INTO service_term (service_id, term_id) SELECT ?, id FROM taxonomy_term WHERE code = 'housing'", service);
        insert(db, "INSERT INTO search_outbox (service_id, changed_at) VALUES (?, UTC_TIMESTAMP())", service);
    }

    private static long insert(Connection db, String sql, Object... parameters) throws SQLException {
        return SqlFixtures.execute(db, sql, parameters);
    }
}
