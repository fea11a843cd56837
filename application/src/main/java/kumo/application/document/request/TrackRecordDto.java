package kumo.application.document.request;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import kumo.domain.service.TrackRecord;

/** {@link TrackRecord} as JSON (§4(2) 稼働実績). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrackRecordDto(LocalDate generallyAvailableSince, Boolean continuedInvestment, Boolean endOfServiceAnnounced) {

    public TrackRecord toDomain() {
        return new TrackRecord(generallyAvailableSince, continuedInvestment, endOfServiceAnnounced);
    }
}
