package kumo.domain.rules.v1;

import java.util.List;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.service.Certification;
import kumo.domain.service.CertificationType;

/** ASR-02: the providing organisation holds ISO/IEC 27001, valid on the assessment date (別紙). */
final class Asr02Iso27001 implements Rule {

    @Override
    public String id() {
        return "ASR-02";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        return holds(c, CertificationType.ISO_27001);
    }

    /** MET when a valid certificate of the type is held, NOT_MET when the list is known and none is, else UNKNOWN. */
    static RuleResult holds(RuleContext c, CertificationType type) {
        List<Certification> valid = c.validCertifications();
        RuleResult.Builder r = RuleResult.builder().fact("evidence.validCertifications",
                valid == null ? null : valid.stream().map(x -> x.type().name()).toList());
        if (valid == null) {
            return r.unknown("reason.certification.unknown", type);
        }
        return valid.stream().anyMatch(x -> x.type() == type)
                ? r.met("reason.certification.held", type)
                : r.notMet("reason.certification.notHeld", type);
    }
}
