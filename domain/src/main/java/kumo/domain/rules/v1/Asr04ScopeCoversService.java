package kumo.domain.rules.v1;

import java.util.ArrayList;
import java.util.List;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.plan.ScopeCheck;
import kumo.domain.service.IsmapList;

/**
 * ASR-04: for each certification, registration or audit relied on, the city checked that its scope
 * covers the contracted service (§2オ 「当該対象範囲に含まれていることを確認する」). Candidates are the
 * evidence valid on the assessment date (audit reports judged unreliable under ASR-05 excepted). A
 * candidate whose scope was checked and found not to cover the service is not relied on by any rule;
 * the finding is NOT_MET only when no candidate covers the service.
 */
final class Asr04ScopeCoversService implements Rule {

    @Override
    public String id() {
        return "ASR-04";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        List<String> candidates = candidates(c);
        RuleResult.Builder r = RuleResult.builder().fact("evidence.reliedOn", candidates);
        if (candidates == null) {
            return r.unknown("ASR-04.evidenceUnknown");
        }
        if (candidates.isEmpty()) {
            return partlyUnknown(c) ? r.unknown("ASR-04.evidenceUnknown") : r.notApplicable("ASR-04.nothingReliedOn");
        }
        boolean open = false;
        boolean covered = false;
        for (String id : candidates) {
            ScopeCheck check = c.scopeCheck(id);
            if (check == null) {
                open = true;
                r.reason("ASR-04.notChecked", id);
            } else if (!check.coversService()) {
                r.reason("ASR-04.notCovered", id, check.checkedBy(), check.checkedOn());
            } else {
                covered = true;
                r.reason("ASR-04.covered", id, check.checkedBy(), check.checkedOn());
            }
        }
        if (open) {
            return r.pending(null);
        }
        return covered ? r.met(null) : r.notMet("ASR-04.noneCovers");
    }

    /** Labels of the evidence valid on the assessment date; {@code null} when every evidence list is unknown. */
    static List<String> candidates(RuleContext c) {
        var s = c.service();
        if (s.certifications() == null && s.auditReports() == null && s.ismapRegistrations() == null) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        if (s.ismapRegistrations() != null) {
            s.ismapRegistrations().stream().filter(x -> x.list() == IsmapList.ISMAP && x.validOn(c.date()))
                    .forEach(x -> ids.add(RuleContext.label(x)));
        }
        if (s.certifications() != null) {
            s.certifications().stream().filter(x -> x.type() != null && x.validOn(c.date()))
                    .forEach(x -> ids.add(RuleContext.label(x)));
        }
        if (c.currentAuditReports() != null) {
            c.currentAuditReports().stream().map(RuleContext::label).filter(id -> !c.unreliable(id)).forEach(ids::add);
        }
        return ids;
    }

    /** Some evidence list (ISMAP, certifications, audit reports) is still unknown. */
    static boolean partlyUnknown(RuleContext c) {
        var s = c.service();
        return s.ismapRegistrations() == null || s.certifications() == null || s.auditReports() == null;
    }
}
