package kumo.adapters.cli;

import kumo.application.records.port.in.StoreSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kumo serve [--host H] [--port N] [--store LOCATION]}: the web UI and the JSON API over the same store
 * and configuration as the other commands. Runs until the process is stopped (Ctrl+C, SIGTERM); the store is
 * closed on the way out.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = KumoVersion.class)
final class ServeCommand extends StoreCommand {

    /** The default port: see {@code kumo.adapters.web.KumoWeb#DEFAULT_PORT}. */
    static final int DEFAULT_PORT = 7070;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1")
    String host;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + DEFAULT_PORT)
    int port;

    private final KumoCli.WebServer web;

    ServeCommand(Context context, KumoCli.WebServer web) {
        super(context);
        this.web = web;
    }

    @Override
    Integer prepare() {
        if (web == null) {
            throw new IllegalStateException("this kumo was built without the web front door");
        }
        if (port < 0 || port > 65_535) {
            return usage(cli.get("error.outOfRange", "--port", port, 0, 65_535));
        }
        if (host == null || host.isBlank()) {
            return usage(cli.get("error.badOptionValue", "--host", host));
        }
        return null;
    }

    @Override
    int run(StoreSession session) {
        KumoCli.WebServer.Running running;
        try {
            running = web.start(host, port, session);
        } catch (KumoCli.WebServer.CannotListen e) {
            problems.error(cli.get("serve.cannotListen", host, port));
            return ExitCodes.BAD_INPUT;
        }
        Thread stop = new Thread(running::close, "kumo-serve-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        String shown = host.contains(":") ? "[" + host + "]" : host;
        out.println(cli.get("serve.listening", "http://" + shown + ":" + running.port() + "/",
                session.location()));
        out.flush();
        try {
            running.awaitStop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.close();
        }
        return ExitCodes.ELIGIBLE;
    }
}
