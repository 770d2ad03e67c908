package eu.socialmap.bench;

import eu.socialmap.search.boundary.ServiceSearch;
import eu.socialmap.search.control.IndexMaintenance;
import eu.socialmap.search.control.ServiceIndex;
import eu.socialmap.search.control.Synonyms;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.apache.lucene.store.FSDirectory;

import javax.sql.DataSource;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The social map's search benchmark (README, "Benchmarks"): for each size, a generated network in a real MariaDB,
 * the portal's index built from it by the portal's own code (IndexMaintenance → ServiceDocuments → ServiceIndex),
 * then the fixed searches timed in Lucene, with MariaDB LIKE and with a MariaDB FULLTEXT index, their recall against
 * what the generator knows each service is about, and the latency over HTTP. Every loop is bounded by a count and a
 * time budget; nothing leaves the machine. Prints figures; asserts nothing (it is not a test).
 */
public final class SearchBenchmark {

    private static final int LUCENE_ROUNDS = 200;
    private static final long LUCENE_WARMUP_NANOS = 10_000_000_000L;
    private static final int LUCENE_WARMUP_ROUNDS = 150;
    private static final int SQL_ROUNDS = 20;
    private static final long SQL_BUDGET_NANOS = 60_000_000_000L;
    private static final int HTTP_ROUNDS = 50;
    private static final long THROUGHPUT_NANOS = 10_000_000_000L;
    private static final int THROUGHPUT_MAX_PER_THREAD = 20_000;

    private final Path directory;
    private final boolean reload;
    private final String url;
    private final List<String> summary = new ArrayList<>();

    private SearchBenchmark(Path directory, boolean reload, String url) {
        this.directory = directory;
        this.reload = reload;
        this.url = url;
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = java.util.Arrays.stream(System.getProperty("bench.sizes", "1000,10000,100000").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(Integer::parseInt).toList();
        Path directory = Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath();
        String url = System.getProperty("bench.url", "").strip();
        SearchBenchmark benchmark = new SearchBenchmark(directory, Boolean.getBoolean("bench.reload"), url);
        if (!url.isEmpty()) {
            HttpProbe.portal(url).close(); // refuse a non-loopback address before any work
        }
        benchmark.run(sizes);
    }

    private void run(List<Integer> sizes) throws Exception {
        long started = System.nanoTime();
        System.out.println("# Social map search benchmark");
        System.out.println();
        machine().forEach((key, value) -> System.out.printf("- %s: %s%n", key, value));
        System.out.println("- sizes: " + sizes + ", seed " + ServiceGenerator.SEED + ", generator v" + ServiceGenerator.VERSION);
        System.out.println();
        Files.createDirectories(directory);
        try (BenchDatabase database = BenchDatabase.start(directory.resolve("mariadb"))) {
            for (int size : sizes) {
                runSize(database, size);
            }
        }
        System.out.println();
        System.out.println("## Summary (latency in ms; recall = mean over the misspelt and cross-language searches)");
        System.out.println();
        System.out.println("| services | index rebuild | Lucene p50 / p95 / p99 | Lucene searches/s | LIKE p50 / p95 / p99 "
                + "| FULLTEXT p50 / p95 / p99 | LIKE ÷ Lucene (p50, p95) | recall Lucene / LIKE / FULLTEXT | HTTP p50 / p95 |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        summary.forEach(System.out::println);
        System.out.printf("%nDone in %.0f s.%n", (System.nanoTime() - started) / 1e9);
    }

    private void runSize(BenchDatabase database, int size) throws Exception {
        System.out.printf("## %,d services%n%n", size);
        long t0 = System.nanoTime();
        ServiceGenerator.Network network = ServiceGenerator.generate(size, ServiceGenerator.SEED);
        System.out.printf("  generated in %.1f s: %,d organisations, %,d places, %,d services (%s)%n",
                (System.nanoTime() - t0) / 1e9, network.organisations().size(), network.places().size(),
                network.services().size(), languageMix(network));
        DataSource dataSource = database.prepare(size, network, reload);
        long active = BenchDatabase.activeServices(dataSource);

        Path indexPath = directory.resolve("index-" + size);
        deleteRecursively(indexPath);
        try (ServiceIndex index = new ServiceIndex(FSDirectory.open(indexPath), portalSynonyms())) {
            long rebuildNanos = rebuild(dataSource, index);
            if (index.size() != active) {
                throw new IllegalStateException("The index holds " + index.size() + " services, the database " + active);
            }
            System.out.printf("  index rebuilt from MariaDB by IndexMaintenance.rebuild() in %.1f s (%,d services, %s)%n%n",
                    rebuildNanos / 1e9, active, humanBytes(sizeOf(indexPath)));

            Map<BenchQuery, long[]> lucene = timeLucene(index);
            double throughput = throughput(index);
            Map<SqlSearch.Method, Map<BenchQuery, long[]>> sql = new EnumMap<>(SqlSearch.Method.class);
            for (SqlSearch.Method method : SqlSearch.Method.values()) {
                sql.put(method, timeSql(dataSource, method));
            }
            printLatencies(lucene, sql);
            Percentiles luceneAll = Percentiles.of(lucene.values());
            System.out.printf("%n  Lucene throughput: %,.0f searches/s with %d threads (the fixed searches in turn)%n%n",
                    throughput, threads());

            Map<String, double[]> recall = recall(network, index, dataSource);
            Percentiles http = timeHttp(index);

            Percentiles like = Percentiles.of(sql.get(SqlSearch.Method.LIKE).values());
            Percentiles fulltext = Percentiles.of(sql.get(SqlSearch.Method.FULLTEXT).values());
            summary.add(String.format(Locale.ROOT, "| %,d | %.1f s | %s | %,.0f | %s | %s | %.0f×, %.0f× | %.2f / %.2f / %.2f | %s |",
                    active, rebuildNanos / 1e9, triple(luceneAll), throughput, triple(like), triple(fulltext),
                    like.millis(50) / luceneAll.millis(50), like.millis(95) / luceneAll.millis(95),
                    recall.get("lucene")[0], recall.get("like")[0], recall.get("fulltext")[0],
                    http == null ? "—" : String.format(Locale.ROOT, "%.2f / %.2f", http.millis(50), http.millis(95))));
        }
        System.out.println();
    }

    /** The synonyms a new network starts with (migration V11 seeds the same), as the portal searches with them. */
    static Synonyms portalSynonyms() {
        return new Synonyms(ServiceSearch.DEFAULT_SYNONYMS);
    }

    /** The portal's rebuild path: its persistence unit (local transactions) read by IndexMaintenance. */
    private static long rebuild(DataSource dataSource, ServiceIndex index) {
        Map<String, Object> overrides = new java.util.HashMap<>();
        overrides.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        overrides.put("jakarta.persistence.jtaDataSource", "");
        overrides.put("jakarta.persistence.nonJtaDataSource", dataSource);
        overrides.put("jakarta.persistence.validation.mode", "NONE");
        overrides.put("eclipselink.weaving", "false");
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("socialmap", overrides);
        try {
            EntityManager em = factory.createEntityManager();
            try {
                long started = System.nanoTime();
                new IndexMaintenance(em, index).rebuild();
                return System.nanoTime() - started;
            } finally {
                em.close();
            }
        } finally {
            factory.close();
        }
    }

    private Map<BenchQuery, long[]> timeLucene(ServiceIndex index) {
        long warmupEnd = System.nanoTime() + LUCENE_WARMUP_NANOS;
        for (int round = 0; round < LUCENE_WARMUP_ROUNDS && System.nanoTime() < warmupEnd; round++) {
            for (BenchQuery query : BenchQuery.ALL) {
                index.search(query.serviceQuery(1, 20));
            }
        }
        Map<BenchQuery, long[]> samples = new LinkedHashMap<>();
        BenchQuery.ALL.forEach(q -> samples.put(q, new long[LUCENE_ROUNDS]));
        for (int round = 0; round < LUCENE_ROUNDS; round++) {
            for (BenchQuery query : BenchQuery.ALL) {
                long started = System.nanoTime();
                index.search(query.serviceQuery(1, 20));
                samples.get(query)[round] = System.nanoTime() - started;
            }
        }
        return samples;
    }

    private static int threads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Searches per second with one searching thread per core, for a bounded time and count. */
    private static double throughput(ServiceIndex index) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> workers = new ArrayList<>();
        long started = System.nanoTime();
        for (int t = 0; t < threads(); t++) {
            int offset = t;
            Thread worker = new Thread(() -> {
                for (int i = 0; i < THROUGHPUT_MAX_PER_THREAD && !stop.get(); i++) {
                    index.search(BenchQuery.ALL.get((i + offset * 7) % BenchQuery.ALL.size()).serviceQuery(1, 20));
                    done.incrementAndGet();
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join(THROUGHPUT_NANOS / 1_000_000);
        }
        stop.set(true);
        for (Thread worker : workers) {
            worker.join();
        }
        return done.get() / ((System.nanoTime() - started) / 1e9);
    }

    /** Rounds of the fixed searches until each has {@value #SQL_ROUNDS} samples or the budget is spent (3 at least). */
    private static Map<BenchQuery, long[]> timeSql(DataSource dataSource, SqlSearch.Method method) throws Exception {
        Map<BenchQuery, List<Long>> samples = new LinkedHashMap<>();
        BenchQuery.ALL.forEach(q -> samples.put(q, new ArrayList<>()));
        try (Connection connection = dataSource.getConnection()) {
            for (BenchQuery query : BenchQuery.ALL) {
                SqlSearch.page(connection, query, method); // warm-up: pages in the buffer pool, statements parsed
            }
            long end = System.nanoTime() + SQL_BUDGET_NANOS;
            for (int round = 0; round < SQL_ROUNDS && (round < 3 || System.nanoTime() < end); round++) {
                for (BenchQuery query : BenchQuery.ALL) {
                    long started = System.nanoTime();
                    SqlSearch.page(connection, query, method);
                    samples.get(query).add(System.nanoTime() - started);
                }
            }
        }
        Map<BenchQuery, long[]> result = new LinkedHashMap<>();
        samples.forEach((q, list) -> result.put(q, list.stream().mapToLong(Long::longValue).toArray()));
        return result;
    }

    private static void printLatencies(Map<BenchQuery, long[]> lucene, Map<SqlSearch.Method, Map<BenchQuery, long[]>> sql) {
        System.out.println("  Server-side latency in ms (Lucene: ServiceIndex.search, page of 20 + total + facet counts;"
                + " SQL: page of 20 + COUNT(*), no facet counts), p50 / p95 / p99:");
        System.out.println();
        System.out.println("| search | kind | Lucene | MariaDB LIKE | MariaDB FULLTEXT |");
        System.out.println("|---|---|---|---|---|");
        for (BenchQuery query : BenchQuery.ALL) {
            System.out.printf("| %s | %s | %s | %s | %s |%n", query.label(), query.kind().name().toLowerCase(Locale.ROOT),
                    triple(new Percentiles(lucene.get(query))),
                    triple(new Percentiles(sql.get(SqlSearch.Method.LIKE).get(query))),
                    triple(new Percentiles(sql.get(SqlSearch.Method.FULLTEXT).get(query))));
        }
        Percentiles luceneAll = Percentiles.of(lucene.values());
        Percentiles like = Percentiles.of(sql.get(SqlSearch.Method.LIKE).values());
        Percentiles fulltext = Percentiles.of(sql.get(SqlSearch.Method.FULLTEXT).values());
        System.out.printf("| **all searches** | n = %d / %d / %d | **%s** | **%s** | **%s** |%n", luceneAll.count(),
                like.count(), fulltext.count(), triple(luceneAll), triple(like), triple(fulltext));
    }

    /** Recall and precision of each method on the searches whose answer the generator knows. */
    private static Map<String, double[]> recall(ServiceGenerator.Network network, ServiceIndex index,
                                                DataSource dataSource) throws Exception {
        System.out.println("  Recall (found ÷ relevant) and precision (relevant ÷ found, about the theme) of the whole "
                + "result list; relevant = active services of the theme (cross-language: those NOT written in the "
                + "search's language):");
        System.out.println();
        System.out.println("| search | kind | relevant | Lucene recall / precision | LIKE recall / precision | FULLTEXT recall / precision |");
        System.out.println("|---|---|---|---|---|---|");
        Map<String, List<Double>> measured = new LinkedHashMap<>();
        List.of("lucene", "like", "fulltext").forEach(m -> measured.put(m, new ArrayList<>()));
        try (Connection connection = dataSource.getConnection()) {
            for (BenchQuery query : BenchQuery.ALL) {
                if (!query.hasGroundTruth()) {
                    continue;
                }
                Set<Long> relevant = network.services().stream().filter(query.relevant())
                        .map(ServiceGenerator.Service::id).collect(Collectors.toSet());
                Set<Long> aboutTheme = network.services().stream()
                        .filter(s -> s.active() && s.themes().contains(query.theme()))
                        .map(ServiceGenerator.Service::id).collect(Collectors.toSet());
                Set<Long> lucene = luceneAll(index, query);
                Set<Long> like = SqlSearch.all(connection, query, SqlSearch.Method.LIKE);
                Set<Long> fulltext = SqlSearch.all(connection, query, SqlSearch.Method.FULLTEXT);
                System.out.printf("| %s | %s | %,d | %s | %s | %s |%n", query.label(),
                        query.kind().name().toLowerCase(Locale.ROOT), relevant.size(),
                        quality(lucene, relevant, aboutTheme), quality(like, relevant, aboutTheme),
                        quality(fulltext, relevant, aboutTheme));
                if (query.kind() == BenchQuery.Kind.MISSPELT || query.kind() == BenchQuery.Kind.CROSS_LANGUAGE) {
                    measured.get("lucene").add(Percentiles.recall(lucene, relevant));
                    measured.get("like").add(Percentiles.recall(like, relevant));
                    measured.get("fulltext").add(Percentiles.recall(fulltext, relevant));
                }
            }
        }
        Map<String, double[]> means = new LinkedHashMap<>();
        measured.forEach((method, values) -> means.put(method,
                new double[] {values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN)}));
        System.out.printf("%n  Mean recall over the misspelt and cross-language searches: Lucene %.2f, LIKE %.2f, FULLTEXT %.2f%n%n",
                means.get("lucene")[0], means.get("like")[0], means.get("fulltext")[0]);
        return means;
    }

    private static String quality(Set<Long> found, Set<Long> relevant, Set<Long> aboutTheme) {
        double precision = Percentiles.precision(found, aboutTheme);
        return String.format(Locale.ROOT, "%.2f / %s", Percentiles.recall(found, relevant),
                Double.isNaN(precision) ? "—" : String.format(Locale.ROOT, "%.2f", precision));
    }

    /** Every result of a search, page by page of 100 (the most the index gives at once); bounded. */
    private static Set<Long> luceneAll(ServiceIndex index, BenchQuery query) {
        Set<Long> ids = new HashSet<>();
        for (int page = 1; page <= 5_000; page++) {
            ServiceIndex.Result result = index.search(query.serviceQuery(page, 100));
            result.hits().forEach(hit -> ids.add(hit.serviceId()));
            if (result.hits().size() < 100 || (long) page * 100 >= result.total()) {
                break;
            }
        }
        return ids;
    }

    private Percentiles timeHttp(ServiceIndex index) {
        try (HttpProbe probe = url.isEmpty() ? HttpProbe.inProcess(index) : HttpProbe.portal(url)) {
            List<Integer> queries = probe.queries();
            for (int round = 0; round < 20; round++) {
                for (int query : queries) {
                    probe.timeOne(query);
                }
            }
            List<long[]> samples = new ArrayList<>();
            for (int query : queries) {
                samples.add(new long[HTTP_ROUNDS]);
            }
            for (int round = 0; round < HTTP_ROUNDS; round++) {
                for (int query : queries) {
                    samples.get(query)[round] = probe.timeOne(query);
                }
            }
            Percentiles all = Percentiles.of(samples);
            System.out.printf("  HTTP latency (client-side, sequential, loopback) against %s:%n", probe.description);
            System.out.printf("  p50 %.2f ms, p95 %.2f ms, p99 %.2f ms over %d requests%n", all.millis(50),
                    all.millis(95), all.millis(99), all.count());
            return all;
        } catch (IOException | RuntimeException e) {
            System.out.println("  HTTP latency not measured: " + e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String triple(Percentiles p) {
        return String.format(Locale.ROOT, "%s / %s / %s", ms(p.millis(50)), ms(p.millis(95)), ms(p.millis(99)));
    }

    private static String ms(double millis) {
        return millis >= 100 ? String.format(Locale.ROOT, "%.0f", millis)
                : millis >= 10 ? String.format(Locale.ROOT, "%.1f", millis) : String.format(Locale.ROOT, "%.2f", millis);
    }

    private static String languageMix(ServiceGenerator.Network network) {
        long one = network.services().stream().filter(s -> s.textLanguages() == 1).count();
        long nlOnly = network.services().stream().filter(s -> s.textLanguages() == 1 && s.writtenIn("nl")).count();
        long frOnly = network.services().stream().filter(s -> s.textLanguages() == 1 && s.writtenIn("fr")).count();
        long enOnly = network.services().stream().filter(s -> s.textLanguages() == 1 && s.writtenIn("en")).count();
        int n = network.services().size();
        return String.format(Locale.ROOT, "%.0f%% in one language only: %.0f%% French, %.0f%% Dutch, %.0f%% English",
                100.0 * one / n, 100.0 * frOnly / n, 100.0 * nlOnly / n, 100.0 * enOnly / n);
    }

    private static Map<String, String> machine() {
        Map<String, String> machine = new LinkedHashMap<>();
        machine.put("processors (nproc)", String.valueOf(Runtime.getRuntime().availableProcessors()));
        machine.put("CPU", firstLine(Path.of("/proc/cpuinfo"), "model name"));
        machine.put("memory", firstLine(Path.of("/proc/meminfo"), "MemTotal"));
        machine.put("JVM", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + ", max heap " + humanBytes(Runtime.getRuntime().maxMemory()) + ", GC "
                + ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .collect(Collectors.joining(", ")));
        machine.put("JVM arguments", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-X")).toList()));
        return machine;
    }

    private static String firstLine(Path file, String key) {
        try (var lines = Files.lines(file)) {
            return lines.filter(l -> l.startsWith(key)).map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst()
                    .orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String humanBytes(long bytes) {
        return bytes >= 1 << 30 ? String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1 << 30))
                : String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1 << 20));
    }

    private static long sizeOf(Path path) throws IOException {
        try (var files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
