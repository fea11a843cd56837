package kumo.application.document.request;

import com.fasterxml.jackson.annotation.JsonInclude;

import kumo.domain.system.Workload;

/** {@link Workload} as JSON: free-text forecasts (§4(1)④). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WorkloadDto(String total, String perUnitTime, String trendAndPeaks) {

    public Workload toDomain() {
        return new Workload(total, perUnitTime, trendAndPeaks);
    }
}
