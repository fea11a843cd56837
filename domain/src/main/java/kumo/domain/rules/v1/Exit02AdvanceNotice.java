package kumo.domain.rules.v1;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.catalogue.Section5Form;
import kumo.domain.catalogue.Status;
import kumo.domain.plan.Decision;
import kumo.domain.service.AdvanceNotice;

/**
 * EXIT-02: advance notice of the service ending or changing, with method and period (§2ウ). The §5
 * form also asks for notice of interruption and of contract cancellation (別紙).
 */
final class Exit02AdvanceNotice implements Rule, Section5Form {

    @Override
    public String id() {
        return "EXIT-02";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        AdvanceNotice n = c.service().continuity().advanceNotice();
        RuleResult.Builder r = RuleResult.builder()
                .fact("advanceNotice.method", n.method())
                .fact("advanceNotice.periodDays", n.periodDays());
        if (n.periodDays() != null && n.periodDays() <= 0) {
            return r.notMet("EXIT-02.noNotice");
        }
        if (!Decision.present(n.method()) || n.periodDays() == null) {
            return r.unknown("EXIT-02.methodOrPeriodUnknown");
        }
        return r.met("EXIT-02.stated", n.periodDays(), n.method());
    }

    @Override
    public Status section5Form(RuleContext c) {
        AdvanceNotice n = c.service().continuity().advanceNotice();
        Status base = evaluate(c).status();
        if (base == Status.NOT_MET) {
            return base;
        }
        Status extra = Checks.all(n.coversInterruption(), n.coversCancellation());
        return extra == Status.MET ? base : extra == Status.NOT_MET ? extra : Status.UNKNOWN;
    }
}
