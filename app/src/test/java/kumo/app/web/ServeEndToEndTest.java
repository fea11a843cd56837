package kumo.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kumo.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kumo serve} as a user starts it: a separate JVM running the real entry point on a real SQLite store,
 * answering over real HTTP, stopped with SIGTERM.
 */
class ServeEndToEndTest {

    private static final Pattern LISTENING = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir
    Path dir;

    private Process kumo(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().put("KUMO_STORE", dir.resolve("kumo.db").toString());
        // stderr to a file: destroy() closes the pipes, and what the server said must be read afterwards
        builder.redirectError(stderr().toFile());
        return builder.start();
    }

    private Path stderr() {
        return dir.resolve("stderr.txt");
    }

    private String err() throws IOException {
        return Files.readString(stderr(), StandardCharsets.UTF_8);
    }

    @Test
    void servesOnTheGivenPortUntilStopped() throws Exception {
        Process server = kumo("serve", "--port", "0");
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertThat(line).as("the first line says where it listens").isNotNull().contains("Ctrl+C");
            Matcher m = LISTENING.matcher(line);
            assertThat(m.find()).as(line).isTrue();
            URI health = URI.create("http://127.0.0.1:" + m.group(1) + "/api/v1/health");
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"status\":\"ok\"");
            assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                    csp -> assertThat(csp).contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        } finally {
            server.destroy();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        }
        String err = err();
        assertThat(err).as("nothing on stderr: no banner, no driver log").isEmpty();
    }

    @Test
    void aTakenPortIsBadInputNamingTheOption() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            Process server = kumo("serve", "--port", String.valueOf(taken.getLocalPort()), "--lang", "en");
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String err = err();
            assertThat(server.exitValue()).as(err).isEqualTo(2);
            assertThat(err).contains("Cannot listen on 127.0.0.1:" + taken.getLocalPort()).contains("--port")
                    .doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(Files.exists(dir.resolve("kumo.db"))).as("the store is opened on first use only").isFalse();
    }

    @Test
    void aPortOutOfRangeIsRefusedBeforeAnythingStarts() throws Exception {
        Process server = kumo("serve", "--port", "70000", "--lang", "en");
        assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = err();
        assertThat(server.exitValue()).isEqualTo(2);
        assertThat(err).contains("--port").contains("70000").contains("0–65535");
    }
}
