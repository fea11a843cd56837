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

    /**
     * MET when a valid certificate of the type is held; UNKNOWN when the list, or the validity of such a
     * certificate, is unknown; NOT_MET otherwise (none, expired, or found out of scope).
     */
    static RuleResult holds(RuleContext c, CertificationType type) {
        List<Certification> valid = c.validCertifications();
        RuleResult.Builder r = RuleResult.builder().fact("evidence.validCertifications",
                valid == null ? null : valid.stream().map(x -> x.type().name()).toList());
        if (valid == null) {
            return r.unknown("reason.certification.unknown", "@certificationType." + type.name());
        }
        if (valid.stream().anyMatch(x -> x.type() == type)) {
            return r.met("reason.certification.held", "@certificationType." + type.name());
        }
        boolean validityUnknown = c.service().certifications().stream()
                .anyMatch(x -> x.type() == type && x.validity(c.date()) == null && !c.outOfScope(RuleContext.label(x)));
        return validityUnknown ? r.unknown("reason.certification.validityUnknown", "@certificationType." + type.name())
                : r.notMet("reason.certification.notHeld", "@certificationType." + type.name());
    }
}
