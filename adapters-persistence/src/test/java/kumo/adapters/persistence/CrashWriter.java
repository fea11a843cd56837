package kumo.adapters.persistence;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import kumo.application.records.Actor;
import kumo.application.records.port.out.Store;


/**
 * The writer process of {@link KillWritersAtRandomPointsTest}: records assessments into the store at {@code args[0]} from {@code
 * args[2]} threads, ids starting with {@code args[1]}, and prints {@code ACK <id>} once each commit has
 * returned, until it is killed.
 */
public final class CrashWriter {

    private CrashWriter() {
    }

    public static void main(String[] args) throws InterruptedException {
        String location = args[0];
        String prefix = args[1];
        int threads = Integer.parseInt(args[2]);
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        Store store = new JooqStoreOpener().open(location);
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread writer = new Thread(() -> {
                Actor actor = new Actor(prefix + "-writer-" + thread);
                for (int n = 0; ; n++) {
                    String id = prefix + "-" + thread + "-" + n;
                    store.recordAssessment(KillWritersAtRandomPointsTest.assessment(id, n), actor, Instant.now());
                    synchronized (out) {
                        out.print("ACK " + id + "\n");
                        out.flush();
                    }
                }
            });
            writer.start();
            writers.add(writer);
        }
        out.println("READY");
        for (Thread writer : writers) {
            writer.join();
        }
    }

    static LocalDate expiry(int n) {
        return LocalDate.of(2027, 1, 1).plusDays(n % 300);
    }
}
