package kumo.domain.plan;

import java.time.LocalDate;

/**
 * The city's check that a certification or audit report covers the contracted service (§2オ).
 *
 * @param evidenceId the {@code id} of the certification or audit report checked
 */
public record ScopeCheck(String evidenceId, Boolean coversService, String checkedBy, LocalDate checkedOn) {

    public boolean recordedBy(LocalDate date) {
        return coversService != null && Decision.present(checkedBy) && checkedOn != null && !checkedOn.isAfter(date);
    }
}
