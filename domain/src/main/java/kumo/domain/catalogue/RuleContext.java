package kumo.domain.catalogue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import kumo.domain.plan.AuditReview;
import kumo.domain.plan.Outcome;
import kumo.domain.plan.ScopeCheck;
import kumo.domain.plan.UsagePlan;
import kumo.domain.service.AuditReport;
import kumo.domain.service.Certification;
import kumo.domain.service.CloudServiceProfile;
import kumo.domain.service.Deployment;
import kumo.domain.service.IsmapList;
import kumo.domain.service.IsmapRegistration;
import kumo.domain.system.SystemProfile;

/**
 * Everything a rule may look at: the three profiles, the assessment date and the catalogue parameters,
 * plus the views of the evidence that several rules share, computed once per assessment:
 * <ul>
 * <li>evidence is <em>valid</em> when known to be valid (or current) on the assessment date — expired
 *     evidence is not evidence, and evidence of unknown validity is not evidence yet;</li>
 * <li>evidence whose scope the city checked and found not to cover the service (ASR-04), and audit
 *     reports the city judged it cannot rely on (ASR-05), are not <em>relied on</em> by any rule.</li>
 * </ul>
 */
public final class RuleContext {

    private final SystemProfile system;
    private final CloudServiceProfile service;
    private final UsagePlan plan;
    private final LocalDate date;
    private final CatalogueParameters parameters;
    private final Map<String, ScopeCheck> scopeChecks;
    private final Map<String, AuditReview> auditReviews;
    private final Set<String> outOfScope;
    private final Set<String> unreliable;
    private final List<Certification> validCertifications;
    private final List<AuditReport> currentAuditReports;
    private final List<AuditReport> reliedOnAuditReports;
    private final Boolean validIsmapRegistration;

    public RuleContext(SystemProfile system, CloudServiceProfile service, UsagePlan plan, LocalDate date,
            CatalogueParameters parameters) {
        this.system = Objects.requireNonNull(system, "system");
        this.service = Objects.requireNonNull(service, "service");
        this.plan = Objects.requireNonNull(plan, "plan");
        this.date = Objects.requireNonNull(date, "date");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        // the last record in force for each piece of evidence counts (ASR-04, ASR-05 and every other rule)
        this.scopeChecks = new HashMap<>();
        for (ScopeCheck check : plan.scopeChecks()) {
            if (check.recordedBy(date)) {
                scopeChecks.put(check.evidenceId(), check);
            }
        }
        this.outOfScope = new HashSet<>();
        scopeChecks.forEach((id, check) -> {
            if (!check.coversService()) {
                outOfScope.add(id);
            }
        });
        this.auditReviews = new HashMap<>();
        for (AuditReview review : plan.auditReviews()) {
            if (review.recordedBy(date)) {
                auditReviews.put(review.reportId(), review);
            }
        }
        this.unreliable = new HashSet<>();
        auditReviews.forEach((id, review) -> {
            if (review.acceptable() == Outcome.NO) {
                unreliable.add(id);
            }
        });
        this.validCertifications = service.certifications() == null ? null
                : service.certifications().stream()
                        .filter(c -> c.type() != null && c.validOn(date) && !outOfScope.contains(label(c))).toList();
        this.currentAuditReports = service.auditReports() == null ? null
                : service.auditReports().stream()
                        .filter(r -> r.type() != null && r.currentOn(date, parameters.auditCurrencyMonths())).toList();
        this.reliedOnAuditReports = currentAuditReports == null ? null
                : currentAuditReports.stream()
                        .filter(r -> !outOfScope.contains(label(r)) && !unreliable.contains(label(r))).toList();
        this.validIsmapRegistration = ismap(service.ismapRegistrations());
    }

    private Boolean ismap(List<IsmapRegistration> regs) {
        if (regs == null) {
            return null;
        }
        boolean unknown = false;
        for (IsmapRegistration r : regs) {
            if (r.list() != IsmapList.ISMAP || outOfScope.contains(label(r))) {
                continue;
            }
            Boolean valid = r.validity(date);
            Boolean own = r.ofThisService(); // a platform's registration does not list this service (§4(7))
            if (Boolean.FALSE.equals(valid) || Boolean.FALSE.equals(own)) {
                continue;
            }
            if (Boolean.TRUE.equals(valid) && Boolean.TRUE.equals(own)) {
                return Boolean.TRUE;
            }
            unknown = true;
        }
        return unknown ? null : Boolean.FALSE;
    }

    /** How plan records refer to a certification: its id, or its type in brackets. */
    public static String label(Certification c) {
        return c.id() == null || c.id().isBlank() ? "(" + c.type() + ")" : c.id();
    }

    /** How plan records refer to an audit report: its id, or its type in brackets. */
    public static String label(AuditReport r) {
        return r.id() == null || r.id().isBlank() ? "(" + r.type() + ")" : r.id();
    }

    /** How plan records refer to an ISMAP registration: its number, or {@code (ISMAP)}. */
    public static String label(IsmapRegistration r) {
        return r.registrationNumber() == null || r.registrationNumber().isBlank() ? "(ISMAP)" : r.registrationNumber();
    }

    public SystemProfile system() {
        return system;
    }

    public CloudServiceProfile service() {
        return service;
    }

    public UsagePlan plan() {
        return plan;
    }

    public LocalDate date() {
        return date;
    }

    public CatalogueParameters parameters() {
        return parameters;
    }

    /** TRUE public cloud, FALSE another deployment, {@code null} unknown. */
    public Boolean publicCloud() {
        Deployment d = service.deployment();
        return d == null ? null : d == Deployment.PUBLIC_CLOUD;
    }

    /**
     * Certifications known to be valid on the assessment date and not found out of scope ({@code null}
     * when the list is unknown).
     */
    public List<Certification> validCertifications() {
        return validCertifications;
    }

    /** Audit reports whose period has ended and is current on the assessment date ({@code null} when unknown). */
    public List<AuditReport> currentAuditReports() {
        return currentAuditReports;
    }

    /** Current audit reports the city has not found out of scope nor judged unreliable ({@code null} when unknown). */
    public List<AuditReport> reliedOnAuditReports() {
        return reliedOnAuditReports;
    }

    /**
     * A registration of this service itself (not of its underlying platform) on the ISMAP list (not
     * ISMAP-LIU), valid on the assessment date and not found out of scope: TRUE, FALSE, or {@code null}
     * when the list, a registration's validity or whose registration it is is unknown.
     */
    public Boolean validIsmapRegistration() {
        return validIsmapRegistration;
    }

    /** The last scope check in force for a piece of evidence (by label), or {@code null}. */
    public ScopeCheck scopeCheck(String label) {
        return scopeChecks.get(label);
    }

    /** The last audit review in force for a report (by label), or {@code null}. */
    public AuditReview auditReview(String label) {
        return auditReviews.get(label);
    }

    /** Evidence the city checked and found not to cover the service (by label). */
    public boolean outOfScope(String label) {
        return outOfScope.contains(label);
    }

    /** An audit report the city judged it cannot rely on (by label). */
    public boolean unreliable(String label) {
        return unreliable.contains(label);
    }
}
