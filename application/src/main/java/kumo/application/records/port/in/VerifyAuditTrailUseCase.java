package kumo.application.records.port.in;

import kumo.application.records.audit.AuditVerification;



/** Verifies the audit trail's hash chain (incoming port). */
public interface VerifyAuditTrailUseCase {

    /** Re-computes the audit chain and compares it with what is stored. */
    AuditVerification verify();
}
