package kumo.application.document.request;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.Pattern;
import kumo.application.document.validation.DatesInOrder;
import kumo.application.document.validation.OnlyInFormat;
import kumo.domain.service.IsmapList;
import kumo.domain.service.IsmapRegistration;
import kumo.domain.service.IsmapScope;

/**
 * {@link IsmapRegistration} as JSON: a registration on the ISMAP or ISMAP-LIU cloud service list.
 * Format 2 adds who holds it and whether it is this service's own or its underlying platform's
 * ({@code scope}); in format 1 a registration is always the service's own.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@DatesInOrder(from = "registeredOn", to = "validUntil")
public record IsmapRegistrationDto(
        IsmapList list,
        String registrationNumber,
        String serviceName,
        LocalDate registeredOn,
        LocalDate validUntil,
        @OnlyInFormat(2) @Pattern(regexp = ".*\\S.*", message = "{kumo.validation.notBlank}") String holder,
        @OnlyInFormat(2) IsmapScope scope) {

    /** A format-1 registration. */
    public IsmapRegistrationDto(IsmapList list, String registrationNumber, String serviceName, LocalDate registeredOn,
            LocalDate validUntil) {
        this(list, registrationNumber, serviceName, registeredOn, validUntil, null, null);
    }

    /** As format 2 reads it: an absent scope is unknown. */
    public IsmapRegistration toDomain() {
        return toDomain(2);
    }

    /** Format 1 knew only the service's own registrations; format 2 says whose it is. */
    public IsmapRegistration toDomain(int format) {
        return new IsmapRegistration(list, registrationNumber, serviceName, registeredOn, validUntil, holder,
                format == 1 ? IsmapScope.THIS_SERVICE : scope);
    }
}
