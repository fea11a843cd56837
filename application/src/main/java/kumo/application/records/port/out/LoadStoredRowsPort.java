package kumo.application.records.port.out;

import java.util.List;

import kumo.application.records.ProfileKind;
import kumo.application.records.audit.StoredAssessment;
import kumo.application.records.audit.StoredProfile;

/**
 * Reads stored rows as they are, a page at a time, for verifying them against the audit chain (outgoing port).
 * Nothing is decoded that could throw on a damaged row: what cannot be read is given as {@code null}.
 */
public interface LoadStoredRowsPort {

    /** Rows of one kind with a key after {@code afterId} ({@code null}: from the first), at most {@code limit}, by key. */
    List<StoredProfile> storedProfiles(ProfileKind<?, ?> kind, String afterId, int limit);

    /** Assessments with a key after {@code afterId} ({@code null}: from the first), at most {@code limit}, by key. */
    List<StoredAssessment> storedAssessments(String afterId, int limit);
}
