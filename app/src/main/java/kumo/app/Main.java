package kumo.app;

import kumo.adapters.cli.KumoCli;

/**
 * Composition root: the only place that sees every module. It builds the object graph by
 * hand (constructors, no DI container) and starts what the command asks for.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Hibernate Validator logs through JBoss Logging; route it to slf4j-simple (warn level) so a
        // command's stderr carries only what the command says.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        System.exit(KumoCli.run(args, System.out, System.err));
    }
}
