package kumo.application.document.request;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.NotNull;
import kumo.application.document.validation.DatesInOrder;
import kumo.application.document.validation.Distinct;
import kumo.domain.service.AuditOpinion;
import kumo.domain.service.AuditReport;
import kumo.domain.service.AuditReportType;
import kumo.domain.service.TrustPrinciple;

/**
 * {@link AuditReport} as JSON. {@code id} is what {@code plan.scopeChecks[].evidenceId} and
 * {@code plan.auditReviews[].reportId} refer to.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@DatesInOrder(from = "periodFrom", to = "periodTo")
public record AuditReportDto(
        String id,
        AuditReportType type,
        String auditor,
        @Distinct List<@NotNull(message = "{kumo.validation.noNullElement}") TrustPrinciple> principles,
        LocalDate periodFrom,
        LocalDate periodTo,
        AuditOpinion opinion,
        Boolean exceptionsNoted,
        String scope) {

    public AuditReport toDomain() {
        return new AuditReport(id, type, auditor, Mapping.enumSet(principles, TrustPrinciple.class),
                periodFrom, periodTo, opinion, exceptionsNoted, scope);
    }
}
