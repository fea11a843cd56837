package kumo.application.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;

import kumo.application.document.JsonLines;
import kumo.domain.assessment.Verdict;

/** The ordered, bounded, parallel run of JSON Lines that {@code kumo batch} is built on. */
class LineBatchTest {

    private static JsonLines lines(int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            text.append("{\"n\":").append(i).append("}\n");
            if (i % 7 == 0) {
                text.append("\n"); // blank lines are skipped, not counted
            }
        }
        return new JsonLines(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Each line's output is its own bytes, after a random pause so that later lines often finish first. */
    private static LineBatch.Outcome echo(long line, byte[] bytes) {
        LockSupport.parkNanos(ThreadLocalRandom.current().nextInt(200_000));
        return new LineBatch.Outcome(line, bytes, Verdict.ELIGIBLE, null);
    }

    @Test
    void everyLineIsWrittenOnceInTheInputsOrderWithAtMostTheWindowInFlight() throws IOException {
        LineBatch batch = new LineBatch(4, 8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Long> told = new ArrayList<>();

        batch.run(lines(2_000), LineBatchTest::echo, (line, problem) -> {
            throw new AssertionError("no line is too long");
        }, out, (outcome, read) -> told.add(outcome.line()));

        String[] written = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(written).hasSize(2_000);
        for (int i = 0; i < written.length; i++) {
            assertThat(written[i]).isEqualTo("{\"n\":" + (i + 1) + "}");
        }
        assertThat(told).hasSize(2_000).isSorted();
        assertThat(batch.mostInFlight()).isBetween(2, 8);
    }

    @Test
    void aFaultInTheAssessorStopsTheRunAfterTheLinesBeforeIt() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LineBatch.Assessor failingAt50 = (line, bytes) -> {
            if (bytes.length > 0 && new String(bytes, StandardCharsets.UTF_8).equals("{\"n\":50}")) {
                throw new IllegalStateException("fault at 50");
            }
            return echo(line, bytes);
        };

        assertThatThrownBy(() -> new LineBatch(2, 4).run(lines(200), failingAt50, (l, p) -> null, out, (o, r) -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessage("fault at 50");
        String[] written = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(written).hasSize(49);
        assertThat(written[48]).isEqualTo("{\"n\":49}");
    }

    @Test
    void aWindowSmallerThanThePoolIsRefused() {
        assertThatThrownBy(() -> new LineBatch(4, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LineBatch(0, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
