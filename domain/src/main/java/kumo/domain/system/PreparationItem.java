package kumo.domain.system;

/** The items of §4(1) 準備段階 that must be made as clear as possible before a cloud service is considered. */
public enum PreparationItem {
    USERS, INTERNET_BASED, SERVICE_KIND, INTEGRATIONS,
    SERVICE_HOURS, TOLERATED_OUTAGE, DISASTER_RECOVERY,
    STEADINESS,
    WORKLOAD_TOTAL, WORKLOAD_PER_UNIT_TIME, WORKLOAD_TREND,
    CLASSIFICATION
}
