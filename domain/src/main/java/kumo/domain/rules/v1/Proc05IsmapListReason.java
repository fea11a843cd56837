package kumo.domain.rules.v1;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.plan.Decision;
import kumo.domain.service.Deployment;

/**
 * PROC-05: while the ISMAP route is in force (§4(7)), a service not on the ISMAP list needs the reason
 * that choosing from the list was difficult (「原則として…リストの中から選定…困難なときは」). The step is the
 * recorded reason; its outcome field is not read. An LGWAN-ASP is a separate route (§4(6) already makes
 * §4(2) and §4(4), the fallback this reason leads to, not apply), so the requirement does not apply to it.
 * Nor does it apply to 機密性3 or My Number information: §4(3) keeps that off public cloud, and the ISMAP
 * list is a list of public cloud services, so choosing from it is not an option to begin with.
 */
final class Proc05IsmapListReason implements Rule {

    @Override
    public String id() {
        return "PROC-05";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        RuleResult.Builder r = RuleResult.builder();
        if (!c.parameters().ismapRouteInForceOn(c.date())) {
            return r.notApplicable("PROC-05.routeNotInForce");
        }
        if (c.service().deployment() == Deployment.LGWAN_ASP) {
            return r.notApplicable("PROC-05.lgwanAsp");
        }
        if (Boolean.TRUE.equals(c.system().classification().secretLevel())
                || Boolean.TRUE.equals(c.system().classification().myNumber())) {
            return r.notApplicable("PROC-05.notForPublicCloud");
        }
        Boolean listed = c.validIsmapRegistration();
        r.fact("evidence.ismapValid", listed);
        if (listed == null) {
            // whether the service is on the list decides whether a reason is asked at all
            return r.ask(c.service().ismapRegistrations() == null ? "PROC-05.question" : "PROC-05.questionValidity", c.date())
                    .unknown("reason.fact.unknown", "@fact.evidence.ismapValid");
        }
        if (listed) {
            return r.notApplicable("PROC-05.listed");
        }
        Decision reason = c.plan().ismapDifficultyReason();
        r.fact("plan.ismapDifficultyReason", reason == null ? null : reason.rationale());
        if (reason == null || !Decision.present(reason.rationale()) || !Decision.present(reason.decidedBy())
                || reason.decidedOn() == null || reason.decidedOn().isAfter(c.date())) {
            return r.pending("PROC-05.reasonMissing");
        }
        return r.met("PROC-05.reasonRecorded", reason.decidedBy(), reason.decidedOn());
    }
}
