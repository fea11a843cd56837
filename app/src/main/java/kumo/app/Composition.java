package kumo.app;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import kumo.adapters.cli.KumoCli;
import kumo.adapters.persistence.JooqStoreOpener;
import kumo.adapters.web.KumoWeb;
import kumo.adapters.web.WebWiring;
import kumo.application.answers.service.AnswerSheetService;
import kumo.application.assess.AssessService;
import kumo.application.spec.service.ProcurementSpecificationService;
import kumo.application.document.Documents;
import kumo.application.records.StoreLocation;
import kumo.application.records.port.in.StoreSession;
import kumo.application.records.port.out.StoreOpener;
import kumo.application.records.service.AssessmentIndexer;
import kumo.application.records.service.RecordsServices;
import kumo.application.records.service.SystemVerdictsService;
import kumo.domain.catalogue.Catalogue;
import kumo.domain.rules.v1.CatalogueV1;

/**
 * kumo's object graph, built by hand from one {@link Configuration}: the catalogue, the use cases, the clock
 * whose zone defines "today", and the store, opened on first use. The front doors receive use-case interfaces
 * from here and build none of it themselves.
 *
 * <p>The catalogue and Bean Validation are loaded on first use, so {@code --help} and {@code --version} work
 * even when they cannot be.
 */
public final class Composition {

    private final Configuration configuration;
    private final Clock clock;
    private final StoreOpener opener;
    private final Supplier<Catalogue> catalogue = new Lazy<>(Composition::catalogueV1);
    private final Supplier<KumoCli.Wiring> wiring;
    private final Supplier<AssessmentIndexer> indexer;

    /**
     * @param clock  the clock to read time from; its zone is replaced by the configured one
     * @param opener how stores are opened
     */
    public Composition(Configuration configuration, Clock clock, StoreOpener opener) {
        this.configuration = Objects.requireNonNull(configuration, "configuration");
        this.clock = Objects.requireNonNull(clock, "clock").withZone(configuration.zone());
        this.opener = Objects.requireNonNull(opener, "opener");
        this.wiring = new Lazy<>(() -> {
            Catalogue c = catalogue.get();
            Documents documents = Documents.create();
            return new KumoCli.Wiring(new AssessService(c, documents), documents, c,
                    new ProcurementSpecificationService(c, CatalogueV1::procurementForm, documents),
                    new AnswerSheetService(c, CatalogueV1.procurementForm(), documents));
        });
        this.indexer = new Lazy<>(() -> new AssessmentIndexer(catalogue.get()));
    }

    /** The production graph: the system clock, stores opened by the persistence adapter. */
    public static Composition of(Configuration configuration) {
        return new Composition(configuration, Clock.systemUTC(),
                new JooqStoreOpener(configuration.storeUser(), configuration.storePassword()));
    }

    /** The command line over this graph. */
    public KumoCli cli() {
        return new KumoCli(catalogue, wiring, clock, this::session,
                new KumoCli.Settings(configuration.actor(), configuration.language()), this::serve);
    }

    /**
     * The web front door over {@code session}, not yet listening: the same use cases, catalogue, clock and
     * configured defaults as the command line.
     */
    public KumoWeb web(StoreSession session) {
        return KumoWeb.create(webWiring(session));
    }

    /** What the web front door is built with over {@code session} (also for the load benchmark's server). */
    public WebWiring webWiring(StoreSession session) {
        KumoCli.Wiring w = wiring.get();
        return new WebWiring(w.assess(), w.documents(), w.catalogue(), session, clock, configuration.language(),
                configuration.actor(), session.compareServices(),
                new SystemVerdictsService(session.listProfiles(), session.listAssessments()));
    }

    /** {@code kumo serve}: the web front door listening on {@code host:port}. */
    private KumoCli.WebServer.Running serve(String host, int port, StoreSession session) {
        KumoWeb web = web(session);
        try {
            web.start(host, port);
        } catch (KumoWeb.CannotListen e) {
            web.close();
            throw new KumoCli.WebServer.CannotListen(e.getMessage(), e);
        }
        return new KumoCli.WebServer.Running() {
            @Override
            public int port() {
                return web.port();
            }

            @Override
            public void awaitStop() throws InterruptedException {
                web.awaitStop();
            }

            @Override
            public void close() {
                web.close();
            }
        };
    }

    /**
     * The store's use cases over the store at {@code location} (the configured one for {@code null}), opened on
     * first use and closed with the session. The location is parsed here, once, for every front door: the store
     * is opened from the parsed value and every message shows it without credentials.
     *
     * @throws kumo.application.records.StoreException INVALID, naming {@code --store} or {@value
     *                                                  Configuration#STORE}, when the location cannot be parsed
     */
    public StoreSession session(String location) {
        StoreLocation where = location != null ? StoreLocation.parse(location, "--store")
                : StoreLocation.parse(configuration.storeLocation(), Configuration.STORE);
        OpenOnFirstUse store = new OpenOnFirstUse(() -> opener.open(where));
        KumoCli.Wiring w = wiring.get();
        return RecordsServices.session(store.store(), where, w.assess(), indexer.get(), w.documents(), clock,
                () -> UUID.randomUUID().toString(), store::close);
    }

    /** The clock the use cases and the front doors read: its zone is the configured one. */
    public Clock clock() {
        return clock;
    }

    private static Catalogue catalogueV1() {
        try {
            return CatalogueV1.catalogue();
        } catch (LinkageError e) {
            throw new IllegalStateException("cannot load the requirement catalogue: " + e.getMessage(), e);
        }
    }

    /** A supplier computed once, on first use (also after a failure: the failure is thrown again). */
    private static final class Lazy<T> implements Supplier<T> {

        private final Supplier<T> compute;
        private T value;

        Lazy(Supplier<T> compute) {
            this.compute = compute;
        }

        @Override
        public synchronized T get() {
            if (value == null) {
                value = compute.get();
            }
            return value;
        }
    }
}
