package kumo.application.records.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kumo.application.document.Documents;
import kumo.application.document.InvalidDocumentException;
import kumo.application.document.Violation;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.result.AssessmentResultDocument;
import kumo.application.records.AssessmentAgreement;
import kumo.application.records.AssessmentRecord;
import kumo.application.records.AssessmentSummary;
import kumo.application.records.ProfileKind;
import kumo.application.records.ProfileRecord;
import kumo.application.records.ProfileRules;
import kumo.application.records.RecordIds;
import kumo.application.records.ServiceRecord;
import kumo.application.records.StoreContents;
import kumo.application.records.StoreException;
import kumo.application.records.SystemRecord;
import kumo.application.records.audit.AuditEvent;
import kumo.application.records.audit.Checkpoint;

/**
 * Writes and reads {@value StoreExportDocument#TYPE} documents. Writing is byte-stable: the same contents give
 * the same bytes (UTF-8, two-space indent, {@code \n}, properties in a fixed order, a final newline). Reading is
 * strict and complete before anything is returned: unknown or missing fields, wrong types, profiles and
 * requests that break the request format's rules, results that contradict their assessment's columns, and
 * references to rows the file does not hold all become one {@link InvalidDocumentException} naming each path.
 * The request is embedded as the store keeps it (canonical JSON: keys sorted, no {@code null}s); the result as
 * its published format writes it ({@code assessment-result.schema.json}: every property present). On reading,
 * each is read into its document type and written back as canonical JSON, which is what the store keeps.
 */
public final class StoreExports {

    private final Documents documents;
    private final ObjectMapper mapper;

    public StoreExports(Documents documents) {
        this.documents = Objects.requireNonNull(documents, "documents");
        this.mapper = documents.objectMapper();
    }

    /** What a valid export holds: the contents as the store keeps them, and each assessment's request by id. */
    public record Imported(StoreContents contents, Map<String, AssessmentRequestDocument> requests) {

        public Imported {
            requests = Map.copyOf(requests);
        }
    }

    // ---------------------------------------------------------------- writing

    /** The export of {@code contents} as a document. */
    public StoreExportDocument document(StoreContents contents) {
        List<StoreExportDocument.AssessmentEntry> assessments = new ArrayList<>();
        for (AssessmentRecord a : contents.assessments()) {
            AssessmentSummary s = a.summary();
            assessments.add(new StoreExportDocument.AssessmentEntry(s.id(), s.systemId(), s.serviceId(),
                    s.previousId(), s.verdict(), s.catalogueVersion(), s.assessmentDate(), s.recordedAt(),
                    s.recordedBy(), tree(a.requestJson()), resultTree(a.resultJson())));
        }
        return new StoreExportDocument(StoreExportDocument.TYPE,
                contents.services().stream().map(StoreExportDocument.ProfileEntry::of).toList(),
                contents.systems().stream().map(StoreExportDocument.ProfileEntry::of).toList(),
                assessments,
                contents.auditEvents().stream().map(StoreExportDocument.EventEntry::of).toList(),
                contents.checkpoints().stream().map(StoreExportDocument.CheckpointEntry::of).toList());
    }

    /** The export as UTF-8 bytes, always the same for the same contents. */
    public byte[] write(StoreContents contents) {
        return (documents.write(document(contents)) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes the export to {@code out} (flushed, not closed).
     *
     * @throws UncheckedIOException when {@code out} cannot be written
     */
    public void write(StoreContents contents, OutputStream out) {
        try {
            out.write(write(contents));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The result as its published format writes it (every property present, {@code null}s included). */
    private JsonNode resultTree(String json) {
        return mapper.valueToTree(documents.readResult(json));
    }

    private JsonNode tree(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored document is not JSON", e);
        }
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads and checks an export.
     *
     * @throws InvalidDocumentException with every problem found (a JSON syntax or type problem stops at the first)
     * @throws UncheckedIOException     when {@code in} cannot be read
     */
    public Imported read(InputStream in) {
        try {
            return read(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and checks an export given as UTF-8 bytes; see {@link #read(InputStream)}. */
    public Imported read(byte[] json) {
        StoreExportDocument document = parse(json);
        List<Violation> problems = new ArrayList<>();
        if (!StoreExportDocument.TYPE.equals(document.kumo())) {
            problems.add(document.kumo() == null ? ExportProblems.required("$.kumo")
                    : ExportProblems.violation("$.kumo", "documentType", "store.document.type", StoreExportDocument.TYPE));
            throw new InvalidDocumentException(problems);
        }
        List<ServiceRecord> services = rows(document.services(), "$.services", ProfileKind.SERVICE, problems);
        List<SystemRecord> systems = rows(document.systems(), "$.systems", ProfileKind.SYSTEM, problems);
        Map<String, AssessmentRequestDocument> requests = new LinkedHashMap<>();
        List<AssessmentRecord> assessments = assessments(document.assessments(), ids(services, ServiceRecord::id),
                ids(systems, SystemRecord::id), requests, problems);
        List<AuditEvent> events = events(document.auditEvents(), problems);
        List<Checkpoint> checkpoints = checkpoints(document.checkpoints(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(problems);
        }
        return new Imported(new StoreContents(services, systems, assessments, events, checkpoints), requests);
    }

    private StoreExportDocument parse(byte[] json) {
        if (new String(json, StandardCharsets.UTF_8).isBlank()) {
            throw new InvalidDocumentException(List.of(ExportProblems.violation("$", "empty", "store.document.empty")));
        }
        try (JsonParser parser = mapper.createParser(json)) {
            try {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw new InvalidDocumentException(List.of(ExportProblems.notAnObject("$")));
                }
                StoreExportDocument document = mapper.readerFor(StoreExportDocument.class).readValue(parser);
                if (parser.nextToken() != null) {
                    throw new InvalidDocumentException(List.of(ExportProblems.violation("$", "trailingContent",
                            "store.document.trailingContent", parser.currentTokenLocation().getLineNr(),
                            parser.currentTokenLocation().getColumnNr())));
                }
                return document;
            } catch (StreamReadException e) {
                throw new InvalidDocumentException(List.of(ExportProblems.syntax(e)));
            } catch (DatabindException e) {
                throw new InvalidDocumentException(List.of(ExportProblems.binding(e)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The service or system rows of the document, each checked: keys, versions, times and the profile. */
    private <P, R extends ProfileRecord<P>> List<R> rows(List<StoreExportDocument.ProfileEntry<P>> entries,
            String path, ProfileKind<P, R> kind, List<Violation> problems) {
        List<R> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list(entries, path, problems).size(); i++) {
            String at = path + "[" + i + "]";
            StoreExportDocument.ProfileEntry<P> e = entries.get(i);
            if (e == null) {
                problems.add(ExportProblems.required(at));
                continue;
            }
            row(at, e.id(), e.version(), e.updatedAt(), e.updatedBy(), seen, problems);
            problems.addAll(ProfileRules.violations(documents, kind, e.profile(), at + ".profile"));
            rows.add(e.toRecord(kind));
        }
        return rows;
    }

    /** The columns every service and system row has. */
    private static void row(String at, String id, Long version, Object updatedAt, String updatedBy, Set<String> seen,
            List<Violation> problems) {
        key(at + ".id", id, seen, problems);
        if (version == null) {
            problems.add(ExportProblems.required(at + ".version"));
        } else if (version < 1) {
            problems.add(ExportProblems.violation(at + ".version", "notPositive", "store.document.notPositive"));
        }
        present(at + ".updatedAt", updatedAt, problems);
        present(at + ".updatedBy", updatedBy, problems);
    }

    private List<AssessmentRecord> assessments(List<StoreExportDocument.AssessmentEntry> entries, Set<String> services,
            Set<String> systems, Map<String, AssessmentRequestDocument> requests, List<Violation> problems) {
        List<AssessmentRecord> rows = new ArrayList<>();
        Map<String, String> systemOf = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list(entries, "$.assessments", problems).size(); i++) {
            String at = "$.assessments[" + i + "]";
            StoreExportDocument.AssessmentEntry e = entries.get(i);
            if (e == null) {
                problems.add(ExportProblems.required(at));
                continue;
            }
            int before = problems.size();
            key(at + ".id", e.id(), seen, problems);
            reference(at + ".systemId", e.systemId(), systems, "SYSTEM", problems);
            reference(at + ".serviceId", e.serviceId(), services, "SERVICE", problems);
            if (e.previousId() != null && e.systemId() != null && !e.systemId().equals(systemOf.get(e.previousId()))) {
                problems.add(ExportProblems.violation(at + ".previousId", "unknownReference",
                        "store.document.previous", e.previousId()));
            }
            present(at + ".verdict", e.verdict(), problems);
            present(at + ".catalogueVersion", e.catalogueVersion(), problems);
            present(at + ".assessmentDate", e.assessmentDate(), problems);
            present(at + ".recordedAt", e.recordedAt(), problems);
            present(at + ".recordedBy", e.recordedBy(), problems);
            AssessmentRequestDocument request = request(at + ".request", e.request(), problems);
            AssessmentResultDocument result = result(at + ".result", e.result(), problems);
            if (e.id() != null && e.systemId() != null) {
                systemOf.putIfAbsent(e.id(), e.systemId());
            }
            if (problems.size() > before || request == null || result == null) {
                continue;
            }
            agree(at, e, request, result, problems);
            requests.put(e.id(), request);
            rows.add(new AssessmentRecord(new AssessmentSummary(e.id(), e.systemId(), e.serviceId(), e.previousId(),
                    e.verdict(), e.catalogueVersion(), e.assessmentDate(), e.recordedAt(), e.recordedBy()),
                    Documents.canonicalJson(request), Documents.canonicalJson(result)));
        }
        return rows;
    }

    private AssessmentRequestDocument request(String at, JsonNode node, List<Violation> problems) {
        return embedded(at, node, problems, documents::readRequest);
    }

    private AssessmentResultDocument result(String at, JsonNode node, List<Violation> problems) {
        return embedded(at, node, problems, json -> documents.readResult(new String(json, StandardCharsets.UTF_8)));
    }

    /** A document embedded at {@code at}, read by its format's rules; {@code null} (and its problems noted) if bad. */
    private <T> T embedded(String at, JsonNode node, List<Violation> problems, Function<byte[], T> read) {
        if (!object(at, node, problems)) {
            return null;
        }
        try {
            return read.apply(mapper.writeValueAsBytes(node));
        } catch (InvalidDocumentException e) {
            problems.addAll(ProfileRules.rebase(e.violations(), "$", at));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a parsed document back", e);
        }
        return null;
    }

    /** The result belongs to the request and says what the assessment's columns say. */
    private static void agree(String at, StoreExportDocument.AssessmentEntry e, AssessmentRequestDocument request,
            AssessmentResultDocument result, List<Violation> problems) {
        for (AssessmentAgreement.Disagreement d : AssessmentAgreement.check(e.verdict(), e.catalogueVersion(),
                e.assessmentDate(), request, result)) {
            problems.add(switch (d) {
                case REQUEST_DIGEST -> ExportProblems.violation(at + ".result.requestDigest", "mismatch",
                        "store.document.digest");
                case VERDICT -> ExportProblems.violation(at + ".verdict", "mismatch", "store.document.mismatch",
                        "result.verdict.code");
                case CATALOGUE_VERSION -> ExportProblems.violation(at + ".catalogueVersion", "mismatch",
                        "store.document.mismatch", "result.catalogueVersion");
                case ASSESSMENT_DATE -> ExportProblems.violation(at + ".assessmentDate", "mismatch",
                        "store.document.mismatch", "result.assessmentDate");
            });
        }
    }

    private static List<AuditEvent> events(List<StoreExportDocument.EventEntry> entries, List<Violation> problems) {
        List<AuditEvent> events = new ArrayList<>();
        for (int i = 0; i < list(entries, "$.auditEvents", problems).size(); i++) {
            String at = "$.auditEvents[" + i + "]";
            StoreExportDocument.EventEntry e = entries.get(i);
            if (e == null) {
                problems.add(ExportProblems.required(at));
                continue;
            }
            if (e.seq() == null) {
                problems.add(ExportProblems.required(at + ".seq"));
            } else if (e.seq() < 1) {
                problems.add(ExportProblems.violation(at + ".seq", "notPositive", "store.document.notPositive"));
            }
            present(at + ".at", e.at(), problems);
            present(at + ".actor", e.actor(), problems);
            present(at + ".action", e.action(), problems);
            present(at + ".entityType", e.entityType(), problems);
            present(at + ".entityId", e.entityId(), problems);
            present(at + ".previousHash", e.previousHash(), problems);
            present(at + ".hash", e.hash(), problems);
            if (problems.isEmpty()) {
                events.add(e.toEvent());
            }
        }
        return events;
    }

    /** The checkpoints (optional: absent means none); their signatures are checked by the import, with a key. */
    private static List<Checkpoint> checkpoints(List<StoreExportDocument.CheckpointEntry> entries,
            List<Violation> problems) {
        List<Checkpoint> checkpoints = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; entries != null && i < entries.size(); i++) {
            String at = "$.checkpoints[" + i + "]";
            StoreExportDocument.CheckpointEntry c = entries.get(i);
            if (c == null) {
                problems.add(ExportProblems.required(at));
                continue;
            }
            int before = problems.size();
            if (c.seq() == null) {
                problems.add(ExportProblems.required(at + ".seq"));
            } else if (c.seq() < 1) {
                problems.add(ExportProblems.violation(at + ".seq", "notPositive", "store.document.notPositive"));
            }
            present(at + ".headHash", c.headHash(), problems);
            present(at + ".signedAt", c.signedAt(), problems);
            present(at + ".signature", c.signature(), problems);
            if (problems.size() > before) {
                continue;
            }
            if (!seen.add(c.seq() + " " + c.signedAt())) {
                problems.add(ExportProblems.violation(at, "duplicate", "store.document.duplicate",
                        c.seq() + " " + c.signedAt()));
                continue;
            }
            checkpoints.add(c.toCheckpoint());
        }
        return checkpoints;
    }

    private static <T> List<T> list(List<T> entries, String at, List<Violation> problems) {
        if (entries == null) {
            problems.add(ExportProblems.required(at));
            return List.of();
        }
        return entries;
    }

    private static void key(String at, String id, Set<String> seen, List<Violation> problems) {
        if (id == null) {
            problems.add(ExportProblems.required(at));
            return;
        }
        try {
            RecordIds.check(id, at);
        } catch (StoreException e) {
            problems.add(new Violation(at, "invalidKey", e.text()));
            return;
        }
        if (!seen.add(id)) {
            problems.add(ExportProblems.violation(at, "duplicate", "store.document.duplicate", id));
        }
    }

    private static void reference(String at, String id, Set<String> known, String kind, List<Violation> problems) {
        if (id == null) {
            problems.add(ExportProblems.required(at));
        } else if (!known.contains(id)) {
            problems.add(ExportProblems.violation(at, "unknownReference", "store.document.reference",
                    "@store.kind." + kind, id));
        }
    }

    private static void present(String at, Object value, List<Violation> problems) {
        if (value == null || value instanceof String s && s.isBlank()) {
            problems.add(ExportProblems.required(at));
        }
    }

    private static boolean object(String at, JsonNode node, List<Violation> problems) {
        if (node == null || node.isNull()) {
            problems.add(ExportProblems.required(at));
            return false;
        }
        if (!node.isObject()) {
            problems.add(ExportProblems.notAnObject(at));
            return false;
        }
        return true;
    }

    private static <T> Set<String> ids(List<T> rows, java.util.function.Function<T, String> id) {
        Set<String> ids = new HashSet<>();
        rows.forEach(r -> ids.add(id.apply(r)));
        return ids;
    }
}
