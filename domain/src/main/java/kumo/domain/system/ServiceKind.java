package kumo.domain.system;

/** サービスの種別 (§4(1)①): a specific business, communication, or other. */
public enum ServiceKind {
    SPECIFIC_BUSINESS, COMMUNICATION, OTHER
}
