package kumo.domain.rules.v1;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import kumo.domain.catalogue.Fix;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.catalogue.Status;
import kumo.domain.classification.InformationClassification;
import kumo.domain.plan.Decision;

/**
 * ENT-04: the information manager decided whether the information may be entrusted to this service
 * (§2ア). On a non-public (or not yet known) deployment, 機密性3 or My Number information must be
 * addressed explicitly. Where the plan states the classification the decision was taken on (request
 * format 2) and it differs from the system's current one in any part, the decision no longer counts:
 * PENDING, naming what changed, until the information manager decides again on the current one.
 */
final class Ent04EntrustmentDecided implements Rule {

    @Override
    public String id() {
        return "ENT-04";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        RuleResult.Builder r = RuleResult.builder().fix(Fix.PLAN); // a "no" is closed by changing the plan
        Decision decision = c.plan().entrustment();
        InformationClassification basis = c.plan().entrustmentClassification();
        if (basis != null) {
            r.fact("plan.entrustmentClassification", describe(basis));
            List<String> changed = differences(basis, c.system().classification());
            if (decision != null && decision.recordedBy(c.date()) && !changed.isEmpty()) {
                // a decision on another classification no longer decides this one (§2ア: 格付及び取扱制限を踏まえ)
                r.fact("plan.entrustment", decision.outcome());
                return r.pending("ENT-04.classificationChanged", decision.decidedBy(), decision.decidedOn(),
                        String.join("; ", changed));
            }
        }
        RuleResult base = Checks.decision(r, "plan.entrustment", decision, c.date());
        if (base.status() != Status.MET) {
            return base;
        }
        boolean sensitive = Boolean.TRUE.equals(c.system().classification().secretLevel())
                || Boolean.TRUE.equals(c.system().classification().myNumber());
        if (sensitive && !Boolean.TRUE.equals(c.publicCloud())) {
            r.fact("plan.entrustmentAddressesSecretOrMyNumber", c.plan().entrustmentAddressesSecretOrMyNumber());
            return Boolean.TRUE.equals(c.plan().entrustmentAddressesSecretOrMyNumber())
                    ? r.met("ENT-04.sensitiveAddressed")
                    : r.pending("ENT-04.sensitiveNotAddressed", c.service().deployment() == null
                            ? "@value.unknown" : "@deployment." + c.service().deployment().name());
        }
        return base;
    }

    /** The classification as one line of codes, e.g. {@code THREE_LEVEL_2020 C2/I2/A1 [NO_COPY] myNumber=false personalData=true}. */
    static String describe(InformationClassification k) {
        return k.scheme() + " " + code(k.confidentiality()) + "/" + code(k.integrity()) + "/" + code(k.availability())
                + " " + (k.handlingRestrictions() == null ? "?" : k.handlingRestrictions().toString())
                + " myNumber=" + code(k.myNumber()) + " personalData=" + code(k.personalData());
    }

    /** Each part of the classification that differs, as {@code part: then → now}. */
    static List<String> differences(InformationClassification then, InformationClassification now) {
        List<String> d = new ArrayList<>();
        differ(d, "scheme", then.scheme(), now.scheme());
        differ(d, "confidentiality", then.confidentiality(), now.confidentiality());
        differ(d, "integrity", then.integrity(), now.integrity());
        differ(d, "availability", then.availability(), now.availability());
        differ(d, "handlingRestrictions", then.handlingRestrictions(), now.handlingRestrictions());
        differ(d, "myNumber", then.myNumber(), now.myNumber());
        differ(d, "personalData", then.personalData(), now.personalData());
        return d;
    }

    private static void differ(List<String> d, String part, Object then, Object now) {
        if (!Objects.equals(then, now)) {
            d.add(part + ": " + code(then) + " → " + code(now));
        }
    }

    private static String code(Object value) {
        return value == null ? "?" : value.toString();
    }
}
