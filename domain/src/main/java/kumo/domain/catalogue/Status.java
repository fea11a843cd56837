package kumo.domain.catalogue;

/** The status of one finding (policy-model §4). PENDING is for CITY steps only. */
public enum Status {
    MET, NOT_MET, UNKNOWN, PENDING, DEVIATED, NOT_APPLICABLE, EXEMPT
}
