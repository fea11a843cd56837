package kumo.application.document.request;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.PositiveOrZero;
import kumo.domain.service.AdvanceNotice;

/** {@link AdvanceNotice} as JSON. {@code periodDays: 0} means no advance notice is given. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AdvanceNoticeDto(
        String method,
        @PositiveOrZero(message = "{kumo.validation.nonNegative}") Integer periodDays,
        Boolean coversInterruption,
        Boolean coversCancellation) {

    public AdvanceNotice toDomain() {
        return new AdvanceNotice(method, periodDays, coversInterruption, coversCancellation);
    }
}
