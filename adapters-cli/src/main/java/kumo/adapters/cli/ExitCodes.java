package kumo.adapters.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import kumo.application.records.StoreException;
import kumo.domain.assessment.Verdict;

/**
 * The process exit codes of {@code kumo} (documented in docs/cli.md and in every {@code --help}).
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

    /** The "Exit codes" section of every usage help, code to description. */
    static final Map<String, String> HELP = helpList();

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

    private static Map<String, String> helpList() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(ELIGIBLE + "", "ELIGIBLE       利用可 (nothing open)");
        m.put(INTERNAL_ERROR + "", "internal error 内部エラー (details with --debug)");
        m.put(BAD_INPUT + "", "bad input      入力の誤り (file, JSON, validation, option)");
        m.put(OUT_OF_SCOPE + "", "OUT_OF_SCOPE   本方針の対象外 (findings are advice only)");
        m.put(CONFLICT + "", "conflict       競合 (saved by someone else since read; nothing written)");
        m.put(STORE_UNUSABLE + "", "store unusable 保存先を使えない (unreachable, damaged, foreign, full)");
        m.put(AUDIT_BROKEN + "", "audit broken   監査ログの連鎖が壊れている (kumo audit verify)");
        m.put(CONDITIONAL + "", "CONDITIONAL    条件付きで利用可 (city steps still open)");
        m.put(INCOMPLETE + "", "INCOMPLETE     判定未了 (evidence needed)");
        m.put(NOT_ELIGIBLE + "", "NOT_ELIGIBLE   利用不可 (a mandatory requirement is not met)");
        m.put(PROHIBITED + "", "PROHIBITED     利用禁止 (a prohibition applies)");
        return Collections.unmodifiableMap(m);
    }
}
