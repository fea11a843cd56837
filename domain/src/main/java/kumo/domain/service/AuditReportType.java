package kumo.domain.service;

/**
 * Assurance reports. JICPA_IT7 is the Japanese Institute of CPAs' IT committee practice guideline
 * No. 7 (IT委員会実務指針第7号), the Japanese counterpart of SOC 2.
 */
public enum AuditReportType {
    SOC1, SOC2_TYPE1, SOC2_TYPE2, SOC3, JICPA_IT7, OTHER;

    /** The Trust Services reports for which §2オ asks that the Security principle is included. */
    public boolean trustServicesReport() {
        return this == SOC2_TYPE1 || this == SOC2_TYPE2 || this == SOC3 || this == JICPA_IT7;
    }
}
