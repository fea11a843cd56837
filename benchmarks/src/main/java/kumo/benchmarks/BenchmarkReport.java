package kumo.benchmarks;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link AssessmentBenchmark} and prints each benchmark as a ratio to the Jackson parse of the same
 * document measured in the same run. Exit code 1 when evaluation costs more than half of the parse, or
 * the whole assessment with the compact result more than twice the parse (the targets of
 * docs/performance.md). {@code --smoke} runs a short version for CI, which reports the ratios but never
 * fails: a few one-second iterations on a shared machine are too noisy to judge.
 */
public final class BenchmarkReport {

    /** Target: evaluation costs at most this fraction of parsing the same request. */
    static final double TARGET = 0.5;

    /** Target: a front door's whole assessment with the compact result costs at most this multiple of the parse. */
    static final double END_TO_END_TARGET = 2.0;

    private BenchmarkReport() {
    }

    public static void main(String[] args) throws RunnerException {
        boolean smoke = java.util.Arrays.asList(args).contains("--smoke");
        ChainedOptionsBuilder options = new OptionsBuilder().include(AssessmentBenchmark.class.getSimpleName());
        if (smoke) {
            options.warmupIterations(2).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(3).measurementTime(TimeValue.seconds(1));
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, double[]> scores = new HashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            scores.put(name, new double[] {r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError()});
        }
        double parse = scores.get("parse")[0];
        System.out.println();
        System.out.println("benchmark      mean µs/op   ± error   ratio to parse");
        for (String name : new String[] {"parse", "evaluate", "endToEnd", "endToEndFull"}) {
            double[] s = scores.get(name);
            System.out.printf(Locale.ROOT, "%-13s %11.2f %9.2f %10.2f%n", name, s[0], s[1], s[0] / parse);
        }
        double ratio = scores.get("evaluate")[0] / parse;
        System.out.printf(Locale.ROOT, "evaluate/parse = %.2f (target <= %.2f): %s%n", ratio, TARGET,
                ratio <= TARGET ? "met" : "NOT met");
        double endToEnd = scores.get("endToEnd")[0] / parse;
        System.out.printf(Locale.ROOT, "endToEnd (compact)/parse = %.2f (target <= %.2f): %s%n", endToEnd, END_TO_END_TARGET,
                endToEnd <= END_TO_END_TARGET ? "met" : "NOT met");
        if ((ratio > TARGET || endToEnd > END_TO_END_TARGET) && !smoke) {
            System.exit(1);
        }
    }
}
