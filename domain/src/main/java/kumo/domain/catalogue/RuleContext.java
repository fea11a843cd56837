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

/** Everything a rule may look at: the three profiles, the assessment date and the catalogue parameters. */
public record RuleContext(
        SystemProfile system,
        CloudServiceProfile service,
        UsagePlan plan,
        LocalDate date,
        CatalogueParameters parameters) {

    public RuleContext {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(parameters, "parameters");
    }

    /** TRUE public cloud, FALSE another deployment, {@code null} unknown. */
    public Boolean publicCloud() {
        Deployment d = service.deployment();
        return d == null ? null : d == Deployment.PUBLIC_CLOUD;
    }

    /** Certifications valid on the assessment date ({@code null} when the list is unknown). Expired evidence is not evidence. */
    public List<Certification> validCertifications() {
        return service.certifications() == null ? null
                : service.certifications().stream().filter(c -> c.type() != null && c.validOn(date)).toList();
    }

    /** Audit reports whose period has ended and is current on the assessment date ({@code null} when unknown). */
    public List<AuditReport> currentAuditReports() {
        return service.auditReports() == null ? null
                : service.auditReports().stream()
                        .filter(r -> r.type() != null && r.currentOn(date, parameters.auditCurrencyMonths())).toList();
    }

    /** A registration on the ISMAP list (not ISMAP-LIU) valid on the assessment date: TRUE, FALSE or {@code null} unknown. */
    public Boolean validIsmapRegistration() {
        List<IsmapRegistration> regs = service.ismapRegistrations();
        if (regs == null) {
            return null;
        }
        return regs.stream().anyMatch(r -> r.list() == IsmapList.ISMAP && r.validOn(date));
    }
}
