package kumo.application.document.request;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.NotBlank;
import kumo.domain.plan.AuditReview;
import kumo.domain.plan.Outcome;

/** {@link AuditReview} as JSON (ASR-05). {@code reportId} is the {@code id} of an audit report. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditReviewDto(
        @NotBlank(message = "{kumo.validation.notBlank}") String reportId,
        Boolean importantItemsExcluded,
        Boolean exceptionsFound,
        String judgment,
        Outcome acceptable,
        String reviewedBy,
        LocalDate reviewedOn) {

    public AuditReview toDomain() {
        return new AuditReview(reportId, importantItemsExcluded, exceptionsFound, judgment, acceptable,
                reviewedBy, reviewedOn);
    }
}
