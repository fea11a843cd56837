package kumo.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import kumo.adapters.web.KumoWeb;
import kumo.adapters.web.api.JsonApi;
import kumo.app.Composition;
import kumo.app.Configuration;

/**
 * {@code scripts/bench.sh web}: {@code POST /api/v1/assess} against a baseline route in the same server that
 * only reads the same request body (content type, size, strict parse and validation) and answers a fixed small
 * JSON document, with the same load generator in the same run (docs/performance.md).
 *
 * <ol>
 * <li>saturation: {@value #CLIENTS} clients each sending the next request as soon as the answer arrives, for each
 * route in turn; the throughput ratio assess / baseline;</li>
 * <li>latency at half of the baseline's saturation: requests sent at that fixed rate (open loop, each timed from
 * when it was due, so a slow answer delays nobody's measurement) to the assess route; its p50 and p99.</li>
 * </ol>
 * Targets: ratio ≥ {@value #RATIO_TARGET}, p99 ≤ {@value #P99_TARGET_MS} ms; exit code 1 when missed, except
 * with {@code --smoke} (short runs, for CI: reports, never fails). The server and the load generator share this
 * JVM and the machine's cores, equally for both routes.
 */
public final class WebBenchmark {

    static final int CLIENTS = 4;
    static final double RATIO_TARGET = 0.5;
    static final double P99_TARGET_MS = 10.0;

    private WebBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        kumo.app.Logging.configure(false); // as kumo does: the server's libraries quiet, only the report printed
        boolean smoke = Arrays.asList(args).contains("--smoke");
        Duration warmup = Duration.ofSeconds(smoke ? 3 : 15);
        Duration measure = Duration.ofSeconds(smoke ? 3 : 20);
        String example = value(args, "--example", "full-city-record.json");
        byte[] body = Files.readAllBytes(Path.of("docs", "examples", example));

        Path dir = Files.createTempDirectory(Path.of("benchmarks", "target"), "bench-web");
        Map<String, String> env = new HashMap<>();
        env.put(Configuration.STORE, dir.resolve("kumo.db").toString());
        Configuration configuration = Configuration.read(env::get, "bench");
        Composition composition = Composition.of(configuration);
        try (KumoWeb web = KumoWeb.withBenchmarkBaseline(composition.webWiring(composition.session(null)))) {
            int port = web.start("127.0.0.1", 0);
            URI assess = URI.create("http://127.0.0.1:" + port + JsonApi.BASE + "/assess");
            URI baseline = URI.create("http://127.0.0.1:" + port + JsonApi.BASELINE);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .executor(Executors.newFixedThreadPool(OPEN_LOOP_WORKERS)).build();
            check(client, assess, body);
            check(client, baseline, body);

            closedLoop(client, baseline, body, warmup);
            closedLoop(client, assess, body, warmup);
            double baselineRate = closedLoop(client, baseline, body, measure);
            double assessRate = closedLoop(client, assess, body, measure);
            double ratio = assessRate / baselineRate;
            double half = baselineRate / 2;
            double[] assessLatency = openLoop(client, assess, body, half, measure);
            double[] baselineLatency = openLoop(client, baseline, body, half, measure);
            // the endpoint's own half load: the usual reading of "p99 at half of its saturation"
            double ownHalf = assessRate / 2;
            double[] assessAtOwnHalf = openLoop(client, assess, body, ownHalf, measure);

            System.out.printf(Locale.ROOT, "request: docs/examples/%s (%d bytes), %d clients, %d s per measurement%n",
                    example, body.length, CLIENTS, measure.toSeconds());
            System.out.printf(Locale.ROOT, "saturation  baseline %.0f req/s, assess %.0f req/s: ratio %.2f (target >= %.2f): %s%n",
                    baselineRate, assessRate, ratio, RATIO_TARGET, ratio >= RATIO_TARGET ? "met" : "NOT met");
            System.out.printf(Locale.ROOT, "at %.0f req/s (half the baseline's saturation): assess p50 %.2f ms, p99 %.2f ms "
                    + "(target <= %.1f ms): %s; baseline p50 %.2f ms, p99 %.2f ms; late or failed: %.0f%n",
                    half, assessLatency[0], assessLatency[1], P99_TARGET_MS,
                    assessLatency[1] <= P99_TARGET_MS ? "met" : "NOT met", baselineLatency[0], baselineLatency[1],
                    assessLatency[2]);
            System.out.printf(Locale.ROOT, "at %.0f req/s (half the assess route's own saturation): assess p50 %.2f ms, "
                    + "p99 %.2f ms (target <= %.1f ms): %s; late or failed: %.0f%n", ownHalf, assessAtOwnHalf[0],
                    assessAtOwnHalf[1], P99_TARGET_MS, assessAtOwnHalf[1] <= P99_TARGET_MS ? "met" : "NOT met",
                    assessAtOwnHalf[2]);
            boolean met = ratio >= RATIO_TARGET && assessAtOwnHalf[1] <= P99_TARGET_MS;
            if (!met && !smoke) {
                System.exit(1);
            }
        }
        System.exit(0);
    }

    private static String value(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private static HttpRequest request(URI uri, byte[] body) {
        return HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).timeout(Duration.ofSeconds(30)).build();
    }

    private static void check(HttpClient client, URI uri, byte[] body) throws Exception {
        HttpResponse<String> r = client.send(request(uri, body), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    /** Requests per second with {@value #CLIENTS} clients each waiting for its answer before the next request. */
    private static double closedLoop(HttpClient client, URI uri, byte[] body, Duration duration) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong done = new AtomicLong();
        HttpRequest request = request(uri, body);
        for (int i = 0; i < CLIENTS; i++) {
            pool.submit(() -> {
                while (!stop.get()) {
                    HttpResponse<Void> r = client.send(request, HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(uri + " answered " + r.statusCode());
                    }
                    done.incrementAndGet();
                }
                return null;
            });
        }
        long start = System.nanoTime();
        Thread.sleep(duration.toMillis());
        long count = done.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        stop.set(true);
        pool.shutdown();
        pool.awaitTermination(60, TimeUnit.SECONDS);
        return count / seconds;
    }

    /** Workers of the open loop: enough that a slow answer does not hold up the next due request. */
    static final int OPEN_LOOP_WORKERS = 16;

    /**
     * Requests due at {@code rate} per second for {@code duration} (open loop): each of {@value #OPEN_LOOP_WORKERS}
     * workers takes the next due time, waits for it and sends; the latency is counted from when the request was
     * due, so a request sent late because every worker was busy counts its wait. p50 and p99 in milliseconds, and
     * how many failed.
     */
    private static double[] openLoop(HttpClient client, URI uri, byte[] body, double rate, Duration duration)
            throws Exception {
        HttpRequest request = request(uri, body);
        long interval = (long) (1e9 / rate);
        long start = System.nanoTime() + 100_000_000L;
        long count = duration.toNanos() / interval;
        AtomicLong next = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(OPEN_LOOP_WORKERS);
        for (int w = 0; w < OPEN_LOOP_WORKERS; w++) {
            pool.submit(() -> {
                for (long i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    long due = start + i * interval;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    HttpResponse<Void> r = client.send(request, HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() != 200) {
                        failed.incrementAndGet();
                    } else {
                        latencies.add(System.nanoTime() - due);
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(duration.toSeconds() + 300, TimeUnit.SECONDS);
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return new double[] {Double.NaN, Double.NaN, failed.get()};
        }
        return new double[] {sorted[sorted.length / 2] / 1e6,
            sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] / 1e6, failed.get()};
    }
}
