package kumo.domain.catalogue;

/** When a §3 risk applies (policy-model §7). */
public enum Applicability {
    ALWAYS,
    /** R08: a fact the policy states; no decision asked. */
    INFORMATIONAL,
    /** mainly SaaS: the service provides the application */
    PROVIDES_APPLICATION,
    /** the service or its support is foreign */
    FOREIGN_SERVICE,
    /** PUBLIC_CLOUD or LGWAN_ASP (shared infrastructure) */
    SHARED_DEPLOYMENT,
    /** the city runs licensed software on the service */
    LICENSED_SOFTWARE,
    /** citizen-facing */
    CITIZEN_FACING,
    /** the service can be used from mobile phones */
    MOBILE_ACCESS,
    /** the execution environment is restricted (typically PaaS) */
    RESTRICTED_RUNTIME,
    /** pay-per-use billing */
    USAGE_BILLING
}
