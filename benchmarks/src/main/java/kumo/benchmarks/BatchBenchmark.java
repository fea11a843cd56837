package kumo.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code kumo batch} at scale (issue 10), not JMH: one long run of two child JVMs on the same file, reported as a
 * ratio (ADR 0004).
 *
 * <ol>
 *   <li>Generates N requests, one per line, into {@code <dir>/requests-N.jsonl} (kept for the next run): the
 *       examples of {@code docs/examples} in turn, each line with its own system and service name and, for the
 *       three-level scheme, a confidentiality, integrity and availability drawn at random (seeded), so the
 *       verdicts vary too.</li>
 *   <li><b>Baseline</b>: a JVM with {@code -Xmx256m} that reads the file line by line and only has Jackson parse
 *       each line into the request DTO ({@link ParseLines}).</li>
 *   <li><b>kumo</b>: {@code kumo batch FILE --lang en} ({@code kumo.app.Main}, the production composition) in a JVM
 *       with {@code -Xmx256m}, its output discarded.</li>
 * </ol>
 *
 * Reports for both: lines per second (wall time of the whole JVM, start-up included), CPU time (user + system, as
 * {@code ProcessHandle} last saw it) per line, peak RSS (the process's
 * {@code VmHWM}, polled), the largest heap occupancy the GC log shows, and kumo's exit code and own count of
 * lines and bad lines. Ratio = kumo lines/s ÷ baseline lines/s; target ≥ {@value #TARGET}. The ratio of CPU time per
 * line is printed beside it, not judged: kumo assesses on every core, the baseline parses on one. Arguments: {@code
 * --lines N} (default 1,000,000), {@code --smoke} (20,000 lines; reports, never fails), {@code --dir PATH}
 * (default {@code benchmarks/target/bench-batch}), {@code --examples PATH}. Exit 1 when the target is missed
 * or kumo does not answer every line (not in smoke mode).
 */
public final class BatchBenchmark {

    static final double TARGET = 0.5;

    private static final Pattern HEAP = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private BatchBenchmark() {
    }

    /** What one child JVM did. */
    record Run(String what, int exitCode, double seconds, double cpuSeconds, long peakRssKb, long peakHeapMb, String stdout,
            String stderr) {
    }

    public static void main(String[] argv) throws Exception {
        List<String> args = Arrays.asList(argv);
        boolean smoke = args.contains("--smoke");
        long lines = Long.parseLong(option(args, "--lines", smoke ? "20000" : "1000000"));
        Path dir = Path.of(option(args, "--dir", "benchmarks/target/bench-batch")).toAbsolutePath();
        Path examples = Path.of(option(args, "--examples", "docs/examples"));
        Files.createDirectories(dir);
        Path file = dir.resolve("requests-" + lines + ".jsonl");
        if (!Files.isRegularFile(file)) {
            long t = System.nanoTime();
            generate(examples, file, lines);
            System.out.printf(Locale.ROOT, "generated %,d requests into %s (%,d bytes) in %.1f s%n", lines, file,
                    Files.size(file), (System.nanoTime() - t) / 1e9);
        } else {
            System.out.printf(Locale.ROOT, "reusing %s (%,d bytes)%n", file, Files.size(file));
        }

        Run baseline = child("baseline: parse only (Jackson into the request DTO)", dir,
                List.of("kumo.benchmarks.ParseLines", file.toString()));
        Run kumo = child("kumo batch", dir, List.of("kumo.app.Main", "batch", file.toString(), "--lang", "en"));

        long answered = count(kumo.stderr(), "Read ([\\d,]+) request line");
        long bad = count(kumo.stderr(), "\\(ERROR\\): ([\\d,]+)");
        long parsed = baseline.exitCode() == 0 ? Long.parseLong(baseline.stdout().trim().split(" ")[0]) : -1;
        double baseRate = parsed / baseline.seconds();
        double kumoRate = answered / kumo.seconds();
        double ratio = kumoRate / baseRate;
        double cpuRatio = (baseline.cpuSeconds() / parsed) / (kumo.cpuSeconds() / answered);

        System.out.printf(Locale.ROOT, "%n%-52s %10s %12s %10s %12s %12s %14s %6s%n", "run (-Xmx256m)", "seconds",
                "lines/s", "CPU s", "CPU ms/line", "peak RSS MB", "peak heap MB", "exit");
        for (Run r : List.of(baseline, kumo)) {
            long n = r == baseline ? parsed : answered;
            System.out.printf(Locale.ROOT, "%-52s %10.1f %12.0f %10.1f %12.3f %12.1f %14d %6d%n", r.what(), r.seconds(),
                    n / r.seconds(), r.cpuSeconds(), 1000 * r.cpuSeconds() / n, r.peakRssKb() / 1024.0, r.peakHeapMb(),
                    r.exitCode());
        }
        System.out.printf(Locale.ROOT, "kumo answered %,d of %,d lines, %,d bad%n", answered, lines, bad);
        boolean complete = answered == lines && bad == 0 && parsed == lines && kumo.exitCode() != 1 && kumo.exitCode() != 2;
        boolean met = ratio >= TARGET;
        System.out.printf(Locale.ROOT, "ratio kumo / baseline: %.2f (target >= %.1f): %s%s%n", ratio, TARGET,
                met ? "met" : "NOT met", smoke ? " (smoke run: reported, not judged)" : "");
        System.out.printf(Locale.ROOT, "CPU time per line, baseline / kumo: %.2f (kumo runs on every core, the baseline on"
                + " one: on a shared machine this one moves less with the load)%n", cpuRatio);
        if (!complete) {
            System.out.println("baseline's standard error:\n" + baseline.stderr());
            System.out.println("kumo's standard error:\n" + kumo.stderr());
        }
        if (!smoke && (!met || !complete)) {
            System.exit(1);
        }
    }

    /** Runs {@code mainAndArgs} in a new JVM on this class path with a 256 MB heap; its output discarded or kept. */
    private static Run child(String what, Path dir, List<String> mainAndArgs) throws IOException, InterruptedException {
        String slug = mainAndArgs.get(0).substring(mainAndArgs.get(0).lastIndexOf('.') + 1);
        Path gc = dir.resolve(slug + "-gc.log");
        Path out = dir.resolve(slug + ".out");
        Path err = dir.resolve(slug + ".err");
        Files.deleteIfExists(gc);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Xlog:gc:file=" + gc, "-cp", classPath()));
        command.addAll(mainAndArgs);
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectError(err.toFile())
                .redirectOutput(slug.equals("Main") ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(out.toFile()));
        pb.environment().put("KUMO_STORE", dir.resolve("unused.db").toString());
        long start = System.nanoTime();
        Process p = pb.start();
        long peak = 0;
        double cpu = 0; // user + system time of the child, as last seen alive (the last 200 ms are missed)
        Path status = Path.of("/proc", Long.toString(p.pid()), "status");
        while (!p.waitFor(200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, vmHwm(status));
            cpu = p.toHandle().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(cpu);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Run(what, p.exitValue(), seconds, cpu, peak, peakHeap(gc),
                Files.exists(out) ? Files.readString(out) : "", Files.readString(err, StandardCharsets.UTF_8));
    }

    /** This JVM's class path with every entry absolute (the children run in another folder). */
    private static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(e -> Path.of(e).toAbsolutePath().toString())
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    /** The process's peak resident set in KB (Linux), or 0 when it cannot be read. */
    private static long vmHwm(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process just ended, or no /proc
        }
        return 0;
    }

    /** The largest heap occupancy before a collection in the GC log, in MB. */
    private static long peakHeap(Path gc) throws IOException {
        long peak = 0;
        if (!Files.exists(gc)) {
            return 0;
        }
        try (Stream<String> log = Files.lines(gc)) {
            for (String line : (Iterable<String>) log::iterator) {
                Matcher m = HEAP.matcher(line);
                if (m.find()) {
                    peak = Math.max(peak, Long.parseLong(m.group(1)));
                }
            }
        }
        return peak;
    }

    private static long count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? Long.parseLong(m.group(1).replace(",", "")) : -1;
    }

    /**
     * Writes {@code lines} varied requests, one per line. Every template (an example, and for the three-level scheme
     * each of its twelve classifications) is written once with markers for the two names; each line is then the
     * template's bytes with the names put in, so that a million lines take seconds, not minutes.
     */
    static void generate(Path examples, Path file, long lines) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<List<byte[][]>> templates = new ArrayList<>(); // per example: its variants, each split at the markers
        List<String[]> names = new ArrayList<>();
        String[] c = {"C1", "C2", "C3"};
        String[] i = {"I1", "I2"};
        String[] a = {"A1", "A2"};
        try (Stream<Path> files = Files.list(examples)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                ObjectNode request = (ObjectNode) mapper.readTree(p.toFile());
                ObjectNode system = (ObjectNode) request.get("system");
                ObjectNode service = (ObjectNode) request.get("service");
                names.add(new String[] {system.path("name").asText(), service.path("name").asText()});
                system.put("name", SYSTEM_MARK);
                service.put("name", SERVICE_MARK);
                List<byte[][]> variants = new ArrayList<>();
                JsonNode classification = system.get("classification");
                if (classification instanceof ObjectNode k && "THREE_LEVEL_2020".equals(k.path("scheme").asText())
                        && !k.path("myNumber").asBoolean()) {
                    for (String cc : c) {
                        for (String ii : i) {
                            for (String aa : a) {
                                k.put("confidentiality", cc).put("integrity", ii).put("availability", aa);
                                variants.add(split(mapper.writeValueAsString(request)));
                            }
                        }
                    }
                } else {
                    variants.add(split(mapper.writeValueAsString(request)));
                }
                templates.add(variants);
            }
        }
        Random random = new Random(20261207L);
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 20)) {
            for (long n = 0; n < lines; n++) {
                int t = (int) (n % templates.size());
                List<byte[][]> variants = templates.get(t);
                byte[][] parts = variants.get(random.nextInt(variants.size()));
                out.write(parts[0]);
                out.write(escaped(mapper, names.get(t)[0] + " #" + n));
                out.write(parts[1]);
                out.write(escaped(mapper, names.get(t)[1] + " " + (n % 997)));
                out.write(parts[2]);
                out.write('\n');
            }
        }
        Files.move(partial, file);
    }

    private static final String SYSTEM_MARK = "@@system-name@@";
    private static final String SERVICE_MARK = "@@service-name@@";

    /** The one-line JSON cut where the two names go (system first: it comes first in the request). */
    private static byte[][] split(String json) {
        String quotedSystem = "\"" + SYSTEM_MARK + "\"";
        String quotedService = "\"" + SERVICE_MARK + "\"";
        int s = json.indexOf(quotedSystem);
        int v = json.indexOf(quotedService);
        if (s < 0 || v < s) {
            throw new IllegalStateException("names not where expected in " + json.substring(0, 80));
        }
        return new byte[][] {json.substring(0, s).getBytes(StandardCharsets.UTF_8),
                json.substring(s + quotedSystem.length(), v).getBytes(StandardCharsets.UTF_8),
                json.substring(v + quotedService.length()).getBytes(StandardCharsets.UTF_8)};
    }

    /** A name as a JSON string, quotes included. */
    private static byte[] escaped(ObjectMapper mapper, String name) throws IOException {
        return mapper.writeValueAsBytes(name);
    }

    private static String option(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
    }
}
