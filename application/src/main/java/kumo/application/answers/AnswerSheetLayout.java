package kumo.application.answers;

import static kumo.application.answers.AnswerType.CHOICE;
import static kumo.application.answers.AnswerType.CHOICES;
import static kumo.application.answers.AnswerType.COUNTRIES;
import static kumo.application.answers.AnswerType.COUNTRIES_OR_NONE;
import static kumo.application.answers.AnswerType.DATE;
import static kumo.application.answers.AnswerType.DAYS;
import static kumo.application.answers.AnswerType.DAYS_OR_NONE;
import static kumo.application.answers.AnswerType.HOURS;
import static kumo.application.answers.AnswerType.HOURS_OR_NONE;
import static kumo.application.answers.AnswerType.LIST;
import static kumo.application.answers.AnswerType.PERCENT_OR_NONE;
import static kumo.application.answers.AnswerType.TEXT;
import static kumo.application.answers.AnswerType.YES_NO;

import java.util.Arrays;
import java.util.List;

import kumo.domain.service.AuditOpinion;
import kumo.domain.service.AuditReportType;
import kumo.domain.service.CertificationType;
import kumo.domain.service.Deployment;
import kumo.domain.service.IsmapList;
import kumo.domain.service.IsmapScope;
import kumo.domain.service.SupportChannel;
import kumo.domain.service.TrustPrinciple;

/**
 * The rows of the vendor answer sheet for catalogue version 1: for every SERVICE requirement, each fact of the
 * service profile its rule reads, and the one service fact a CITY rule reads that no SERVICE rule does (whether the
 * service offers customer-managed keys, which decides whether KEY-01 applies) (docs/interchange.md, "The vendor answer sheet"). The list is data; {@code
 * AnswerSheetLayoutTest} checks it against the catalogue (every SERVICE requirement has a row, every row names
 * SERVICE requirements or KEY-01) and against the profile (every item is a place evidence notes can name).
 */
public final class AnswerSheetLayout {

    /** The catalogue version this layout asks for. */
    public static final String CATALOGUE_VERSION = "1";

    private static final List<Question> QUESTIONS = List.of(
            q("deployment", CHOICE, names(Deployment.values()), "ENT-01", "ENT-02"),
            q("dataLocations.content", COUNTRIES, "LAW-01"),
            q("dataLocations.accountAndUsage", COUNTRIES_OR_NONE, "LAW-01"),
            q("dataLocations.backups", COUNTRIES_OR_NONE, "LAW-01"),
            q("dataLocations.logs", COUNTRIES_OR_NONE, "LAW-01"),
            q("governingLawJapan", YES_NO, "LAW-02"),
            q("jurisdictionJapan", YES_NO, "LAW-03"),
            q("performancePlacesDisclosed", YES_NO, "LAW-04"),
            q("dataOwnershipWithCity", YES_NO, "LAW-05"),
            q("continuity.recoveryTimeHours", HOURS_OR_NONE, "EXIT-01"),
            q("continuity.advanceNotice.method", TEXT, "EXIT-02"),
            q("continuity.advanceNotice.periodDays", DAYS_OR_NONE, "EXIT-02"),
            q("continuity.advanceNotice.coversInterruption", YES_NO, "EXIT-02"),
            q("continuity.advanceNotice.coversCancellation", YES_NO, "EXIT-02"),
            q("continuity.migrationMethodStated", YES_NO, "EXIT-03"),
            q("continuity.standardFormats", YES_NO, "EXIT-04"),
            q("continuity.availabilitySlaPercent", PERCENT_OR_NONE, "EXIT-07"),
            q("continuity.geographicallySeparateSites", YES_NO, "EXIT-08"),
            q("generallyAvailable", YES_NO, "EXIT-09", "ASR-08"),
            q("security.accessLogsProvided", YES_NO, "SEC-01"),
            q("security.logRetentionDays", DAYS, "SEC-02"),
            q("security.logRetentionMethodStated", YES_NO, "SEC-02"),
            q("security.connectionPointMonitored", YES_NO, "SEC-03"),
            q("security.vulnerabilityCountermeasures", YES_NO, "SEC-05"),
            q("security.vulnerabilityDiscoveryMethodPresented", YES_NO, "SEC-05"),
            q("security.vulnerabilityDiscoveryExecutable", YES_NO, "SEC-05"),
            q("continuity.recoveryPointHours", HOURS_OR_NONE, "SEC-06"),
            q("security.encryptionAtRest", YES_NO, "SEC-07"),
            q("security.encryptionInTransit", YES_NO, "SEC-07", "NET-01"),
            // a CITY step that applies only when the service offers customer-managed keys: the vendor says whether
            q("security.customerManagedKeysOffered", YES_NO, "KEY-01"),
            q("security.deletionOnRequest", YES_NO, "SEC-08"),
            q("security.deletionIrrecoverable", YES_NO, "SEC-08"),
            q("security.deletionThirdPartyAudit", YES_NO, "SEC-08"),
            q("security.disclosureItemsInContract", YES_NO, "SEC-09"),
            q("security.ndaAvailable", YES_NO, "SEC-09"),
            q("security.noSecondaryUseDeclared", YES_NO, "SEC-10"),
            q("security.incidentResponsePresented", YES_NO, "SEC-11"),
            q("security.remedyPresented", YES_NO, "SEC-11"),
            q("security.responsibilitiesDefined", YES_NO, "SEC-12"),
            q("ismapRegistrations", LIST, "ASR-01", "ASR-09"),
            q("certifications", LIST, "ASR-01", "ASR-02", "ASR-03", "ASR-09"),
            q("auditReports", LIST, "ASR-01", "ASR-06", "ASR-09"),
            q("trackRecord.generallyAvailableSince", DATE, "ASR-08"),
            q("trackRecord.continuedInvestment", YES_NO, "ASR-08"),
            q("trackRecord.endOfServiceAnnounced", YES_NO, "ASR-08"),
            q("support.japaneseReceptionWeekdays", YES_NO, "SUP-01"),
            q("support.channels24x365", CHOICES, names(SupportChannel.values()), "SUP-02"),
            q("support.firstResponseCriticalHours", HOURS, "SUP-03"),
            q("support.firstResponseOutageHours", HOURS, "SUP-03"),
            q("support.firstResponseUrgentHours", HOURS, "SUP-03"),
            q("support.firstResponseNormalHours", HOURS, "SUP-03"),
            q("support.availableFromEveryAccount", YES_NO, "SUP-04"));

    private static final List<Table> TABLES = List.of(
            new Table("ismapRegistrations", List.of(
                    new Column("list", CHOICE, names(IsmapList.values())),
                    new Column("registrationNumber", TEXT),
                    new Column("serviceName", TEXT),
                    new Column("registeredOn", DATE),
                    new Column("validUntil", DATE),
                    new Column("holder", TEXT),
                    new Column("scope", CHOICE, names(IsmapScope.values())))),
            new Table("certifications", List.of(
                    new Column("id", TEXT),
                    new Column("type", CHOICE, names(CertificationType.values())),
                    new Column("holder", TEXT),
                    new Column("scope", TEXT),
                    new Column("validFrom", DATE),
                    new Column("validUntil", DATE))),
            new Table("auditReports", List.of(
                    new Column("id", TEXT),
                    new Column("type", CHOICE, names(AuditReportType.values())),
                    new Column("auditor", TEXT),
                    new Column("principles", CHOICES, names(TrustPrinciple.values())),
                    new Column("periodFrom", DATE),
                    new Column("periodTo", DATE),
                    new Column("opinion", CHOICE, names(AuditOpinion.values())),
                    new Column("exceptionsNoted", YES_NO),
                    new Column("scope", TEXT))));

    private AnswerSheetLayout() {
    }

    /** The rows of the answers sheet, in catalogue order of their first requirement. */
    public static List<Question> questions() {
        return QUESTIONS;
    }

    /** The table sheets, in the order of their rows in the answers sheet. */
    public static List<Table> tables() {
        return TABLES;
    }

    /** The question of {@code item}, or {@code null}. */
    public static Question question(String item) {
        return QUESTIONS.stream().filter(q -> q.item().equals(item)).findFirst().orElse(null);
    }

    /** The table of {@code key}, or {@code null}. */
    public static Table table(String key) {
        return TABLES.stream().filter(t -> t.key().equals(key)).findFirst().orElse(null);
    }

    private static Question q(String item, AnswerType type, String... requirementIds) {
        return new Question(item, List.of(requirementIds), type, List.of());
    }

    private static Question q(String item, AnswerType type, List<String> choices, String... requirementIds) {
        return new Question(item, List.of(requirementIds), type, choices);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
