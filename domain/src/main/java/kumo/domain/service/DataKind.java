package kumo.domain.service;

/**
 * The kinds of data a cloud service keeps for the city, each of which can sit in its own places
 * (request format 2). LAW-01 covers every kind (see {@code docs/interpretations.md}).
 */
public enum DataKind {
    /** what the city puts into the service: documents, records, databases, files */
    CONTENT,
    /** the accounts of the city's users and the records of their use kept by the provider */
    ACCOUNT_AND_USAGE,
    /** backups, replicas and disaster-recovery copies */
    BACKUPS,
    /** access logs and other evidence trails of the city's use */
    LOGS
}
