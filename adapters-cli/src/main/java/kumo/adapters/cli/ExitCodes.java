package kumo.adapters.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import kumo.domain.assessment.Verdict;

/**
 * The process exit codes of {@code kumo} (documented in docs/cli.md and in every {@code --help}).
 * A verdict maps to its own code so that scripts can branch on it without parsing the output; the
 * codes of the verdicts leave gaps for finer codes later.
 */
final class ExitCodes {

    static final int ELIGIBLE = 0;
    static final int INTERNAL_ERROR = 1;
    static final int BAD_INPUT = 2;
    static final int OUT_OF_SCOPE = 3;
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

    private static Map<String, String> helpList() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(ELIGIBLE + "", "ELIGIBLE       利用可 (nothing open)");
        m.put(INTERNAL_ERROR + "", "internal error 内部エラー (details with --debug)");
        m.put(BAD_INPUT + "", "bad input      入力の誤り (file, JSON, validation, option)");
        m.put(OUT_OF_SCOPE + "", "OUT_OF_SCOPE   本方針の対象外 (findings are advice only)");
        m.put(CONDITIONAL + "", "CONDITIONAL    条件付きで利用可 (city steps still open)");
        m.put(INCOMPLETE + "", "INCOMPLETE     判定未了 (evidence needed)");
        m.put(NOT_ELIGIBLE + "", "NOT_ELIGIBLE   利用不可 (a mandatory requirement is not met)");
        m.put(PROHIBITED + "", "PROHIBITED     利用禁止 (a prohibition applies)");
        return Collections.unmodifiableMap(m);
    }
}
