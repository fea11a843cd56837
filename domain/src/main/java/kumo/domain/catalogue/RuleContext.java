package kumo.domain.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import kumo.domain.plan.UsagePlan;
import kumo.domain.service.AuditReport;
import kumo.domain.service.Certification;
import kumo.domain.service.CloudServiceProfile;
import kumo.domain.service.Deployment;
import kumo.domain.service.IsmapList;
import kumo.domain.service.IsmapRegistration;
import kumo.domain.system.SystemProfile;

/**
 * Everything a rule may look at: the three profiles, the assessment date and the catalogue parameters.
 * Derived views of the evidence (valid on the assessment date) are computed once per assessment.
 */
public final class RuleContext {

    private final SystemProfile system;
    private final CloudServiceProfile service;
    private final UsagePlan plan;
    private final LocalDate date;
    private final CatalogueParameters parameters;
    private final List<Certification> validCertifications;
    private final List<AuditReport> currentAuditReports;
    private final Boolean validIsmapRegistration;

    public RuleContext(SystemProfile system, CloudServiceProfile service, UsagePlan plan, LocalDate date,
            CatalogueParameters parameters) {
        this.system = Objects.requireNonNull(system, "system");
        this.service = Objects.requireNonNull(service, "service");
        this.plan = Objects.requireNonNull(plan, "plan");
        this.date = Objects.requireNonNull(date, "date");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.validCertifications = service.certifications() == null ? null
                : service.certifications().stream().filter(c -> c.type() != null && c.validOn(date)).toList();
        this.currentAuditReports = service.auditReports() == null ? null
                : service.auditReports().stream()
                        .filter(r -> r.type() != null && r.currentOn(date, parameters.auditCurrencyMonths())).toList();
        List<IsmapRegistration> regs = service.ismapRegistrations();
        this.validIsmapRegistration = regs == null ? null
                : regs.stream().anyMatch(r -> r.list() == IsmapList.ISMAP && r.validOn(date));
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

    /** Certifications valid on the assessment date ({@code null} when the list is unknown). Expired evidence is not evidence. */
    public List<Certification> validCertifications() {
        return validCertifications;
    }

    /** Audit reports whose period has ended and is current on the assessment date ({@code null} when unknown). */
    public List<AuditReport> currentAuditReports() {
        return currentAuditReports;
    }

    /** A registration on the ISMAP list (not ISMAP-LIU) valid on the assessment date: TRUE, FALSE or {@code null} unknown. */
    public Boolean validIsmapRegistration() {
        return validIsmapRegistration;
    }
}
