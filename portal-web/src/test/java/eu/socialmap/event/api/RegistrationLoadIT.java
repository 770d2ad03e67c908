package eu.socialmap.event.api;

import eu.socialmap.testing.Deployments;
import eu.socialmap.testing.SqlFixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load test of registrations, through the real API in Payara Micro on the real MariaDB, over loopback: 2,000
 * people register at once for an event of 200 seats, then 200 of them try again. Exactly 200 get a seat, 1,800 are
 * numbered 1 to 1,800 on the waiting list without gap or repeat, and every second attempt is refused. Prints the
 * latency percentiles (they go into docs/performance.md); it asserts correctness, never speed.
 */
@ExtendWith(ArquillianExtension.class)
class RegistrationLoadIT {

    static final int SEATS = 200;
    static final int PEOPLE = 2000;
    static final int SECOND_TRIES = 200;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void twoThousandAtOnceForTwoHundredSeats() throws Exception {
        long eventId = publicEvent(SEATS);
        URI registrations = base.toURI().resolve("api/v1/events/" + eventId + "/registrations");
        warmUp(client(), base.toURI().resolve("api/v1/events/" + eventId));
        // a new client for each burst: the server closes idle kept-alive connections, and a request sent on one of
        // those would fail in the client before it reaches the portal
        HttpClient client = client();

        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        List<CompletableFuture<Integer>> answers = IntStream.range(0, PEOPLE)
                .mapToObj(i -> send(client, registrations, "person" + i, latencies)).toList();
        Map<Integer, Long> statuses = statuses(answers);
        long wall = System.nanoTime() - started;

        assertThat(statuses).as("every registration answered 201").containsExactly(Map.entry(201, (long) PEOPLE));
        Map<String, List<Integer>> byStatus = registrations(eventId);
        assertThat(byStatus.get("CONFIRMED")).hasSize(SEATS);
        assertThat(byStatus.get("WAITLISTED")).containsExactlyElementsOf(
                IntStream.rangeClosed(1, PEOPLE - SEATS).boxed().toList());
        print("2,000 registrations at once, 200 seats", latencies, wall);

        // the same people again, all at once: each refused as a duplicate, nothing changed
        List<Long> again = java.util.Collections.synchronizedList(new ArrayList<>());
        HttpClient secondClient = client();
        Map<Integer, Long> second = statuses(IntStream.range(0, SECOND_TRIES)
                .mapToObj(i -> send(secondClient, registrations, "person" + (i * 7), again)).toList());
        assertThat(second).containsExactly(Map.entry(409, (long) SECOND_TRIES));
        assertThat(registrations(eventId).get("CONFIRMED")).hasSize(SEATS);
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(30)).build();
    }

    private static CompletableFuture<Integer> send(HttpClient client, URI uri, String person, List<Long> latencies) {
        String body = "{\"name\":\"" + person + "\",\"email\":\"" + person + "@load.example.org\",\"language\":\"fr\"}";
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(3))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long start = System.nanoTime();
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(response -> {
            latencies.add(System.nanoTime() - start);
            return response.statusCode();
        });
    }

    private static Map<Integer, Long> statuses(List<CompletableFuture<Integer>> answers) throws Exception {
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
        return answers.stream().map(CompletableFuture::join)
                .collect(Collectors.groupingBy(s -> s, TreeMap::new, Collectors.counting()));
    }

    private static void warmUp(HttpClient client, URI event) throws Exception {
        for (int i = 0; i < 20; i++) {
            client.send(HttpRequest.newBuilder(event).GET().build(), HttpResponse.BodyHandlers.discarding());
        }
    }

    private static void print(String what, List<Long> latencies, long wallNanos) {
        List<Long> sorted = latencies.stream().sorted().toList();
        System.out.printf("%n[load] %s: %d answers in %.1f s (%.0f/s); latency p50 %d ms, p95 %d ms, p99 %d ms, max %d ms%n%n",
                what, sorted.size(), wallNanos / 1e9, sorted.size() / (wallNanos / 1e9), percentile(sorted, 50),
                percentile(sorted, 95), percentile(sorted, 99), sorted.get(sorted.size() - 1) / 1_000_000);
    }

    private static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1_000_000;
    }

    /** A published public forum in a month, open for registration, straight in the database. */
    private static long publicEvent(int seats) throws Exception {
        try (Connection db = SqlFixtures.connect()) {
            LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).plusDays(30);
            long id = SqlFixtures.execute(db, "INSERT INTO event (kind, title_fr, title_nl, title_en, address, starts_at, "
                            + "ends_at, audience, languages, status, created_at) VALUES ('FORUM', 'Forum de charge', "
                            + "'Belastingsforum', 'Load forum', 'Rue de la Victoire 96, 1060 Saint-Gilles', ?, ?, 'PUBLIC', "
                            + "'fr,nl', 'PUBLISHED', ?)", start, start.plusHours(8), LocalDateTime.now(ZoneOffset.UTC));
            SqlFixtures.execute(db, "INSERT INTO event_seats (event_id, capacity) VALUES (?, ?)", id, seats);
            return id;
        }
    }

    /** Waiting-list numbers by status, in order (null for a seat). */
    private static Map<String, List<Integer>> registrations(long eventId) throws Exception {
        Map<String, List<Integer>> byStatus = new TreeMap<>();
        try (Connection db = SqlFixtures.connect(); PreparedStatement query = db.prepareStatement(
                "SELECT status, waitlist_number FROM registration WHERE event_id = ? ORDER BY waitlist_number")) {
            query.setLong(1, eventId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    int number = rows.getInt(2);
                    byStatus.computeIfAbsent(rows.getString(1), s -> new ArrayList<>()).add(rows.wasNull() ? null : number);
                }
            }
        }
        return byStatus;
    }
}
