package kumo.domain.rules.v1;

import java.util.ArrayList;
import java.util.List;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.plan.ScopeCheck;
import kumo.domain.service.IsmapList;
import kumo.domain.service.IsmapRegistration;

/**
 * ASR-04: for each certification, registration or audit relied on, the city checked that its scope
 * covers the contracted service (§2オ 「当該対象範囲に含まれていることを確認する」). Relied on = valid on the
 * assessment date. A scope checked and found not to cover the service is NOT_MET.
 */
final class Asr04ScopeCoversService implements Rule {

    @Override
    public String id() {
        return "ASR-04";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        List<String> reliedOn = reliedOn(c);
        RuleResult.Builder r = RuleResult.builder().fact("evidence.reliedOn", reliedOn);
        if (reliedOn == null) {
            return r.unknown("ASR-04.evidenceUnknown");
        }
        if (reliedOn.isEmpty()) {
            return partlyUnknown(c) ? r.unknown("ASR-04.evidenceUnknown") : r.notApplicable("ASR-04.nothingReliedOn");
        }
        boolean open = false;
        boolean failed = false;
        for (String id : reliedOn) {
            ScopeCheck check = c.plan().scopeChecks().stream()
                    .filter(s -> id.equals(s.evidenceId()) && s.recordedBy(c.date()))
                    .reduce((a, b) -> b).orElse(null);
            if (check == null) {
                open = true;
                r.reason("ASR-04.notChecked", id);
            } else if (!check.coversService()) {
                failed = true;
                r.reason("ASR-04.notCovered", id, check.checkedBy(), check.checkedOn());
            } else {
                r.reason("ASR-04.covered", id, check.checkedBy(), check.checkedOn());
            }
        }
        return failed ? r.notMet(null) : open ? r.pending(null) : r.met(null);
    }

    /** IDs of the evidence valid on the assessment date; {@code null} when the evidence lists are unknown. */
    static List<String> reliedOn(RuleContext c) {
        var certs = c.validCertifications();
        var audits = c.currentAuditReports();
        List<IsmapRegistration> regs = c.service().ismapRegistrations();
        if (certs == null && audits == null && regs == null) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        if (regs != null) {
            regs.stream().filter(x -> x.list() == IsmapList.ISMAP && x.validOn(c.date()))
                    .forEach(x -> ids.add(label(x.registrationNumber(), "ISMAP")));
        }
        if (certs != null) {
            certs.forEach(x -> ids.add(label(x.id(), x.type().name())));
        }
        if (audits != null) {
            audits.forEach(x -> ids.add(label(x.id(), x.type().name())));
        }
        return ids;
    }

    /** Some evidence list (ISMAP, certifications, audit reports) is still unknown. */
    static boolean partlyUnknown(RuleContext c) {
        var s = c.service();
        return s.ismapRegistrations() == null || s.certifications() == null || s.auditReports() == null;
    }

    private static String label(String id, String type) {
        return id == null || id.isBlank() ? "(" + type + ")" : id;
    }
}
