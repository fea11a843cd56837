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
        System.exit(KumoCli.run(args, System.out, System.err));
    }
}
