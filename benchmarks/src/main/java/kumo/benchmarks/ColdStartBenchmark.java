package kumo.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The cold start of one {@code kumo assess}, as a script that runs kumo once per file pays it: whole processes,
 * started one after the other, <b>alternating</b> (one of each per round, so that every command meets the same
 * load), each measured for wall time and CPU time (user + system of the child and its children). Reports the
 * medians and the ratio of kumo to the baseline — a JVM that only parses the same request with Jackson
 * ({@link ParseOnlyMain}) — with {@code java -version} as the floor. docs/performance.md has the numbers.
 *
 * <pre>scripts/bench.sh coldstart [--runs N] [--example NAME] [--variants] [--smoke]</pre>
 *
 * <p>kumo runs exactly as a user runs it: {@code ./kumo assess docs/examples/NAME} (the launcher and the Java line
 * it execs), with {@code JAVA_HOME} set to the JDK that runs this benchmark, so that all commands use one JVM.
 * {@code --variants} adds the Java lines that were tried one by one (plain {@code java -jar}, each flag alone).
 * Each process runs under {@code bash}, which reads the wall clock around it ({@code EPOCHREALTIME}) and its
 * CPU time after it ended ({@code times}: the children's user and system time). The full run exits 1 when kumo
 * takes more than {@value #TARGET}× the baseline's wall time; {@code --smoke} (3 runs, for CI) reports and never
 * fails.
 */
public final class ColdStartBenchmark {

    /** Target: kumo's median wall time at most this many times the baseline's. */
    static final double TARGET = 2.0;

    /** Exit codes of {@code kumo assess} that are verdicts (docs/cli.md), not failures. */
    private static final Set<Integer> VERDICTS = Set.of(0, 3, 10, 20, 30, 40);

    /** Runs one command, discarding its standard output; prints "user sys" of the children, then "start end rc". */
    private static final String MEASURE = "s=$EPOCHREALTIME; \"$@\" >/dev/null 2>\"$KUMO_BENCH_STDERR\"; rc=$?; "
            + "e=$EPOCHREALTIME; times; echo \"$s $e $rc\"";

    private ColdStartBenchmark() {
    }

    /** One command line to measure. */
    record Command(String name, List<String> line, boolean verdict) {
    }

    /** One measured run. */
    record Run(double wallMs, double cpuMs, int exitCode) {
    }

    public static void main(String[] args) throws Exception {
        List<String> options = Arrays.asList(args);
        boolean smoke = options.contains("--smoke");
        int runs = Integer.parseInt(value(args, "--runs", smoke ? "3" : "20"));
        String example = value(args, "--example", "full-city-record.json");
        String request = "docs/examples/" + example;
        if (!Files.isRegularFile(Path.of(request)) || !Files.isExecutable(Path.of("kumo"))) {
            System.err.println("run from the repository root (with ./kumo and " + request + ")");
            System.exit(2);
        }
        String javaHome = System.getProperty("java.home");
        String java = Path.of(javaHome, "bin", "java").toString();
        String jar = ownJar();

        List<Command> commands = new ArrayList<>();
        commands.add(new Command("java -version", List.of(java, "-version"), false));
        commands.add(new Command("baseline: Jackson parse only", List.of(java, "-cp", jar,
                ParseOnlyMain.class.getName(), request), false));
        commands.add(new Command("kumo: ./kumo assess", List.of("./kumo", "assess", request), true));
        if (options.contains("--variants")) {
            String kumoJar = "app/target/kumo.jar";
            String archive = "app/target/kumo.jsa";
            String quiet = "-Xlog:cds*=off";
            commands.add(new Command("java -jar kumo.jar assess", List.of(java, "-jar", kumoJar, "assess", request), true));
            commands.add(new Command("  + AppCDS archive only", List.of(java, "-XX:SharedArchiveFile=" + archive, quiet,
                    "-jar", kumoJar, "assess", request), true));
            commands.add(new Command("  + TieredStopAtLevel=1 only", List.of(java, "-XX:TieredStopAtLevel=1",
                    "-jar", kumoJar, "assess", request), true));
            commands.add(new Command("  + UseSerialGC only", List.of(java, "-XX:+UseSerialGC",
                    "-jar", kumoJar, "assess", request), true));
            commands.add(new Command("  + all three", List.of(java, "-XX:SharedArchiveFile=" + archive, quiet,
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", kumoJar, "assess", request), true));
        }

        Path stderr = Files.createTempFile("kumo-coldstart", ".err");
        try {
            String loadBefore = loadAverage();
            // one round not counted: the page cache, and a launcher that still has to build, are not a cold start
            for (Command c : commands) {
                run(c, stderr, false);
            }
            Map<Command, List<Run>> measured = new LinkedHashMap<>();
            for (int round = 0; round < runs; round++) {
                for (Command c : commands) {
                    measured.computeIfAbsent(c, k -> new ArrayList<>()).add(run(c, stderr, true));
                }
            }
            String loadAfter = loadAverage();

            System.out.printf(Locale.ROOT, "cold start: %s (%d bytes), %d runs of each command, alternating; Java %s (%s)%n",
                    request, Files.size(Path.of(request)), runs, System.getProperty("java.version"), javaHome);
            System.out.printf(Locale.ROOT, "load average before: %s; after: %s%n", loadBefore, loadAfter);
            double baselineWall = median(measured.get(commands.get(1)), true);
            double baselineCpu = median(measured.get(commands.get(1)), false);
            System.out.printf(Locale.ROOT, "%-32s %12s %12s %12s %12s%n", "command", "wall ms", "cpu ms",
                    "wall ratio", "cpu ratio");
            for (Map.Entry<Command, List<Run>> e : measured.entrySet()) {
                double wall = median(e.getValue(), true);
                double cpu = median(e.getValue(), false);
                System.out.printf(Locale.ROOT, "%-32s %12.0f %12.0f %12.2f %12.2f%n", e.getKey().name(), wall, cpu,
                        wall / baselineWall, cpu / baselineCpu);
            }
            double ratio = median(measured.get(commands.get(2)), true) / baselineWall;
            System.out.printf(Locale.ROOT, "(medians; ratios to the baseline) kumo/baseline wall %.2f (target <= %.1f): %s%n",
                    ratio, TARGET, ratio <= TARGET ? "met" : "NOT met");
            if (ratio > TARGET && !smoke) {
                System.exit(1);
            }
        } finally {
            Files.deleteIfExists(stderr);
        }
        System.exit(0);
    }

    /**
     * Runs {@code c} once under bash and reads its wall and CPU time; fails on an exit code it must not have and,
     * when {@code quiet}, on anything kumo wrote to standard error.
     */
    static Run run(Command c, Path stderr, boolean quiet) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("bash", "-c", MEASURE, "bash"));
        line.addAll(c.line());
        ProcessBuilder pb = new ProcessBuilder(line).redirectErrorStream(false)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        pb.environment().put("LC_ALL", "C");
        pb.environment().put("KUMO_BENCH_STDERR", stderr.toString());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("bash failed on " + c.line() + ": " + err);
        }
        String[] lines = out.strip().split("\n");
        if (lines.length != 3) {
            throw new IllegalStateException("unexpected output measuring " + c.line() + ": " + out + err);
        }
        String[] children = lines[1].trim().split("\\s+");
        String[] clock = lines[2].trim().split("\\s+");
        int rc = Integer.parseInt(clock[2]);
        boolean ok = c.verdict() ? VERDICTS.contains(rc) : rc == 0;
        if (!ok) {
            throw new IllegalStateException(c.name() + " exited " + rc + ": " + Files.readString(stderr));
        }
        if (quiet && c.verdict() && Files.size(stderr) > 0) {
            throw new IllegalStateException(c.name() + " wrote to standard error: " + Files.readString(stderr));
        }
        double wall = (Double.parseDouble(clock[1]) - Double.parseDouble(clock[0])) * 1000;
        return new Run(wall, seconds(children[0]) * 1000 + seconds(children[1]) * 1000, rc);
    }

    /** bash's {@code times} format: {@code 1m2.345s}. */
    static double seconds(String time) {
        int m = time.indexOf('m');
        return Integer.parseInt(time.substring(0, m)) * 60 + Double.parseDouble(time.substring(m + 1, time.length() - 1));
    }

    static double median(List<Run> runs, boolean wall) {
        double[] v = runs.stream().mapToDouble(r -> wall ? r.wallMs() : r.cpuMs()).sorted().toArray();
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String ownJar() {
        try {
            return Path.of(ColdStartBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    private static String value(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
