package kumo.domain.service;

public enum AuditOpinion {
    UNQUALIFIED, QUALIFIED, ADVERSE, DISCLAIMER
}
