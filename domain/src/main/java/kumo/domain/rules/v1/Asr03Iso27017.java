package kumo.domain.rules.v1;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.service.CertificationType;

/** ASR-03: the providing organisation holds ISO/IEC 27017, valid on the assessment date (別紙 推奨事項). */
final class Asr03Iso27017 implements Rule {

    @Override
    public String id() {
        return "ASR-03";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        return Asr02Iso27001.holds(c, CertificationType.ISO_27017);
    }
}
