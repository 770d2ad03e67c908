package eu.socialmap.platform;

import eu.socialmap.testing.Deployments;
import eu.socialmap.testing.Http;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal as operators and API clients see it, deployed in Payara Micro against MariaDB: health, metrics,
 * OpenAPI, problem documents, translated pages and error pages, the language switch and security headers.
 */
@ExtendWith(ArquillianExtension.class)
class PortalIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

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
}
