package kumo.application.document.request;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.PositiveOrZero;
import kumo.domain.service.ContinuityTerms;

/** {@link ContinuityTerms} as JSON (§2ウ, 別紙). Hours are non-negative; the SLA is a percentage 0–100. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContinuityTermsDto(
        @PositiveOrZero(message = "{kumo.validation.nonNegative}")
        @DecimalMax(value = "1000000", message = "{kumo.validation.tooLarge}") Double recoveryTimeHours,
        Boolean recoveryTimeStated,
        @PositiveOrZero(message = "{kumo.validation.nonNegative}")
        @DecimalMax(value = "1000000", message = "{kumo.validation.tooLarge}") Double recoveryPointHours,
        Boolean recoveryPointStated,
        @DecimalMin(value = "0", message = "{kumo.validation.percent}")
        @DecimalMax(value = "100", message = "{kumo.validation.percent}") Double availabilitySlaPercent,
        Boolean availabilitySlaOffered,
        Boolean geographicallySeparateSites,
        @Valid AdvanceNoticeDto advanceNotice,
        Boolean migrationMethodStated,
        Boolean standardFormats) {

    public ContinuityTerms toDomain() {
        return new ContinuityTerms(recoveryTimeHours, recoveryTimeStated, recoveryPointHours, recoveryPointStated,
                availabilitySlaPercent, availabilitySlaOffered, geographicallySeparateSites,
                Mapping.map(advanceNotice, AdvanceNoticeDto::toDomain), migrationMethodStated, standardFormats);
    }
}
