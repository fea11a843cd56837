package kumo.domain.rules.v1;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.catalogue.Section5Form;
import kumo.domain.catalogue.Status;
import kumo.domain.service.SecurityTerms;

/**
 * SEC-08: the city can have its information reliably deleted or disposed of at will (§2エ). The §5
 * form: erased irrecoverably per ISO/IEC 27001, and a third-party audit of the erasure can be
 * provided (別紙).
 */
final class Sec08Deletion implements Rule, Section5Form {

    @Override
    public String id() {
        return "SEC-08";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        return Checks.serviceFact("security.deletionOnRequest", c.service().security().deletionOnRequest());
    }

    @Override
    public Status section5Form(RuleContext c) {
        SecurityTerms s = c.service().security();
        return Checks.all(s.deletionOnRequest(), s.deletionIrrecoverable(), s.deletionThirdPartyAudit());
    }
}
