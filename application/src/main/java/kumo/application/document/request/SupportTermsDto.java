package kumo.application.document.request;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.PositiveOrZero;
import kumo.application.document.validation.Distinct;
import kumo.domain.service.SupportChannel;
import kumo.domain.service.SupportTerms;

/** {@link SupportTerms} as JSON (§5 1.2). First-response times are hours, non-negative. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SupportTermsDto(
        Boolean japaneseReceptionWeekdays,
        @Distinct List<@NotNull(message = "{kumo.validation.noNullElement}") SupportChannel> channels24x365,
        @PositiveOrZero(message = "{kumo.validation.nonNegative}")
        @DecimalMax(value = "1000000", message = "{kumo.validation.tooLarge}") Double firstResponseCriticalHours,
        @PositiveOrZero(message = "{kumo.validation.nonNegative}")
        @DecimalMax(value = "1000000", message = "{kumo.validation.tooLarge}") Double firstResponseOutageHours,
        @PositiveOrZero(message = "{kumo.validation.nonNegative}")
        @DecimalMax(value = "1000000", message = "{kumo.validation.tooLarge}") Double firstResponseUrgentHours,
        @PositiveOrZero(message = "{kumo.validation.nonNegative}")
        @DecimalMax(value = "1000000", message = "{kumo.validation.tooLarge}") Double firstResponseNormalHours,
        Boolean availableFromEveryAccount) {

    public SupportTerms toDomain() {
        return new SupportTerms(japaneseReceptionWeekdays, Mapping.enumSet(channels24x365, SupportChannel.class),
                firstResponseCriticalHours, firstResponseOutageHours, firstResponseUrgentHours,
                firstResponseNormalHours, availableFromEveryAccount);
    }
}
