package kumo.application.records.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import kumo.application.records.ProfileKind;
import kumo.application.records.StoreTexts;
import kumo.application.records.port.out.LoadAuditTrailPort;
import kumo.application.records.port.out.LoadStoredRowsPort;

/**
 * Checks that the record proves itself: the audit chain ({@link AuditVerifier}), then every stored row against
 * the latest event for it ({@link RowDigest}), then what each assessment row derives from its documents ({@link
 * Rederivation}). Each difference is reported by table, key and kind:
 * <ul>
 * <li>{@value #ROW_DIGEST_MISMATCH}: the row is not the state its latest event recorded (an edited column,
 * document, digest or derived row);</li>
 * <li>{@value #ROW_UNRECORDED}: a row no event created, or one the chain says was deleted;</li>
 * <li>{@value #ROW_MISSING}: the chain's latest event for a row created or changed it, but the row is gone
 * (a deletion kumo makes is a recorded event: SYSTEM_DELETED, ASSESSMENT_DELETED);</li>
 * <li>{@value #ROW_UNREADABLE}: the row's columns cannot be read;</li>
 * <li>{@value #DOCUMENT_MISMATCH}: a stored document does not match the SHA-256 stored beside it, or cannot be
 * uncompressed or read;</li>
 * <li>{@value #DERIVED_MISMATCH}: a column or derived row is not what the documents give;</li>
 * <li>{@value #REASSESSMENT_MISMATCH}: assessing the stored request again with the same catalogue gives another
 * verdict than the stored result.</li>
 * </ul>
 * Events are read page by page; rows are read {@value #PAGE_SIZE} at a time. What is kept in memory is one short
 * entry per row key (its latest event's seq and digest), never the rows. At most {@value
 * AuditVerifier#MAX_PROBLEMS} problems are kept, the first ones.
 *
 * <p>What it cannot catch alone: a chain re-hashed from an altered event on, or a tail cut with the head moved
 * back, when the rows were changed to match — unless re-derivation disagrees; a signed checkpoint kept outside
 * the store is needed for those.
 */
public final class RecordVerifier {

    /** Rows read per page. */
    public static final int PAGE_SIZE = 200;

    public static final String ROW_DIGEST_MISMATCH = "ROW_DIGEST_MISMATCH";
    public static final String ROW_UNRECORDED = "ROW_UNRECORDED";
    public static final String ROW_MISSING = "ROW_MISSING";
    public static final String ROW_UNREADABLE = "ROW_UNREADABLE";
    public static final String DOCUMENT_MISMATCH = "DOCUMENT_MISMATCH";
    public static final String DERIVED_MISMATCH = "DERIVED_MISMATCH";
    public static final String REASSESSMENT_MISMATCH = "REASSESSMENT_MISMATCH";

    /** The tables rows are reported in. */
    public static final String SERVICE_TABLE = "cloud_service";
    public static final String SYSTEM_TABLE = "system_profile";
    public static final String ASSESSMENT_TABLE = "assessment";
    /** The entity type of an assessment's events. */
    public static final String ASSESSMENT_TYPE = "ASSESSMENT";

    /** The latest event for one row. */
    private record Latest(long seq, AuditAction action, String reference) {

        boolean deletion() {
            return action == AuditAction.SYSTEM_DELETED || action == AuditAction.ASSESSMENT_DELETED;
        }
    }

    private final LoadStoredRowsPort rows;
    private final Rederivation rederivation;
    private final Map<String, Latest> latest = new HashMap<>();
    private final List<AuditVerification.Problem> problems = new ArrayList<>();
    private long rowsChecked;
    private long uncovered;

    private RecordVerifier(LoadStoredRowsPort rows, Rederivation rederivation) {
        this.rows = Objects.requireNonNull(rows, "rows");
        this.rederivation = Objects.requireNonNull(rederivation, "rederivation");
    }

    /** Verifies a store: its chain and head, and its rows. */
    public static AuditVerification verify(LoadAuditTrailPort trail, LoadStoredRowsPort rows,
            Rederivation rederivation) {
        RecordVerifier verifier = new RecordVerifier(rows, rederivation);
        AuditVerification chain = AuditVerifier.verify(trail, verifier::see);
        return verifier.finish(chain);
    }

    /** Verifies rows given with their events (an export's), the events in their order, against {@code head}. */
    public static AuditVerification verify(List<AuditEvent> events, Optional<AuditHead> head, LoadStoredRowsPort rows,
            Rederivation rederivation) {
        RecordVerifier verifier = new RecordVerifier(rows, rederivation);
        AuditVerification chain = AuditVerifier.verify(events, head);
        events.forEach(verifier::see);
        return verifier.finish(chain);
    }

    private static String key(String entityType, String id) {
        return entityType + '\u0000' + id;
    }

    private void see(AuditEvent event) {
        if (event.entityType() == null || event.entityId() == null || event.action() == null) {
            return; // the chain check reports it
        }
        String reference = event.afterRef() != null ? event.afterRef() : event.beforeRef();
        latest.put(key(event.entityType(), event.entityId()), new Latest(event.seq(), event.action(), reference));
    }

    private AuditVerification finish(AuditVerification chain) {
        problems.addAll(chain.problems());
        profiles(ProfileKind.SERVICE, SERVICE_TABLE);
        profiles(ProfileKind.SYSTEM, SYSTEM_TABLE);
        assessments();
        latest.entrySet().stream()
                .filter(e -> !e.getValue().deletion())
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> missing(e.getKey(), e.getValue()));
        return new AuditVerification(chain.eventsChecked(), rowsChecked, uncovered, problems);
    }

    private void profiles(ProfileKind<?, ?> kind, String table) {
        String after = null;
        while (true) {
            List<StoredProfile> page = rows.storedProfiles(kind, after, PAGE_SIZE);
            for (StoredProfile row : page) {
                rowsChecked++;
                Latest event = latest.remove(key(kind.type(), row.id()));
                if (row.record() == null) {
                    problem(table, row.id(), ROW_UNREADABLE, "store.verify.unreadable");
                } else {
                    compare(table, row.id(), event, RowDigest.profile(row.record()));
                }
            }
            if (page.size() < PAGE_SIZE) {
                return;
            }
            after = page.get(page.size() - 1).id();
        }
    }

    private void assessments() {
        String after = null;
        while (true) {
            List<StoredAssessment> page = rows.storedAssessments(after, PAGE_SIZE);
            for (StoredAssessment row : page) {
                rowsChecked++;
                assessment(row, latest.remove(key(ASSESSMENT_TYPE, row.id())));
            }
            if (page.size() < PAGE_SIZE) {
                return;
            }
            after = page.get(page.size() - 1).id();
        }
    }

    private void assessment(StoredAssessment row, Latest event) {
        if (row.summary() == null || row.index() == null || row.requestJson() == null) {
            problem(ASSESSMENT_TABLE, row.id(), ROW_UNREADABLE, "store.verify.unreadable");
            return;
        }
        if (row.requestSha256() != null && !row.requestSha256().equals(RowDigest.document(row.requestJson()))) {
            problem(ASSESSMENT_TABLE, row.id(), DOCUMENT_MISMATCH, "store.verify.documentDigest", "request_json");
        }
        if (row.resultJson() == null) {
            problem(ASSESSMENT_TABLE, row.id(), DOCUMENT_MISMATCH, "store.verify.documentUnreadable", "result_gzip");
        } else if (!RowDigest.document(row.resultJson()).equals(row.resultSha256())) {
            problem(ASSESSMENT_TABLE, row.id(), DOCUMENT_MISMATCH, "store.verify.documentDigest", "result_gzip");
        }
        if (event != null && !event.deletion() && RowDigest.legacy(event.reference())) {
            if (RowDigest.legacyAssessment(row).equals(event.reference())) {
                uncovered++;
            } else {
                problem(ASSESSMENT_TABLE, row.id(), ROW_DIGEST_MISMATCH, "store.verify.digest", event.seq());
            }
        } else {
            compare(ASSESSMENT_TABLE, row.id(), event, RowDigest.assessment(row));
        }
        for (AuditVerification.Problem p : rederivation.check(row)) {
            add(p);
        }
    }

    private void compare(String table, String id, Latest event, String digest) {
        if (event == null) {
            problem(table, id, ROW_UNRECORDED, "store.verify.unrecorded");
        } else if (event.deletion()) {
            problem(table, id, ROW_UNRECORDED, "store.verify.deletedButPresent", event.seq());
        } else if (!digest.equals(event.reference())) {
            problem(table, id, ROW_DIGEST_MISMATCH, "store.verify.digest", event.seq());
        }
    }

    private void missing(String key, Latest event) {
        int cut = key.indexOf('\u0000');
        String type = key.substring(0, cut);
        String id = key.substring(cut + 1);
        if (type.equals(ASSESSMENT_TYPE) && RowDigest.legacy(event.reference())) {
            uncovered++; // deleted with its system before schema 2 recorded each assessment's deletion
            return;
        }
        String table = switch (type) {
            case "SERVICE" -> SERVICE_TABLE;
            case "SYSTEM" -> SYSTEM_TABLE;
            case ASSESSMENT_TYPE -> ASSESSMENT_TABLE;
            default -> type.toLowerCase(java.util.Locale.ROOT);
        };
        problem(table, id, ROW_MISSING, "store.verify.missing", event.seq());
    }

    private void problem(String table, String key, String kind, String textKey, Object... args) {
        add(new AuditVerification.Problem(table, key, kind, StoreTexts.of(textKey, args)));
    }

    private void add(AuditVerification.Problem problem) {
        if (problems.size() < AuditVerifier.MAX_PROBLEMS) {
            problems.add(problem);
        }
    }
}
