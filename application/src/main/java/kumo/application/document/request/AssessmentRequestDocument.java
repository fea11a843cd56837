package kumo.application.document.request;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import kumo.application.document.validation.KnownCatalogueVersion;
import kumo.application.document.validation.EvidenceReferences;
import kumo.application.document.validation.FieldsOfItsFormat;
import kumo.application.document.validation.OnlyInFormat;
import kumo.domain.plan.UsagePlan;
import kumo.domain.service.CloudServiceProfile;
import kumo.domain.system.SystemProfile;

/**
 * An assessment request: one system, one candidate service and the city's usage plan, to be assessed
 * against one catalogue version on one date.
 *
 * <pre>{"kumo": "assessment-request/2", "assessmentDate": "2026-11-28", "catalogueVersion": "1",
 *  "system": {...}, "service": {...}, "plan": {...}, "follows": {...}}</pre>
 *
 * <p>Two format versions are read: {@value #TYPE} and {@value #TYPE_2}. Version 2 describes data
 * locations by kind of data, whose ISMAP registration it is, a refused deviation, the classification an
 * entrustment decision was taken on, a provider's dedicated interconnect and the assessment this one
 * follows; a field of one version in a document of the other is rejected at its path
 * ({@link FieldsOfItsFormat}). A version-1 document means exactly what it meant before version 2.
 *
 * @param kumo             the document type and format version: {@value #TYPE} or {@value #TYPE_2}
 * @param assessmentDate   the date to assess on; absent: the caller supplies today
 * @param catalogueVersion the catalogue version to assess against; absent: the current one ({@code "1"})
 * @param system           the system that would use the service (§4(1)); required, its facts may be unknown
 * @param service          what the candidate service and its provider offer; required, its facts may be unknown
 * @param plan             the city's side: plan choices, recorded decisions, risk decisions; absent: nothing recorded yet
 * @param follows          format 2: the assessment this one redoes and why; absent: a first assessment
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@EvidenceReferences
@FieldsOfItsFormat
public record AssessmentRequestDocument(
        @NotNull(message = "{kumo.validation.required}")
        @Pattern(regexp = "assessment-request/[12]", message = "{kumo.validation.requestType}")
        String kumo,
        LocalDate assessmentDate,
        @KnownCatalogueVersion
        String catalogueVersion,
        @NotNull(message = "{kumo.validation.required}") @Valid SystemProfileDto system,
        @NotNull(message = "{kumo.validation.required}") @Valid CloudServiceProfileDto service,
        @Valid UsagePlanDto plan,
        @Valid @OnlyInFormat(2) FollowsDto follows) {

    /** The {@code kumo} value of format version 1. */
    public static final String TYPE = "assessment-request/1";

    /** The {@code kumo} value of format version 2. */
    public static final String TYPE_2 = "assessment-request/2";

    /** A format-1 request (no {@code follows}). */
    public AssessmentRequestDocument(String kumo, LocalDate assessmentDate, String catalogueVersion,
            SystemProfileDto system, CloudServiceProfileDto service, UsagePlanDto plan) {
        this(kumo, assessmentDate, catalogueVersion, system, service, plan, null);
    }

    /** The format version the {@code kumo} field names: 1 or 2, or 0 when it names neither. */
    public int format() {
        return TYPE.equals(kumo) ? 1 : TYPE_2.equals(kumo) ? 2 : 0;
    }

    /**
     * The three domain inputs. The document must have been validated first (see
     * {@code Documents#validate}): a confidentiality level outside its scheme makes the domain throw.
     */
    public DomainInput toDomain() {
        return new DomainInput(system.toDomain(), service.toDomain(format() == 1 ? 1 : 2),
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
