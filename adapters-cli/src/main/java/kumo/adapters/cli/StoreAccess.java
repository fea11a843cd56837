package kumo.adapters.cli;

import java.io.PrintStream;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import kumo.application.records.RecordsUseCase;
import kumo.application.records.Store;
import kumo.application.records.StoreOpener;

/**
 * What the store commands need to reach the store: the opener from the composition root, how to build the
 * use cases over an opened store, the environment ({@code KUMO_STORE}, {@code KUMO_ACTOR}) and the raw
 * standard output (for {@code kumo store export -}).
 *
 * @param opener      opens a store by location; {@code null} when this kumo was built without one
 * @param records     the use cases over one opened store
 * @param environment reads an environment variable ({@code null} when unset)
 * @param stdout      the raw standard output
 */
record StoreAccess(StoreOpener opener, Function<Store, RecordsUseCase> records, UnaryOperator<String> environment,
        PrintStream stdout) {

    /** The store used when neither {@code --store} nor {@code KUMO_STORE} names one. */
    static final String DEFAULT_LOCATION = "kumo.db";

    static final String STORE_VARIABLE = "KUMO_STORE";
    static final String ACTOR_VARIABLE = "KUMO_ACTOR";

    StoreAccess {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(stdout, "stdout");
    }

    /** {@code --store} if given, else {@code KUMO_STORE} if set and not blank, else {@value #DEFAULT_LOCATION}. */
    String location(String option) {
        if (option != null) {
            return option;
        }
        String variable = environment.apply(STORE_VARIABLE);
        return variable == null || variable.isBlank() ? DEFAULT_LOCATION : variable;
    }

    /** {@code --actor} if given, else {@code KUMO_ACTOR} if set and not blank, else the OS user name. */
    String actor(String option) {
        if (option != null) {
            return option;
        }
        String variable = environment.apply(ACTOR_VARIABLE);
        if (variable != null && !variable.isBlank()) {
            return variable;
        }
        return System.getProperty("user.name", "");
    }
}
