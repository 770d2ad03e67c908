package eu.socialmap.event.api;

import eu.socialmap.testing.Http;
import eu.socialmap.testing.SqlFixtures;

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
 * <p>
 * Run as the last test of {@code EventsBrowserIT}, on its Payara start (a deployment of its own cost some 35 s of CI).
 */
public final class RegistrationLoad {

    static final int SEATS = 200;
    static final int PEOPLE = 2000;
    static final int SECOND_TRIES = 200;
    static final java.util.concurrent.atomic.AtomicInteger RETRIED = new java.util.concurrent.atomic.AtomicInteger();

    private RegistrationLoad() {
    }

    public static void twoThousandAtOnceForTwoHundredSeats(URL base) throws Exception {
        try {
            run(base);
        } finally {
            itsMailsAreKeptNotSent();
        }
    }

    private static void run(URL base) throws Exception {
        long eventId = publicEvent(SEATS);
        URI registrations = Http.resolve(base, "api/v1/events/" + eventId + "/registrations");
        warmUp(client(), Http.resolve(base, "api/v1/events/" + eventId));
        // a new client for each burst: the server closes idle kept-alive connections, and a request sent on one of
        // those would fail in the client before it reaches the portal
        HttpClient client = client();

        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        List<CompletableFuture<Integer>> answers = IntStream.range(0, PEOPLE)
                .mapToObj(i -> send(client, registrations, "person" + i, latencies)).toList();
        Map<Integer, Long> statuses = statuses(answers);
        long wall = System.nanoTime() - started;

        // a connection the server dropped before answering is tried again; if the first attempt had gone through,
        // the second is told "already registered" (409): either way each person is registered exactly once
        assertThat(statuses.keySet()).as("every registration answered").isSubsetOf(201, 409);
        assertThat(statuses.getOrDefault(409, 0L)).as("409 only after a dropped connection").isLessThanOrEqualTo(RETRIED.get());
        Map<String, List<Integer>> byStatus = registrations(eventId);
        assertThat(byStatus.values().stream().mapToInt(List::size).sum()).as("one registration per person").isEqualTo(PEOPLE);
        assertThat(byStatus.get("CONFIRMED")).hasSize(SEATS);
        assertThat(byStatus.get("WAITLISTED")).containsExactlyElementsOf(
                IntStream.rangeClosed(1, PEOPLE - SEATS).boxed().toList());
        print("2,000 registrations at once, 200 seats (" + RETRIED.get() + " connections dropped and tried again)", latencies, wall);

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
        return attempt(client, request, System.nanoTime(), latencies, 5);
    }

    /** Sends, and sends again when the connection was lost without an answer (counted in {@link #RETRIED}). */
    private static CompletableFuture<Integer> attempt(HttpClient client, HttpRequest request, long start, List<Long> latencies,
                                                      int tries) {
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(response -> {
            latencies.add(System.nanoTime() - start);
            return response.statusCode();
        }).exceptionallyCompose(failure -> {
            Throwable cause = failure instanceof java.util.concurrent.CompletionException ? failure.getCause() : failure;
            if (tries > 1 && cause instanceof java.io.IOException && !(cause instanceof java.net.http.HttpTimeoutException)) {
                RETRIED.incrementAndGet();
                // a little later, as a person would: the queue in front of her has moved on meanwhile
                java.util.concurrent.Executor later = CompletableFuture.delayedExecutor(5L * (6 - tries), TimeUnit.SECONDS);
                return CompletableFuture.supplyAsync(() -> null, later)
                        .thenCompose(ignored -> attempt(client, request, start, latencies, tries - 1));
            }
            return CompletableFuture.failedFuture(failure);
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

    /**
     * Its 2,000 mails are not delivered: the journeys run after it would wait behind them for their own mails. Kept,
     * as without an SMTP server.
     */
    private static void itsMailsAreKeptNotSent() throws Exception {
        try (Connection db = SqlFixtures.connect()) {
            SqlFixtures.execute(db, "UPDATE mail_outbox SET status = 'KEPT' WHERE status = 'PENDING' "
                    + "AND recipient LIKE '%@load.example.org'");
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
