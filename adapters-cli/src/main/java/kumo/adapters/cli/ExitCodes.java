package kumo.adapters.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

import kumo.application.records.StoreException;
import kumo.domain.assessment.Verdict;

/**
 * The process exit codes of {@code kumo} (documented in docs/cli.md and in every {@code --help}, whose texts are in the help bundles).
 * A verdict maps to its own code so that scripts can branch on it without parsing the output; the
 * codes of the verdicts leave gaps for finer codes later.
 *
 * <p>The store commands add: {@value #CONFLICT} when a save or delete lost a race (someone else saved the
 * row since it was read: a {@code VersionConflictException}; nothing was written), {@value #STORE_UNUSABLE}
 * when the store cannot be used at all (cannot be opened or reached, not a database or damaged, someone
 * else's database, a schema newer than this kumo, disk full — the store's, or that of an export or backup
 * target), {@value #AUDIT_BROKEN} when {@code kumo audit
 * verify} finds the audit chain broken. A key that is not stored, a request that contradicts the store
 * (diffing two systems' assessments), an import into a non-empty store, an existing backup or export
 * target and an operation the store does not offer are bad input ({@value #BAD_INPUT}).
 */
final class ExitCodes {

    static final int ELIGIBLE = 0;
    static final int INTERNAL_ERROR = 1;
    static final int BAD_INPUT = 2;
    static final int OUT_OF_SCOPE = 3;
    static final int CONFLICT = 4;
    static final int STORE_UNUSABLE = 5;
    static final int AUDIT_BROKEN = 6;
    static final int CONDITIONAL = 10;
    static final int INCOMPLETE = 20;
    static final int NOT_ELIGIBLE = 30;
    static final int PROHIBITED = 40;

    /** The codes the "Exit codes" section of every usage help lists, in its order. */
    static final List<Integer> LISTED = List.of(ELIGIBLE, INTERNAL_ERROR, BAD_INPUT, OUT_OF_SCOPE, CONFLICT,
            STORE_UNUSABLE, AUDIT_BROKEN, CONDITIONAL, INCOMPLETE, NOT_ELIGIBLE, PROHIBITED);

    private ExitCodes() {
    }

    static int of(Verdict verdict) {
        return switch (verdict) {
            case ELIGIBLE -> ELIGIBLE;
            case CONDITIONAL -> CONDITIONAL;
            case INCOMPLETE -> INCOMPLETE;
            case NOT_ELIGIBLE -> NOT_ELIGIBLE;
            case PROHIBITED -> PROHIBITED;
            case OUT_OF_SCOPE -> OUT_OF_SCOPE;
        };
    }

    /** The code of a store failure: conflict, store unusable, else bad input. */
    static int of(StoreException.Reason reason) {
        return switch (reason) {
            case CONFLICT -> CONFLICT;
            case UNAVAILABLE, CORRUPT, FOREIGN, SCHEMA_TOO_NEW, FULL, TARGET_FULL -> STORE_UNUSABLE;
            case NOT_FOUND, INVALID, NOT_EMPTY, UNSUPPORTED -> BAD_INPUT;
        };
    }

    /**
     * The "Exit codes" section of the usage help in the language of {@code help} (its {@code exitCode.N} texts),
     * code to description.
     */
    static Map<String, String> help(ResourceBundle help) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int code : LISTED) {
            m.put(Integer.toString(code), help.getString("exitCode." + code));
        }
        return Collections.unmodifiableMap(m);
    }
}
