package eu.socialmap.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for black-box tests against a running portal. Redirects are not followed. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private Http() {
    }

    /** A path of the portal; Arquillian gives its address with or without the final "/". */
    public static URI resolve(URL base, String path) {
        String root = base.toExternalForm();
        return URI.create(root.endsWith("/") ? root : root + "/").resolve(path);
    }

    public static HttpResponse<String> get(URI uri, String... headers) {
        return send(HttpRequest.newBuilder(uri), "GET", headers);
    }

    public static HttpResponse<String> send(HttpRequest.Builder request, String method, String... headers) {
        return send(request.method(method, HttpRequest.BodyPublishers.noBody()), headers);
    }

    /** Posts a form as a browser does ({@code application/x-www-form-urlencoded}). */
    public static HttpResponse<String> postForm(URI uri, String form, String... headers) {
        return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), headers);
    }

    /** Sends a request whose method and body the caller already set (PUT, POST with JSON…). */
    public static HttpResponse<String> sendBuilt(HttpRequest.Builder request, String... headers) {
        return send(request, headers);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
        request.timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
