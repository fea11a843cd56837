package kumo.app;

import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * The one place where logging is configured, before anything logs. kumo itself does not log: it says what happened
 * in its own messages. The libraries do — Flyway, jOOQ and sqlite-jdbc through SLF4J (slf4j-simple, to standard
 * error), Hibernate Validator through JBoss Logging routed to SLF4J, the PostgreSQL driver through
 * {@code java.util.logging} — and a successful command must not print their lines (Flyway's {@code ERROR …
 * Migration … failed!} when it loses a harmless race, a driver's warnings). So they are off, and on at {@code info}
 * with {@code --debug}. A level given with {@code -Dorg.slf4j.simpleLogger.defaultLogLevel=…} wins.
 */
public final class Logging {

    private static final String LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    private Logging() {
    }

    /** Whether the command line asks for {@code --debug} (before a {@code --} that ends the options). */
    public static boolean debug(List<String> args) {
        for (String arg : args) {
            if ("--".equals(arg)) {
                return false;
            }
            if ("--debug".equals(arg)) {
                return true;
            }
        }
        return false;
    }

    /** Quiet, or with {@code debug} the libraries' lines at info level and above; on standard error either way. */
    public static void configure(boolean debug) {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        setIfAbsent(LEVEL, debug ? "info" : "off");
        setIfAbsent("org.slf4j.simpleLogger.logFile", "System.err");
        setIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
        setIfAbsent("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
        Level level = debug ? Level.INFO : Level.OFF;
        Logger root = LogManager.getLogManager().getLogger("");
        root.setLevel(level);
        for (Handler handler : root.getHandlers()) {
            handler.setLevel(level);
        }
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }
}
