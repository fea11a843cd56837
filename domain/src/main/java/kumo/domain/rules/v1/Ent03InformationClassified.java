package kumo.domain.rules.v1;

import java.util.ArrayList;
import java.util.List;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.classification.InformationClassification;

/**
 * ENT-03: the information is classified and the classification recorded (§2ア). The classification
 * is the input every other rule needs, so a missing part is UNKNOWN (the assessment is INCOMPLETE),
 * as policy-model §4 says for an unknown confidentiality.
 */
final class Ent03InformationClassified implements Rule {

    @Override
    public String id() {
        return "ENT-03";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        InformationClassification k = c.system().classification();
        RuleResult.Builder r = RuleResult.builder()
                .fact("classification.scheme", k.scheme())
                .fact("classification.confidentiality", k.confidentiality())
                .fact("classification.integrity", k.integrity())
                .fact("classification.availability", k.availability())
                .fact("classification.handlingRestrictions", k.handlingRestrictions())
                .fact("classification.myNumber", k.myNumber())
                .fact("classification.personalData", k.personalData());
        List<String> missing = new ArrayList<>();
        addIfNull(missing, "classification.confidentiality", k.confidentiality());
        addIfNull(missing, "classification.integrity", k.integrity());
        addIfNull(missing, "classification.availability", k.availability());
        addIfNull(missing, "classification.handlingRestrictions", k.handlingRestrictions());
        addIfNull(missing, "classification.myNumber", k.myNumber());
        addIfNull(missing, "classification.personalData", k.personalData());
        if (missing.isEmpty()) {
            return r.met("ENT-03.classified");
        }
        for (String m : missing) {
            r.reason("reason.fact.unknown", "@fact." + m);
        }
        return r.unknown(null);
    }

    private static void addIfNull(List<String> missing, String name, Object value) {
        if (value == null) {
            missing.add(name);
        }
    }
}
