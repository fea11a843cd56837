package kumo.domain.rules.v1;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.service.SecurityTerms;

/** SEC-02: logs can be kept one year or more, with the method stated (§2エ note 望ましい; 別紙). */
final class Sec02LogRetentionOneYear implements Rule {

    @Override
    public String id() {
        return "SEC-02";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        SecurityTerms s = c.service().security();
        int required = c.parameters().logRetentionDays();
        RuleResult.Builder r = RuleResult.builder()
                .fact("security.logRetentionDays", s.logRetentionDays())
                .fact("security.logRetentionMethodStated", s.logRetentionMethodStated());
        if (s.logRetentionDays() != null && s.logRetentionDays() < required) {
            return r.notMet("SEC-02.tooShort", s.logRetentionDays(), required);
        }
        if (Boolean.FALSE.equals(s.logRetentionMethodStated())) {
            return r.notMet("reason.fact.no", "@fact.security.logRetentionMethodStated");
        }
        if (s.logRetentionDays() == null) {
            return r.unknown("reason.fact.unknown", "@fact.security.logRetentionDays");
        }
        if (s.logRetentionMethodStated() == null) {
            return r.unknown("reason.fact.unknown", "@fact.security.logRetentionMethodStated");
        }
        return r.met("SEC-02.longEnough", s.logRetentionDays(), required);
    }
}
