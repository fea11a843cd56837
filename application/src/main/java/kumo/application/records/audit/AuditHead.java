package kumo.application.records.audit;

/** The chain's end as the store records it separately from the events (so a removed tail is noticed). */
public record AuditHead(long seq, String hash) {
}
