package kumo.application.records.port.in;

import java.util.Optional;

import kumo.application.records.audit.AuditHead;

/** The audit chain's head as the store records it, to be written down elsewhere (incoming port). */
public interface ShowAuditHeadUseCase {

    /** The head; empty when no event was recorded yet. */
    Optional<AuditHead> head();
}
