package kumo.application.records.service;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.records.AssessmentIndex;
import kumo.application.records.AssessmentRecord;
import kumo.application.records.ProfileKind;
import kumo.application.records.StoreContents;
import kumo.application.records.audit.RowDigest;
import kumo.application.records.audit.StoredAssessment;
import kumo.application.records.audit.StoredProfile;
import kumo.application.records.port.out.LoadStoredRowsPort;

/**
 * An export's contents as the rows an import would store (each assessment's derived rows from its request, its
 * documents' digests from their text), so that they are verified exactly as a store's rows before any is
 * written.
 */
final class ContentsRows implements LoadStoredRowsPort {

    private final TreeMap<String, StoredProfile> services = new TreeMap<>();
    private final TreeMap<String, StoredProfile> systems = new TreeMap<>();
    private final TreeMap<String, StoredAssessment> assessments = new TreeMap<>();

    ContentsRows(StoreContents contents, Map<String, AssessmentIndex> indexes) {
        contents.services().forEach(s -> services.put(s.id(), new StoredProfile(s.id(), s)));
        contents.systems().forEach(s -> systems.put(s.id(), new StoredProfile(s.id(), s)));
        for (AssessmentRecord a : contents.assessments()) {
            String id = a.summary().id();
            assessments.put(id, new StoredAssessment(id, a.summary(), a.requestJson(),
                    RowDigest.document(a.requestJson()), a.resultJson(), RowDigest.document(a.resultJson()),
                    indexes.get(id)));
        }
    }

    /** The derived rows of each assessment, from its request. */
    static Map<String, AssessmentIndex> indexes(Map<String, AssessmentRequestDocument> requests,
            AssessmentIndexer indexer) {
        Map<String, AssessmentIndex> indexes = new java.util.HashMap<>();
        requests.forEach((id, request) -> indexes.put(id, indexer.index(request)));
        return indexes;
    }

    @Override
    public List<StoredProfile> storedProfiles(ProfileKind<?, ?> kind, String afterId, int limit) {
        return page(kind == ProfileKind.SERVICE ? services : systems, afterId, limit);
    }

    @Override
    public List<StoredAssessment> storedAssessments(String afterId, int limit) {
        return page(assessments, afterId, limit);
    }

    private static <T> List<T> page(TreeMap<String, T> rows, String afterId, int limit) {
        Map<String, T> tail = afterId == null ? rows : rows.tailMap(afterId, false);
        return tail.values().stream().limit(limit).toList();
    }
}
