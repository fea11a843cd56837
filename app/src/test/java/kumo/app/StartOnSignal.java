package kumo.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/**
 * A kumo process for race tests: runs a warm-up command line (so that class loading and the first connection
 * are behind it), then connects to the test's barrier port, waits there for one byte, runs the real command
 * line at once, and writes the wall-clock start and end of that command (microseconds since the epoch, {@code
 * START END}) to a file. Exits with the command's exit code.
 *
 * <p>Arguments: {@code PORT TIMING_FILE WARM-UP-ARGS... -- COMMAND-ARGS...}.
 */
public final class StartOnSignal {

    private StartOnSignal() {
    }

    public static void main(String[] args) throws IOException {
        Logging.configure(false); // as Main does: the libraries quiet, stderr only what kumo says
        int port = Integer.parseInt(args[0]);
        Path timing = Path.of(args[1]);
        int separator = Arrays.asList(args).indexOf("--");
        String[] warmUp = Arrays.copyOfRange(args, 2, separator);
        String[] command = Arrays.copyOfRange(args, separator + 1, args.length);
        String user = System.getProperty("user.name", "");

        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        Main.run(warmUp, System::getenv, user, InputStream.nullInputStream(), discard, discard);

        try (Socket barrier = new Socket(InetAddress.getLoopbackAddress(), port)) {
            barrier.setTcpNoDelay(true);
            if (barrier.getInputStream().read() < 0) {
                throw new IOException("the barrier closed without a signal");
            }
        }
        long start = micros(Instant.now());
        int code = Main.run(command, System::getenv, user, System.in, System.out, System.err);
        long end = micros(Instant.now());
        System.out.flush();
        System.err.flush();
        Files.writeString(timing, start + " " + end + "\n", StandardCharsets.UTF_8);
        System.exit(code);
    }

    private static long micros(Instant at) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, at);
    }
}
