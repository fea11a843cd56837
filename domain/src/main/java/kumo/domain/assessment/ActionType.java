package kumo.domain.assessment;

/**
 * What kind of step a next action is. DETERMINE_APPLICABILITY answers the question that decides whether a
 * conditional requirement applies; RESTORE_EXEMPTION brings back an exemption lost for a reason the city
 * or the provider can fix; REASSESS assesses again once a record dated after the assessment date counts.
 */
public enum ActionType {
    CHANGE_PLAN, CHOOSE_OTHER_SERVICE, ADD_CONTRACT_CLAUSE, OBTAIN_EVIDENCE, DETERMINE_APPLICABILITY, RECORD_STEP,
    HOLD_CONSULTATION, DECIDE_RISK, CONFIRM_PROPOSAL, APPROVE_DEVIATION, RESTORE_EXEMPTION, REASSESS, CONSIDER
}
