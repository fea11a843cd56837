package kumo.domain.system;

/**
 * 業務量 (§4(1)④): free-text forecasts, each {@code null} when not yet known.
 */
public record Workload(String total, String perUnitTime, String trendAndPeaks) {
}
