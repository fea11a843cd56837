package kumo.application.document.request;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import kumo.application.document.validation.EvidenceReferences;
import kumo.domain.plan.UsagePlan;
import kumo.domain.service.CloudServiceProfile;
import kumo.domain.system.SystemProfile;

/**
 * An assessment request: one system, one candidate service and the city's usage plan, to be assessed
 * against one catalogue version on one date.
 *
 * <pre>{"kumo": "assessment-request/1", "assessmentDate": "2026-11-28", "catalogueVersion": "1",
 *  "system": {...}, "service": {...}, "plan": {...}}</pre>
 *
 * @param kumo             the document type and format version; only {@value #TYPE} is read
 * @param assessmentDate   the date to assess on; absent: the caller supplies today
 * @param catalogueVersion the catalogue version to assess against; absent: the current one ({@code "1"})
 * @param system           the system that would use the service (§4(1)); required, its facts may be unknown
 * @param service          what the candidate service and its provider offer; required, its facts may be unknown
 * @param plan             the city's side: plan choices, recorded decisions, risk decisions; absent: nothing recorded yet
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@EvidenceReferences
public record AssessmentRequestDocument(
        @NotNull(message = "{kumo.validation.required}")
        @Pattern(regexp = "assessment-request/1", message = "{kumo.validation.requestType}")
        String kumo,
        LocalDate assessmentDate,
        @Pattern(regexp = "1", message = "{kumo.validation.catalogueVersion}")
        String catalogueVersion,
        @NotNull(message = "{kumo.validation.required}") @Valid SystemProfileDto system,
        @NotNull(message = "{kumo.validation.required}") @Valid CloudServiceProfileDto service,
        @Valid UsagePlanDto plan) {

    /** The value of the {@code kumo} field this version reads and writes. */
    public static final String TYPE = "assessment-request/1";

    /**
     * The three domain inputs. The document must have been validated first (see
     * {@code Documents#validate}): a confidentiality level outside its scheme makes the domain throw.
     */
    public DomainInput toDomain() {
        return new DomainInput(system.toDomain(), service.toDomain(),
                plan == null ? UsagePlan.empty() : plan.toDomain());
    }

    /** The domain records a request maps to. */
    public record DomainInput(SystemProfile system, CloudServiceProfile service, UsagePlan plan) {
    }

    /** The assessment date: the request's own, else {@code today}. */
    public LocalDate assessmentDateOr(LocalDate today) {
        return assessmentDate != null ? assessmentDate : today;
    }
}
