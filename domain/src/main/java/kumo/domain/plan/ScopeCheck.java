package kumo.domain.plan;

import java.time.LocalDate;

/**
 * The city's check that a certification or audit report covers the contracted service (§2オ).
 *
 * @param evidenceId what was checked, as the plan names evidence: a certification's or audit report's
 *                   {@code id}, an ISMAP {@code registrationNumber}, or for evidence without one its
 *                   type in brackets, e.g. {@code (ISO_27017)} (see {@code RuleContext.label})
 */
public record ScopeCheck(String evidenceId, Boolean coversService, String checkedBy, LocalDate checkedOn) {

    public boolean recordedBy(LocalDate date) {
        return coversService != null && Decision.present(checkedBy) && checkedOn != null && !checkedOn.isAfter(date);
    }
}
