package kumo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The same requests give the same result bytes in every run. Inside one JVM that is easy to believe and
 * easy to get wrong across JVMs (a hash-ordered set rendered into a text changes order with each JVM's hash
 * seed), and stored results, request digests and export round trips depend on it: two separate kumo
 * processes assess every example and their JSON output must be identical.
 */
class DeterminismTest {

    @Test
    void twoProcessesAssessingTheExamplesWriteTheSameBytes() throws Exception {
        Path examples = examples();
        String first = assessInChildJvm(examples);
        String second = assessInChildJvm(examples);

        assertThat(first).contains("\"assessment-result/1\"");
        long files;
        try (var list = Files.list(examples)) {
            files = list.filter(p -> p.toString().endsWith(".json")).count();
        }
        assertThat(first.split("\"assessment-result/1\"", -1)).as("one result per example").hasSize((int) files + 1);
        assertThat(firstDifference(first, second)).as("the first line that differs between the runs").isEmpty();
    }

    /** "line N: A | B" for the first differing line, or empty; keeps a failure readable (the output is ~3.5 MB). */
    private static String firstDifference(String a, String b) {
        List<String> left = a.lines().toList();
        List<String> right = b.lines().toList();
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            String l = i < left.size() ? left.get(i) : "<end>";
            String r = i < right.size() ? right.get(i) : "<end>";
            if (!l.equals(r)) {
                return "line " + (i + 1) + ": " + l.strip() + " | " + r.strip();
            }
        }
        return "";
    }

    private static String assessInChildJvm(Path examples) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "assess", examples.toString(), "--format", "json-full", "--date", "2026-12-04")
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("the most severe verdict of the examples").isEqualTo(40);
        return new String(out, StandardCharsets.UTF_8);
    }

    private static Path examples() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs").resolve("examples");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("docs/examples not found above " + Path.of("").toAbsolutePath());
    }

}
