package kumo.application.document.request;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import kumo.application.document.validation.DatesInOrder;
import kumo.domain.service.IsmapList;
import kumo.domain.service.IsmapRegistration;

/** {@link IsmapRegistration} as JSON: a registration on the ISMAP or ISMAP-LIU cloud service list. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@DatesInOrder(from = "registeredOn", to = "validUntil")
public record IsmapRegistrationDto(
        IsmapList list,
        String registrationNumber,
        String serviceName,
        LocalDate registeredOn,
        LocalDate validUntil) {

    public IsmapRegistration toDomain() {
        return new IsmapRegistration(list, registrationNumber, serviceName, registeredOn, validUntil);
    }
}
