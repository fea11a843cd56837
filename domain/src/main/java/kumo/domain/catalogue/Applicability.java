package kumo.domain.catalogue;

import kumo.domain.service.CloudServiceProfile;
import kumo.domain.service.Deployment;
import kumo.domain.service.ServiceModel;

/** When a §3 risk applies (policy-model §7), and how that is read from the profiles. */
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
    USAGE_BILLING;

    /** TRUE applies, FALSE does not, {@code null} unknown (a risk then counts as applying). */
    public Boolean appliesTo(RuleContext c) {
        CloudServiceProfile s = c.service();
        return switch (this) {
            case ALWAYS, INFORMATIONAL -> Boolean.TRUE;
            case PROVIDES_APPLICATION -> s.serviceModel() == null ? null : s.serviceModel() == ServiceModel.SAAS;
            case FOREIGN_SERVICE -> s.foreignProvider();
            case SHARED_DEPLOYMENT -> s.deployment() == null ? null : s.deployment() != Deployment.PRIVATE;
            case LICENSED_SOFTWARE -> c.system().runsLicensedSoftware();
            case CITIZEN_FACING -> c.system().citizenFacing();
            case MOBILE_ACCESS -> s.mobileAccess();
            case RESTRICTED_RUNTIME -> s.runtimeRestricted();
            case USAGE_BILLING -> s.billing() == null ? null : s.billing().usageBased();
        };
    }
}
