package kumo.application.answers.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import kumo.application.answers.AnswerSheetLayout;
import kumo.application.answers.AnswerTexts;
import kumo.application.answers.AnswerType;
import kumo.application.answers.Column;
import kumo.application.answers.Question;
import kumo.application.answers.Table;
import kumo.application.answers.VendorAnswers;
import kumo.application.document.InvalidDocumentException;
import kumo.application.document.Violation;
import kumo.application.document.request.AdvanceNoticeDto;
import kumo.application.document.request.AuditReportDto;
import kumo.application.document.request.CertificationDto;
import kumo.application.document.request.CloudServiceProfileDto;
import kumo.application.document.request.ContinuityTermsDto;
import kumo.application.document.request.DataLocationsDto;
import kumo.application.document.request.EvidenceNoteDto;
import kumo.application.document.request.IsmapRegistrationDto;
import kumo.application.document.request.SecurityTermsDto;
import kumo.application.document.request.SupportTermsDto;
import kumo.application.document.request.TrackRecordDto;
import kumo.domain.service.AuditOpinion;
import kumo.domain.service.AuditReportType;
import kumo.domain.service.CertificationType;
import kumo.domain.service.Deployment;
import kumo.domain.service.IsmapList;
import kumo.domain.service.IsmapScope;
import kumo.domain.service.SupportChannel;
import kumo.domain.service.TrustPrinciple;

/**
 * Turns a sheet as read ({@link RawSheet}, either form) into the service profile it states: each answer typed by
 * its row's {@link AnswerType} ({@link AnswerValues}), blank left absent (unknown), an evidence note per answered
 * row naming the sheet and the cell. Every problem is collected and thrown together, each naming its cell.
 */
final class ProfileAssembler {

    private final List<Violation> problems = new ArrayList<>();
    private final AnswerValues values = new AnswerValues(problems);
    private final Map<String, Object> answers = new HashMap<>();
    private final Map<String, VendorAnswers.Place> places = new LinkedHashMap<>();

    /**
     * @throws InvalidDocumentException every answer that cannot be read, or an unknown or repeated item
     */
    static VendorAnswers assemble(RawSheet sheet, String source) {
        return new ProfileAssembler().run(sheet, source);
    }

    private VendorAnswers run(RawSheet sheet, String source) {
        if (sheet.catalogueVersion() != null && !AnswerSheetLayout.CATALOGUE_VERSION.equals(sheet.catalogueVersion())) {
            throw new InvalidDocumentException(List.of(new Violation("$.catalogueVersion", "unknownCatalogue",
                    AnswerTexts.of("problem.catalogue", AnswerValues.echo(sheet.catalogueVersion())))));
        }
        problems.addAll(sheet.problems());
        List<EvidenceNoteDto> notes = new ArrayList<>();
        Map<String, Where> seen = new HashMap<>();
        int answered = 0;
        for (RawSheet.RawAnswer raw : sheet.answers()) {
            Question q = AnswerSheetLayout.question(raw.item());
            Where at = raw.answerAt();
            if (q == null) {
                problems.add(new Violation(at.path(), "unknownItem",
                        AnswerTexts.of("problem.unknownItem", at.row(), AnswerValues.echo(raw.item()), at.cell())));
                continue;
            }
            if (seen.putIfAbsent(q.item(), at) != null) {
                problems.add(new Violation(at.path(), "duplicateItem",
                        AnswerTexts.of("problem.duplicateItem", at.row(), q.item(), at.cell())));
                continue;
            }
            Object value = values.read(q.type(), q.choices(), raw.answer(), at);
            Object document = values.read(AnswerType.TEXT, List.of(), raw.document(), raw.documentAt());
            Object date = values.read(AnswerType.DATE, List.of(), raw.date(), raw.dateAt());
            if (value != null) {
                answers.put(q.item(), value);
                places.put("$.service." + q.item(), new VendorAnswers.Place(at.path(), at.label(), at.row(), at.cell()));
                answered++;
            }
            if (value != null || document != null || date != null) {
                String where = at.label() + ", " + at.path();
                String text = document == null
                        ? AnswerTexts.get(sheet.language(), "evidence.source", source, where)
                        : AnswerTexts.get(sheet.language(), "evidence.sourceWithDocument", source, where, document);
                notes.add(new EvidenceNoteDto(List.of(q.item()), text, (LocalDate) date, null));
            }
        }
        String name = (String) values.read(AnswerType.TEXT, List.of(), sheet.serviceName(), sheet.serviceNameAt());
        String provider = (String) values.read(AnswerType.TEXT, List.of(), sheet.provider(), sheet.providerAt());
        List<IsmapRegistrationDto> ismap = table(sheet, "ismapRegistrations", this::ismap);
        List<CertificationDto> certifications = table(sheet, "certifications", this::certification);
        List<AuditReportDto> audits = table(sheet, "auditReports", this::audit);
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(problems);
        }
        CloudServiceProfileDto profile = new CloudServiceProfileDto(name, provider, choice("deployment", Deployment.class),
                null, bool("generallyAvailable"), null, ismap, certifications, audits, locations(),
                bool("performancePlacesDisclosed"), bool("governingLawJapan"), bool("jurisdictionJapan"),
                bool("dataOwnershipWithCity"), continuity(), security(), trackRecord(), support(), null, null, null, null,
                notes.isEmpty() ? null : notes);
        return new VendorAnswers(profile, source, sheet.answers().size(), answered, places);
    }

    // ---------------------------------------------------------------- the profile's parts

    private DataLocationsDto locations() {
        List<String> content = strings("dataLocations.content");
        List<String> account = strings("dataLocations.accountAndUsage");
        List<String> backups = strings("dataLocations.backups");
        List<String> logs = strings("dataLocations.logs");
        return content == null && account == null && backups == null && logs == null ? null
                : new DataLocationsDto(null, null, content, account, backups, logs);
    }

    private ContinuityTermsDto continuity() {
        AdvanceNoticeDto notice = new AdvanceNoticeDto(text("continuity.advanceNotice.method"),
                none("continuity.advanceNotice.periodDays") ? Integer.valueOf(0) : integer("continuity.advanceNotice.periodDays"),
                bool("continuity.advanceNotice.coversInterruption"), bool("continuity.advanceNotice.coversCancellation"));
        ContinuityTermsDto terms = new ContinuityTermsDto(
                number("continuity.recoveryTimeHours"), stated("continuity.recoveryTimeHours"),
                number("continuity.recoveryPointHours"), stated("continuity.recoveryPointHours"),
                number("continuity.availabilitySlaPercent"), stated("continuity.availabilitySlaPercent"),
                bool("continuity.geographicallySeparateSites"),
                empty(notice, new AdvanceNoticeDto(null, null, null, null)) ? null : notice,
                bool("continuity.migrationMethodStated"), bool("continuity.standardFormats"));
        return empty(terms, new ContinuityTermsDto(null, null, null, null, null, null, null, null, null, null)) ? null : terms;
    }

    private SecurityTermsDto security() {
        SecurityTermsDto terms = new SecurityTermsDto(bool("security.accessLogsProvided"), integer("security.logRetentionDays"),
                bool("security.logRetentionMethodStated"), bool("security.connectionPointMonitored"),
                bool("security.vulnerabilityCountermeasures"), bool("security.vulnerabilityDiscoveryMethodPresented"),
                bool("security.vulnerabilityDiscoveryExecutable"), bool("security.encryptionInTransit"),
                bool("security.encryptionAtRest"), bool("security.customerManagedKeysOffered"), bool("security.deletionOnRequest"),
                bool("security.deletionIrrecoverable"), bool("security.deletionThirdPartyAudit"),
                bool("security.disclosureItemsInContract"), bool("security.ndaAvailable"),
                bool("security.noSecondaryUseDeclared"), bool("security.incidentResponsePresented"),
                bool("security.remedyPresented"), bool("security.responsibilitiesDefined"));
        return empty(terms, new SecurityTermsDto(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null)) ? null : terms;
    }

    private TrackRecordDto trackRecord() {
        TrackRecordDto t = new TrackRecordDto((LocalDate) answers.get("trackRecord.generallyAvailableSince"),
                bool("trackRecord.continuedInvestment"), bool("trackRecord.endOfServiceAnnounced"));
        return empty(t, new TrackRecordDto(null, null, null)) ? null : t;
    }

    private SupportTermsDto support() {
        List<String> channels = strings("support.channels24x365");
        SupportTermsDto s = new SupportTermsDto(bool("support.japaneseReceptionWeekdays"),
                channels == null ? null : channels.stream().map(SupportChannel::valueOf).toList(),
                number("support.firstResponseCriticalHours"), number("support.firstResponseOutageHours"),
                number("support.firstResponseUrgentHours"), number("support.firstResponseNormalHours"),
                bool("support.availableFromEveryAccount"));
        return empty(s, new SupportTermsDto(null, null, null, null, null, null, null)) ? null : s;
    }

    // ---------------------------------------------------------------- the tables

    private IsmapRegistrationDto ismap(Map<String, Object> c) {
        return new IsmapRegistrationDto(constant(c.get("list"), IsmapList.class), (String) c.get("registrationNumber"),
                (String) c.get("serviceName"), (LocalDate) c.get("registeredOn"), (LocalDate) c.get("validUntil"),
                (String) c.get("holder"), constant(c.get("scope"), IsmapScope.class));
    }

    private CertificationDto certification(Map<String, Object> c) {
        return new CertificationDto((String) c.get("id"), constant(c.get("type"), CertificationType.class),
                (String) c.get("holder"), (String) c.get("scope"), (LocalDate) c.get("validFrom"),
                (LocalDate) c.get("validUntil"));
    }

    private AuditReportDto audit(Map<String, Object> c) {
        @SuppressWarnings("unchecked")
        List<String> principles = (List<String>) c.get("principles");
        return new AuditReportDto((String) c.get("id"), constant(c.get("type"), AuditReportType.class),
                (String) c.get("auditor"), principles == null ? null : principles.stream().map(TrustPrinciple::valueOf).toList(),
                (LocalDate) c.get("periodFrom"), (LocalDate) c.get("periodTo"),
                constant(c.get("opinion"), AuditOpinion.class), (Boolean) c.get("exceptionsNoted"), (String) c.get("scope"));
    }

    /**
     * A table's entries, typed, as its row in the answers sheet allows: "no" needs no entries and gives {@code []}
     * (none held); "yes" needs entries; blank takes the entries, if any — else unknown ({@code null}), unless a
     * JSON table was given as {@code []}.
     */
    private <T> List<T> table(RawSheet sheet, String key, Function<Map<String, Object>, T> entry) {
        Table table = AnswerSheetLayout.table(key);
        List<RawSheet.RawRow> rows = sheet.tables().get(key);
        List<T> entries = new ArrayList<>();
        if (rows != null) {
            int index = 0;
            for (RawSheet.RawRow row : rows) {
                Map<String, Object> typed = new HashMap<>();
                for (Column column : table.columns()) {
                    Where at = row.at().get(column.key());
                    Object value = values.read(column.type(), column.choices(), row.cells().get(column.key()), at);
                    if (value != null) {
                        typed.put(column.key(), value);
                        places.put("$.service." + key + "[" + index + "]." + column.key(),
                                new VendorAnswers.Place(at.path(), at.label(), at.row(), at.cell()));
                    }
                }
                Where first = row.at().get(table.columns().get(0).key());
                places.put("$.service." + key + "[" + index + "]", new VendorAnswers.Place(first.path(), first.label(), first.row(), first.cell()));
                entries.add(entry.apply(typed));
                index++;
            }
        }
        Boolean any = bool(key);
        Where at = placeOfRow(sheet, key);
        String sheetName = AnswerTexts.get(sheet.language(), "sheet." + key);
        if (Boolean.FALSE.equals(any) && !entries.isEmpty()) {
            problems.add(new Violation(at.path(), "listContradiction",
                    AnswerTexts.of("problem.listContradiction", at.label(), at.row(), at.cell(), sheetName)));
            return null;
        }
        if (Boolean.TRUE.equals(any) && entries.isEmpty()) {
            problems.add(new Violation(at.path(), "listEmpty",
                    AnswerTexts.of("problem.listEmpty", at.label(), at.row(), at.cell(), sheetName)));
            return null;
        }
        if (Boolean.FALSE.equals(any) || !entries.isEmpty() || rows != null && sheet.tables().containsKey(key) && isJsonEmpty(rows)) {
            return entries;
        }
        return null;
    }

    /** A JSON table given as {@code []} states that there are none; an empty sheet states nothing. */
    private static boolean isJsonEmpty(List<RawSheet.RawRow> rows) {
        return rows instanceof JsonRows && rows.isEmpty();
    }

    private static Where placeOfRow(RawSheet sheet, String item) {
        return sheet.answers().stream().filter(a -> item.equals(a.item())).map(RawSheet.RawAnswer::answerAt).findFirst()
                .orElse(new Where("$", item, 0, "-"));
    }

    /** The entries of a JSON table, marked so that {@code []} is told from an empty sheet. */
    static final class JsonRows extends ArrayList<RawSheet.RawRow> {

        private static final long serialVersionUID = 1L;
    }

    // ---------------------------------------------------------------- typed answers

    private Boolean bool(String item) {
        return (Boolean) answers.get(item);
    }

    private String text(String item) {
        return (String) answers.get(item);
    }

    private boolean none(String item) {
        return answers.get(item) == AnswerValues.NONE;
    }

    /** {@code false} when "none" was answered, else unknown: a number answered states it by itself. */
    private Boolean stated(String item) {
        return none(item) ? Boolean.FALSE : null;
    }

    private Double number(String item) {
        return answers.get(item) instanceof Double d ? d : null;
    }

    private Integer integer(String item) {
        return answers.get(item) instanceof Integer i ? i : null;
    }

    @SuppressWarnings("unchecked")
    private List<String> strings(String item) {
        return (List<String>) answers.get(item);
    }

    private <E extends Enum<E>> E choice(String item, Class<E> type) {
        return constant(answers.get(item), type);
    }

    private static <E extends Enum<E>> E constant(Object value, Class<E> type) {
        return value == null ? null : Enum.valueOf(type, (String) value);
    }

    private static boolean empty(Object value, Object nothing) {
        return Objects.equals(value, nothing);
    }
}
