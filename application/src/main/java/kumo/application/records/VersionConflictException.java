package kumo.application.records;

import kumo.application.document.LocalizedText;

/**
 * A save named a version that is no longer the stored one: someone else saved the row in between. Nothing
 * was written; read the row again, re-apply the change and save with the new version.
 */
public final class VersionConflictException extends StoreException {

    private final String entityType;
    private final String id;
    private final Long expectedVersion;
    private final Long storedVersion;

    /**
     * @param expectedVersion the version the writer edited; {@code null} when it meant to create the row
     * @param storedVersion   the version stored now; {@code null} when the row no longer exists
     */
    public VersionConflictException(String entityType, String id, Long expectedVersion, Long storedVersion) {
        super(Reason.CONFLICT, text(entityType, id, expectedVersion, storedVersion));
        this.entityType = entityType;
        this.id = id;
        this.expectedVersion = expectedVersion;
        this.storedVersion = storedVersion;
    }

    public String entityType() {
        return entityType;
    }

    public String id() {
        return id;
    }

    public Long expectedVersion() {
        return expectedVersion;
    }

    public Long storedVersion() {
        return storedVersion;
    }

    private static LocalizedText text(String entityType, String id, Long expected, Long stored) {
        String kind = "store.kind." + entityType;
        if (expected == null) {
            return StoreTexts.of("store.conflict.exists", "@" + kind, id, stored);
        }
        if (stored == null) {
            return StoreTexts.of("store.conflict.deleted", "@" + kind, id, expected);
        }
        return StoreTexts.of("store.conflict.changed", "@" + kind, id, expected, stored);
    }
}
