package kumo.app.cli;

import java.util.Arrays;

import org.slf4j.LoggerFactory;

import kumo.app.Logging;

/**
 * A child-JVM probe for {@link QuietDriversEndToEndTest}: configures logging exactly as {@code kumo.app.Main} does
 * for these arguments, then logs what the libraries log when things go wrong — Flyway's migration error through
 * SLF4J, a PostgreSQL driver warning through java.util.logging — so that the test sees whether it reaches stderr.
 */
public final class LoggingProbe {

    private LoggingProbe() {
    }

    public static void main(String[] args) {
        Logging.configure(Logging.debug(Arrays.asList(args)));
        LoggerFactory.getLogger("org.flywaydb.core.internal.command.DbMigrate")
                .error("Migration of schema \"main\" to version \"1 - kumo store\" failed! (probe)");
        java.util.logging.Logger.getLogger("org.postgresql.Driver").warning("Connection leak detected (probe)");
        System.out.println("probe done");
    }
}
