package kumo.application.records.audit;

import kumo.application.records.ProfileRecord;

/**
 * A service or system row as stored, for {@link RecordVerifier}.
 *
 * @param id     its key
 * @param record the row as its record; {@code null} when the stored columns cannot be read (not JSON, an unknown
 *               field, a time that is not one)
 */
public record StoredProfile(String id, ProfileRecord<?> record) {
}
