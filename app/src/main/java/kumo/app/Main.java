package kumo.app;

import kumo.adapters.cli.KumoCli;
import kumo.adapters.persistence.JooqStoreOpener;
import kumo.application.records.StoreOpener;

/**
 * Composition root: the only place that sees every module. It builds the object graph by
 * hand (constructors, no DI container) and starts what the command asks for: the CLI, whose store
 * commands open stores (a SQLite file or a PostgreSQL database) through the persistence adapter.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Hibernate Validator logs through JBoss Logging; route it to slf4j-simple (warn level) so a
        // command's stderr carries only what the command says.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        System.exit(KumoCli.run(args, System.out, System.err, storeOpener()));
    }

    /** How kumo opens a store by location: the persistence adapter (jOOQ over SQLite or PostgreSQL). */
    public static StoreOpener storeOpener() {
        return new JooqStoreOpener();
    }
}
