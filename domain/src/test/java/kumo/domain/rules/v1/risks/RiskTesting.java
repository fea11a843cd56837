package kumo.domain.rules.v1.risks;

import java.time.LocalDate;

import kumo.domain.assessment.Assessor;
import kumo.domain.assessment.RiskEntry;
import kumo.domain.catalogue.Catalogue;
import kumo.domain.plan.RiskCheck;
import kumo.domain.plan.RiskDecision;
import kumo.domain.plan.Treatment;
import kumo.domain.rules.v1.CatalogueV1;
import kumo.domain.testdata.Dates;
import kumo.domain.testdata.Decisions;
import kumo.domain.testdata.Plans;
import kumo.domain.testdata.Services;
import kumo.domain.testdata.Systems;

/**
 * Runs the whole assessor on builders and returns one risk's row of the register; the plan holds only
 * the risk decisions given. The date is {@link Dates#ASSESSMENT_DATE}.
 */
final class RiskTesting {

    static final Catalogue CATALOGUE = CatalogueV1.catalogue();
    static final LocalDate DATE = Dates.ASSESSMENT_DATE;
    static final String RATIONALE = "リスクを認識した上で判断した";

    /** A system and a service to assess (fresh, mutable builders). */
    record Case(Systems system, Services service) {

        /** The complete staff system on the fully capable service: every mitigating capability offered. */
        static Case complete() {
            return new Case(Systems.aCompleteC2System(), Services.aFullyCapableService());
        }
    }

    private RiskTesting() {
    }

    static RiskEntry assess(String riskId, Case c, RiskDecision... decisions) {
        Plans plan = Plans.aPlan();
        for (RiskDecision d : decisions) {
            plan.riskDecision(d);
        }
        return new Assessor(CATALOGUE).assess(c.system().build(), c.service().build(), plan.build(), DATE).risk(riskId);
    }

    /** The check the policy asks for first, recorded before the assessment date. */
    static RiskCheck check() {
        return check(Dates.DECIDED_ON.minusDays(7));
    }

    static RiskCheck check(LocalDate on) {
        return new RiskCheck("事業者に確認済み", Decisions.DECIDED_BY, on);
    }

    /** Complete, dated {@link Dates#DECIDED_ON}, with the check recorded. */
    static RiskDecision decision(String riskId, Treatment treatment) {
        return new RiskDecision(riskId, treatment, RATIONALE, Decisions.DECIDED_BY, Dates.DECIDED_ON, null, check());
    }

    /** Complete, dated {@link Dates#DECIDED_ON}, no check recorded. */
    static RiskDecision decisionWithoutCheck(String riskId, Treatment treatment) {
        return new RiskDecision(riskId, treatment, RATIONALE, Decisions.DECIDED_BY, Dates.DECIDED_ON, null, null);
    }
}
