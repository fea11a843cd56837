package kumo.application.document.request;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import kumo.application.document.validation.DatesInOrder;
import kumo.domain.service.Certification;
import kumo.domain.service.CertificationType;

/** {@link Certification} as JSON. {@code id} is what {@code plan.scopeChecks[].evidenceId} refers to. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@DatesInOrder(from = "validFrom", to = "validUntil")
public record CertificationDto(
        String id,
        CertificationType type,
        String holder,
        String scope,
        LocalDate validFrom,
        LocalDate validUntil) {

    public Certification toDomain() {
        return new Certification(id, type, holder, scope, validFrom, validUntil);
    }
}
