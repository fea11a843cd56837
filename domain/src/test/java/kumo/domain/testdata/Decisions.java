package kumo.domain.testdata;

import java.time.LocalDate;

import kumo.domain.plan.Decision;
import kumo.domain.plan.Outcome;

/** Recorded city decisions: complete ones (outcome, rationale, who, when) and the ways a record falls short. */
public final class Decisions {

    public static final String DECIDED_BY = "情報管理者 神戸太郎";
    public static final String RATIONALE = "検討の結果、記録のとおり判断した";

    private Decisions() {
    }

    /** Complete, positive, dated {@link Dates#DECIDED_ON}. */
    public static Decision yes() {
        return decided(Outcome.YES, Dates.DECIDED_ON);
    }

    /** Complete, negative, dated {@link Dates#DECIDED_ON}. */
    public static Decision no() {
        return decided(Outcome.NO, Dates.DECIDED_ON);
    }

    public static Decision of(Outcome outcome) {
        return decided(outcome, Dates.DECIDED_ON);
    }

    /** Complete, with the given outcome and date. */
    public static Decision decided(Outcome outcome, LocalDate on) {
        return new Decision(outcome, RATIONALE, DECIDED_BY, on);
    }

    /** Complete and positive, dated {@code on} (e.g. after the assessment date). */
    public static Decision yesOn(LocalDate on) {
        return decided(Outcome.YES, on);
    }

    /** Positive and dated, but nobody wrote down why. */
    public static Decision yesWithoutRationale() {
        return new Decision(Outcome.YES, " ", DECIDED_BY, Dates.DECIDED_ON);
    }

    /** Positive and reasoned, but nobody is named as having decided. */
    public static Decision yesWithoutDecider() {
        return new Decision(Outcome.YES, RATIONALE, null, Dates.DECIDED_ON);
    }

    /** Reasoned, signed and dated, but without an outcome. */
    public static Decision withoutOutcome() {
        return new Decision(null, RATIONALE, DECIDED_BY, Dates.DECIDED_ON);
    }
}
