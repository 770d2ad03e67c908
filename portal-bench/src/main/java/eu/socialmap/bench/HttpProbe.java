package eu.socialmap.bench;

import com.sun.net.httpserver.HttpServer;
import eu.socialmap.search.control.ServiceIndex;
import eu.socialmap.search.control.ServiceQuery;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

/**
 * Latency over HTTP, on loopback only: either a running portal (a URL template such as
 * {@code http://localhost:8080/map?q={q}}), or a tiny JDK HTTP server in this JVM that answers the benchmark's
 * searches from the same {@link ServiceIndex} as JSON — the search plus HTTP, without the portal's page rendering.
 */
final class HttpProbe implements AutoCloseable {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String template;
    private final HttpServer server;
    private final ExecutorService executor;
    final String description;

    private HttpProbe(String template, HttpServer server, ExecutorService executor, String description) {
        this.template = template;
        this.server = server;
        this.executor = executor;
        this.description = description;
    }

    /** A running portal at a loopback address; anything else is refused (the benchmark never leaves the machine). */
    static HttpProbe portal(String template) {
        if (!template.contains("{q}")) {
            throw new IllegalArgumentException("bench.url needs {q} where the words go, e.g. http://localhost:8080/map?q={q}");
        }
        URI uri = URI.create(template.replace("{q}", "x"));
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (!address.isLoopbackAddress()) {
                    throw new IllegalArgumentException("bench.url must be a loopback address (localhost, 127.0.0.1): " + uri.getHost());
                }
            }
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("Unknown host in bench.url: " + uri.getHost(), e);
        }
        return new HttpProbe(template, null, null, "a running portal at " + template
                + " (its own data; only the words of each search are sent)");
    }

    /** A JDK HTTP server on 127.0.0.1 answering from the index, two handler threads like the machine's cores. */
    static HttpProbe inProcess(ServiceIndex index) throws IOException {
        // The JDK server writes headers and body separately: without TCP_NODELAY, Nagle's algorithm and the
        // client's delayed ACK add about 40 ms to every keep-alive response (JDK-6968351).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        ExecutorService executor = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        server.setExecutor(executor);
        server.createContext("/search", exchange -> {
            try {
                BenchQuery query = BenchQuery.ALL.get(Integer.parseInt(parameters(exchange.getRequestURI()).get("query")));
                ServiceIndex.Result result = index.search(query.serviceQuery(1, 20));
                StringBuilder json = new StringBuilder("{\"total\":").append(result.total()).append(",\"ids\":[");
                for (int i = 0; i < result.hits().size(); i++) {
                    json.append(i == 0 ? "" : ",").append(result.hits().get(i).serviceId());
                }
                byte[] body = json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            } catch (RuntimeException e) {
                exchange.sendResponseHeaders(500, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/search?query={i}&q={q}";
        return new HttpProbe(base, server, executor, "an in-process JDK HttpServer on 127.0.0.1 calling ServiceIndex "
                + "(JSON of the first 20 ids; not the portal: no JSF page rendering)");
    }

    private static Map<String, String> parameters(URI uri) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            parameters.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }

    /** One request, timed from sending to the last byte; the status code must be 200. */
    long timeOne(int queryIndex) throws IOException, InterruptedException {
        String text = BenchQuery.ALL.get(queryIndex).text();
        URI uri = URI.create(template.replace("{i}", String.valueOf(queryIndex))
                .replace("{q}", URLEncoder.encode(text, StandardCharsets.UTF_8)));
        long started = System.nanoTime();
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET()
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        long took = System.nanoTime() - started;
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " from " + uri);
        }
        return took;
    }

    List<Integer> queries() {
        return java.util.stream.IntStream.range(0, BenchQuery.ALL.size()).boxed().toList();
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
        }
    }
}
