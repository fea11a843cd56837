package kumo.domain.service;

/**
 * Service capabilities that mitigate the §3 risks and are not already facts elsewhere in the
 * profile. (Data location, Japanese support, standard formats and encryption are read from their
 * own facts.)
 */
public enum Capability {
    /**
     * The provider's DoS protection. Accepted and kept as a fact of the profile (version 1 documents
     * carry it), but it mitigates nothing: §3(1) says the city cannot counter DoS, so R01 is decided by
     * its check (confirm the provider's measures), not by a capability.
     */
    DOS_PROTECTION,
    /** R02: federation with the city's ID management (SAML/OIDC, provisioning). */
    ID_FEDERATION,
    /** R03: access-point / source-address restriction. */
    ACCESS_POINT_RESTRICTION,
    /** R04: configurable roles and permissions. */
    CUSTOM_ROLES,
    /** R05: high data compatibility (import/export fidelity). */
    DATA_COMPATIBILITY,
    /** R06: incident and event levels can be agreed in the contract. */
    INCIDENT_LEVELS_AGREED,
    /** R15: status and usage information provided. */
    STATUS_INFORMATION,
    /** R17: SLA-based recovery notice. */
    RECOVERY_NOTICE,
    /** R18: the provider monitors logs and responds. */
    LOG_MONITORING,
    /** R19: TLS and encryption inside the provider's network. */
    INTERNAL_ENCRYPTION,
    /** R21: control of use from mobile phones and smartphones. */
    MOBILE_CONTROL,
    /** R23: the provider's residual-data handling is disclosed. */
    RESIDUAL_DATA_HANDLING,
    /** R24: general-purpose execution environment. */
    GENERAL_RUNTIME,
    /** R25: agreement on charges caused by attacks (EDoS). */
    EDOS_AGREEMENT
}
